import Foundation
import ScopeIndex
import ScopeModel

/// A page per sector × department pair that has notices (`/secteurs/btp/31/`, beside the feeds
/// already there): "my trade in my department", its open notices (by contract type too), its
/// programmations; and, on each sector's and department's lists, the ways down to its pairs.
extension SiteRenderer {
    func pairPages(_ pairs: [FeedPlan.Pair], trades: [String: [FacetTabs.Counted]]) -> [PageJob] {
        let paths = views.paths
        var jobs: [PageJob] = []
        for p in pairs {
            let folder = paths.pair(p)
            let open = p.open
            let plannedThere = Set(p.department.programmations)
            let programmations = p.sector.programmations.filter(plannedThere.contains)
            let department = "\(p.department.name) (\(p.department.id))"
            let title = t("lists.pair_title", ["sector": p.sector.name, "department": department])
            let programmationsPath = Routes.programmations(of: folder)
            let tabs = FacetTabs(name: title, noticesPath: folder, programmationsPath: programmationsPath,
                                 open: open.count, programmations: programmations.count,
                                 up: [PageLink(name: p.sector.name, path: paths.sector(p.sector)),
                                      PageLink(name: department, path: paths.department(p.department))],
                                 narrows: [.init(title: t("lists.narrow_by_trade"), links: trades[folder] ?? [])])
            let crumbs = [Crumb(t("nav.sectors"), Routes.sectors), Crumb(p.sector.name, paths.sector(p.sector)), Crumb(department, nil)]
            let feeds = FeedLinks(title: t("feeds.notices_of_pair", ["sector": p.sector.name, "department": p.department.name, "code": p.department.id]),
                                  folder: folder, calendar: true, email: follow([("sec", p.sector.id), ("dep", p.department.id)]))
            jobs += crossingLists(folder: folder, title: title, department: department, crumbs: crumbs, tabs: tabs,
                                  open: open, programmations: programmations, feeds: feeds)
        }
        return jobs
    }

    /// The lists of a crossing of facets (a sector or a trade in a department): its open
    /// notices, by contract type too, with its feeds; and its programmations.
    func crossingLists(folder: String, title: String, department: String, crumbs: [Crumb], tabs: FacetTabs,
                       open: [Int], programmations: [Int], feeds: FeedLinks) -> [PageJob] {
        var jobs = filteredNoticeLists(open, base: folder, title: title, crumbs: crumbs, intro: t("lists.facet_intro"), section: "sectors",
                                       facet: tabs, feeds: feeds, sorts: false)
        jobs += programmationList(programmations, head(.programmations, programmations, base: Routes.programmations(of: folder), section: "sectors",
                                                       heading: t("lists.facet_programmations_title", ["name": title]),
                                                       intro: t("lists.facet_programmations_intro"),
                                                       crumbs: crumbs.dropLast() + [Crumb(department, folder), Crumb(t("nav.programmations"), nil)],
                                                       facet: tabs.on(.programmations)))
        return jobs
    }

    /// The pairs below a sector (by department) or a department (by sector), for its lists.
    func pairLinks(_ pairs: [FeedPlan.Pair]) -> (bySector: [String: [FacetTabs.Counted]], byDepartment: [String: [FacetTabs.Counted]]) {
        let paths = views.paths
        var bySector: [String: [FacetTabs.Counted]] = [:], byDepartment: [String: [FacetTabs.Counted]] = [:]
        for p in pairs {
            let open = p.open.count
            let path = paths.pair(p)
            bySector[p.sector.id, default: []].append(.init(name: "\(p.department.name) (\(p.department.id))", path: path, open: open))
            byDepartment[p.department.id, default: []].append(.init(name: p.sector.name, path: path, open: open))
        }
        return (bySector, byDepartment)
    }
}
