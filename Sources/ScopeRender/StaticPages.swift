import Foundation
import ScopeIndex
import ScopeModel

/// Pages from `content/pages/*.md`, the 404 page and robots.txt.
extension SiteRenderer {
    func contentPages() -> [PageJob] {
        pages.map { p in
            PageJob(html: Routes.contentPage(p.slug)) {
                self.staticPage(StaticPage(template: "page", title: p.title, html: p.html, routes: self.views.paths))
            }
        }
    }

    func notFoundPage() -> [PageJob] {
        [PageJob(path: Routes.notFound, made: {
            self.staticPage(StaticPage(template: "404", title: self.t("not_found.title"), html: nil, routes: self.views.paths))
        })]
    }

    /// A page of text, kept by its key (see `StaticPage`) before its values are made.
    func staticPage(_ page: StaticPage) -> Made {
        made(page, page.template, title: page.title, section: nil) { page.values(strings: self.t) }
    }

    func robots() -> PageJob {
        let base = catalog.site.baseURL
        return PageJob(path: Routes.robots) {
            Array("User-agent: *\nAllow: /\n\nSitemap: \(base)\(Routes.sitemap)\n".utf8)
        }
    }
}
