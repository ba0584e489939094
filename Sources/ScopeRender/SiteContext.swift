import Foundation
import ScopeIndex
import ScopeModel

/// A page of Markdown from `content/pages/` (about, legal notice…).
public struct ContentPage: Sendable {
    /// Path segment: the file name without `.md`.
    public let slug: String
    public let title: String
    /// Already rendered by cmark.
    public let html: String

    public init(slug: String, title: String, html: String) {
        self.slug = slug
        self.title = title
        self.html = html
    }
}

/// What every page shares: the site's name, its navigation, its footer. Built once per
/// build, not once per page.
struct SiteContext {
    let value: [String: Any]

    init(catalog: Catalog, pages: [ContentPage], paths: Paths) {
        let site = catalog.site
        let nav: [[String: Any]] = [
            ["name": "Annonces", "url": paths.url(Paths.notices), "key": "notices"],
            ["name": "Programmations", "url": paths.url(Paths.programmations), "key": "programmations"],
            ["name": "Secteurs", "url": paths.url(Paths.sectors), "key": "sectors"],
            ["name": "Départements", "url": paths.url(Paths.departments), "key": "departments"],
            ["name": "Acheteurs", "url": paths.url(Paths.buyers), "key": "buyers"],
            ["name": "Recherche", "url": paths.url("recherche/"), "key": "search"],
            ["name": "Alertes", "url": paths.url(Paths.alerts), "key": "alerts"],
        ]
        value = [
            "title": site.title,
            "description": site.description,
            "lang": site.language,
            "root": paths.root,
            "css": paths.url("assets/style.css"),
            "nav": nav,
            "pages": pages.map { ["title": $0.title, "url": paths.url($0.slug + "/")] },
            "updated": Format.day(catalog.dataDate),
            "updated_iso": catalog.dataDate.description,
        ]
    }
}
