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
    /// From 1.
    let number: Int
    let pages: Int
    let records: Records
    /// Above the programmations of a list's first page.
    let chart: String?

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
        pages > 1 ? strings("lists.page", ["title": head.heading, "n": String(number)]) : head.heading
    }

    /// What `notice-list` or `programmation-list` sees.
    func values(strings: Strings, format: Format) -> [String: Any] {
        let routes = head.routes
        var page: [String: Any] = [
            "heading": head.heading,
            "intro": head.intro,
            "count": format.count(head.total, head.kind.rawValue),
            "crumbs": Views.crumbs(head.crumbs, strings: strings, paths: routes),
        ]
        switch records {
        case .notices(let cards): page["notices"] = cards.map(\.value)
        case .programmations(let runs):
            page["groups"] = runs.map { run -> [String: Any] in
                ["id": "programmations-" + run.kind.rawValue, "title": strings(run.kind.heading),
                 "intro": strings(run.kind.intro), "programmations": run.cards.map(\.value)]
            }
        }
        if let a = head.alternate { page["alternate"] = a.value(routes) }
        if let f = head.facet { page["facet"] = f.value(routes: routes, format: format) }
        if let f = head.feeds { page["feeds"] = f.value(routes) }
        if let f = head.filters { page["filters"] = f.value(routes) }
        if let chart { page["chart"] = chart }
        if let p = Views.pagination(base: head.base, page: number, pages: pages, paths: routes) { page["pagination"] = p }
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
    /// Records in the whole list.
    let total: Int
    let crumbs: [Crumb]
    let alternate: PageLink?
    let facet: FacetTabs?
    let feeds: FeedLinks?
    let filters: ListFilters?
    /// Where links start.
    let routes: Routes

    init(kind: Kind, base: String, section: String?, heading: String, intro: String, total: Int, crumbs: [Crumb],
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

    func value(_ routes: Routes) -> [String: Any] {
        var links: [String: Any] = [
            "title": title,
            "rss": routes.url(folder + Routes.rss),
            "atom": routes.url(folder + Routes.atom),
            "json": routes.url(folder + Routes.jsonFeed),
            "page": routes.url(folder),
        ]
        if calendar { links["ics"] = routes.url(folder + Routes.calendar) }
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
    let open: Int
    let programmations: Int
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
        let open: Int
    }

    init(name: String, noticesPath: String, programmationsPath: String, open: Int, programmations: Int,
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

    func value(routes: Routes, format: Format) -> [String: Any] {
        var v: [String: Any] = [
            "name": name,
            "notices_url": routes.url(noticesPath),
            "programmations_url": routes.url(programmationsPath),
            "open_count": format.count(open, "open_notices"),
            "programmation_count": format.count(programmations, "programmations"),
            "on_" + on.rawValue: true,
        ]
        if !up.isEmpty {
            v["has_up"] = true
            v["up"] = up.map { $0.value(routes) }
        }
        if !narrows.isEmpty {
            v["narrows"] = narrows.map { way -> [String: Any] in
                ["title": way.title,
                 "links": way.links.map { ["name": $0.name, "url": routes.url($0.path), "count": format.count($0.open, "open_notices")] }]
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
