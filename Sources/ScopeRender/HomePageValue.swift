import Foundation
import ScopeCache
import ScopeModel

/// What the home page is made from, whole: the platform's figures, the cards of what closes
/// soon and of what is new, the sectors and departments with their open notices, the pictures.
/// Its values are made from this value and the site's words alone, and its key is this value's
/// encoding (cards by their fingerprints) with the words' and the templates'.
struct HomePageValue: PageValue {
    static let family = "home page"

    let notices: Int
    let open: Int
    let programmations: Int
    let buyers: Int
    /// The newest date the data holds (`Catalog.dataDate`): said here, not on every page.
    let dataDate: Day
    /// The sector the figures single out ("dont 206 dans le BTP"), when the site has it.
    let headline: Headline?
    let closingSoon: [Card]
    let latest: [Card]
    let sectors: [Facet]
    let departments: [Facet]
    /// SVG, as the page shows it.
    let chart: String
    let map: String?
    let routes: Routes

    struct Headline: Encodable {
        let count: Int
        let name: String
        let path: String
    }

    struct Facet: Encodable {
        let id: String
        let name: String
        let path: String
        let open: Int
    }

    /// What the home template sees.
    func values(format: Format) -> [String: Any] {
        var figures: [String: Any] = [
            "notices": format.count(notices, "notices"),
            "open": format.count(open, "open_notices"),
            "programmations": format.count(programmations, "programmations"),
            "buyers": format.count(buyers, "public_buyers"),
        ]
        if let h = headline {
            figures["headline_sector"] = ["count": format.grouped(h.count), "name": h.name, "url": routes.url(h.path)]
        }
        let search = routes.url(Routes.search)
        var page: [String: Any] = [
            "figures": figures,
            "closing_soon": closingSoon.map(\.value),
            "latest": latest.map(\.value),
            "sectors": sectors.map { ["id": $0.id, "name": $0.name, "url": routes.url($0.path), "open": $0.open] as [String: Any] },
            "departments": departments.map { ["name": $0.name, "code": $0.id, "url": routes.url($0.path), "open": $0.open] as [String: Any] },
            "notices_url": routes.url(Routes.notices),
            "newest_url": routes.url(Routes.notices + Routes.newestSegment + "/"),
            "search_url": search,
            "week_url": search + "?statut=o&within=7",
            "alerts_url": routes.url(Routes.alerts),
            "programmations_url": routes.url(Routes.programmations),
            "buyers_url": routes.url(Routes.buyers),
            "sector_chart": chart,
            "updated": format.day(dataDate),
            "updated_iso": dataDate.description,
        ]
        if let map { page["map"] = map }
        return page
    }
}
