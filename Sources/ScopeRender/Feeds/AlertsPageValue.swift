import Foundation
import ScopeCache
import ScopeModel

/// What the Alertes page is made from, whole: every feed's links, grouped by sector (with its
/// trades and departments) and by department, the feeds' sizes and the e-mail form's choices.
/// Its values are made from this value and the site's words alone, and its key is this
/// value's encoding with the words' and the section's templates.
struct AlertsPageValue: PageValue {
    static let family = "alerts page"

    let title: String
    /// Its name in the crumbs, the navigation's.
    let crumb: String
    let all: FeedLinks
    let programmations: FeedLinks
    let sectors: [Sector]
    let departments: [Department]
    let feedItems: Int
    let calendarEvents: Int
    /// The publisher's subscription form, when there is one.
    let subscribeURL: String?
    /// The form is Scope's sign-up service's: the picker carries its choice to it.
    let service: Bool
    let routes: Routes

    struct Sector: Encodable {
        let name: String
        let slug: String
        let feeds: FeedLinks
        let programmationFeeds: FeedLinks
        let trades: [Narrower]
        let departments: [Narrower]
        /// Its trades in each department that has their notices.
        let tradeDepartments: [TradeDepartment]
    }

    /// A trade in a department, with its feeds.
    struct TradeDepartment: Encodable {
        let name: String
        let trade: String
        let code: String
        let feeds: FeedLinks
    }

    /// A sector's trade (its id) or department (its code), with its feeds.
    struct Narrower: Encodable {
        let name: String
        let id: String
        let feeds: FeedLinks
    }

    struct Department: Encodable {
        let name: String
        let code: String
        let feeds: FeedLinks
        let programmationFeeds: FeedLinks
    }

    /// What the alerts template sees.
    func values(strings: Strings) -> [String: Any] {
        var page: [String: Any] = [
            "all": all.value(routes),
            "programmations": programmations.value(routes),
            "sectors": sectors.map { s -> [String: Any] in
                [
                    "name": s.name, "id": s.slug, "feeds": s.feeds.value(routes), "programmation_feeds": s.programmationFeeds.value(routes),
                    "has_trades": !s.trades.isEmpty,
                    "trades": s.trades.map { ["name": $0.name, "trade": $0.id, "feeds": $0.feeds.value(routes)] as [String: Any] },
                    "departments": s.departments.map { ["name": $0.name, "code": $0.id, "feeds": $0.feeds.value(routes)] as [String: Any] },
                    "trade_departments": s.tradeDepartments.map {
                        ["name": $0.name, "trade": $0.trade, "code": $0.code, "feeds": $0.feeds.value(routes)] as [String: Any]
                    },
                ]
            },
            "departments": departments.map { d -> [String: Any] in
                ["name": d.name, "code": d.code, "feeds": d.feeds.value(routes), "programmation_feeds": d.programmationFeeds.value(routes)]
            },
            "opml": routes.url(Routes.opml),
            "script": routes.url(Routes.alertsScript),
            "search_index": routes.url(SearchIndex.folder),
            "feed_items": feedItems,
            "calendar_events": calendarEvents,
            "crumbs": Views.crumbs([Crumb(crumb, nil)], strings: strings, paths: routes),
        ]
        if let subscribeURL {
            page["email"] = ["subscribe_url": subscribeURL, "service": service,
                             "sectors": sectors.map { ["name": $0.name, "id": $0.slug] },
                             "departments": departments.map { ["name": $0.name, "code": $0.code] }]
        }
        return page
    }
}
