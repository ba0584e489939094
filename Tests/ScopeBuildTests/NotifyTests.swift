import CSV
import Foundation
import ScopeModel
import ScopeNotify
import XCTest

/// `scope notify` against a real SMTP server on the loopback (scripts/smtp_sink.py, aiosmtpd),
/// over a copy of the sample: each digest lists exactly its subscription's open notices,
/// computed here from the export itself; nothing is sent twice; a refused recipient and a run
/// stopped mid-way are caught up at the next run. Messages are read with Python's `email`
/// package and html5lib (scripts/check_mail.py).
final class NotifyTests: XCTestCase {
    static let now = "2026-11-16T08:00:00+01:00"

    /// The SMTP server, running until `stop()`.
    final class Sink {
        let process = Process()
        let folder: URL
        var port = 0

        init(_ folder: URL, refuse: [String] = [], slow: Double = 0, tls: (cert: URL, key: URL)? = nil, auth: String? = nil) throws {
            self.folder = folder
            let out = Pipe()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            var arguments: [String] = ["python3", repositoryRoot.appendingPathComponent("scripts/smtp_sink.py").path, folder.path]
            for r in refuse { arguments += ["--refuse", r] }
            if slow > 0 { arguments += ["--slow", String(slow)] }
            if let tls { arguments += ["--tls", tls.cert.path, tls.key.path] }
            if let auth { arguments += ["--auth", auth] }
            process.arguments = arguments
            process.standardOutput = out
            try process.run()
            let line = String(decoding: out.fileHandleForReading.availableDataLine(), as: UTF8.self)
            guard line.hasPrefix("ready "), let p = Int(line.dropFirst(6).trimmingCharacters(in: .whitespacesAndNewlines)) else {
                process.terminate()
                throw NotifyError("the SMTP server did not start (is aiosmtpd installed? .ci/run installs it): \(line)")
            }
            port = p
        }

        func stop() {
            process.terminate()
            process.waitUntilExit()
        }

