import Foundation
import ScopeIndex
import ScopeModel

/// A page per sub-sector a publisher defines (`/secteurs/btp/gros-oeuvre/`): its open notices
/// (by contract type too), its programmations and its feeds; reached from its sector's pages.
extension SiteRenderer {
    func subsectorPages(_ trades: [FeedPlan.Trade]) -> [PageJob] {
        let paths = views.paths
        var jobs: [PageJob] = []
        for trade in trades {
            let folder = paths.trade(trade)
            let name = trade.subsector.name
            let info: [String: Any] = [
                "name": name,
                "notices_url": paths.url(folder),
                "programmations_url": paths.url(Routes.programmations(of: folder)),
                "open_count": format.count(trade.open.count, "open_notices"),
                "programmation_count": format.count(trade.programmations.count, "programmations"),
                "has_up": true,
                "up": [["name": trade.sector.name, "url": paths.url(paths.sector(trade.sector))]],
            ]
            let crumbs: [(String, String?)] = [(t("nav.sectors"), Routes.sectors), (trade.sector.name, paths.sector(trade.sector)), (name, nil)]
            jobs += filteredNoticeLists(trade.open, base: folder, title: name, crumbs: crumbs, intro: t("lists.facet_intro"), section: "sectors",
                                        facet: info.merging(["on_notices": true]) { a, _ in a },
                                        feeds: feedLinks(folder: folder, title: t("feeds.notices_of", ["name": name]), calendar: true), sorts: false)
            jobs += programmationList(trade.programmations, base: Routes.programmations(of: folder),
                                      title: t("lists.facet_programmations_title", ["name": name]),
                                      crumbs: Array(crumbs.dropLast()) + [(name, folder), (t("nav.programmations"), nil)],
                                      intro: t("lists.facet_programmations_intro"), section: "sectors",
                                      facet: info.merging(["on_programmations": true]) { a, _ in a })
        }
        return jobs
    }

    /// Each sector's sub-sectors, for its lists' ways down.
    func subsectorLinks(_ trades: [FeedPlan.Trade]) -> [String: [[String: Any]]] {
        var out: [String: [[String: Any]]] = [:]
        for trade in trades {
            out[trade.sector.id, default: []].append(["name": trade.subsector.name,
                                                      "url": views.paths.url(views.paths.trade(trade)),
                                                      "count": format.count(trade.open.count, "open_notices")])
        }
        return out
    }
}
