import Foundation
import ScopeIndex
import ScopeModel

/// The Alertes page: every feed, grouped so that a company finds its trade in its area —
/// a plain list of links that works without JavaScript, plus a small picker script — and the
/// OPML file that feed readers import.
extension SiteRenderer {
    func alertsPage(_ plan: FeedPlan) -> [PageJob] {
        [PageJob(html: Routes.alerts) { self.alerts(plan) }]
    }

    /// The Alertes page, kept by its key (see `AlertsPageValue`) before its values are made.
    func alerts(_ plan: FeedPlan) -> Made {
        let paths = views.paths
        let page = AlertsPageValue(
            title: t("alerts.title"), crumb: t("nav.alerts"),
            all: FeedLinks(title: t("alerts.all_notices"), folder: Routes.notices, calendar: true),
            programmations: FeedLinks(title: t("feeds.programmations_title"), folder: Routes.programmations, calendar: false),
            sectors: catalog.sectors.map { s in
                AlertsPageValue.Sector(
                    name: s.name, slug: s.slug,
                    feeds: FeedLinks(title: t("feeds.notices_of", ["name": s.name]), folder: paths.sector(s), calendar: true),
                    programmationFeeds: FeedLinks(title: t("feeds.programmations_of", ["name": s.name]),
                                                  folder: Routes.programmations(of: paths.sector(s)), calendar: false),
                    trades: plan.trades.filter { $0.sector.id == s.id }.map { trade in
                        .init(name: trade.subsector.name, id: trade.subsector.id,
                              feeds: FeedLinks(title: t("feeds.notices_of", ["name": trade.subsector.name]), folder: paths.trade(trade), calendar: true))
                    },
                    departments: plan.pairs.filter { $0.sector.id == s.id }.map { p in
                        .init(name: p.department.name, id: p.department.id,
                              feeds: FeedLinks(title: t("feeds.notices_of_pair", ["sector": s.name, "department": p.department.name, "code": p.department.id]),
                                               folder: paths.pair(p), calendar: true))
                    },
                    tradeDepartments: plan.tradePairs.filter { $0.trade.sector.id == s.id }.map { p in
                        let words = ["sector": p.trade.subsector.name, "department": p.department.name, "code": p.department.id]
                        return .init(name: "\(p.trade.subsector.name) — \(p.department.name) (\(p.department.id))",
                                     trade: p.trade.subsector.id, code: p.department.id,
                                     feeds: FeedLinks(title: t("feeds.notices_of_pair", words), folder: paths.tradePair(p), calendar: true))
                    })
            },
            departments: catalog.departments.map { d in
                .init(name: d.name, code: d.id,
                      feeds: FeedLinks(title: t("feeds.notices_of", ["name": d.name]), folder: paths.department(d), calendar: true),
                      programmationFeeds: FeedLinks(title: t("feeds.programmations_of", ["name": d.name]),
                                                    folder: Routes.programmations(of: paths.department(d)), calendar: false))
            },
            feedItems: catalog.site.feedItems, calendarEvents: catalog.site.calendarEvents,
            subscribeURL: follow([]) ?? catalog.site.alertsSubscribeURL, service: catalog.site.alertsService != nil, routes: paths)
        return made(page, "alerts", title: page.title, section: "alerts") { page.values(strings: self.t) }
    }

    /// OPML 2.0 listing every RSS feed, grouped by kind of list.
    func opml(_ feeds: [FeedSpec]) -> PageJob {
        let site = catalog.site
        return PageJob(path: Routes.opml) {
            var groups: [(String, [FeedSpec])] = []
            func group(_ f: FeedSpec) -> String {
                if f.deadlines == nil { return self.t("feeds.programmations_title") }
                let parts = f.folder.split(separator: "/")
                switch (parts.first, parts.count) {
                case ("secteurs", 2): return self.t("alerts.group_sectors")
                case ("secteurs", _): return self.t("alerts.group_pairs")
                case ("departements", _): return self.t("alerts.group_departments")
                case ("acheteurs", _): return self.t("alerts.group_buyers")
                default: return self.t("alerts.group_all")
                }
            }
            for f in feeds {
                let g = group(f)
                if let i = groups.firstIndex(where: { $0.0 == g }) { groups[i].1.append(f) } else { groups.append((g, [f])) }
            }
            var s = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n<head>\n"
            s += "<title>\(XML.escape(self.t("alerts.opml_title", ["title": site.title])))</title>\n"
            s += "<dateModified>\(FeedDates.rfc822(self.catalog.dataDate.noonInParis))</dateModified>\n</head>\n<body>\n"
            for (name, list) in groups {
                s += "<outline text=\"\(XML.escape(name))\">\n"
                for f in list {
                    s += "<outline type=\"rss\" text=\"\(XML.escape(f.title))\" title=\"\(XML.escape(f.title))\" "
                    s += "xmlUrl=\"\(XML.escape(site.baseURL + f.folder + FeedFormat.rss.file))\" htmlUrl=\"\(XML.escape(site.baseURL + f.pagePath))\"/>\n"
                }
                s += "</outline>\n"
            }
            s += "</body>\n</opml>\n"
            return Array(s.utf8)
        }
    }
}
