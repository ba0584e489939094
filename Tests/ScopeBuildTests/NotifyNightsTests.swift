import Foundation
import ScopeModel
@testable import ScopeNotify
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Night after night, nobody is mailed twice: a broken export, a rejected row, an address
/// written in other letters or a crash between the hand-over and the record never make the
/// next night send again what was sent; a state that cannot be written sends nothing.
final class NotifyNightsTests: XCTestCase {
    static let now = "2026-11-16T08:00:00+01:00"

    struct Night {
        let content: URL
        let subscriptions: URL
        let outbox: URL
        let report: URL

        init(_ name: String) throws {
            let root = temporaryFolder(name)
            content = root.appendingPathComponent("content")
            try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("content"), to: content)
            subscriptions = root.appendingPathComponent("abonnes.csv")
            outbox = root.appendingPathComponent("outbox")
            report = root.appendingPathComponent("report.json")
        }

        /// One `scope notify` into the outbox: its exit status, report (when written) and output.
        func run(now: String = NotifyNightsTests.now, state: String? = nil) throws -> (status: Int32, report: [String: Any], output: String) {
            try? FileManager.default.removeItem(at: report)
            let (status, text) = try runScope(["notify", "--content", content.path, "--layouts", repositoryRoot.appendingPathComponent("layouts").path,
                                               "--subscriptions", subscriptions.path, "--from", "alertes@marches.occitanie.example", "--outbox", outbox.path,
                                               "--now", now, "--report", report.path] + (state.map { ["--state", $0] } ?? []))
            let json = (try? JSONSerialization.jsonObject(with: Data(contentsOf: report))) as? [String: Any] ?? [:]
            return (status, json, text)
        }

