import Foundation
import ScopeIndex
import ScopeModel

/// The buyers' index, alphabetical with counts, and a page per buyer with its open notices,
/// its programmations and its closed notices.
extension SiteRenderer {
    func buyerPages() -> [PageJob] {
        var jobs = [PageJob(html: Paths.buyers) { self.buyerIndex() }]
        for i in catalog.buyers.indices {
            jobs.append(PageJob(html: views.paths.buyer(catalog.buyers[i])) { self.buyerPage(i) })
        }
        return jobs
    }

    func buyerIndex() -> String {
        var groups: [(String, [[String: Any]])] = []
        for b in catalog.buyers {
            let letter = Folding.initial(b.buyer.name)
            let row: [String: Any] = [
                "name": b.buyer.name, "url": views.paths.url(views.paths.buyer(b)), "kind": Labels.buyerKind(b.buyer.kind),
                "open": b.openNotices.count, "programmations": b.programmations.count,
                "closed": b.closedNotices.count,
            ]
            if groups.last?.0 == letter { groups[groups.count - 1].1.append(row) } else { groups.append((letter, [row])) }
        }
        let page: [String: Any] = [
            "heading": "Acheteurs publics",
            "count": Format.count(catalog.buyers.count, "acheteur", "acheteurs"),
            "letters": groups.map { ["letter": $0.0, "anchor": "lettre-\($0.0 == "#" ? "autres" : $0.0.lowercased())", "buyers": $0.1] },
            "crumbs": views.crumbs([("Acheteurs", nil)]),
        ]
        return render("buyer-index", title: "Acheteurs publics", section: "buyers", page)
    }

    func buyerPage(_ i: Int) -> String {
        let e = catalog.buyers[i]
        let b = e.buyer
        var page: [String: Any] = [
            "name": b.name,
            "id": b.id,
            "kind": Labels.buyerKind(b.kind),
            "open": e.openNotices.map(noticeCard),
            "open_count": Format.count(e.openNotices.count, "annonce ouverte", "annonces ouvertes"),
            "programmations": e.programmations.map(programmationCard),
            "programmation_count": Format.count(e.programmations.count, "programmation", "programmations"),
            "closed": e.closedNotices.map(noticeCard),
            "closed_count": Format.count(e.closedNotices.count, "annonce clôturée", "annonces clôturées"),
            "crumbs": views.crumbs([("Acheteurs", Paths.buyers), (b.name, nil)]),
            "feeds": feedLinks(folder: views.paths.buyer(e), title: "Annonces — \(b.name)", calendar: true),
        ]
        if let d = b.department, let dep = views.departmentLinks([d]).first { page["department"] = dep }
        else if let d = b.department, let dep = Department.lookup(d) { page["department"] = ["name": dep.name, "code": dep.code] }
        if let w = b.website { page["website"] = w }
        if !e.programmations.isEmpty {
            page["chart"] = quarterChart(e.programmations, id: "chart-buyer-quarters",
                                         title: "Programmations de \(b.name) par trimestre, sur 18 mois")
        }
        return render("buyer", title: b.name, section: "buyers", page)
    }
}
