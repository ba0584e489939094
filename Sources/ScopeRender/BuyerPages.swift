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

    func buyerIndex() -> String? {
        var groups: [(String, [[String: Any]])] = []
        for b in catalog.buyers {
            let letter = Folding.initial(b.buyer.name)
            let row: [String: Any] = [
                "name": b.buyer.name, "url": views.paths.url(views.paths.buyer(b)), "kind": labels.buyerKind(b.buyer.kind),
                "open": b.openNotices.count, "programmations": b.programmations.count,
                "closed": b.closedNotices.count,
            ]
            if groups.last?.0 == letter { groups[groups.count - 1].1.append(row) } else { groups.append((letter, [row])) }
        }
        let page: [String: Any] = [
            "heading": t("buyers.title"),
            "count": format.count(catalog.buyers.count, "buyers"),
            "letters": groups.map { ["letter": $0.0, "anchor": "lettre-\($0.0 == "#" ? t("buyers.other_letter") : $0.0.lowercased())", "buyers": $0.1] },
            "crumbs": views.crumbs([(t("nav.buyers"), nil)]),
        ]
        return render("buyer-index", title: t("buyers.title"), section: "buyers", page)
    }

    func buyerPage(_ i: Int) -> String? {
        let e = catalog.buyers[i]
        let b = e.buyer
        var page: [String: Any] = [
            "name": b.name,
            "id": b.id,
            "kind": labels.buyerKind(b.kind),
            "open": e.openNotices.map(noticeCard),
            "open_count": format.count(e.openNotices.count, "open_notices"),
            "programmations": e.programmations.map(programmationCard),
            "programmation_count": format.count(e.programmations.count, "programmations"),
            "closed": e.closedNotices.map(noticeCard),
            "closed_count": format.count(e.closedNotices.count, "closed_notices"),
            "crumbs": views.crumbs([(t("nav.buyers"), Paths.buyers), (b.name, nil)]),
            "feeds": feedLinks(folder: views.paths.buyer(e), title: t("feeds.notices_of", ["name": b.name]), calendar: true),
        ]
        if let d = b.department, let dep = views.departmentLinks([d]).first { page["department"] = dep }
        else if let d = b.department, let dep = Department.lookup(d) { page["department"] = ["name": dep.name, "code": dep.code] }
        if let w = b.website { page["website"] = w }
        if !e.awards.isEmpty {
            page["awards"] = e.awards.map { i -> [String: Any] in
                let a = catalog.awards[i]
                var row: [String: Any] = ["object": a.object, "winners": a.winners.joined(separator: ", ")]
                if let d = a.notified { row["date"] = format.day(d); row["date_iso"] = d.description }
                if let m = a.amount { row["amount"] = format.money(m) }
                return row
            }
            page["award_count"] = format.count(e.awards.count, "awards")
        }
        if !e.programmations.isEmpty {
            page["chart"] = quarterChart(e.programmations, id: "chart-buyer-quarters",
                                         title: t("buyers.chart", ["name": b.name]))
        }
        return render("buyer", title: b.name, section: "buyers", page)
    }
}
