import Foundation
import ScopeCache
import ScopeModel

/// A list's feeds as a plain page (`FOLDER/abonnement/`): each address in full with a copy
/// button, and how to subscribe to it in a feed reader or a calendar. The site's feed links
/// lead here: a feed opened in a browser shows its code (and Chromium no longer styles it
/// with XSLT), where a company wanted to know what to do with it.
struct FeedSubscribePage: PageValue {
    static let family = "feed subscribe page"

    /// The list's name, as its feeds are titled.
    let title: String
    /// The list's page and the feeds' folder, relative to the site's root.
    let listPath: String
    let folder: String
    /// The feeds' addresses begin with it.
    let baseURL: String
    /// A notice list's feeds have a deadline calendar.
    let calendar: Bool
    /// The sign-up service's form, preset to this list, when the site has one.
    let email: String?
    let routes: Routes

    func values(strings: Strings) -> [String: Any] {
        var addresses: [[String: Any]] = []
        for format in FeedFormat.of(calendar: calendar) {
            addresses.append(["id": format.rawValue, "label": strings(format.label), "url": baseURL + folder + format.file,
                              "how": strings(format.how)])
        }
        var page: [String: Any] = [
            "heading": strings("feed_subscribe.title", ["title": title]),
            "addresses": addresses,
            "list": routes.url(listPath),
            "script": routes.url(Routes.copyScript),
            "crumbs": Views.crumbs([Crumb(title, listPath), Crumb(strings("feed_subscribe.crumb"), nil)], strings: strings, paths: routes),
        ]
        if let email { page["email"] = email }
        return page
    }
}

extension SiteRenderer {
    /// The page of a list's feeds, beside them.
    func feedSubscribePage(_ feed: FeedSpec) -> PageJob {
        PageJob(html: feed.folder + Routes.subscribeSegment + "/") {
            let page = FeedSubscribePage(title: feed.title, listPath: feed.pagePath, folder: feed.folder, baseURL: self.catalog.site.baseURL,
                                         calendar: feed.deadlines != nil, email: feed.email, routes: self.views.paths)
            return self.made(page, "feed-subscribe", title: page.title, section: "alerts") { page.values(strings: self.t) }
        }
    }
}
