import Foundation
import GRDB
import XCTest
@testable import ScopeAlerts
import ScopeModel
import ScopeNotify

/// The sign-up service in the process, over the bundled sample's config and layouts: what it
/// sends (an outbox folder stands for the relay), what it keeps, and every refusal. The whole
/// path through a browser, a real SMTP server and `scope notify` is `scripts/check_alerts.py`.
final class AlertServiceTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let url = "https://marches.example/alertes-email/"

    final class Clock: @unchecked Sendable {
        var now = Date(timeIntervalSince1970: 1_800_000_000)
    }

    struct Rig {
        let dir: URL
        let service: AlertService
        let store: SQLiteAlertStore
        let clock: Clock
        var outbox: URL { dir.appendingPathComponent("outbox") }

        /// The messages sent so far, as text.
        func mails() throws -> [String] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: outbox.path)) ?? []
            return try names.filter { $0.hasSuffix(".eml") }.sorted().map { try String(contentsOf: outbox.appendingPathComponent($0), encoding: .utf8) }
        }

        /// The link of a purpose in the last message (quoted-printable soft breaks undone).
        func link(_ path: String) throws -> String? {
            guard let mail = try mails().last else { return nil }
            let text = mail.replacingOccurrences(of: "=\r\n", with: "").replacingOccurrences(of: "=3D", with: "=")
            guard let r = text.range(of: Self.pattern(path), options: .regularExpression) else { return nil }
            return String(text[r])
        }

        static func pattern(_ path: String) -> String { NSRegularExpression.escapedPattern(for: AlertServiceTests.url + path) + "\\?t=[A-Za-z0-9_.-]+" }

        func get(_ path: String, _ query: [(String, String)] = [], client: String = "10.0.0.1") -> ServiceResponse {
            service.handle(ServiceRequest(method: "GET", path: path, query: query, client: client))
        }

        func post(_ path: String, _ query: [(String, String)] = [], _ form: [(String, String)], client: String = "10.0.0.1") -> ServiceResponse {
            service.handle(ServiceRequest(method: "POST", path: path, query: query, form: form, client: client))
        }

        /// The form token of a fresh sign-up page, then the clock moved past its minimum age.
        func formToken() -> String {
            let page = get("").body
            let r = page.range(of: "name=\"form\" value=\"")!
            let token = String(page[r.upperBound...].prefix { $0 != "\"" })
            clock.now += 5
            return token
        }

        func signUp(_ email: String, _ choice: [(String, String)], client: String = "10.0.0.1") -> ServiceResponse {
            post("", [], [("form", formToken()), ("email", email), ("website", "")] + choice, client: client)
        }

        static func token(_ link: String) -> String { String(link[link.range(of: "?t=")!.upperBound...]) }
    }

    func rig() throws -> Rig {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("alerts-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("alerts.sqlite").path
        let setup = try AlertSetup(database: db, content: Self.root.appendingPathComponent("content"))
        let from = MailAddress("alertes@marches.example")!
        let mail = try MailSender(smtp: nil, outbox: dir.appendingPathComponent("outbox"), from: from)
        let clock = Clock()
        let service = try setup.service(content: Self.root.appendingPathComponent("content"), layouts: Self.root.appendingPathComponent("layouts"),
                                        publicURL: Self.url, from: from, mail: mail, clock: { clock.now })
        return Rig(dir: dir, service: service, store: setup.store, clock: clock)
    }

    func testASignUpIsConfirmedByItsLinkAndNothingElseIsSentBefore() throws {
        let r = try rig()
        let page = r.get("", [("sec", "btp"), ("dep", "81"), ("q", "toiture")])
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.body.contains("value=\"btp\" checked=\"checked\""), "the query presets the sector")
        XCTAssertTrue(page.body.contains("value=\"81\" checked=\"checked\""))
        XCTAssertTrue(page.body.contains("value=\"toiture\""))

        let answer = r.signUp("Couvreur@Tarn.example", [("sec", "btp"), ("dep", "81"), ("q", "toiture")])
        XCTAssertEqual(answer.status, 200, answer.body)
        XCTAssertTrue(answer.body.contains("Vérifiez votre boîte e-mail"))
        XCTAssertEqual(try r.mails().count, 1)
        let mail = try r.mails()[0]
        XCTAssertTrue(mail.contains("To: Couvreur@tarn.example"), mail)
        XCTAssertEqual(try r.store.confirmed().count, 0, "nothing is confirmed before the link is followed")

        let confirm = try XCTUnwrap(r.link("confirmer"))
        r.clock.now += 3600
        let done = r.get("confirmer", [("t", Rig.token(confirm))])
        XCTAssertEqual(done.status, 200, done.body)
        XCTAssertTrue(done.body.contains("Votre alerte est confirmée"))
        let alerts = try r.store.confirmed()
        XCTAssertEqual(alerts.count, 1)
        XCTAssertEqual(alerts[0].choice.sectors, ["btp"])
        XCTAssertEqual(alerts[0].choice.departments, ["81"])
        XCTAssertEqual(alerts[0].choice.keywords, ["toiture"])
        XCTAssertEqual(alerts[0].confirmed, r.clock.now, "the consent's date is kept")
        XCTAssertEqual(try r.mails().count, 1, "confirming sends nothing")
    }

    func testRefusalsChangeNothing() throws {
        let r = try rig()
        // A bad address, an unknown sector, a department the site does not cover.
        for (email, choice, words) in [("not-an-address", [("sec", "btp")], "L'adresse e-mail n'est pas valide"),
                                       ("a@b.example", [("sec", "nope")], "Ce secteur n'existe pas"),
                                       ("a@b.example", [("dep", "75")], "pas couvert par ce site")] {
            let answer = r.signUp(email, choice)
            XCTAssertEqual(answer.status, 400)
            XCTAssertTrue(answer.body.replacingOccurrences(of: "&#39;", with: "'").contains(words), words)
        }
        // A bot: no form from the page, a filled hidden field, a form posted at once.
        XCTAssertEqual(r.post("", [], [("email", "bot@b.example"), ("sec", "btp")]).status, 400)
        XCTAssertEqual(r.post("", [], [("form", r.formToken()), ("email", "bot@b.example"), ("website", "http://spam")]).status, 400)
        let page = r.get("").body
        let at = page.range(of: "name=\"form\" value=\"")!
        let fresh = String(page[at.upperBound...].prefix { $0 != "\"" })
        XCTAssertEqual(r.post("", [], [("form", fresh), ("email", "bot@b.example")]).status, 400, "posted the instant the form was made")
        XCTAssertEqual(try r.mails().count, 0)
        XCTAssertEqual(try r.store.alerts(email: "a@b.example").count + r.store.alerts(email: "bot@b.example").count, 0)

        // Forged, cut and expired confirmation links.
        _ = r.signUp("late@b.example", [("sec", "btp")])
        let link = try XCTUnwrap(r.link("confirmer"))
        XCTAssertEqual(r.get("confirmer", [("t", Rig.token(link) + "x")]).status, 400)
        XCTAssertEqual(r.get("confirmer", [("t", String(Rig.token(link).dropLast(5)))]).status, 400)
        r.clock.now += 49 * 3600
        XCTAssertEqual(r.get("confirmer", [("t", Rig.token(link))]).status, 400, "expired after 48 hours")
        XCTAssertEqual(try r.store.alerts(email: "late@b.example").count, 0, "an unconfirmed sign-up is erased once expired")
    }

    func testAnAddressIsMailedOnceInTenMinutesAndAClientIsLimited() throws {
        let r = try rig()
        _ = r.signUp("twice@b.example", [("sec", "btp")])
        _ = r.signUp("twice@b.example", [("sec", "btp"), ("dep", "31")])
        XCTAssertEqual(try r.mails().count, 1, "no second confirmation within ten minutes")
        XCTAssertEqual(try r.store.alerts(email: "twice@b.example").map(\.choice.departments), [["31"]], "the latest choice waits")
        // The link already sent confirms the latest choice.
        XCTAssertEqual(r.get("confirmer", [("t", Rig.token(try XCTUnwrap(r.link("confirmer"))))]).status, 200)
        XCTAssertEqual(try r.store.confirmed().map(\.choice.departments), [["31"]])

        var statuses: [Int] = []
        for i in 0..<25 { statuses.append(r.signUp("many\(i)@b.example", [("sec", "btp")], client: "10.9.9.9").status) }
        XCTAssertEqual(statuses.filter { $0 == 429 }.count, 25 - r.service.settings.postsPerHour)
        XCTAssertEqual(r.signUp("other@b.example", [], client: "10.1.1.1").status, 200, "another client is not limited")
    }

    func testManageChangesAddsAndRemovesAndStopLeavesNoTrace() throws {
        let r = try rig()
        _ = r.signUp("firm@b.example", [("sec", "btp"), ("dep", "81")])
        XCTAssertEqual(r.get("confirmer", [("t", Rig.token(try XCTUnwrap(r.link("confirmer"))))]).status, 200)
        let links = AlertSetup.links(signer: r.service.signer, publicURL: Self.url, now: r.clock.now)("firm@b.example")!
        let manage = Rig.token(links.manage), id = try r.store.confirmed()[0].id

        let page = r.get("gerer", [("t", manage)])
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.body.contains("firm@b.example"))
        XCTAssertEqual(r.post("gerer", [], [("t", manage), ("do", "change"), ("alert", id), ("sec", "btp"), ("sub", "second-oeuvre"), ("dep", "31")]).status, 200)
        XCTAssertEqual(try r.store.confirmed()[0].choice.subsectors, ["second-oeuvre"])
        XCTAssertEqual(r.post("gerer", [], [("t", manage), ("do", "add"), ("sec", "informatique")]).status, 200)
        XCTAssertEqual(try r.store.confirmed().count, 2, "added from the manage link, which proves the address")
        // Another address's alert is not this link's to change.
        _ = r.signUp("other@b.example", [])
        let other = try r.store.alerts(email: "other@b.example")[0].id
        XCTAssertEqual(r.post("gerer", [], [("t", manage), ("do", "remove"), ("alert", other)]).status, 400)
        XCTAssertEqual(try r.store.alerts(email: "other@b.example").count, 1)
        // A manage link is not a stop link.
        XCTAssertEqual(r.post("arreter", [("t", manage)], [("List-Unsubscribe", "One-Click")]).status, 400)

        // Something sent, then one POST (RFC 8058) stops it all.
        let log = r.store.sentLog()
        var entry = SentJournal.Entry(id: "m1", email: "firm@b.example")
        entry.notices["26-1"] = SentState.Item(deadline: "2026-12-01T12:00:00+01:00", sent: "2026-11-20T08:00:00+01:00")
        try log.pending(entry)
        try log.sent("m1")
        XCTAssertEqual(try log.load().state.sent["firm@b.example"]?.notices.count, 1)
        XCTAssertEqual(r.get("arreter", [("t", Rig.token(links.stop))]).status, 200, "a GET only asks")
        XCTAssertEqual(try r.store.alerts(email: "firm@b.example").count, 2)
        let stopped = r.post("arreter", [("t", Rig.token(links.stop))], [("List-Unsubscribe", "One-Click")])
        XCTAssertEqual(stopped.status, 200)
        XCTAssertEqual(try r.store.alerts(email: "firm@b.example").count, 0)
        XCTAssertNil(try log.load().state.sent["firm@b.example"])
        XCTAssertEqual(r.post("arreter", [("t", Rig.token(links.stop))], [("List-Unsubscribe", "One-Click")]).status, 200, "used twice: done")
        XCTAssertEqual(r.get("gerer", [("t", manage)]).status, 400, "the manage link shows nothing once stopped")

        // No byte of the address left in the database's files.
        for suffix in ["", "-journal", "-wal", "-shm"] {
            guard let data = FileManager.default.contents(atPath: r.store.path + suffix) else { continue }
            XCTAssertNil(data.range(of: Data("firm@b.example".utf8)), "the address is still in alerts.sqlite\(suffix)")
        }
        // A later sign-up of the address is not stopped by the old link.
        _ = r.signUp("firm@b.example", [("sec", "btp")])
        r.clock.now += 10
        XCTAssertEqual(r.post("arreter", [("t", Rig.token(links.stop))], [("List-Unsubscribe", "One-Click")]).status, 200)
        XCTAssertEqual(try r.store.alerts(email: "firm@b.example").count, 1)
    }

    /// A message handed to the relay whose outcome was never recorded (the run was killed) may
    /// have been delivered: the next run counts it as sent, never sends it again, and says so.
    func testAMessagePendingAtACrashCountsAsSentInTheDatabase() throws {
        let r = try rig()
        _ = r.signUp("crash@b.example", [])
        XCTAssertEqual(r.get("confirmer", [("t", Rig.token(try XCTUnwrap(r.link("confirmer"))))]).status, 200)
        let log = r.store.sentLog()
        try log.open()
        var entry = SentJournal.Entry(id: "m-crash", email: "crash@b.example")
        entry.notices["26-7"] = SentState.Item(deadline: "2026-12-01T12:00:00+01:00", sent: "2026-11-20T08:00:00+01:00")
        try log.pending(entry)
        // Another process, the next night: the database as the killed run left it.
        let next = try SQLiteAlertStore(path: r.store.path).sentLog()
        let (state, uncertain) = try next.load()
        XCTAssertEqual(uncertain.map(\.id), ["m-crash"])
        XCTAssertEqual(state.sent["crash@b.example"]?.notices["26-7"]?.deadline, "2026-12-01T12:00:00+01:00")
        // Compacted at the end of that run: kept as sent, no longer pending.
        try next.compact(state)
        let (after, none) = try next.load()
        XCTAssertTrue(none.isEmpty)
        XCTAssertNotNil(after.sent["crash@b.example"]?.notices["26-7"])
        // A failed message leaves nothing recorded.
        var failed = SentJournal.Entry(id: "m-failed", email: "crash@b.example")
        failed.notices["26-8"] = SentState.Item(sent: "2026-11-21T08:00:00+01:00")
        try next.pending(failed)
        try next.failed("m-failed")
        XCTAssertNil(try next.load().state.sent["crash@b.example"]?.notices["26-8"])
    }
}
