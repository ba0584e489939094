import Foundation
import ScopeIndex
import ScopeModel

/// The Alertes page: every feed, grouped so that a company finds its trade in its area —
/// a plain list of links that works without JavaScript, plus a small picker script — and the
/// OPML file that feed readers import.
extension SiteRenderer {
    func alertsPage(_ plan: FeedPlan) -> [PageJob] {
        [PageJob(html: Routes.alerts) {
            let paths = self.views.paths
            let pairs = plan.pairs
            let sectors: [[String: Any]] = self.catalog.sectors.map { s in
                [
                    "name": s.name, "id": s.slug,
                    "feeds": self.feedLinks(folder: paths.sector(s), title: self.t("feeds.notices_of", ["name": s.name]), calendar: true),
                    "programmation_feeds": self.feedLinks(folder: Routes.programmations(of: paths.sector(s)),
                                                          title: self.t("feeds.programmations_of", ["name": s.name]), calendar: false),
                    "has_trades": plan.trades.contains { $0.sector.id == s.id },
                    "trades": plan.trades.filter { $0.sector.id == s.id }.map { trade -> [String: Any] in
                        ["name": trade.subsector.name, "trade": trade.subsector.id,
                         "feeds": self.feedLinks(folder: paths.trade(trade),
                                                 title: self.t("feeds.notices_of", ["name": trade.subsector.name]), calendar: true)]
                    },
                    "departments": pairs.filter { $0.sector.id == s.id }.map { p -> [String: Any] in
                        ["name": p.department.name, "code": p.department.id,
                         "feeds": self.feedLinks(folder: paths.pair(p),
                                                 title: self.t("feeds.notices_of_pair", ["sector": s.name, "department": p.department.name, "code": p.department.id]), calendar: true)]
                    },
                ]
            }
            let departments: [[String: Any]] = self.catalog.departments.map { d in
                ["name": d.name, "code": d.id,
                 "feeds": self.feedLinks(folder: paths.department(d), title: self.t("feeds.notices_of", ["name": d.name]), calendar: true),
                 "programmation_feeds": self.feedLinks(folder: Routes.programmations(of: paths.department(d)),
                                                       title: self.t("feeds.programmations_of", ["name": d.name]), calendar: false)]
            }
            var page: [String: Any] = [
                "all": self.feedLinks(folder: Routes.notices, title: self.t("alerts.all_notices"), calendar: true),
                "programmations": self.feedLinks(folder: Routes.programmations, title: self.t("feeds.programmations_title"), calendar: false),
                "sectors": sectors,
                "departments": departments,
                "opml": paths.url(Routes.opml),
                "script": paths.url(Routes.alertsScript),
                "search_index": paths.url(SearchIndex.folder),
                "feed_items": self.catalog.site.feedItems,
                "calendar_events": self.catalog.site.calendarEvents,
                "crumbs": self.views.crumbs([(self.t("nav.alerts"), nil)]),
            ]
            // E-mail alerts: the publisher's form, and what a subscriber can ask for.
            if let subscribe = self.catalog.site.alertsSubscribeURL {
                page["email"] = ["subscribe_url": subscribe,
                                 "sectors": self.catalog.sectors.map { ["name": $0.name, "id": $0.slug] },
                                 "departments": self.catalog.departments.map { ["name": $0.name, "code": $0.id] }]
            }
            return self.render("alerts", title: self.t("alerts.title"), section: "alerts", page)
        }]
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
            s += "<dateModified>\(FeedDates.rfc822(self.catalog.now))</dateModified>\n</head>\n<body>\n"
            for (name, list) in groups {
                s += "<outline text=\"\(XML.escape(name))\">\n"
                for f in list {
                    s += "<outline type=\"rss\" text=\"\(XML.escape(f.title))\" title=\"\(XML.escape(f.title))\" "
                    s += "xmlUrl=\"\(XML.escape(site.baseURL + f.folder + Routes.rss))\" htmlUrl=\"\(XML.escape(site.baseURL + f.pagePath))\"/>\n"
                }
                s += "</outline>\n"
            }
            s += "</body>\n</opml>\n"
            return Array(s.utf8)
        }
    }
}
