import Foundation
import ScopeCache
import ScopeModel

/// One page of a list of notices or programmations, whole: what its list shares with its
/// other pages, its number, and its records' cards. Its values are made from this value and
/// the site's words alone, and its key is this value's encoding (the cards by their
/// fingerprints) with the words' and the section's templates: what a list page comes to show
/// is in its key by construction.
struct ListPage: PageValue {
    static let family = "list page"

    let head: ListHead
    let place: Place
    let records: Records
    /// Above the programmations of a list's first page.
    let chart: String?

    /// Where the page stands in its list, cut by periods (`ListPaging`): what its title and its
    /// links say, and nothing of the list's other pages but its neighbours' addresses, so that
    /// it changes only when they move. The list's first page also links to each period's first
    /// page.
    struct Place: Encodable {
        let first: Bool
        /// Its period (nil on a list of one page) and its number among the period's pages; what
        /// the page says of where it is ("Date limite : novembre 2026, page 2").
        let label: String?
        let number: Int
        let here: String?
        let prev: String?
        let next: String?
        let periods: [PageLink]
    }

    var isFirst: Bool { place.first }

    enum Records: Encodable {
        case notices([Card])
        /// Cut where their kind changes, each run under its heading.
        case programmations([Run])
    }

    /// Programmations of one kind, in the list's order.
    struct Run: Encodable {
        let kind: ProgrammationKind
        let cards: [Card]
    }

    /// Coming, late, published or given up: the headings of `Catalog.programmationOrder`.
    enum ProgrammationKind: String, Encodable {
        case late, coming, published, cancelled

        var heading: String { "lists.programmations_" + rawValue }
        var intro: String { "lists.programmations_" + rawValue + "_intro" }
    }

    func title(_ strings: Strings) -> String {
        guard !place.first, let label = place.label else { return head.heading }
        return place.number == 1 ? strings("lists.page_period", ["title": head.heading, "period": label])
            : strings("lists.page_period_n", ["title": head.heading, "period": label, "n": String(place.number)])
    }

    /// What `notice-list` or `programmation-list` sees.
    func values(strings: Strings, format: Format) -> [String: Any] {
        let routes = head.routes
        var page: [String: Any] = [
            "heading": head.heading,
            "intro": head.intro,
            "crumbs": Views.crumbs(head.crumbs, strings: strings, paths: routes),
        ]
        if let total = head.total { page["count"] = format.count(total, head.kind.rawValue) }
        switch records {
        case .notices(let cards): page["notices"] = cards.map(\.value)
        case .programmations(let runs):
            page["groups"] = runs.map { run -> [String: Any] in
                ["id": "programmations-" + run.kind.rawValue, "title": strings(run.kind.heading),
                 "intro": strings(run.kind.intro), "programmations": run.cards.map(\.value)]
            }
        }
        if let a = head.alternate { page["alternate"] = a.value(routes) }
        if let f = head.facet { page["facet"] = f.value(routes: routes, format: format, strings: strings) }
        if let f = head.feeds { page["feeds"] = f.value(routes) }
        if let f = head.filters { page["filters"] = f.value(routes) }
        if let chart { page["chart"] = chart }
        if place.label != nil {
            let p = place
            var nav: [String: Any] = [:]
            if let here = p.here { nav["here"] = here; page["here"] = here }
            if !p.first { nav["first"] = routes.url(head.base) }
            if let prev = p.prev { nav["prev"] = routes.url(prev) }
            if let next = p.next { nav["next"] = routes.url(next) }
            if !p.periods.isEmpty {
                nav["has_periods"] = true
                nav["periods"] = p.periods.map { $0.value(routes) }
            }
            page["pagination"] = nav
        }
        return page
    }
}

/// What the pages of one list share: where it is, its headings, its links and its total.
final class ListHead: Encodable {
    enum Kind: String, Encodable {
        case notices, programmations

        var template: String { self == .notices ? "notice-list" : "programmation-list" }
    }

    let kind: Kind
    /// The folder of its first page.
    let base: String
    let section: String?
    let heading: String
    let intro: String
    /// Records in the whole list; nil on the pages after the first (see `withoutCounts`).
    let total: Int?
    let crumbs: [Crumb]
    let alternate: PageLink?
    let facet: FacetTabs?
    let feeds: FeedLinks?
    let filters: ListFilters?
    /// Where links start.
    let routes: Routes

    init(kind: Kind, base: String, section: String?, heading: String, intro: String, total: Int?, crumbs: [Crumb],
         alternate: PageLink? = nil, facet: FacetTabs? = nil, feeds: FeedLinks? = nil, filters: ListFilters? = nil,
         routes: Routes) {
        self.kind = kind
        self.base = base
        self.section = section
        self.heading = heading
        self.intro = intro
        self.total = total
        self.crumbs = crumbs
        self.alternate = alternate
        self.facet = facet
        self.feeds = feeds
        self.filters = filters
        self.routes = routes
    }

    /// What the pages after the first show of the list: no count of it, of its facet's tabs
    /// and ways down, or of its filters, so that a page changes with its own records only.
    func withoutCounts() -> ListHead {
        ListHead(kind: kind, base: base, section: section, heading: heading, intro: intro, total: nil, crumbs: crumbs,
                 alternate: alternate, facet: facet?.withoutCounts(), feeds: feeds, filters: filters?.withoutCounts(), routes: routes)
    }
}

