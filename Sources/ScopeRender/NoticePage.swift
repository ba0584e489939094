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
    /// The awards that conclude it (an award notice, the essential data), newest first.
    let awards: [AwardResult]
    /// Where links start.
    let routes: Routes

    /// An award as the notice's page says it: who won, per lot, for how much, and where it
    /// was published.
    struct AwardResult: Encodable {
        let notified: Day?
        let amount: Money?
        let frameworkMaximum: Money?
        let winners: [String]
        let lots: [Award.Lot]
        let origin: Award.Origin
        let published: Day?

        init(_ a: Award) {
            notified = a.notified
            amount = a.amount
            frameworkMaximum = a.frameworkMaximum
            winners = a.winners
            lots = a.lots
            origin = a.origin
            published = a.published
        }
    }

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
            if let why = n.cancelReason { page["cancel_reason"] = why }
        }
        page["deadline_label"] = strings(Self.deadlineLabel[n.deadlineKind] ?? "notice.deadline")
        // The latest correction that moved the deadline, beside it at the top of the page.
        if let c = n.corrections.last(where: { $0.deadline?.from != nil }), let moved = c.deadline, let from = moved.from, from != moved.to {
            let to = moved.to
            page["deadline_moved"] = strings(to > from ? "notice.deadline_moved_later" : "notice.deadline_moved_earlier",
                                             ["date": format.day(c.published), "from": format.dateTime(from, offset: n.deadlineOffset)])
        }
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
        if !awards.isEmpty { page["awards"] = awards.map { Self.values($0, strings: strings, format: format) } }
        if !n.corrections.isEmpty {
            page["corrections"] = n.corrections.map { c -> [String: Any] in
                let text = CorrectionText.words(c, offset: n.deadlineOffset, strings: strings, format: format)
                return ["text": text.prefix(1).uppercased() + text.dropFirst()]  // a sentence of its own here
            }
        }
        return page
    }
}

extension NoticePage {
    /// The words of each kind of deadline.
    static let deadlineLabel: [DeadlineKind: String] = [
        .tenders: "notice.deadline", .requests: "notice.deadline_requests", .interest: "notice.deadline_interest",
        .projects: "notice.deadline_projects", .listing: "notice.deadline_listing",
    ]

    /// The words naming where an award was published.
    static let originLabel: [Award.Origin: String] = [
        .ted: "notice.award_origin_ted", .boamp: "notice.award_origin_boamp", .decp: "notice.award_origin_decp", .ocds: "notice.award_origin_ocds",
    ]

    /// "Attribué le 2 septembre 2019 à X pour 95 414 €", then per lot who won and for how much,
    /// then where it was published.
    static func values(_ a: AwardResult, strings: Strings, format: Format) -> [String: Any] {
        func parties(_ ps: [Award.Party]) -> String {
            ps.map { p in p.isConsortium ? strings("notice.award_consortium", ["members": p.members.joined(separator: ", ")]) : p.members[0] }
                .joined(separator: " ; ")
        }
        var lead = [strings("notice.award_lead")]
        if let d = a.notified { lead.append(strings("notice.award_on", ["date": format.day(d)])) }
        // Without lots, the sentence names the winners; with lots, the table does.
        if a.lots.isEmpty, !a.winners.isEmpty { lead.append(strings("notice.award_to", ["winners": a.winners.joined(separator: ", ")])) }
        if let m = a.amount { lead.append(strings(a.lots.isEmpty ? "notice.award_for" : "notice.award_for_all", ["amount": format.money(m)])) }
        var v: [String: Any] = [
            "lead": lead.joined(separator: " ") + (a.lots.isEmpty ? "." : " :"),
            "source": a.published.map { strings("notice.award_source_on", ["source": strings(originLabel[a.origin] ?? "notice.award_origin_decp"),
                                                                           "date": format.day($0)]) }
                ?? strings("notice.award_source", ["source": strings(originLabel[a.origin] ?? "notice.award_origin_decp")]),
        ]
        if let m = a.frameworkMaximum { v["framework_maximum"] = format.money(m) }
        v["has_lots"] = !a.lots.isEmpty
        if !a.lots.isEmpty {
            v["lots"] = a.lots.map { l -> [String: Any] in
                var row: [String: Any] = ["number": l.number.map(String.init) ?? "—",
                                          "winners": l.noWinner ? strings("notice.award_no_winner") : parties(l.winners)]
                if let m = l.amount { row["amount"] = format.money(m) }
                return row
            }
        }
        return v
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
