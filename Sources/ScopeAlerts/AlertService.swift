import Foundation
import ScopeImport
import ScopeModel
import ScopeNotify
import ScopeRender

/// A request as the service reads it: its method, its path below the service's address, its
/// query and form fields (each may repeat), and who sent it (for rate limits only; never kept).
public struct ServiceRequest: Sendable {
    public var method: String
    public var path: String
    public var query: [(String, String)]
    public var form: [(String, String)]
    public var client: String

    public init(method: String, path: String, query: [(String, String)] = [], form: [(String, String)] = [], client: String = "") {
        self.method = method
        self.path = path
        self.query = query
        self.form = form
        self.client = client
    }

    func field(_ name: String) -> String? { (form + query).first { $0.0 == name }?.1 }
}

public struct ServiceResponse: Sendable {
    public let status: Int
    public let body: String
    public var headers: [(String, String)] = []
}

/// The sign-up service: a form that takes an address and a choice, a confirmation e-mail
/// (double opt-in: nothing else is ever sent to an address that did not confirm), and links
/// that manage and stop, signed (`LinkSigner`) so that they need no account.
///
/// Paths below the service's address: `""` (the form; POST signs up), `confirmer`, `gerer`
/// (GET shows the address's alerts; POST changes, removes or adds one), `arreter` (GET asks;
/// POST stops, as `List-Unsubscribe-Post` does), `confidentialite` (what is kept).
public final class AlertService: @unchecked Sendable {
    public struct Settings: Sendable {
        /// The service's public address, ending in "/": links in e-mails start with it.
        public var publicURL: String
        public var from: MailAddress
        /// An unconfirmed sign-up is erased after this.
        public var confirmWithin: TimeInterval = 48 * 3600
        /// A form must be at least this old when posted (a bot posts at once) and at most a day.
        public var formMinimumAge: TimeInterval = 2
        public var formMaximumAge: TimeInterval = 86_400
        /// No second confirmation e-mail to an address within this time.
        public var mailInterval: TimeInterval = 600
        /// Posts per client per hour.
        public var postsPerHour = 20
        public var alertsPerAddress = 10

        public init(publicURL: String, from: MailAddress) {
            self.publicURL = publicURL.hasSuffix("/") ? publicURL : publicURL + "/"
            self.from = from
        }
    }

    let store: AlertStore
    let signer: LinkSigner
    let site: SiteConfig
    let mapping: SectorMapping
    let pages: ServicePages
    let mail: MailSender
    public let settings: Settings
    let limits = RateLimiter()
    let buyers: BuyerNames?
    /// The clock, for tests.
    let clock: @Sendable () -> Date

    public init(store: AlertStore, signer: LinkSigner, site: SiteConfig, mapping: SectorMapping, pages: ServicePages, mail: MailSender,
                settings: Settings, buyers: BuyerNames? = nil, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.signer = signer
        self.site = site
        self.mapping = mapping
        self.pages = pages
        self.mail = mail
        self.settings = settings
        self.buyers = buyers
        self.clock = clock
    }

    var t: Strings { pages.strings }

    public func handle(_ r: ServiceRequest) -> ServiceResponse {
        let now = clock()
        do {
            try store.expire(unconfirmedBefore: now.addingTimeInterval(-settings.confirmWithin))
            switch (r.path, r.method) {
            case ("", "GET"), ("", "HEAD"): return signUpForm(AlertChoice.from(r.query, site: site, mapping: mapping).0, email: "", problems: [], now: now)
            case ("", "POST"): return try signUp(r, now: now)
            case ("confirmer", "GET"), ("confirmer", "HEAD"): return try confirm(r, now: now)
            case ("gerer", "GET"), ("gerer", "HEAD"): return try manage(r, note: nil, problems: [])
            case ("gerer", "POST"): return try change(r, now: now)
            case ("arreter", "GET"), ("arreter", "HEAD"): return try askStop(r)
            case ("arreter", "POST"): return try stop(r, now: now)
            case ("confidentialite", "GET"), ("confidentialite", "HEAD"): return privacy()
            case ("", _), ("confirmer", _), ("gerer", _), ("arreter", _), ("confidentialite", _):
                var out = message(405, t("service.not_found_title"), [t("service.not_found_text")])
                out.headers.append(("Allow", "GET, HEAD, POST"))
                return out
            default:
                return message(404, t("service.not_found_title"), [t("service.not_found_text")])
            }
        } catch {
            // The store failed (a full disk, a locked file): nothing changed, say so plainly.
            FileHandle.standardError.write(Data("scope alerts: \(error)\n".utf8))
            return message(503, t("service.too_many_title"), [t("service.too_many_text")])
        }
    }

    // MARK: sign-up

    func signUpForm(_ choice: AlertChoice, email: String, problems: [String], now: Date, status: Int = 200) -> ServiceResponse {
        let form = signer.sign(.form, subject: "", email: "", issued: now)
        let page: [String: Any] = [
            "action": settings.publicURL, "form": form, "email": email, "problems": problems,
            "choice": fields(choice, prefix: ""), "privacy": settings.publicURL + "confidentialite",
        ]
        return ServiceResponse(status: status, body: pages.render("service/signup", title: t("service.signup_title"), page: page))
    }

