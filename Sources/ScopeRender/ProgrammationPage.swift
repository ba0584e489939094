import Foundation
import ScopeCache
import ScopeModel

/// What a programmation's page is made from, whole, as `NoticePage` is a notice's: its values
/// are made from this value, the card's values and the site's words alone, and its key is this
/// value's encoding (with the card's fingerprint, the words' and the section's templates).
struct ProgrammationPage: Encodable {
    /// Whole, but for where it sits in its export (`Programmation.unplaced`).
    let programmation: Programmation
    /// The notice it became, as the page links it.
    let notice: Link?
    /// Where links start.
    let routes: Routes

    struct Link: Encodable {
        let title: String
        let path: String
        let status: NoticeStatus
    }

    /// The page's key: `site` (the section's templates and site values), the card's fingerprint,
    /// the site's words, libcmark's version and this value; nil if it cannot be fingerprinted.
    func key(site: Fingerprint, card: Fingerprint, words: Fingerprint) -> Fingerprint? {
        var f = site
        f.add("programmation page")
        f.add(card)
        f.add(words)
        f.add(Markdown.version)
        return f.add(encoding: self) ? f : nil
    }

    /// What the programmation template sees: the card's values (`item`) and the page's own.
    func values(item: [String: Any], strings: Strings, format: Format, labels: Labels) -> [String: Any] {
        let p = programmation
        var page = item
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
