import Foundation
import ScopeImport
import ScopeIndex
import ScopeModel
import ScopeRender

/// One subscriber's digest: the notices not sent yet (newest first), those sent whose
/// deadline or documents changed since (marked as corrected), and optionally the matching
/// programmations not sent yet.
struct Digest {
    let email: String
    let language: String
    let subscriptions: [Subscription]
    var new: [Int] = []
    var corrected: [Int] = []
    var programmations: [Int] = []
    var isEmpty: Bool { new.isEmpty && corrected.isEmpty && programmations.isEmpty }
}

/// Words, templates and formats of one language, loaded once.
struct MailLanguage {
    let strings: Strings
    let format: Format
    let templates: TemplateSet

    init(layouts: URL, language: String) throws {
        templates = try TemplateSet(directory: layouts, language: language)
        strings = templates.strings
        format = Format(strings: strings)
        for name in ["mail/digest-text", "mail/digest-html"] where !FileManager.default.fileExists(atPath: layouts.appendingPathComponent(name + ".mustache").path) {
            throw NotifyError("\(layouts.appendingPathComponent(name + ".mustache").path): required template is missing")
        }
    }
}

/// An address's links to the sign-up service: to change its alerts, and to stop them all (what
/// `List-Unsubscribe` names; one POST to it stops them, RFC 8058).
public struct MailLinks: Sendable {
    public let manage: String
    public let stop: String
    public init(manage: String, stop: String) {
        self.manage = manage
        self.stop = stop
    }
}

/// Turns a digest into its message: subject, text and HTML parts from `layouts/mail/`.
struct Composer {
    let catalog: Catalog
    let from: MailAddress
    let now: Date

    func message(_ d: Digest, to: MailAddress, words w: MailLanguage, links: MailLinks? = nil) -> MailMessage {
        let site = catalog.site
        let paths = Routes(site: site)
        let scope = scopeText(d.subscriptions, w)
        func item(_ i: Int, corrected: Bool) -> [String: Any] {
            let e = catalog.notices[i], n = e.notice
            var o: [String: Any] = [
                "title": n.title, "url": site.baseURL + paths.notice(e),
                "buyer": catalog.buyer(id: n.buyerID)?.buyer.name ?? n.buyerID,
                "deadline": w.format.dateTime(n.deadline, offset: n.deadlineOffset),
                "places": n.departments.compactMap(Department.lookup).map { "\($0.name) (\($0.code))" }.joined(separator: ", "),
            ]
            if let p = n.place { o["place"] = p }
            if let v = w.format.value(n.estimatedValue, n.valueBracket) { o["value"] = v }
            if corrected {
                o["corrected"] = true
                if let c = n.corrections.last { o["correction"] = CorrectionText.words(c, offset: n.deadlineOffset, strings: w.strings, format: w.format) }
            }
            return o
        }
        let newItems = d.new.map { item($0, corrected: false) }
        let correctedItems = d.corrected.map { item($0, corrected: true) }
        let programmations = d.programmations.map { i -> [String: Any] in
            let e = catalog.programmations[i], p = e.programmation
            return ["title": p.title, "url": site.baseURL + paths.programmation(e),
                    "buyer": catalog.buyer(id: p.buyerID)?.buyer.name ?? p.buyerID,
                    "expected": w.format.period(p.expectedPublication)]
        }
        let n = d.new.count
        var subject: String
        if n > 0 {
            subject = w.strings(n == 1 ? "mail.subject_new_one" : "mail.subject_new_other", ["n": String(n), "scope": scope])
        } else if !d.corrected.isEmpty {
            subject = w.strings(d.corrected.count == 1 ? "mail.subject_corrected_one" : "mail.subject_corrected_other",
                                ["n": String(d.corrected.count), "scope": scope])
        } else {
            subject = w.strings(d.programmations.count == 1 ? "mail.subject_planned_one" : "mail.subject_planned_other",
                                ["n": String(d.programmations.count), "scope": scope])
        }
        // A subject is one line a phone shows whole, far under RFC 5322's 998 bytes, whatever the keywords.
        subject = Text.clean(subject)  // no control character nor bidirectional override from a keyword
        if subject.count > Self.subjectLimit { subject = String(subject.prefix(Self.subjectLimit - 1)) + "…" }
        let unsubscribe = links?.stop ?? site.alertsUnsubscribe.map { $0.replacingOccurrences(of: "{email}", with: Self.percentEncoded(d.email)) }
        var context: [String: Any] = [
            "site": ["title": site.title, "url": site.baseURL],
            "subject": subject, "scope": scope,
            "new": newItems, "has_new": !newItems.isEmpty,
            "corrected": correctedItems, "has_corrected": !correctedItems.isEmpty,
            "programmations": programmations, "has_programmations": !programmations.isEmpty,
            "alerts_url": site.baseURL + Routes.alerts,
        ]
        if let unsubscribe { context["unsubscribe"] = unsubscribe }
        if let manage = links?.manage { context["manage"] = manage }
        let ids = (d.new + d.corrected).map { catalog.notices[$0].notice.id } + d.programmations.map { catalog.programmations[$0].programmation.id }
        let key = ([d.email, ParisTime.rfc3339(now)] + ids).joined(separator: "\u{1F}")
        var m = MailMessage(from: from, to: to, subject: subject, date: now,
                            messageID: "\(Self.hash(key, seed: 0xcbf29ce484222325))\(Self.hash(key, seed: 0x84222325cbf29ce4)).\(ParisTime.day(of: now).description)@\(from.domain)",
                            text: w.templates.render("mail/digest-text", context), html: w.templates.render("mail/digest-html", context))
        if let unsubscribe {
            m.headers.append(("List-Unsubscribe", "<\(unsubscribe)>"))
            // RFC 8058: the sign-up service stops an address on one POST to its link.
            if unsubscribe.hasPrefix("https:") || links != nil { m.headers.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")) }
        }
        m.headers.append(("Auto-Submitted", "auto-generated"))
        return m
    }

    /// "BTP — travaux, bâtiment et ingénierie, Haute-Garonne (31), « voirie »": what the alert follows.
    func scopeText(_ subs: [Subscription], _ w: MailLanguage) -> String {
        var parts: [String] = []
        func add(_ s: String) { if !parts.contains(s) { parts.append(s) } }
        for s in subs {
            for id in s.sectors { add(catalog.mapping.sectors.first { $0.id == id }?.name ?? id) }
            for id in s.subsectors { add(catalog.mapping.sectors.flatMap(\.subsectors).first { $0.id == id }?.name ?? id) }
            for d in s.departments { add(Department.lookup(d).map { "\($0.name) (\($0.code))" } ?? d) }
            for b in s.buyers { add(catalog.buyer(id: b)?.buyer.name ?? b) }
            for k in s.keywords { add(w.strings("mail.keyword", ["keyword": k])) }
        }
        return parts.isEmpty ? w.strings("mail.scope_all") : parts.joined(separator: ", ")
    }

    static func percentEncoded(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }

    /// FNV-1a, 64 bits, hex: a Message-ID that the same run of the same digest gives again.
    /// Characters of a subject at most (each at most 4 bytes, encoded: well under 998 bytes).
    static let subjectLimit = 150

    static func hash(_ s: String, seed: UInt64) -> String {
        var h = seed
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
