import Foundation
import ScopeIndex
import ScopeModel

/// A page per sub-sector × department that has notices (`/secteurs/btp/second-oeuvre/81/`):
/// "roofing in the Tarn", its open notices (by contract type too), its programmations and its
/// feeds; reached from the sub-sector's page (by department) and the pair's (by trade).
extension SiteRenderer {
    func tradePairPages(_ pairs: [FeedPlan.TradePair]) -> [PageJob] {
        let paths = views.paths
        var jobs: [PageJob] = []
        for p in pairs {
            let folder = paths.tradePair(p), trade = p.trade
            let open = p.open
            let plannedThere = Set(p.department.programmations)
            let programmations = trade.programmations.filter(plannedThere.contains)
            let department = "\(p.department.name) (\(p.department.id))"
            let title = t("lists.pair_title", ["sector": trade.subsector.name, "department": department])
            let programmationsPath = Routes.programmations(of: folder)
            let tabs = FacetTabs(name: title, noticesPath: folder, programmationsPath: programmationsPath,
                                 open: open.count, programmations: programmations.count,
                                 up: [PageLink(name: trade.subsector.name, path: paths.trade(trade)),
                                      PageLink(name: "\(trade.sector.name) — \(department)",
                                               path: paths.pair(trade.sector, p.department))])
            let crumbs = [Crumb(t("nav.sectors"), Routes.sectors), Crumb(trade.sector.name, paths.sector(trade.sector)),
                          Crumb(trade.subsector.name, paths.trade(trade)), Crumb(department, nil)]
            let words = ["sector": trade.subsector.name, "department": p.department.name, "code": p.department.id]
            let feeds = FeedLinks(title: t("feeds.notices_of_pair", words), folder: folder, calendar: true,
                                  email: follow([("sec", trade.sector.id), ("sub", trade.subsector.id), ("dep", p.department.id)]))
            jobs += crossingLists(folder: folder, title: title, department: department, crumbs: crumbs, tabs: tabs,
                                  open: open, programmations: programmations, feeds: feeds)
        }
        return jobs
    }

    /// The sub-sector × department pages below a sub-sector (by department) and below a
    /// sector × department pair (by trade; keyed by the pair's folder), for their lists.
    func tradePairLinks(_ pairs: [FeedPlan.TradePair]) -> (byTrade: [String: [FacetTabs.Counted]], byPair: [String: [FacetTabs.Counted]]) {
        let paths = views.paths
        var byTrade: [String: [FacetTabs.Counted]] = [:], byPair: [String: [FacetTabs.Counted]] = [:]
        for p in pairs {
            let open = p.open.count
            let path = paths.tradePair(p)
            byTrade[paths.trade(p.trade), default: []].append(.init(name: "\(p.department.name) (\(p.department.id))", path: path, open: open))
            byPair[paths.pair(p.trade.sector, p.department), default: []].append(.init(name: p.trade.subsector.name, path: path, open: open))
        }
        return (byTrade, byPair)
    }
}
