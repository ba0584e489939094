import Foundation
import ScopeModel

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
            "page": routes.url(folder),
            // What a click on a feed opens: its page, each address with a copy button and how.
            "subscribe": routes.url(folder + Routes.subscribeSegment + "/"),
        ]
        for format in FeedFormat.of(calendar: calendar) { links[format.rawValue] = routes.url(folder + format.file) }
        if let email { links["email"] = email }
        return links
    }
}

/// The tabs above a facet's lists (its notices, its programmations), the links up to the
/// facets it is part of, and the ways down to narrower ones.
