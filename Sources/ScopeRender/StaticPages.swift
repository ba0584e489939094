import Foundation
import ScopeIndex
import ScopeModel

/// Pages from `content/pages/*.md`, the 404 page and robots.txt.
extension SiteRenderer {
    func contentPages() -> [PageJob] {
        pages.map { p in
            PageJob(html: Routes.contentPage(p.slug)) {
                self.render("page", title: p.title, section: nil,
                            ["heading": p.title, "html": p.html, "crumbs": self.views.crumbs([(p.title, nil)])])
            }
        }
    }

    func notFoundPage() -> [PageJob] {
        [PageJob(path: Routes.notFound, made: {
            let title = self.t("not_found.title")
            return self.render("404", title: title, section: nil, ["crumbs": self.views.crumbs([(title, nil)])])
        })]
    }

    func robots() -> PageJob {
        let base = catalog.site.baseURL
        return PageJob(path: Routes.robots) {
            Array("User-agent: *\nAllow: /\n\nSitemap: \(base)\(Routes.sitemap)\n".utf8)
        }
    }
}
