import Foundation
import ScopeCache
import ScopeModel

/// What a programmation's page is made from, whole, as `NoticePage` is a notice's: its values
/// are made from this value, the card's values and the site's words alone, and its key is this
/// value's encoding (the card by its fingerprint) with the words' and the section's templates.
struct ProgrammationPage: PageValue {
    static let family = "programmation page"

    /// Whole, but for where it sits in its export (`Programmation.unplaced`).
    let programmation: Programmation
    /// The notice it became, as the page links it.
    let notice: Link?
    /// Its card, whose values the page's start from (encoded as its fingerprint).
    let card: Card
    /// Where links start.
    let routes: Routes

    struct Link: Encodable {
        let title: String
        let path: String
        let status: NoticeStatus
    }

    /// What the programmation template sees: the card's values and the page's own.
    func values(strings: Strings, format: Format, labels: Labels) -> [String: Any] {
        let p = programmation
        var page = card.item
        page["crumbs"] = Views.crumbs([(strings("nav.programmations"), Routes.programmations), (p.title, nil)], strings: strings, paths: routes)
        page["cpv"] = p.cpv.map { code -> [String: Any] in ["code": code.description, "label": strings.cpvLabel(code)] }
        if let d = p.description { page["description_html"] = Markdown.html(d) }
        if let m = p.durationMonths { page["duration"] = format.count(m, "months") }
        if let n = notice {
            page["notice"] = ["title": n.title, "url": routes.url(n.path), "status_label": labels.status(n.status)]
        }
        return page
    }
}
