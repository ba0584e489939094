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

/// What every page shares: the site's name, its navigation, its content pages (not its data's
/// date, which moves every night that brings a new notice: the home page says it). Made once per build, not once per page; its encoding, with the section a page is
/// in, the site's words and the templates', is what every page's key starts from.
struct SiteContext: Encodable {
    let title: String
    let description: String
    let language: String
    /// The content pages the footer links, by title and slug.
    let pages: [Page]
    let routes: Routes

    struct Page: Encodable {
        let title: String
        let slug: String
    }

    /// The navigation's sections, in order, and where each starts.
    static let sections = [("notices", Routes.notices), ("programmations", Routes.programmations), ("sectors", Routes.sectors),
                           ("departments", Routes.departments), ("buyers", Routes.buyers), ("search", Routes.search),
                           ("alerts", Routes.alerts)]

    init(catalog: Catalog, pages: [ContentPage], views: Views) {
        self.init(site: catalog.site, pages: pages, routes: views.paths)
    }

    init(site: SiteConfig, pages: [ContentPage], routes: Routes) {
        title = site.title
        description = site.description
        language = site.language
        self.pages = pages.map { Page(title: $0.title, slug: $0.slug) }
        self.routes = routes
    }

    /// What the templates see as `site` on a page of `section` (nil: none is marked).
    func values(section: String?, strings t: Strings, format: Format) -> [String: Any] {
        let paths = routes
        let nav: [[String: Any]] = Self.sections.map { key, route in
            var item: [String: Any] = ["name": t("nav." + key), "url": paths.url(route), "key": key]
            if key == section { item["current"] = true }
            return item
        }
        return [
            "title": title,
            "description": description,
            "lang": language,
            "root": paths.root,
            "css": paths.url(Routes.stylesheet),
            "deadlines_js": paths.url(Routes.deadlinesScript),
            "search_url": paths.url(Routes.search),
            "nav": nav,
            "pages": pages.map { ["title": $0.title, "url": paths.url(Routes.contentPage($0.slug))] },
            "in_search": section == "search",
        ]
    }
}
