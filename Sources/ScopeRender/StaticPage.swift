import Foundation
import ScopeCache
import ScopeModel

/// What a page of text is made from: a content page (its Markdown already HTML, through
/// cmark's safe mode) or the 404 page. Its key is this value's encoding with the words' and
/// the templates'.
struct StaticPage: PageValue {
    static let family = "static page"

    /// `page` or `404`.
    let template: String
    let title: String
    let html: String?
    let routes: Routes

    /// What its template sees.
    func values(strings: Strings) -> [String: Any] {
        var page: [String: Any] = ["crumbs": Views.crumbs([Crumb(title, nil)], strings: strings, paths: routes)]
        if let html {
            page["heading"] = title
            page["html"] = html
        }
        return page
    }
}
