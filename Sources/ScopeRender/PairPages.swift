import Foundation
import ScopeIndex
import ScopeModel

/// A page per sector × department pair that has notices (`/secteurs/btp/31/`, beside the feeds
/// already there): "my trade in my department", its open notices (by contract type too), its
/// programmations; and, on each sector's and department's lists, the ways down to its pairs.
extension SiteRenderer {
    func pairPages(_ pairs: [FeedPlan.Pair]) -> [PageJob] {
        let paths = views.paths
        var jobs: [PageJob] = []
        for p in pairs {
            let folder = paths.pair(p)
            let inDepartment = Set(p.department.openNotices)
            let open = p.sector.openNotices.filter(inDepartment.contains)
            let plannedThere = Set(p.department.programmations)
            let programmations = p.sector.programmations.filter(plannedThere.contains)
            let department = "\(p.department.name) (\(p.department.id))"
            let title = t("lists.pair_title", ["sector": p.sector.name, "department": department])
            let info: [String: Any] = [
                "name": title,
                "notices_url": paths.url(folder),
                "programmations_url": paths.url(Routes.programmations(of: folder)),
                "open_count": format.count(open.count, "open_notices"),
                "programmation_count": format.count(programmations.count, "programmations"),
                "has_up": true,
                "up": [["name": p.sector.name, "url": paths.url(paths.sector(p.sector))],
                       ["name": department, "url": paths.url(paths.department(p.department))]],
            ]
            let crumbs: [(String, String?)] = [(t("nav.sectors"), Routes.sectors), (p.sector.name, paths.sector(p.sector)), (department, nil)]
            jobs += filteredNoticeLists(open, base: folder, title: title, crumbs: crumbs, intro: t("lists.facet_intro"), section: "sectors",
                                        facet: info.merging(["on_notices": true]) { a, _ in a },
                                        feeds: feedLinks(folder: folder, title: t("feeds.notices_of_pair", ["sector": p.sector.name,
                                                                                                             "department": p.department.name,
                                                                                                             "code": p.department.id]),
                                                         calendar: true), sorts: false)
            jobs += programmationList(programmations, base: Routes.programmations(of: folder),
                                      title: t("lists.facet_programmations_title", ["name": title]),
                                      crumbs: Array(crumbs.dropLast()) + [(department, folder), (t("nav.programmations"), nil)],
                                      intro: t("lists.facet_programmations_intro"), section: "sectors",
                                      facet: info.merging(["on_programmations": true]) { a, _ in a })
        }
        return jobs
    }

    /// The pairs below a sector (by department) or a department (by sector), for its lists.
    func pairLinks(_ pairs: [FeedPlan.Pair]) -> (bySector: [String: [[String: Any]]], byDepartment: [String: [[String: Any]]]) {
        let paths = views.paths
        var bySector: [String: [[String: Any]]] = [:], byDepartment: [String: [[String: Any]]] = [:]
        for p in pairs {
            let inDepartment = Set(p.department.openNotices)
            let open = p.sector.openNotices.filter(inDepartment.contains).count
            let url = paths.url(paths.pair(p))
            let count = format.count(open, "open_notices")
            bySector[p.sector.id, default: []].append(["name": "\(p.department.name) (\(p.department.id))", "url": url, "count": count])
            byDepartment[p.department.id, default: []].append(["name": p.sector.name, "url": url, "count": count])
        }
        return (bySector, byDepartment)
    }
}
