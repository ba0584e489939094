import Foundation
import ScopeIndex
import ScopeModel

/// The buyers' index, alphabetical with counts, also by department and by kind; and a page
/// per buyer with its open notices, its programmations and its closed notices, each list
/// continued on pages of its own past the site's page size.
extension SiteRenderer {

    func buyerPages() -> [PageJob] {
        let all = Array(catalog.buyers.indices)
        var jobs = [PageJob(html: Routes.buyers) { self.buyerIndex(all, heading: self.t("buyers.title"), current: nil) }]
        for (code, name, members) in buyerDepartments() {
            let heading = t("buyers.of_department", ["name": name, "code": code])
            jobs.append(PageJob(html: Routes.buyers + Routes.buyersByDepartment + "/" + Slug.make(code) + "/") {
                self.buyerIndex(members, heading: heading, current: code)
            })
        }
        for (kind, members) in buyerKinds() {
            let heading = t("buyers.of_kind", ["kind": labels.buyerKind(kind)])
            jobs.append(PageJob(html: Routes.buyers + Routes.buyersByKind + "/" + kind.rawValue + "/") {
                self.buyerIndex(members, heading: heading, current: kind.rawValue)
            })
        }
        for i in catalog.buyers.indices {
            let e = catalog.buyers[i], folder = views.paths.buyer(e)
            jobs.append(PageJob(html: folder) { self.buyerPage(i) })
            let crumbs: (String) -> [Crumb] = { [Crumb(self.t("nav.buyers"), Routes.buyers), Crumb(e.buyer.name, folder), Crumb($0, nil)] }
            if e.openNotices.count > catalog.site.pageSize {
                let title = t("buyers.open_of", ["name": e.buyer.name])
                jobs += noticeList(e.openNotices, head(.notices, e.openNotices, base: folder + Routes.buyerNoticesSegment + "/", section: "buyers",
                                                       heading: title, intro: "", crumbs: crumbs(title)))
            }
            if e.programmations.count > catalog.site.pageSize {
                let title = t("buyers.programmations_of", ["name": e.buyer.name])
                jobs += programmationList(e.programmations, head(.programmations, e.programmations, base: Routes.programmations(of: folder),
                                                                 section: "buyers", heading: title, intro: t("lists.programmations_intro"),
                                                                 crumbs: crumbs(title)))
            }
            if e.closedNotices.count > catalog.site.pageSize {
                let title = t("buyers.closed_of", ["name": e.buyer.name])
                jobs += noticeList(e.closedNotices, head(.notices, e.closedNotices, base: folder + Routes.archivesSegment + "/", section: "buyers",
                                                         heading: title, intro: "", crumbs: crumbs(title)))
            }
        }
        return jobs
    }

    /// The departments buyers are in, in the site's order, with their buyers.
    func buyerDepartments() -> [(String, String, [Int])] {
        var members: [String: [Int]] = [:]
        for (i, b) in catalog.buyers.enumerated() { if let d = b.buyer.department { members[d, default: []].append(i) } }
        return members.keys.sorted().compactMap { code in
            guard let name = catalog.departments.first(where: { $0.id == code })?.name ?? Department.lookup(code)?.name else { return nil }
            return (code, name, members[code]!)
        }
    }

    func buyerKinds() -> [(BuyerKind, [Int])] {
        var members: [BuyerKind: [Int]] = [:]
        for (i, b) in catalog.buyers.enumerated() { members[b.buyer.kind, default: []].append(i) }
        return BuyerKind.allCases.compactMap { k in members[k].map { (k, $0) } }
    }

    /// The index of some buyers (all of them, or a department's or a kind's), by letter, with
    /// the links to the others.
    func buyerIndex(_ members: [Int], heading: String, current: String?) -> Made {
        var groups: [(String, [[String: Any]])] = []
        for i in members {
            let b = catalog.buyers[i]
            let letter = Folding.initial(b.buyer.name)
            let row: [String: Any] = [
                "name": b.buyer.name, "url": views.paths.url(views.paths.buyer(b)), "kind": labels.buyerKind(b.buyer.kind),
                "open": format.count(b.openNotices.count, "open_short"),
                "programmations": format.count(b.programmations.count, "planned_short"),
                "closed": format.count(b.closedNotices.count, "closed_short"),
            ]
            if groups.last?.0 == letter { groups[groups.count - 1].1.append(row) } else { groups.append((letter, [row])) }
        }
        let base = Routes.buyers
        let page: [String: Any] = [
            "heading": heading,
            "count": format.count(members.count, "buyers"),
            "letters": groups.map { ["letter": $0.0, "anchor": "lettre-\($0.0 == "#" ? t("buyers.other_letter") : $0.0.lowercased())", "buyers": $0.1] },
            "crumbs": views.crumbs(current == nil ? [(t("nav.buyers"), nil)] : [(t("nav.buyers"), Routes.buyers), (heading, nil)]),
            "all_url": views.paths.url(base),
            "is_all": current == nil,
            "departments": buyerDepartments().map { code, name, list -> [String: Any] in
                ["name": name, "code": code, "count": list.count, "current": code == current,
                 "url": views.paths.url(base + Routes.buyersByDepartment + "/" + Slug.make(code) + "/")]
            },
            "kinds": buyerKinds().map { kind, list -> [String: Any] in
                ["name": labels.buyerKind(kind), "count": list.count, "current": kind.rawValue == current,
                 "url": views.paths.url(base + Routes.buyersByKind + "/" + kind.rawValue + "/")]
            },
        ]
        return render("buyer-index", title: heading, section: "buyers", page)
    }

    /// A buyer's page, kept by its key (see `BuyerPage`) before its values are made.
    func buyerPage(_ i: Int) -> Made {
        let e = catalog.buyers[i]
        let b = e.buyer
        let size = catalog.site.pageSize, folder = views.paths.buyer(e)
        let department = b.department.flatMap { d -> BuyerPage.Department? in
            if let f = catalog.departments.first(where: { $0.id == d }) { return .init(name: f.name, code: f.id, path: views.paths.department(f)) }
            return Department.lookup(d).map { .init(name: $0.name, code: $0.code, path: nil) }
        }
        let page = BuyerPage(
            name: b.name, id: b.id, kind: b.kind, folder: folder,
            open: e.openNotices.prefix(size).map { Card($0, of: noticeCards) }, openTotal: e.openNotices.count,
            programmations: e.programmations.prefix(size).map { Card($0, of: programmationCards) }, programmationTotal: e.programmations.count,
            closed: e.closedNotices.prefix(size).map { Card($0, of: noticeCards) }, closedTotal: e.closedNotices.count,
            feeds: FeedLinks(title: t("feeds.notices_of", ["name": b.name]), folder: folder, calendar: true),
            department: department, website: b.website,
            awards: e.awards.map { let a = catalog.awards[$0]; return .init(object: a.object, winners: a.winners, notified: a.notified, amount: a.amount) },
            chart: e.programmations.isEmpty ? nil : quarterChart(e.programmations, id: "chart-buyer-quarters", title: t("buyers.chart", ["name": b.name])),
            routes: views.paths)
        let site = siteValues(section: "buyers")
        let (strings, format, labels) = (t, format, labels)
        let key = site.fingerprint.flatMap { page.key(site: $0, words: stringsFingerprint) }
        return Made(key: key) {
            self.page("buyer", title: b.name, site: site, Self.withListFlags(page.values(strings: strings, format: format, labels: labels)))
        }
    }
}