    func signUp(_ r: ServiceRequest, now: Date) throws -> ServiceResponse {
        guard limits.allow("post " + r.client, limit: settings.postsPerHour, per: 3600, now: now) else { return tooMany() }
        let (choice, bad) = AlertChoice.from(r.form, site: site, mapping: mapping)
        let raw = r.field("email") ?? ""
        var problems = problemTexts(bad)
        let address = MailAddress(raw.trimmingCharacters(in: .whitespaces))
        if address == nil { problems.insert(t("service.problem_email", ["value": String(raw.prefix(80))]), at: 0) }
        // A bot posting blindly has no form from this page, or fills the field people do not see.
        let form = r.field("form").flatMap { signer.verify($0, as: .form) }
        let age = form.map { now.timeIntervalSince($0.issued) } ?? -1
        if form == nil || !(r.field("website") ?? "").isEmpty || age < settings.formMinimumAge || age > settings.formMaximumAge {
            problems.append(t("service.problem_form"))
        }
        guard problems.isEmpty, let address else { return signUpForm(choice, email: raw, problems: problems, now: now, status: 400) }
        let email = address.address
        let existing = try store.alerts(email: email)
        guard existing.count < settings.alertsPerAddress else {
            return signUpForm(choice, email: raw, problems: [t("service.problem_alerts")], now: now, status: 400)
        }
        // The same answer whether or not the address is known, mailed or limited: the page says
        // nothing about anyone's address.
        let answer = message(200, t("service.sent_title"), [t("service.sent_text", ["email": email]), t("service.sent_text2")])
        // An address has one sign-up waiting at a time: asked again, its choice is the latest,
        // and the link already sent confirms that; a new e-mail goes only when none went out
        // a moment ago.
        if var waiting = existing.first(where: { $0.confirmed == nil }) {
            if waiting.choice != choice {
                try store.update(id: waiting.id, choice: choice)
                waiting.choice = choice
            }
            if let last = waiting.mailed, now.timeIntervalSince(last) < settings.mailInterval { return answer }
            try sendConfirmation(waiting, now: now)
            return answer
        }
        let alert = StoredAlert(id: StoredAlert.newID(), email: email, choice: choice, created: now)
        try store.add(alert)
        try sendConfirmation(alert, now: now)
        return answer
    }

    func sendConfirmation(_ a: StoredAlert, now: Date) throws {
        let words = try confirmationWords(a.choice.language)
        let link = settings.publicURL + "confirmer?t=" + signer.sign(.confirm, subject: a.id, email: a.email, issued: now)
        let subject = words.strings("service.confirm_subject", ["site": site.title])
        let context: [String: Any] = [
            "subject": subject, "confirm": link, "summary": summary(a.choice, words.strings), "lang": a.choice.language,
            "site": ["title": site.title, "url": site.baseURL],
        ]
        guard let to = MailAddress(a.email) else { return }
        var m = MailMessage(from: settings.from, to: to, subject: subject, date: now,
                            messageID: "\(a.id).\(Int(now.timeIntervalSince1970))@\(settings.from.domain)",
                            text: words.render("mail/confirm-text", context), html: words.render("mail/confirm-html", context))
        m.headers.append(("Auto-Submitted", "auto-replied"))
        do { try mail.send(m) } catch {
            // Not sent: the sign-up stays, and the next try sends it (nothing recorded as mailed).
            FileHandle.standardError.write(Data("scope alerts: the confirmation to an address was not sent: \(error)\n".utf8))
            return
        }
        try store.mailed(id: a.id, at: now)
    }

    private var wordsByLanguage: [String: TemplateSet] = [:]
    private let wordsLock = NSLock()

    /// The e-mail's words in the alert's language (the page's are the site's).
    func confirmationWords(_ language: String) throws -> TemplateSet {
        wordsLock.lock()
        defer { wordsLock.unlock() }
        if let w = wordsByLanguage[language] { return w }
        let w = language == pages.strings.language ? pages.templates : try TemplateSet(directory: pages.templates.directory, language: language)
        wordsByLanguage[language] = w
        return w
    }

    // MARK: confirm, manage, stop

    func confirm(_ r: ServiceRequest, now: Date) throws -> ServiceResponse {
        guard let token = r.field("t").flatMap({ signer.verify($0, as: .confirm) }),
              now.timeIntervalSince(token.issued) <= settings.confirmWithin,
              let alert = try store.alert(id: token.subject), alert.email == token.email,
              try store.confirm(id: alert.id, at: now) else { return badLink() }
        return message(200, t("service.confirmed_title"), [t("service.confirmed_text", ["summary": summary(alert.choice, t)])],
                       links: [(t("service.manage_title"), manageURL(alert.email, now: now)), (t("service.back"), site.baseURL)])
    }

