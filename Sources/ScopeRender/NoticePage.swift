import Foundation
import ScopeCache
import ScopeModel

/// What a notice's page is made from, whole. Its values are made from this value, the card's
/// values and the site's words alone, and its key is this value's encoding (the card by its
/// fingerprint) with the words' and the section's templates (see `PageValue`).
struct NoticePage: PageValue {
    static let family = "notice page"

    /// Whole, but for where it sits in its export (`Notice.unplaced`).
    let notice: Notice
    /// Its calendar's path, while it is open.
    let calendar: String?
    /// The programmation it came from, as the page links it.
    let programmation: Link?
    /// Its card, whose values the page's start from (encoded as its fingerprint).
    let card: Card
    /// Where links start.
    let routes: Routes

    struct Link: Encodable {
        let title: String
        let path: String
        let expected: ExpectedPeriod
    }

    /// What the notice template sees: the card's values and the page's own.
    func values(strings: Strings, format: Format) -> [String: Any] {
        let n = notice
        var page = card.item
        page["crumbs"] = Views.crumbs([(strings("nav.notices"), Routes.notices), (n.title, nil)], strings: strings, paths: routes)
        page["cpv"] = n.cpv.map { code -> [String: Any] in ["code": code.description, "label": strings.cpvLabel(code)] }
        if let d = n.description { page["description_html"] = Markdown.html(d) }
        if let p = n.procedure { page["procedure"] = p }
        page["reference"] = n.reference ?? n.id
        if let day = n.cancelledOn, n.statedStatus == .cancelled {
            page["status_label"] = strings("notice.cancelled_on", ["date": format.day(day)])
        }
        page["deadline_label"] = strings(n.deadlineKind == .requests ? "notice.deadline_requests"
                                         : n.deadlineKind == .listing ? "notice.deadline_listing" : "notice.deadline")
        if let u = n.documentsURL { page["documents_url"] = u }
        if let ics = calendar { page["calendar_url"] = routes.url(ics) }
        if !n.lots.isEmpty {
            page["lots"] = n.lots.map { lot -> [String: Any] in
                var l: [String: Any] = ["number": lot.number, "title": lot.title]
                if let c = lot.cpv { l["cpv"] = c.description; l["cpv_label"] = strings.cpvLabel(c) }
                if let v = lot.value { l["value"] = format.money(v) }
                // A lot's deadline is written as its notice's (one eSender, one offset).
                if let d = lot.deadline { l["deadline"] = format.dateTime(d, offset: n.deadlineOffset) }
                return l
            }
            page["lots_have_cpv"] = n.lots.contains { $0.cpv != nil }
            page["lots_have_deadline"] = n.lots.contains { $0.deadline != nil }
            page["lots_have_value"] = n.lots.contains { $0.value != nil }
        }
        if let p = programmation {
            page["programmation"] = ["title": p.title, "url": routes.url(p.path), "expected": format.period(p.expected)]
        }
        if !n.corrections.isEmpty {
            page["corrections"] = n.corrections.map { c -> [String: Any] in
                let text = CorrectionText.words(c, strings: strings, format: format)
                return ["text": text.prefix(1).uppercased() + text.dropFirst()]  // a sentence of its own here
            }
        }
        return page
    }
}

extension Strings {
    /// A CPV code's own name in the site's language (CPV 2008), else its division's.
    func cpvLabel(_ code: CPVCode) -> String {
        if let label = code.label(language: language) { return label }
        guard let d = CPVDivision.lookup(code.division) else { return "" }
        return language == "fr" ? d.labelFR : d.labelEN
    }
}
