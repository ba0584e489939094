import Foundation
import ScopeModel

/// Pages made on request rather than by a build, with the site's look: its header, navigation,
/// footer and stylesheet, from the same `layouts/` (the sign-up service's pages). A template
/// here is any page template; it sees `site`, `page` and `title` as a built page does.
public struct ServicePages: @unchecked Sendable {
    public let templates: TemplateSet
    public let format: Format
    let site: [String: Any]

    public init(layouts: URL, site config: SiteConfig, pages: [ContentPage]) throws {
        let templates = try TemplateSet(directory: layouts, language: config.language)
        self.templates = templates
        format = Format(strings: templates.strings)
        let context = SiteContext(site: config, pages: pages, routes: Routes(site: config))
        var values = context.values(section: "alerts", strings: templates.strings, format: format)
        values["header_html"] = templates.render("partials/header", ["site": values])
        values["footer_html"] = templates.render("partials/footer", ["site": values])
        site = values
    }

    public var strings: Strings { templates.strings }

    public func render(_ template: String, title: String, page: [String: Any]) -> String {
        templates.render(template, ["site": site, "page": SiteRenderer.withListFlags(page), "title": title, "is_home": false])
    }
}
