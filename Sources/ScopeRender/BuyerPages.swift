import Foundation
import ScopeIndex
import ScopeModel

/// The buyers' index, alphabetical with counts, also by department and by kind; and a page
/// per buyer with its open notices, its programmations and its closed notices, each list
/// continued on pages of its own past the site's page size.
extension SiteRenderer {

    func buyerPages() -> [PageJob] {
        let all = Array(catalog.buyers.indices)
        let departments = buyerDepartments(), kinds = buyerKinds()
        let links = (departments.map { BuyerIndexPage.Department(code: $0.0, name: $0.1, count: $0.2.count) },
                     kinds.map { BuyerIndexPage.Kind(kind: $0.0, count: $0.1.count) })
        var jobs = [PageJob(html: Routes.buyers) { self.buyerIndex(all, heading: self.t("buyers.title"), current: nil, links: links) }]
        for (code, name, members) in departments {
            let heading = t("buyers.of_department", ["name": name, "code": code])
            jobs.append(PageJob(html: Routes.buyers + Routes.buyersByDepartment + "/" + Slug.make(code) + "/") {
                self.buyerIndex(members, heading: heading, current: code, links: links)
            })
        }
        for (kind, members) in kinds {
            let heading = t("buyers.of_kind", ["kind": labels.buyerKind(kind)])
            jobs.append(PageJob(html: Routes.buyers + Routes.buyersByKind + "/" + kind.rawValue + "/") {
                self.buyerIndex(members, heading: heading, current: kind.rawValue, links: links)
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
    /// the links to the others; kept by its key (see `BuyerIndexPage`) before its values are made.
    func buyerIndex(_ members: [Int], heading: String, current: String?,
                    links: ([BuyerIndexPage.Department], [BuyerIndexPage.Kind])) -> Made {
        // Filed under their own names ("Commune de Millau" under M), then by id.
        let filing = BuyerFiling(strings: t)
        let filed = members.map { i in (filing.key(catalog.buyers[i].buyer.name), i) }
            .sorted { ($0.0, catalog.buyers[$0.1].buyer.id) < ($1.0, catalog.buyers[$1.1].buyer.id) }
        let page = BuyerIndexPage(
            heading: heading, current: current,
            buyers: filed.map { key, i in
                let b = catalog.buyers[i]
                return .init(name: b.buyer.name, filed: key, path: views.paths.buyer(b), kind: b.buyer.kind, open: b.openNotices.count,
                             programmations: b.programmations.count, closed: b.closedNotices.count)
            },
            departments: links.0, kinds: links.1, routes: views.paths)
        return made(page, "buyer-index", title: heading, section: "buyers") {
            page.values(strings: self.t, format: self.format, labels: self.labels)
        }
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
            feeds: FeedLinks(title: t("feeds.notices_of", ["name": b.name]), folder: folder, calendar: true, email: follow([("buyer", b.id)])),
            department: department, website: b.website,
            awards: e.awards.map { BuyerPage.AwardRow(catalog.awards[$0]) },
            chart: e.programmations.isEmpty ? nil : quarterChart(e.programmations, id: "chart-buyer-quarters", title: t("buyers.chart", ["name": b.name])),
            periods: expectedPeriods(e.programmations),
            routes: views.paths)
        return made(page, "buyer", title: b.name, section: "buyers") {
            page.values(strings: self.t, format: self.format, labels: self.labels)
        }
    }

    /// The quarters programmations expect their notice in, in time order, with their number.
    func expectedPeriods(_ programmations: [Int]) -> [BuyerPage.Period] {
        var counts: [ExpectedPeriod: Int] = [:]
        for i in programmations {
            let p = catalog.programmations[i].programmation.expectedPublication
            counts[.quarter(year: p.year, quarter: p.quarter), default: 0] += 1
        }
        return counts.keys.sorted().map { q in
            BuyerPage.Period(key: SearchIndex.quarterKey(year: q.year, quarter: q.quarter), name: format.quarter(q.year, q.quarter), count: counts[q]!)
        }
    }
}
