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

    init(catalog: Catalog, pages: [ContentPage], views: Views) {
        let paths = views.paths, t = views.strings
        let site = catalog.site
        let nav: [[String: Any]] = [
            ["name": t("nav.notices"), "url": paths.url(Routes.notices), "key": "notices"],
            ["name": t("nav.programmations"), "url": paths.url(Routes.programmations), "key": "programmations"],
            ["name": t("nav.sectors"), "url": paths.url(Routes.sectors), "key": "sectors"],
            ["name": t("nav.departments"), "url": paths.url(Routes.departments), "key": "departments"],
            ["name": t("nav.buyers"), "url": paths.url(Routes.buyers), "key": "buyers"],
            ["name": t("nav.search"), "url": paths.url(Routes.search), "key": "search"],
            ["name": t("nav.alerts"), "url": paths.url(Routes.alerts), "key": "alerts"],
        ]
        value = [
            "title": site.title,
            "description": site.description,
            "lang": site.language,
            "root": paths.root,
            "css": paths.url(Routes.stylesheet),
            "search_url": paths.url(Routes.search),
            "nav": nav,
            "pages": pages.map { ["title": $0.title, "url": paths.url(Routes.contentPage($0.slug))] },
            "updated": views.format.day(catalog.dataDate),
            "updated_iso": catalog.dataDate.description,
        ]
    }
}