        var mails: Int { ((try? FileManager.default.contentsOfDirectory(atPath: outbox.path)) ?? []).filter { $0.hasSuffix(".eml") }.count }
    }

    func testABrokenExportSendsNothingThatNightAndNothingTwiceTheNext() throws {
        let night = try Night("notify-broken-export")
        try "email;sectors;departments\nmarie@btp-toulouse.example;btp;31\npaul@voirie.example;btp;34\n".write(to: night.subscriptions, atomically: true, encoding: .utf8)
        let first = try night.run()
        XCTAssertEqual(first.status, 0, first.output)
        XCTAssertEqual(first.report["sent"] as? Int, 2)
        // The export is cut to "[": no notice is read that night.
        let export = night.content.appendingPathComponent("notices/annonces.json")
        let good = try Data(contentsOf: export)
        try Data("[".utf8).write(to: export)
        let broken = try night.run()
        XCTAssertNotEqual(broken.status, 0, "a night whose exports were not read whole is not a success")
        XCTAssertTrue(broken.output.contains("the exports were not read whole, so nothing was sent"), broken.output)
        XCTAssertTrue(broken.output.contains("annonces.json"), broken.output)
        XCTAssertEqual(night.mails, 2)
        // Mended: nothing new, nothing sent again.
        try good.write(to: export)
        let mended = try night.run()
        XCTAssertEqual(mended.status, 0, mended.output)
        XCTAssertEqual(mended.report["sent"] as? Int, 0)
        XCTAssertEqual(mended.report["skipped"] as? Int, 2)
        XCTAssertEqual(night.mails, 2)
    }

    func testARejectedRowOrAnAddressInCapitalsIsNotSentAgain() throws {
        let night = try Night("notify-rejected-row")
        try "email;sectors;departments\nmarie@btp-toulouse.example;btp;31\npaul@voirie.example;btp;34\n".write(to: night.subscriptions, atomically: true, encoding: .utf8)
        XCTAssertEqual(try night.run().report["sent"] as? Int, 2)
        // Paul's row is rejected for a night (a department the site does not have), Marie's domain written in capitals.
        try "email;sectors;departments\nmarie@BTP-Toulouse.example;btp;31\npaul@voirie.example;btp;99\n".write(to: night.subscriptions, atomically: true, encoding: .utf8)
        let bad = try night.run()
        XCTAssertEqual((bad.report["subscriptions"] as? [String: Int])?["rejected"], 1)
        XCTAssertEqual(bad.report["sent"] as? Int, 0)
        try "email;sectors;departments\nmarie@btp-toulouse.example;btp;31\npaul@voirie.example;btp;34\n".write(to: night.subscriptions, atomically: true, encoding: .utf8)
        let next = try night.run()
        XCTAssertEqual(next.report["sent"] as? Int, 0, "Paul's history was kept through the night his row was rejected")
        XCTAssertEqual(night.mails, 2)
        // Once every notice sent is closed, the history goes.
        let late = try night.run(now: "2028-01-01T08:00:00+01:00")
        XCTAssertEqual(late.status, 0, late.output)
        let state = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: night.subscriptions.path + ".sent"))) as! [String: Any]
        XCTAssertEqual((state["sent"] as? [String: Any])?.count, 0)
    }

    func testAStateThatCannotBeWrittenSendsNothing() throws {
        let night = try Night("notify-unwritable")
        try "email;sectors;departments\nmarie@btp-toulouse.example;btp;31\n".write(to: night.subscriptions, atomically: true, encoding: .utf8)
        // The state's folder is a file: nothing can be recorded there (root writes read-only folders).
        let blocker = night.outbox.deletingLastPathComponent().appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        for _ in 0..<2 {
            let r = try night.run(state: blocker.path + "/abonnes.sent")
            XCTAssertEqual(r.status, 2, r.output)
            XCTAssertTrue(r.output.contains("nothing was sent"), r.output)
            XCTAssertEqual(night.mails, 0)
        }
    }

    /// A run killed after the relay took a message and before its record: the journal says it
    /// was pending, so the next run counts it as sent, says so, and sends nothing twice.
    func testAMessagePendingAtACrashIsNotSentAgain() throws {
        let night = try Night("notify-pending")
        try "email;sectors;departments\nmarie@btp-toulouse.example;btp;31\n".write(to: night.subscriptions, atomically: true, encoding: .utf8)
        // What the crashed run handed over: found by a dry run of the same night.
        let first = try night.run()
        XCTAssertEqual(first.report["sent"] as? Int, 1)
        let state = URL(fileURLWithPath: night.subscriptions.path + ".sent")
        let sent = try Data(contentsOf: state)
        // The same night again, as if its record had not been written: the state without it, the journal with it pending.
        let json = try JSONSerialization.jsonObject(with: sent) as! [String: Any]
        let marie = (json["sent"] as! [String: Any])["marie@btp-toulouse.example"] as! [String: Any]
        let entry: [String: Any] = ["id": "x@marches.occitanie.example", "email": "marie@btp-toulouse.example",
                                    "notices": marie["notices"]!, "programmations": [String: Any]()]
        try JSONSerialization.data(withJSONObject: ["version": 2, "sent": [String: Any]()]).write(to: state)
        var journal = try JSONSerialization.data(withJSONObject: ["pending": entry])
        journal.append(0x0A)
        journal.append(contentsOf: Array("{\"sent\":".utf8))  // a line cut by the crash
        try journal.write(to: URL(fileURLWithPath: state.path + ".journal"))
        let next = try night.run()
        XCTAssertEqual(next.status, 0, next.output)
        XCTAssertEqual(next.report["sent"] as? Int, 0)
        XCTAssertEqual(next.report["uncertain"] as? [String], ["marie@btp-toulouse.example"])
        XCTAssertTrue(next.output.contains("may have been delivered"), next.output)
        XCTAssertEqual(night.mails, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: state.path + ".journal"), "compacted at the run's end")
    }

    /// Notices and programmations are kept apart: a notice whose id reads `p:` + a
    /// programmation's id is not taken for it (version 1 of the state is read as it meant).
    func testANoticeIdLikeAProgrammationsKeyIsItsOwn() throws {
        var state = SentState()
        state.record(SentJournal.Entry(id: "m", email: "a@b.example", notices: ["p:P26-00002": .init(deadline: nil, documents: nil, sent: "x")]))
        XCTAssertNil(state.sent["a@b.example"]?.programmations["P26-00002"])
        let v1 = Data(#"{"version": 1, "sent": {"a@b.example": {"26-1": {"sent": "x"}, "p:P26-00002": {"sent": "y"}}}}"#.utf8)
        let read = try SentState.decode(v1)
        XCTAssertEqual(read.sent["a@b.example"]?.notices.keys.sorted(), ["26-1"])
        XCTAssertEqual(read.sent["a@b.example"]?.programmations.keys.sorted(), ["P26-00002"])
    }

    /// The journal grows by one short line a message: writing the state for 4,000 messages costs
    /// 4,000 appends and one whole write, not 4,000 whole writes.
    func testTheStateIsWrittenOnceARunWhateverItsMessages() throws {
        let folder = temporaryFolder("notify-journal")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("abonnes.sent")
        let journal = SentJournal(url)
        try journal.open()
        var state = SentState()
        for i in 0..<4_000 {
            let e = SentJournal.Entry(id: "m\(i)", email: "a\(i)@b.example", notices: ["26-\(i)": .init(deadline: "2026-12-01T12:00:00+01:00", documents: nil, sent: "x")])
            try journal.pending(e)
            try journal.sent(e.id)
            state.record(e)
        }
        let lines = try String(contentsOf: journal.journalURL, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.count, 8_000)
        XCTAssertLessThan(lines.map(\.utf8.count).max() ?? 0, 200)
        XCTAssertEqual(try SentJournal(url).load().state, state, "replayed from the journal alone")
        try journal.compact(state)
        XCTAssertEqual(try SentJournal(url).load().state, state)
        XCTAssertFalse(FileManager.default.fileExists(atPath: journal.journalURL.path))
    }

    /// A relay that is down: after 3 addresses in a row, the run stops trying it (it tried each
    /// address in turn, each with its retries, with no bound on the whole).
    func testARelayThatIsDownIsGivenUpAfterThreeAddresses() throws {
        let night = try Night("notify-relay-down")
        let addresses = (1...8).map { "entreprise\($0)@btp.example" }
        try ("email;sectors\n" + addresses.map { "\($0);btp" }.joined(separator: "\n") + "\n").write(to: night.subscriptions, atomically: true, encoding: .utf8)
        // A port nothing listens on: each connection is refused at once.
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        let port = Int(UInt16(bigEndian: address.sin_port))
        close(fd)
        let (status, text) = try runScope(["notify", "--content", night.content.path, "--layouts", repositoryRoot.appendingPathComponent("layouts").path,
                                           "--subscriptions", night.subscriptions.path, "--from", "alertes@marches.occitanie.example",
                                           "--smtp", "smtp://127.0.0.1:\(port)", "--now", Self.now, "--retries", "1", "--report", night.report.path])
        XCTAssertEqual(status, 1, text)
        XCTAssertTrue(text.contains("stopped by the relay failed for 3 addresses in a row: the rest is left for the next run"), text)
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: night.report)) as! [String: Any]
        XCTAssertEqual((report["failed"] as? [Any])?.count, 3)
        XCTAssertEqual(report["sent"] as? Int, 0)
    }

    func testTheRelaysPasswordIsNeverPrinted() {
        XCTAssertEqual(SMTPRelay.redacted("smtp://alertes:s3cr%21t@relay.example:587"), "smtp://alertes:***@relay.example:587")
        XCTAssertEqual(SMTPRelay.redacted("smtp://relay.example:25"), "smtp://relay.example:25")
        XCTAssertThrowsError(try SMTPRelay(url: "ftp://alertes:s3cret@relay.example", from: MailAddress("a@b.example")!)) { error in
            XCTAssertFalse("\(error)".contains("s3cret"), "\(error)")
        }
    }

    func testATerminalIsNeverDrivenByData() {
        XCTAssertEqual(Terminal.safe("a\u{1B}[2J\nSubscriptions read 9\u{202E}fdp.exe"), "a\u{FFFD}[2J\u{FFFD}Subscriptions read 9\u{FFFD}fdp.exe")
        XCTAssertEqual(Terminal.safe("Écran\t27"), "Écran\t27")
    }
}
