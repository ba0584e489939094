import Foundation
import ScopeModel

/// The XSLT stylesheet of the RSS and Atom files (`assets/flux.xsl`): a feed opened in a
/// browser reads as a page that says what a feed is and how to subscribe to it — in a feed
/// reader, or by e-mail through a service that turns feeds into e-mails — then lists its
/// items. Made from `layouts/feed-style.mustache`, in the site's language.
extension SiteRenderer {
    /// The processing instruction that points a feed at the stylesheet.
    var feedStyleInstruction: String {
        "<?xml-stylesheet type=\"text/xsl\" href=\"\(XML.escape(views.paths.url(Routes.feedStyle)))\"?>\n"
    }

    func feedStyle() -> PageJob {
        PageJob(path: Routes.feedStyle) {
            var page: [String: Any] = ["alerts": self.views.paths.url(Routes.alerts)]
            if self.catalog.site.alertsService != nil || self.catalog.site.alertsSubscribeURL != nil { page["email"] = true }
            let site = self.siteValues(section: nil).site
            return Array(self.templates.render("feed-style", ["site": site, "page": page]).utf8)
        }
    }
}
