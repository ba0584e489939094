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

/// A step of a page's crumbs: a name, and the path of its page (none for the page itself).
struct Crumb: Encodable {
    let name: String
    let path: String?

    init(_ name: String, _ path: String?) {
        self.name = name
        self.path = path
    }
}

/// A link to a page of the site.
struct PageLink: Encodable {
    let name: String
    let path: String

    func value(_ routes: Routes) -> [String: Any] { ["name": name, "url": routes.url(path)] }
}

/// A list's feeds (and its calendar), as its "subscribe" box links them.
struct FeedLinks: Encodable {
    let title: String
    let folder: String
    let calendar: Bool
    /// The sign-up service's form, its choice preset to this list's (see `SiteRenderer.follow`).
    var email: String? = nil

    func value(_ routes: Routes) -> [String: Any] {
        var links: [String: Any] = [
            "title": title,
            "rss": routes.url(folder + Routes.rss),
            "atom": routes.url(folder + Routes.atom),
            "json": routes.url(folder + Routes.jsonFeed),
            "page": routes.url(folder),
            // What a click on a feed opens: its page, each address with a copy button and how.
            "subscribe": routes.url(folder + Routes.subscribeSegment + "/"),
        ]
        if calendar { links["ics"] = routes.url(folder + Routes.calendar) }
        if let email { links["email"] = email }
        return links
    }
}

/// The tabs above a facet's lists (its notices, its programmations), the links up to the
/// facets it is part of, and the ways down to narrower ones.
struct FacetTabs: Encodable {
    enum Tab: String, Encodable { case notices, programmations }

    let name: String
    let noticesPath: String
    let programmationsPath: String
    /// Nil on a list's pages after its first.
    let open: Int?
    let programmations: Int?
    let up: [PageLink]
    /// Only ways with links.
    let narrows: [Narrow]
    let on: Tab

    /// A way down: a title and its links, each with its open notices.
    struct Narrow: Encodable {
        let title: String
        let links: [Counted]
    }

    struct Counted: Encodable {
        let name: String
        let path: String
        let open: Int?
    }

    init(name: String, noticesPath: String, programmationsPath: String, open: Int?, programmations: Int?,
         up: [PageLink] = [], narrows: [Narrow] = [], on: Tab = .notices) {
        self.name = name
        self.noticesPath = noticesPath
        self.programmationsPath = programmationsPath
        self.open = open
        self.programmations = programmations
        self.up = up
        self.narrows = narrows.filter { !$0.links.isEmpty }
        self.on = on
    }

    /// The same tabs, on the other list.
    func on(_ tab: Tab) -> FacetTabs {
        FacetTabs(name: name, noticesPath: noticesPath, programmationsPath: programmationsPath, open: open,
                  programmations: programmations, up: up, narrows: narrows, on: tab)
    }

    func withoutCounts() -> FacetTabs {
        FacetTabs(name: name, noticesPath: noticesPath, programmationsPath: programmationsPath, open: nil, programmations: nil, up: up,
                  narrows: narrows.map { Narrow(title: $0.title, links: $0.links.map { Counted(name: $0.name, path: $0.path, open: nil) }) },
                  on: on)
    }

    func value(routes: Routes, format: Format, strings: Strings) -> [String: Any] {
        var v: [String: Any] = [
            "name": name,
            "notices_url": routes.url(noticesPath),
            "programmations_url": routes.url(programmationsPath),
            "open_count": open.map { format.count($0, "open_notices") } ?? strings("lists.open_title"),
            "programmation_count": programmations.map { format.count($0, "programmations") } ?? strings("nav.programmations"),
            "on_" + on.rawValue: true,
        ]
        if !up.isEmpty {
            v["has_up"] = true
            v["up"] = up.map { $0.value(routes) }
        }
        if !narrows.isEmpty {
            v["narrows"] = narrows.map { way -> [String: Any] in
                ["title": way.title,
                 "links": way.links.map { link -> [String: Any] in
                     var l: [String: Any] = ["name": link.name, "url": routes.url(link.path)]
                     if let n = link.open { l["count"] = format.count(n, "open_notices") }
                     return l
                 }]
            }
        }
        return v
    }
}

/// A list's filters: static pages, no script.
enum ListFilters: Encodable {
    /// Notices by contract type, and by order where the list has both.
    case notices(types: [Choice], sorts: [Choice])
    /// Programmations by sector and by department.
    case programmations(sectors: [Count], departments: [Count])

    /// A filter's link, marked when it is the page's own.
    struct Choice: Encodable {
        let name: String
        let path: String
        let current: Bool
    }

    /// A filter's link with its count (and a department's code).
    struct Count: Encodable {
        let name: String
        let code: String?
        let count: Int
        let path: String
    }

    /// On a list's pages after the first: the notices' filters (no counts), not the
    /// programmations' (each with its count).
    func withoutCounts() -> ListFilters? {
        switch self {
        case .notices: return self
        case .programmations: return nil
        }
    }

    func value(_ routes: Routes) -> [String: Any] {
        func choices(_ list: [Choice]) -> [[String: Any]] {
            list.map { ["name": $0.name, "url": routes.url($0.path), "current": $0.current] }
        }
        func counts(_ list: [Count]) -> [[String: Any]] {
            list.map { c in
                var v: [String: Any] = ["name": c.name, "count": c.count, "url": routes.url(c.path)]
                if let code = c.code { v["code"] = code }
                return v
            }
        }
        switch self {
        case .notices(let types, let sorts):
            var v: [String: Any] = ["types": choices(types)]
            if !sorts.isEmpty { v["sorts"] = choices(sorts) }
            return v
        case .programmations(let sectors, let departments):
            return ["sectors": counts(sectors), "departments": counts(departments)]
        }
    }
}
