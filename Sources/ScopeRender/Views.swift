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

    func buyerLink(_ id: String) -> [String: Any] {
        guard let b = catalog.buyer(id: id) else { return ["name": id] }
        return ["name": b.buyer.name, "url": paths.url(paths.buyer(b))]
    }

    func sectorLinks(_ ids: [String]) -> [[String: Any]] {
        ids.compactMap { id in sectorNames[id].map { ["name": $0.name, "url": paths.url(paths.sector($0))] } }
    }

    func departmentLinks(_ codes: [String]) -> [[String: Any]] {
        codes.compactMap { code in
            catalog.departments.first { $0.id == code }.map { ["name": $0.name, "code": $0.id, "url": paths.url(paths.department($0))] }
        }
    }

    /// A notice in a list.
    func noticeItem(_ i: Int) -> [String: Any] {
        let e = catalog.notices[i]
        let n = e.notice
        var item: [String: Any] = [
            "id": n.id,
            "title": n.title,
            "url": paths.url(paths.notice(e)),
            "buyer": buyerLink(n.buyerID),
            "contract_type": labels.contractType(n.contractType),
            "departments": departmentLinks(n.departments),
            "deadline": format.dateTime(n.deadline),
            "deadline_iso": ParisTime.rfc3339(n.deadline),
            "published": format.day(n.published),
            "published_iso": n.published.description,
            "status": e.status.rawValue,
            "status_label": labels.status(e.status),
            "sectors": sectorLinks(e.sectorIDs),
        ]
        if e.status.isOpen {
            item["badge"] = format.deadlineBadge(n.deadline, now: catalog.now)
            if let d = Format.daysLeft(n.deadline, now: catalog.now), d <= 7 { item["soon"] = true }
        }
        if let place = n.place { item["place"] = place }
        if let v = n.estimatedValue { item["value"] = format.money(v) }
        return item
    }

    /// A programmation in a list.
    func programmationItem(_ i: Int) -> [String: Any] {
        let e = catalog.programmations[i]
        let p = e.programmation
        var item: [String: Any] = [
            "id": p.id,
            "title": p.title,
            "url": paths.url(paths.programmation(e)),
            "buyer": buyerLink(p.buyerID),
            "contract_type": labels.contractType(p.contractType),
            "departments": departmentLinks(p.departments),
            "expected": format.period(p.expectedPublication),
            "status": e.status.rawValue,
            "status_label": labels.status(e.status),
            "sectors": sectorLinks(e.sectorIDs),
        ]
        if e.isLate { item["late"] = true }
        if let v = valueText(p) { item["value"] = v }
        return item
    }

    func valueText(_ p: Programmation) -> String? {
        if let v = p.estimatedValue { return format.money(v) }
        if let b = p.valueBracket { return format.bracket(b) }
        return nil
    }

    /// Previous / next links and a window of page numbers around the current one.
    static func pagination(base: String, page: Int, pages: Int, paths: Routes) -> [String: Any]? {
        guard pages > 1 else { return nil }
        var numbers: [[String: Any]] = []
        var last = 0
        for n in 1...pages where n == 1 || n == pages || abs(n - page) <= 2 {
            if n - last > 1 { numbers.append(["gap": true]) }
            numbers.append(["number": n, "url": paths.url(Routes.page(base, n)), "current": n == page])
            last = n
        }
        var p: [String: Any] = ["pages": numbers, "page": page, "total": pages]
        if page > 1 { p["prev"] = paths.url(Routes.page(base, page - 1)) }
        if page < pages { p["next"] = paths.url(Routes.page(base, page + 1)) }
        return p
    }

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