        var count: Int { ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".eml") }.count }
    }

    struct Mail: Decodable {
        let to: [String]
        let from: String
        let subject: String
        let date: String
        let message_id: String
        let list_unsubscribe: String?
        let list_unsubscribe_post: String?
        let content_type: String
        let parts: [String]
        let defects: [String]
        let crlf: Bool
        let text: String?
        let links: [String]
    }

    /// The Python packages these tests use, or an error that names the missing one and the command that installs it.
    override func setUpWithError() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import aiosmtpd, html5lib"]
        p.standardError = Pipe()
        try p.run()
        p.waitUntilExit()
        if p.terminationStatus != 0 {
            throw NotifyError("python3 cannot import aiosmtpd or html5lib, which these tests need: ./scripts/build-sample installs them")
        }
    }

    /// Every message the server received, parsed by Python.
    func mails(_ folder: URL) throws -> [Mail] {
        let p = Process()
        let out = Pipe()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", repositoryRoot.appendingPathComponent("scripts/check_mail.py").path, folder.path]
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, "check_mail.py")
        return try JSONDecoder().decode([Mail].self, from: data)
    }

    /// A copy of the sample (its config sets `alerts:`).
    func content(_ name: String) throws -> URL {
        let root = temporaryFolder(name)
        let content = root.appendingPathComponent("content")
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("content"), to: content)
        return content
    }

    /// Runs `scope notify`: its exit status and output.
    @discardableResult
    func notify(_ content: URL, _ subscriptions: URL, smtp port: Int, _ extra: [String] = [], wait: Bool = true,
                credentials: String = "") throws -> (Int32, String, Process) {
        let p = Process()
        let out = Pipe()
        p.executableURL = scopeBinary
        p.arguments = ["notify", "--content", content.path, "--layouts", repositoryRoot.appendingPathComponent("layouts").path,
                       "--subscriptions", subscriptions.path, "--from", "Marchés publics d'Occitanie <alertes@marches.occitanie.example>",
                       "--smtp", "smtp://\(credentials)127.0.0.1:\(port)", "--now", Self.now, "--rate", "50"] + extra
        p.standardOutput = out
        p.standardError = out
        try p.run()
        guard wait else { return (0, "", p) }
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return (p.terminationStatus, text, p)
    }

    // MARK: The independent computation, from the export's JSON

    struct Wanted {
        var divisions: Set<String> = []
        var departments: Set<String> = []
        var word: String?
    }

    /// CPV code (8 digits) → its French label, from the reference table's text (`code\tfr\ten`).
    let cpvLabels: [String: String] = {
        let table = try! String(contentsOf: repositoryRoot.appendingPathComponent("Sources/ScopeModel/Reference/CPV2008.swift"), encoding: .utf8)
        var out: [String: String] = [:]
        for line in table.split(separator: "\n") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            if f.count == 3, f[0].count >= 8, f[0].prefix(8).allSatisfy(\.isNumber) { out[String(f[0].prefix(8))] = String(f[1]) }
        }
        return out
    }()

    /// The ids of the open notices of the sample's export that a subscription asks for: CPV
    /// divisions (the sectors of content/sectors.yaml, read here as text), departments, a word
    /// (accents and case aside, as a whole word or its plural).
    func expected(_ w: Wanted, in files: [URL]) throws -> Set<String> {
        let now = ISO8601DateFormatter().date(from: Self.now)!
        // The sample's buyers file: id,name,… (no quoted commas in the first two columns).
        let buyersCSV = try String(contentsOf: repositoryRoot.appendingPathComponent("content/buyers/acheteurs.csv"), encoding: .utf8)
        var buyerNames: [String: String] = [:]
        for line in buyersCSV.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false)
            if cells.count >= 2 { buyerNames[String(cells[0])] = String(cells[1]).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        }
        var out: Set<String> = []
        for f in files {
            for n in try JSONSerialization.jsonObject(with: Data(contentsOf: f)) as! [[String: Any]] {
                guard let deadline = ISO8601DateFormatter().date(from: n["deadline"] as! String), deadline > now else { continue }
                if let s = n["status"] as? String, s != "open" { continue }
                let codes = n["cpv"] as! [String], deps = n["departments"] as! [String]
                if !w.divisions.isEmpty, !codes.contains(where: { w.divisions.contains(String($0.prefix(2))) }) { continue }
                if !w.departments.isEmpty, !deps.contains(where: w.departments.contains) { continue }
                if let word = w.word {
                    // What the search reads: the title, description, place, lots' titles, the buyer's
                    // name, and the labels of the CPV codes (read from the reference table as text).
                    let lotRecords = n["lots"] as? [[String: Any]] ?? []
                    let lots = lotRecords.compactMap { $0["title"] as? String }
                    let labels = (codes + lotRecords.compactMap { $0["cpv"] as? String }).compactMap { cpvLabels[String($0.prefix(8))] }
                    let text = ([n["title"], n["description"], n["place"], buyerNames[n["buyer"] as! String]].compactMap { $0 as? String } + lots + labels)
                        .joined(separator: " ")
                        .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                    guard text.range(of: "\\b\(word)s?\\b", options: .regularExpression) != nil else { continue }
                }
                out.insert(n["id"] as! String)
            }
        }
        return out
    }

    func sectorDivisions(_ id: String) throws -> Set<String> {
        let yaml = try String(contentsOf: repositoryRoot.appendingPathComponent("content/sectors.yaml"), encoding: .utf8)
        let block = yaml.components(separatedBy: "- id: \(id)\n")[1]
        let line = block.split(separator: "\n").first { $0.contains("divisions:") }!
        return Set(line.split(separator: "\"").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) })
    }

    func ids(_ m: Mail) -> Set<String> {
        Set(m.links.filter { $0.contains("/annonces/") }.map { String($0.split(separator: "/").last!) })
    }

    // MARK: Tests

    func testThreeSubscriptionsThenNothingThenExactlyTheTwoNewNotices() throws {
        let content = try content("notify-three")
        let subs = content.deletingLastPathComponent().appendingPathComponent("abonnes.csv")
        try """
        email;sectors;departments;buyers;keywords;language
        marie@btp-toulouse.example;btp;31;;;
        paul@voirie.example;;;;voirie;
        anne@paysages.example;environnement;09|11;;;en

        """.write(to: subs, atomically: true, encoding: .utf8)
        let sink = try Sink(content.deletingLastPathComponent().appendingPathComponent("smtp-1"))
        defer { sink.stop() }
        let (status, output, _) = try notify(content, subs, smtp: sink.port)
        XCTAssertEqual(status, 0, output)
        let export = [content.appendingPathComponent("notices/annonces.json")]
        let want: [String: Set<String>] = [
            "marie@btp-toulouse.example": try expected(Wanted(divisions: try sectorDivisions("btp"), departments: ["31"]), in: export),
            "paul@voirie.example": try expected(Wanted(word: "voirie"), in: export),
            "anne@paysages.example": try expected(Wanted(divisions: try sectorDivisions("environnement"), departments: ["09", "11"]), in: export),
        ]
        XCTAssertTrue(want.values.allSatisfy { !$0.isEmpty }, "\(want)")
        let first = try mails(sink.folder)
        XCTAssertEqual(first.count, 3)
        for m in first {
            XCTAssertEqual(m.to.count, 1)
            let to = m.to[0]
            XCTAssertEqual(ids(m), want[to], to)
            XCTAssertEqual(m.defects, [], to)
            XCTAssertTrue(m.crlf, "CRLF line ends")
            XCTAssertEqual(m.content_type, "multipart/alternative")
            XCTAssertEqual(m.parts, ["text/plain", "text/html"])
            XCTAssertEqual(m.from, "Marchés publics d'Occitanie <alertes@marches.occitanie.example>")
            XCTAssertEqual(m.date, "Mon, 16 Nov 2026 08:00:00 +0100")
            XCTAssertTrue(m.message_id.hasSuffix("@marches.occitanie.example>"))
            XCTAssertEqual(m.list_unsubscribe, "<https://marches.occitanie.example/alertes-email/desinscription?email=\(to.replacingOccurrences(of: "@", with: "%40"))>")
            XCTAssertEqual(m.list_unsubscribe_post, "List-Unsubscribe=One-Click")
            // The text part names every notice's page too.
            for id in want[to]! { XCTAssertTrue(m.text?.contains("https://marches.occitanie.example/annonces/\(id)/") == true, "\(to): \(id)") }
        }
        let marie = try XCTUnwrap(first.first { $0.to == ["marie@btp-toulouse.example"] })
        XCTAssertEqual(marie.subject, "\(want["marie@btp-toulouse.example"]!.count) nouveaux appels d'offres — BTP — travaux, bâtiment et ingénierie, Haute-Garonne (31)")
        let anne = try XCTUnwrap(first.first { $0.to == ["anne@paysages.example"] })
        XCTAssertTrue(anne.subject.hasPrefix("\(want["anne@paysages.example"]!.count) new calls for tender — "), anne.subject)
        let paul = try XCTUnwrap(first.first { $0.to == ["paul@voirie.example"] })
        XCTAssertTrue(paul.subject.hasSuffix("— « voirie »"), paul.subject)

        // A second run: nothing new, nothing sent.
        let (again, againOutput, _) = try notify(content, subs, smtp: sink.port)
        XCTAssertEqual(again, 0, againOutput)
        XCTAssertEqual(sink.count, 3)
        XCTAssertTrue(againOutput.contains("e-mails sent 0, failed 0, skipped (nothing new) 3"), againOutput)

        // Two new notices Marie's alert matches: a digest of exactly those two.
        let fresh: [[String: Any]] = (1...2).map { k in
            ["id": "26-20000\(k)", "title": "Réfection de la voirie de Blagnac, tranche \(k)", "buyer": "10077748100015",
             "contract_type": "works", "cpv": ["45233140-2"], "departments": ["31"], "published": "2026-11-16",
             "deadline": "2026-12-20T12:00:00+01:00"]
        }
        let extra = content.appendingPathComponent("notices/nouvelles.json")
        try JSONSerialization.data(withJSONObject: fresh).write(to: extra)
        let (third, thirdOutput, _) = try notify(content, subs, smtp: sink.port)
        XCTAssertEqual(third, 0, thirdOutput)
        let all = try mails(sink.folder)
        let late = all.dropFirst(3)
        XCTAssertEqual(late.map(\.to).sorted { $0[0] < $1[0] }, [["marie@btp-toulouse.example"], ["paul@voirie.example"]])
        XCTAssertEqual(late.first { $0.to == ["marie@btp-toulouse.example"] }.map(ids), ["26-200001", "26-200002"])
        XCTAssertEqual(late.first { $0.to == ["marie@btp-toulouse.example"] }?.subject.hasPrefix("2 nouveaux appels d'offres"), true)
        XCTAssertEqual(late.first { $0.to == ["paul@voirie.example"] }.map(ids), ["26-200001", "26-200002"])
    }

    func testARefusedRecipientIsLeftForTheNextRun() throws {
        let content = try content("notify-refused")
        let subs = content.deletingLastPathComponent().appendingPathComponent("abonnes.csv")
        try "email;sectors;departments\nmarie@btp-toulouse.example;btp;31\npaul@voirie.example;btp;34\n".write(to: subs, atomically: true, encoding: .utf8)
        let refusing = try Sink(content.deletingLastPathComponent().appendingPathComponent("smtp-refusing"), refuse: ["paul@voirie.example"])
        let (status, output, _) = try notify(content, subs, smtp: refusing.port, ["--retries", "0"])
        refusing.stop()
        XCTAssertEqual(status, 1, output)
        XCTAssertTrue(output.contains("paul@voirie.example: not sent, left for the next run: the relay answered 550"), output)
        XCTAssertEqual(try mails(refusing.folder).map(\.to), [["marie@btp-toulouse.example"]])

        let accepting = try Sink(content.deletingLastPathComponent().appendingPathComponent("smtp-accepting"))
        defer { accepting.stop() }
        let (next, nextOutput, _) = try notify(content, subs, smtp: accepting.port)
        XCTAssertEqual(next, 0, nextOutput)
        let caughtUp = try mails(accepting.folder)
        XCTAssertEqual(caughtUp.map(\.to), [["paul@voirie.example"]])
        XCTAssertEqual(ids(caughtUp[0]), try expected(Wanted(divisions: try sectorDivisions("btp"), departments: ["34"]),
                                                      in: [content.appendingPathComponent("notices/annonces.json")]))
    }

    /// A relay that takes the message but answers after the timeout: the message may have been
    /// delivered, so it is not tried again (it was, three times, and reported "not sent", and
    /// the next night sent it once more).
    func testARelayThatAnswersLateGetsTheMessageOnce() throws {
        let content = try content("notify-late")
        let subs = content.deletingLastPathComponent().appendingPathComponent("abonnes.csv")
        try "email;sectors;departments\nmarie@btp-toulouse.example;btp;31\n".write(to: subs, atomically: true, encoding: .utf8)
        let late = try Sink(content.deletingLastPathComponent().appendingPathComponent("smtp-late"), slow: 3)
        let (status, output, _) = try notify(content, subs, smtp: late.port, ["--smtp-timeout", "1", "--retries", "2"])
        Thread.sleep(forTimeInterval: 4)  // the relay stores it after its delay
        late.stop()
        XCTAssertEqual(status, 0, output)
        XCTAssertTrue(output.contains("marie@btp-toulouse.example: a message may have been delivered"), output)
        XCTAssertEqual(late.count, 1, "handed over once, not retried")
        let prompt = try Sink(content.deletingLastPathComponent().appendingPathComponent("smtp-prompt"))
        defer { prompt.stop() }
        let (next, nextOutput, _) = try notify(content, subs, smtp: prompt.port)
        XCTAssertEqual(next, 0, nextOutput)
        XCTAssertEqual(prompt.count, 0, "not sent again the next night")
    }

    /// SIGTERM while the relay takes its time over a message: the run stops after 5 s of grace (it
    /// waited out the relay, and then the retries), and the message it had handed over is not sent again.
    func testASignalStopsARunWaitingOnTheRelay() throws {
        let content = try content("notify-signal-relay")
        let subs = content.deletingLastPathComponent().appendingPathComponent("abonnes.csv")
        try "email;sectors;departments\nmarie@btp-toulouse.example;btp;31\n".write(to: subs, atomically: true, encoding: .utf8)
        let stuck = try Sink(content.deletingLastPathComponent().appendingPathComponent("smtp-stuck"), slow: 40)
        let (_, _, running) = try notify(content, subs, smtp: stuck.port, ["--smtp-timeout", "120"], wait: false)
        Thread.sleep(forTimeInterval: 3)
        let signalled = Date()
        running.terminate()
        running.waitUntilExit()
        XCTAssertLessThan(Date().timeIntervalSince(signalled), 15, "stopped within the 5 s of grace, not after the relay's 40 s")
        XCTAssertEqual(running.terminationStatus, 130)
        stuck.stop()
        let prompt = try Sink(content.deletingLastPathComponent().appendingPathComponent("smtp-after"))
        defer { prompt.stop() }
        let (next, nextOutput, _) = try notify(content, subs, smtp: prompt.port)
        XCTAssertEqual(next, 0, nextOutput)
        XCTAssertTrue(nextOutput.contains("e-mails sent 0, failed 0, skipped (nothing new) 1"), nextOutput)
        XCTAssertEqual(prompt.count, 0, "the message handed over before the signal is not sent again")
    }

    func testARunStoppedMidwaySendsNothingTwice() throws {
        let content = try content("notify-stopped")
        let subs = content.deletingLastPathComponent().appendingPathComponent("abonnes.csv")
        let addresses = (1...8).map { "entreprise\($0)@btp.example" }
        try ("email;sectors\n" + addresses.map { "\($0);btp" }.joined(separator: "\n") + "\n").write(to: subs, atomically: true, encoding: .utf8)
        let slow = try Sink(content.deletingLastPathComponent().appendingPathComponent("smtp-slow"), slow: 0.4)
        let (_, _, running) = try notify(content, subs, smtp: slow.port, wait: false)
        let start = Date()
        while slow.count < 3 && Date().timeIntervalSince(start) < 60 { Thread.sleep(forTimeInterval: 0.05) }
        running.terminate()  // SIGTERM, as a job scheduler's timeout sends it
        running.waitUntilExit()
        XCTAssertEqual(running.terminationStatus, 130)
        let before = slow.count
        XCTAssertLessThan(before, 8, "stopped before the end")
        let (status, output, _) = try notify(content, subs, smtp: slow.port)
        slow.stop()
        XCTAssertEqual(status, 0, output)
        let received = try mails(slow.folder).flatMap(\.to)
        XCTAssertEqual(received.sorted(), addresses.sorted(), "each address once")
    }

    /// A relay that requires STARTTLS and AUTH, with a certificate of a private authority.
    func testSTARTTLSAndAUTHWithTheRelaysCertificateVerified() throws {
        let content = try content("notify-tls")
        let root = content.deletingLastPathComponent()
        let cert = root.appendingPathComponent("cert.pem"), key = root.appendingPathComponent("key.pem")
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        openssl.arguments = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key.path, "-out", cert.path,
                             "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"]
        openssl.standardError = FileHandle.nullDevice
        try openssl.run()
        openssl.waitUntilExit()
        XCTAssertEqual(openssl.terminationStatus, 0, "openssl")
        let subs = root.appendingPathComponent("abonnes.csv")
        try "email;sectors;departments\nmarie@btp-toulouse.example;btp;31\n".write(to: subs, atomically: true, encoding: .utf8)
        let sink = try Sink(root.appendingPathComponent("smtp-tls"), tls: (cert, key), auth: "alertes:s3cret")
        defer { sink.stop() }
        // The certificate is not trusted: nothing is sent in the clear instead.
        let (untrusted, untrustedOutput, _) = try notify(content, subs, smtp: sink.port, ["--retries", "0"], credentials: "alertes:s3cret@")
        XCTAssertEqual(untrusted, 1, untrustedOutput)
        XCTAssertEqual(sink.count, 0)
        // A wrong password: refused, left for the next run.
        let (denied, deniedOutput, _) = try notify(content, subs, smtp: sink.port, ["--retries", "0", "--smtp-ca", cert.path], credentials: "alertes:wrong@")
        XCTAssertEqual(denied, 1, deniedOutput)
        XCTAssertTrue(deniedOutput.contains("marie@btp-toulouse.example: not sent"), deniedOutput)
        XCTAssertEqual(sink.count, 0)
        // Trusted and authenticated: sent.
        let (ok, okOutput, _) = try notify(content, subs, smtp: sink.port, ["--smtp-ca", cert.path], credentials: "alertes:s3cret@")
        XCTAssertEqual(ok, 0, okOutput)
        XCTAssertEqual(try mails(sink.folder).map(\.to), [["marie@btp-toulouse.example"]])
    }

    /// A changed or removed subscription is honoured at the next run; `--report` says the counts.
    func testAChangedOrRemovedSubscriptionIsHonouredAtTheNextRun() throws {
        let content = try content("notify-changed")
        let root = content.deletingLastPathComponent()
        let subs = root.appendingPathComponent("abonnes.csv"), outbox = root.appendingPathComponent("outbox"), report = root.appendingPathComponent("report.json")
        func run() throws -> (Int32, [String: Any]) {
            let p = Process()
            p.executableURL = scopeBinary
            p.arguments = ["notify", "--content", content.path, "--layouts", repositoryRoot.appendingPathComponent("layouts").path,
                           "--subscriptions", subs.path, "--from", "alertes@marches.occitanie.example", "--outbox", outbox.path,
                           "--now", Self.now, "--report", report.path]
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
            return (p.terminationStatus, try JSONSerialization.jsonObject(with: Data(contentsOf: report)) as! [String: Any])
        }
        let export = [content.appendingPathComponent("notices/annonces.json")]
        try "email;sectors;departments\nmarie@btp-toulouse.example;btp;31\npaul@voirie.example;btp;34\n".write(to: subs, atomically: true, encoding: .utf8)
        let (first, firstReport) = try run()
        XCTAssertEqual(first, 0)
        XCTAssertEqual(firstReport["sent"] as? Int, 2)
        XCTAssertEqual(firstReport["skipped"] as? Int, 0)
        XCTAssertEqual((firstReport["subscriptions"] as? [String: Int]) ?? [:], ["read": 2, "rejected": 0])
        // Marie now follows Hérault too; Paul has left.
        try "email;sectors;departments\nmarie@btp-toulouse.example;btp;31|34\n".write(to: subs, atomically: true, encoding: .utf8)
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: outbox.path))
        let (second, secondReport) = try run()
        XCTAssertEqual(second, 0)
        XCTAssertEqual(secondReport["sent"] as? Int, 1)
        XCTAssertEqual(secondReport["addresses"] as? Int, 1)
        let added = try mails(outbox).filter { m in !before.contains { $0.hasPrefix(String(m.message_id.dropFirst().prefix(while: { $0 != "@" }))) } }
        XCTAssertEqual(added.map(\.to), [["marie@btp-toulouse.example"]])
        XCTAssertEqual(added.first.map(ids), try expected(Wanted(divisions: try sectorDivisions("btp"), departments: ["34"]), in: export))
        // Paul's record is kept while the notices he was sent are open: were his row back (or
        // rejected for a night), nothing would be sent to him twice.
        let state = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: subs.path + ".sent"))) as! [String: Any]
        XCTAssertEqual(((state["sent"] as? [String: Any]) ?? [:]).keys.sorted(), ["marie@btp-toulouse.example", "paul@voirie.example"])

        // A notice Marie was sent has its deadline moved in the export: sent again, marked corrected.
        let file = content.appendingPathComponent("notices/annonces.json")
        var notices = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as! [[String: Any]]
        let sent = try XCTUnwrap(added.first.map(ids)?.sorted().first)
        let k = try XCTUnwrap(notices.firstIndex { $0["id"] as? String == sent })
        notices[k]["deadline"] = "2026-12-30T12:00:00+01:00"
        try JSONSerialization.data(withJSONObject: notices).write(to: file)
        let seen = Set(try FileManager.default.contentsOfDirectory(atPath: outbox.path))
        let (third, thirdReport) = try run()
        XCTAssertEqual(third, 0)
        XCTAssertEqual(thirdReport["sent"] as? Int, 1)
        let corrected = try mails(outbox).filter { m in !seen.contains { $0.hasPrefix(String(m.message_id.dropFirst().prefix(while: { $0 != "@" }))) } }
        XCTAssertEqual(corrected.count, 1)
        XCTAssertEqual(corrected.first.map(ids), [sent])
        XCTAssertEqual(corrected.first?.subject.hasPrefix("1 appel d'offres rectifié — "), true, corrected.first?.subject ?? "")
        XCTAssertTrue(corrected.first?.text?.contains("Appels d'offres déjà envoyés, rectifiés depuis") == true)
        XCTAssertTrue(corrected.first?.text?.contains("30 décembre 2026 à 12 h 00") == true)
    }

    /// `programmations: yes`: the planned purchases of the alert's sectors and departments, once.
    func testProgrammationsAreSentOnRequestOnce() throws {
        let content = try content("notify-programmations")
        let root = content.deletingLastPathComponent()
        let subs = root.appendingPathComponent("abonnes.csv"), outbox = root.appendingPathComponent("outbox")
        try "email;sectors;departments;programmations\nmarie@btp-toulouse.example;btp;31;yes\n".write(to: subs, atomically: true, encoding: .utf8)
        func run() throws -> Int32 {
            let p = Process()
            p.executableURL = scopeBinary
            p.arguments = ["notify", "--content", content.path, "--layouts", repositoryRoot.appendingPathComponent("layouts").path,
                           "--subscriptions", subs.path, "--from", "alertes@marches.occitanie.example", "--outbox", outbox.path, "--now", Self.now]
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
            return p.terminationStatus
        }
        XCTAssertEqual(try run(), 0)
        // The sample's programmations file (;-separated): id → (CPV codes, departments, status).
        var csv = try String(contentsOf: content.appendingPathComponent("programmations/programmations.csv"), encoding: .utf8)
        if csv.hasPrefix("\u{FEFF}") { csv.removeFirst() }
        let reader = try CSVReader(string: csv, hasHeaderRow: true, delimiter: ";")
        var rows: [String: ([String], [String], String)] = [:]
        while let cells = reader.next(), cells.count > 11 {
            rows[Slug.make(cells[0])] = (cells[4].split(separator: "|").map(String.init), cells[5].split(separator: "|").map(String.init), cells[11])
        }
        let btp = try sectorDivisions("btp")
        let mail = try XCTUnwrap(try mails(outbox).first)
        let planned = mail.links.filter { $0.contains("/programmations/") }.map { String($0.split(separator: "/").last!) }
        XCTAssertFalse(planned.isEmpty)
        for id in planned {
            let row = try XCTUnwrap(rows[id], id)
            XCTAssertTrue(row.0.contains { btp.contains(String($0.prefix(2))) }, id)
            XCTAssertTrue(row.1.contains("31"), id)
            XCTAssertEqual(row.2, "planned", id)
        }
        XCTAssertTrue(mail.text?.contains("Achats prévus") == true)
        // Sent once: a second run has nothing new.
        XCTAssertEqual(try run(), 0)
        XCTAssertEqual(try mails(outbox).count, 1)
    }

    func testBadRowsAreNamedByTheirLineAndNothingReachesAHeader() throws {
        let content = try content("notify-bad")
        let subs = content.deletingLastPathComponent().appendingPathComponent("abonnes.yaml")
        try """
        subscriptions:
          - email: "ok@btp.example"
            sectors: [btp]
          - email: "x@y.example\\r\\nBcc: everyone@example.org"
          - email: "z@btp.example"
            sectors: [plomberie]
          - email: "w@btp.example"
            departments: ["75"]

        """.write(to: subs, atomically: true, encoding: .utf8)
        let outbox = content.deletingLastPathComponent().appendingPathComponent("outbox")
        let (status, text) = try runScope(["notify", "--content", content.path, "--layouts", repositoryRoot.appendingPathComponent("layouts").path,
                                           "--subscriptions", subs.path, "--from", "alertes@marches.occitanie.example", "--outbox", outbox.path, "--now", Self.now])
        XCTAssertEqual(status, 1, text)
        XCTAssertTrue(text.contains("abonnes.yaml:4: field \"email\": not an e-mail address"), text)
        XCTAssertTrue(text.contains("abonnes.yaml:5: field \"sectors\": unknown sector \"plomberie\""), text)
        XCTAssertTrue(text.contains("abonnes.yaml:7: field \"departments\": not one of the site's departments: \"75\""), text)
        XCTAssertTrue(text.contains("Subscriptions read 4, rejected 3; addresses 1: e-mails sent 1"), text)
        let written = try mails(outbox)
        XCTAssertEqual(written.map(\.to), [["ok@btp.example"]])
        XCTAssertNil(written[0].list_unsubscribe.flatMap { $0.contains("\n") ? $0 : nil })

        // A header value never holds a line break.
        XCTAssertNil(MailAddress("a@b.example\r\nBcc: c@d.example"))
        XCTAssertNil(MailAddress("a@b.example", name: "Evil\r\nBcc: c@d.example"))
        XCTAssertFalse(MailMessage.encodedWord("Sujet\r\nBcc: x@y.example").contains("\n"))
    }
}

extension FileHandle {
    /// The first line written to a pipe, waiting for it.
    func availableDataLine() -> Data {
        var line = Data()
        while true {
            let byte = readData(ofLength: 1)
            if byte.isEmpty || byte == Data([0x0A]) { return line }
            line += byte
        }
    }
}