    func manageURL(_ email: String, now: Date) -> String {
        settings.publicURL + "gerer?t=" + signer.sign(.manage, subject: email, email: email, issued: now)
    }

    /// An address's confirmed alerts, as the address holding a manage link sees them.
    func managed(_ r: ServiceRequest) throws -> (LinkSigner.Token, [StoredAlert])? {
        guard let token = r.field("t").flatMap({ signer.verify($0, as: .manage) }) else { return nil }
        let alerts = try store.alerts(email: token.email).filter { $0.confirmed != nil }
        return alerts.isEmpty ? nil : (token, alerts)
    }

    func manage(_ r: ServiceRequest, note: String?, problems: [String]) throws -> ServiceResponse {
        guard let (token, alerts) = try managed(r) else { return badLink() }
        let tokenText = r.field("t")!
        let page: [String: Any] = [
            "lead": [note, t("service.manage_lead", ["email": token.email])].compactMap { $0 }.joined(separator: " "),
            "problems": problems, "action": settings.publicURL + "gerer", "token": tokenText,
            "stop": settings.publicURL + "arreter?t=" + signer.sign(.stop, subject: token.email, email: token.email, issued: clock().addingTimeInterval(1)),
            "privacy": settings.publicURL + "confidentialite",
            "alerts": alerts.enumerated().map { n, a -> [String: Any] in
                ["id": a.id, "number": n + 1, "title": t("service.alert_title", ["n": String(n + 1)]), "summary": summary(a.choice, t),
                 "choice": fields(a.choice, prefix: "a\(n + 1)-")]
            },
            "blank": fields(AlertChoice(language: alerts[0].choice.language), prefix: "new-"),
        ]
        return ServiceResponse(status: problems.isEmpty ? 200 : 400, body: pages.render("service/manage", title: t("service.manage_title"), page: page))
    }

    func change(_ r: ServiceRequest, now: Date) throws -> ServiceResponse {
        guard limits.allow("post " + r.client, limit: settings.postsPerHour, per: 3600, now: now) else { return tooMany() }
        guard let (token, alerts) = try managed(r) else { return badLink() }
        let (choice, bad) = AlertChoice.from(r.form, site: site, mapping: mapping)
        let id = r.field("alert") ?? ""
        switch r.field("do") {
        case "change", "add":
            guard bad.isEmpty else { return try manage(r, note: nil, problems: problemTexts(bad)) }
            if r.field("do") == "add" {
                guard alerts.count < settings.alertsPerAddress else { return try manage(r, note: nil, problems: [t("service.problem_alerts")]) }
                // The manage link proves the address: the new alert needs no confirmation.
                try store.add(StoredAlert(id: StoredAlert.newID(), email: token.email, choice: choice, created: now, confirmed: now))
                return try manage(r, note: t("service.added"), problems: [])
            }
            guard alerts.contains(where: { $0.id == id }) else { return badLink() }
            try store.update(id: id, choice: choice)
            return try manage(r, note: t("service.saved"), problems: [])
        case "remove":
            guard alerts.contains(where: { $0.id == id }) else { return badLink() }
            try store.remove(id: id)
            if alerts.count == 1 { return message(200, t("service.stopped_title"), [t("service.stopped_text")]) }
            return try manage(r, note: t("service.removed"), problems: [])
        default:
            return badLink()
        }
    }

    func askStop(_ r: ServiceRequest) throws -> ServiceResponse {
        guard let raw = r.field("t"), let token = signer.verify(raw, as: .stop) else { return badLink() }
        var page: [String: Any] = ["heading": t("service.stop_confirm_title"), "paragraphs": [t("service.stop_confirm_text", ["email": token.email])]]
        page["button"] = ["action": settings.publicURL + "arreter?t=" + raw, "label": t("service.stop_button")]
        return ServiceResponse(status: 200, body: pages.render("service/message", title: t("service.stop_confirm_title"), page: page))
    }

    /// One POST stops everything of the address (RFC 8058's body, `List-Unsubscribe=One-Click`,
    /// or the page's button): its alerts and what was sent to it are erased. A link used twice
    /// finds nothing more to erase and says it is done.
    func stop(_ r: ServiceRequest, now: Date) throws -> ServiceResponse {
        guard let token = r.field("t").flatMap({ signer.verify($0, as: .stop) }) else { return badLink() }
        // Only what existed when the link was made: an old link does not stop a later sign-up.
        let alerts = try store.alerts(email: token.email)
        if alerts.allSatisfy({ $0.created <= token.issued.addingTimeInterval(1) }) {
            try store.forget(email: token.email)
        } else {
            for a in alerts where a.created <= token.issued.addingTimeInterval(1) { try store.remove(id: a.id) }
        }
        return message(200, t("service.stopped_title"), [t("service.stopped_text")])
    }

    func privacy() -> ServiceResponse {
        message(200, t("service.privacy_title"), ["service.privacy_kept", "service.privacy_unconfirmed", "service.privacy_leave", "service.privacy_who"].map { t($0) })
    }
}
