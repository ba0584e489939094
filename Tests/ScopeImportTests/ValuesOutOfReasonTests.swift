import Foundation
import ScopeImport
import ScopeModel
import XCTest

/// Values outside reason are never published: each left out or cut, with a message naming the
/// record and field; and valid values that were refused are read.
final class ValuesOutOfReasonTests: XCTestCase {
    func messages(_ r: ImportResult) -> [String] { r.diagnostics.map(\.description) }

    func testAwardDatesInImpossibleYearsAreLeftOut() throws {
        let years = ["0001-03-01", "0000-03-01", "-001-03-01", "9999-03-01", "2026-10-20"]
        let marches = years.enumerated().map { i, d in
            #"{"id": "2026RX000\#(i)", "acheteur": {"id": "20005379100014"}, "nature": "Marché", "objet": "Maintenance", "codeCPV": "50700000", "#
            + #""lieuExecution": {"code": "31", "typeCode": "Code département"}, "dateNotification": "\#(d)", "montant": 1000, "#
            + #""titulaires": [{"titulaire": {"typeIdentifiant": "SIRET", "id": "38012986600032"}}]}"#
        }
        let f = try ContentFixture(files: ["exports/decp.json": #"{"marches": {"marche": ["# + marches.joined(separator: ",") + "]}}"],
                                   config: "title: Test\nregion: Occitanie\nsources:\n  - path: exports/decp.json\n    format: decp\n")
        let r = try f.read()
        XCTAssertEqual(r.awards.map { $0.notified?.description }, [nil, nil, nil, nil, "2026-10-20"])
        for (i, year) in ["1", "0", "-1", "9999"].enumerated() {
            XCTAssertTrue(messages(r).contains { $0.contains("2026RX000\(i)") && $0.contains("a date in the year \(year), surely a mistake") }, "\(messages(r))")
        }
    }

    func testAnAmountInHexadecimalIsNotAnAmount() throws {
        let f = try ContentFixture(files: ["notices/n.json": ContentFixture.json([
            ContentFixture.notice(["estimated_value": "0x10"]),
            ContentFixture.notice(["id": "26-00002", "estimated_value": "1 200,50 €"]),
            ContentFixture.notice(["id": "26-00003", "estimated_value": "inf"]),
            ContentFixture.notice(["id": "26-00004", "estimated_value": "1,5E+5"]),  // a spreadsheet's exponent
        ])])
        let r = try f.read()
        XCTAssertEqual(r.notices.map(\.id), ["26-00002", "26-00004"])
        XCTAssertEqual(r.notices.last?.estimatedValue?.amount, 150_000)
        XCTAssertEqual(r.notices.first?.estimatedValue?.amount, 1200.5)
        XCTAssertTrue(messages(r).contains("\(f.path("notices/n.json")) at $[0]: error: notice \"26-00001\", field \"estimated_value\": expected a non-negative amount, found \"0x10\""), "\(messages(r))")
    }

    /// `24:00:00` is valid xs:time (midnight at the day's end): it was rejected.
    func testADeadlineAtTwentyFourHundredIsTheNextDaysFirstInstant() throws {
        let f = try ContentFixture(files: ["notices/n.json": ContentFixture.json([
            ContentFixture.notice(["deadline": "2026-12-01T24:00:00+01:00"]),
            ContentFixture.notice(["id": "26-00002", "deadline": "2026-12-01T24:30:00+01:00"]),
        ])])
        let r = try f.read()
        XCTAssertEqual(r.notices.map { ParisTime.rfc3339($0.deadline) }, ["2026-12-02T00:00:00+01:00"])
        XCTAssertEqual(ParisTime.parse("2026-12-01T24:00:00"), ParisTime.parse("2026-12-02T00:00:00+01:00"))
    }

    func testNowOutsideTheYearsADateMayHaveIsRefused() {
        for text in ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "1899-12-31T12:00:00+01:00"] { XCTAssertNil(ParisTime.parseNow(text), text) }
        XCTAssertNotNil(ParisTime.parseNow("2026-11-16T08:00:00+01:00"))
    }

    /// A 1.3 MB title was copied into 38 files: cut at 1,000 characters, with a warning.
    func testAHugeTitleIsCutWithAWarning() throws {
        let title = String(repeating: "Réfection de voirie ", count: 65_000)
        let f = try ContentFixture(files: ["notices/n.json": ContentFixture.json([ContentFixture.notice(["title": title])])])
        let r = try f.read()
        let shown = try XCTUnwrap(r.notices.first?.title)
        XCTAssertLessThanOrEqual(shown.count, 1_001)
        XCTAssertTrue(shown.hasSuffix("voirie…"), String(shown.suffix(30)))
        XCTAssertTrue(messages(r).contains { $0.contains("field \"title\": 1299999 characters long; only the first") }, "\(messages(r))")
    }

    /// Bidirectional overrides make text show in another order than it reads (a title, a feed, a calendar, a subject).
    func testBidirectionalOverridesAreDropped() throws {
        let f = try ContentFixture(files: ["notices/n.json": ContentFixture.json([
            ContentFixture.notice(["title": "Voirie \u{202E}fdp.exe\u{202C} \u{2066}x\u{2069}", "description": "Texte \u{202E}inversé\n\nsuite"]),
        ])])
        let n = try XCTUnwrap(try f.read().notices.first)
        XCTAssertEqual(n.title, "Voirie fdp.exe x")
        XCTAssertEqual(n.description, "Texte inversé\n\nsuite")
    }

    /// Buyers made from eForms took their website without the http(s) check.
    func testAnEFormsBuyersWebsiteMustBeHTTP() throws {
        let real = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/real/eforms-sdk_cn_81_FRA.xml")
        for (i, link) in ["javascript:alert(1)", "data:text/html,x", "//evil.example/"].enumerated() {
            let xml = try String(contentsOf: real, encoding: .utf8).replacingOccurrences(of: "http://www.cea.fr", with: link)
            let f = try ContentFixture("eformsWebsite\(i)", files: ["notices/n.xml": xml], config: "title: Test\n")
            let r = try f.read()
            XCTAssertFalse(r.buyers.contains { $0.website?.contains(link) == true }, link)
            XCTAssertTrue(messages(r).contains { $0.contains("the buyer's website is not an http(s) address, left out") }, "\(link): \(messages(r))")
        }
        XCTAssertNil(WebLink.safe("javascript:alert(1)"))
        XCTAssertEqual(WebLink.safe("https://www.cea.fr/"), "https://www.cea.fr/")
    }
}
