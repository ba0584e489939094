import Foundation
import ScopeModel

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
