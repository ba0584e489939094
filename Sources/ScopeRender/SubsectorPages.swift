import Foundation
import ScopeIndex
import ScopeModel

/// A page per sub-sector a publisher defines (`/secteurs/btp/gros-oeuvre/`): its open notices
/// (by contract type too), its programmations and its feeds; reached from its sector's pages.
extension SiteRenderer {
    func subsectorPages(_ trades: [FeedPlan.Trade], departments: [String: [FacetTabs.Counted]]) -> [PageJob] {
        let paths = views.paths
        var jobs: [PageJob] = []
        for trade in trades {
            let folder = paths.trade(trade)
            let name = trade.subsector.name
            let programmationsPath = Routes.programmations(of: folder)
            let tabs = FacetTabs(name: name, noticesPath: folder, programmationsPath: programmationsPath,
                                 open: trade.open.count, programmations: trade.programmations.count,
                                 up: [PageLink(name: trade.sector.name, path: paths.sector(trade.sector))],
                                 narrows: [.init(title: t("lists.narrow_trade_by_department"), links: departments[folder] ?? [])])
            let crumbs = [Crumb(t("nav.sectors"), Routes.sectors), Crumb(trade.sector.name, paths.sector(trade.sector)), Crumb(name, nil)]
            jobs += filteredNoticeLists(trade.open, base: folder, title: name, crumbs: crumbs, intro: t("lists.facet_intro"), section: "sectors",
                                        facet: tabs,
                                        feeds: FeedLinks(title: t("feeds.notices_of", ["name": name]), folder: folder, calendar: true,
                                                         email: follow([("sec", trade.sector.id), ("sub", trade.subsector.id)])), sorts: false)
            jobs += programmationList(trade.programmations, head(.programmations, trade.programmations, base: programmationsPath,
                                                                 section: "sectors",
                                                                 heading: t("lists.facet_programmations_title", ["name": name]),
                                                                 intro: t("lists.facet_programmations_intro"),
                                                                 crumbs: crumbs.dropLast() + [Crumb(name, folder), Crumb(t("nav.programmations"), nil)],
                                                                 facet: tabs.on(.programmations)))
        }
        return jobs
    }

    /// Each sector's sub-sectors, for its lists' ways down.
    func subsectorLinks(_ trades: [FeedPlan.Trade]) -> [String: [FacetTabs.Counted]] {
        var out: [String: [FacetTabs.Counted]] = [:]
        for trade in trades {
            out[trade.sector.id, default: []].append(.init(name: trade.subsector.name, path: views.paths.trade(trade), open: trade.open.count))
        }
        return out
    }
}
