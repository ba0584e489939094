import Foundation
import ScopeIndex
import ScopeModel
import ScopeRender

/// Which open notices and planned programmations a subscription asks for. Keywords are matched
/// with the search's own folding, stemming and stop words (`SearchTerms.notice`,
/// `Tokenizer.terms`): a keyword matches a notice when each of its terms is one of the
/// notice's; one keyword of the list is enough.
struct Matcher {
    let catalog: Catalog
    private var termCache: [Int: Set<String>] = [:]

    init(catalog: Catalog) { self.catalog = catalog }

    mutating func notices(for s: Subscription) -> [Int] {
        let keywords = s.keywords.map(Tokenizer.terms).filter { !$0.isEmpty }
        return catalog.openNotices.filter { i in
            let e = catalog.notices[i], n = e.notice
            guard e.status == .open else { return false }
            if !s.sectors.isEmpty, !e.sectorIDs.contains(where: s.sectors.contains) { return false }
            if !s.departments.isEmpty, !n.departments.contains(where: s.departments.contains) { return false }
            if !s.buyers.isEmpty, !s.buyers.contains(n.buyerID) { return false }
            if !keywords.isEmpty {
                let terms = terms(of: i)
                if !keywords.contains(where: { $0.allSatisfy(terms.contains) }) { return false }
            }
            return true
        }
    }

    func programmations(for s: Subscription) -> [Int] {
        guard s.programmations else { return [] }
        let keywords = s.keywords.map(Tokenizer.terms).filter { !$0.isEmpty }
        return catalog.programmationOrder.filter { i in
            let e = catalog.programmations[i], p = e.programmation
            guard e.status == .planned else { return false }
            if !s.sectors.isEmpty, !e.sectorIDs.contains(where: s.sectors.contains) { return false }
            if !s.departments.isEmpty, !p.departments.contains(where: s.departments.contains) { return false }
            if !s.buyers.isEmpty, !s.buyers.contains(p.buyerID) { return false }
            if !keywords.isEmpty {
                let terms = Set(([p.title, p.description ?? ""]).flatMap(Tokenizer.terms))
                if !keywords.contains(where: { $0.allSatisfy(terms.contains) }) { return false }
            }
            return true
        }
    }

    private mutating func terms(of i: Int) -> Set<String> {
        if let t = termCache[i] { return t }
        let n = catalog.notices[i].notice
        let t = SearchTerms.notice(n, buyerName: catalog.buyer(id: n.buyerID)?.buyer.name ?? n.buyerID)
        termCache[i] = t
        return t
    }
}
