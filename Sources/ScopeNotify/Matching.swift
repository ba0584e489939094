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
    /// The site's trade words, as the search reads them.
    let trades: TradeWords
    private var termCache: [Int: Set<String>] = [:]

    init(catalog: Catalog, trades: TradeWords = .none) {
        self.catalog = catalog
        self.trades = trades
    }

    mutating func notices(for s: Subscription) -> [Int] {
        let keywords = s.keywords.map(Tokenizer.terms).filter { !$0.isEmpty }
        return catalog.openNotices.filter { i in
            let e = catalog.notices[i], n = e.notice
            guard e.status == .open else { return false }
            guard Self.asks(s, sectors: e.sectorIDs, departments: n.departments, buyer: n.buyerID),
                  what(s, sectors: e.sectorIDs, codes: n.cpv + n.lots.compactMap(\.cpv)) else { return false }
            return keywords.isEmpty || Self.holds(keywords, terms(of: i))
        }
    }

    func programmations(for s: Subscription) -> [Int] {
        guard s.programmations else { return [] }
        let keywords = s.keywords.map(Tokenizer.terms).filter { !$0.isEmpty }
        return catalog.programmationOrder.filter { i in
            let e = catalog.programmations[i], p = e.programmation
            guard e.status == .planned else { return false }
            guard Self.asks(s, sectors: e.sectorIDs, departments: p.departments, buyer: p.buyerID),
                  what(s, sectors: e.sectorIDs, codes: p.cpv) else { return false }
            return keywords.isEmpty || Self.holds(keywords, SearchTerms.programmation(p, language: catalog.site.language, trades: trades))
        }
    }

    /// Whether a record's sectors, departments and buyer are the subscription's (an empty list:
    /// any). Sub-sectors are `what`'s.
    static func asks(_ s: Subscription, sectors: [String], departments: [String], buyer: String) -> Bool {
        (s.sectors.isEmpty || !s.subsectors.isEmpty || sectors.contains(where: s.sectors.contains))
            && (s.departments.isEmpty || departments.contains(where: s.departments.contains))
            && (s.buyers.isEmpty || s.buyers.contains(buyer))
    }

    /// With sub-sectors chosen: whether the record's codes are below one of them, or it is in
    /// a chosen sector none of whose sub-sectors is chosen (a trade narrows its own sector).
    func what(_ s: Subscription, sectors: [String], codes: [CPVCode]) -> Bool {
        guard !s.subsectors.isEmpty else { return true }
        var narrowed = Set<String>()
        for sector in catalog.mapping.sectors {
            for sub in sector.subsectors where s.subsectors.contains(sub.id) {
                narrowed.insert(sector.id)
                if sub.holds(codes) { return true }
            }
        }
        return sectors.contains { s.sectors.contains($0) && !narrowed.contains($0) }
    }

    /// One keyword whose every term the record has.
    static func holds(_ keywords: [[String]], _ terms: Set<String>) -> Bool {
        keywords.contains { $0.allSatisfy(terms.contains) }
    }

    private mutating func terms(of i: Int) -> Set<String> {
        if let t = termCache[i] { return t }
        let n = catalog.notices[i].notice
        let t = SearchTerms.notice(n, buyerName: catalog.buyer(id: n.buyerID)?.buyer.name ?? n.buyerID,
                                   language: catalog.site.language, trades: trades)
        termCache[i] = t
        return t
    }
}
