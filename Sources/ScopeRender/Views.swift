import Foundation
import ScopeIndex
import ScopeModel

/// Builds the dictionaries templates read. Templates hold no logic: every label, URL and
/// formatted value is ready here. Dictionaries, not structs, because swift-mustache reads
/// them without reflection.
struct Views {
    let catalog: Catalog
    let paths: Routes
    let sectorNames: [String: Facet]
    let strings: Strings
    let format: Format
    let labels: Labels

    init(catalog: Catalog, strings: Strings) {
        self.catalog = catalog
        self.paths = Routes(site: catalog.site)
        self.strings = strings
        self.format = Format(strings: strings)
        self.labels = Labels(strings: strings)
        self.sectorNames = Dictionary(uniqueKeysWithValues: catalog.sectors.map { ($0.id, $0) })
    }

    func buyerRef(_ id: String) -> BuyerRef {
        guard let b = catalog.buyer(id: id) else { return BuyerRef(name: id, path: nil) }
        return BuyerRef(name: b.buyer.name, path: paths.buyer(b))
    }

    func sectorRefs(_ ids: [String]) -> [PageLink] {
        ids.compactMap { id in sectorNames[id].map { PageLink(name: $0.name, path: paths.sector($0)) } }
    }

    func departmentRefs(_ codes: [String]) -> [DepartmentRef] {
        codes.compactMap { code in
            catalog.departments.first { $0.id == code }.map { DepartmentRef(name: $0.name, code: $0.id, path: paths.department($0)) }
        }
    }

    func departmentLinks(_ codes: [String]) -> [[String: Any]] { departmentRefs(codes).map { $0.value(paths) } }

    /// A notice's card (see `CardValue`).
    func noticeCard(_ i: Int) -> NoticeCard {
        let e = catalog.notices[i]
        let n = e.notice
        return NoticeCard(id: n.id, title: n.title, path: paths.notice(e), buyer: buyerRef(n.buyerID), contractType: n.contractType,
                          departments: departmentRefs(n.departments), deadline: n.deadline, deadlineOffset: n.deadlineOffset, published: n.published, status: e.status,
                          open: e.status.isOpen,
                          sectors: sectorRefs(e.sectorIDs), place: n.place, value: n.estimatedValue, bracket: n.valueBracket,
                          corrected: n.corrections.map(\.published).max(), routes: paths)
    }

    /// A programmation's card (see `CardValue`).
    func programmationCard(_ i: Int) -> ProgrammationCard {
        let e = catalog.programmations[i]
        let p = e.programmation
        return ProgrammationCard(id: p.id, title: p.title, path: paths.programmation(e), buyer: buyerRef(p.buyerID),
                                 contractType: p.contractType, departments: departmentRefs(p.departments),
                                 expected: p.expectedPublication, status: e.status, late: e.isLate, value: p.estimatedValue,
                                 bracket: p.valueBracket, sectors: sectorRefs(e.sectorIDs), routes: paths)
    }

    func valueText(_ p: Programmation) -> String? { format.value(p.estimatedValue, p.valueBracket) }

    func crumbs(_ items: [(String, String?)]) -> [[String: Any]] { Self.crumbs(items, strings: strings, paths: paths) }

    static func crumbs(_ items: [(String, String?)], strings: Strings, paths: Routes) -> [[String: Any]] {
        crumbs(items.map { Crumb($0.0, $0.1) }, strings: strings, paths: paths)
    }

    static func crumbs(_ items: [Crumb], strings: Strings, paths: Routes) -> [[String: Any]] {
        var out: [[String: Any]] = [["name": strings("nav.home"), "url": paths.url("")]]
        for crumb in items {
            var c: [String: Any] = ["name": crumb.name]
            if let path = crumb.path { c["url"] = paths.url(path) }
            out.append(c)
        }
        return out
    }
}
