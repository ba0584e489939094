import Foundation
import ScopeImport
import ScopeModel
import XCTest

/// The corpus of broken exports under Tests/Fixtures/bad/: for each, the exact messages (file,
/// line or JSON path, record, field) and the records that are still built.
final class BadInputTests: XCTestCase {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/bad")

    /// Reads one corpus file from `notices/` with the fixture's two buyers.
    func read(_ name: String, config: String? = nil, as target: String? = nil) throws -> (ImportResult, String) {
        let data = try Data(contentsOf: Self.corpus.appendingPathComponent(name))
        let f = try ContentFixture(name.filter { $0.isLetter || $0.isNumber } + (config == nil ? "" : "declared"), files: [:], config: config)
        let rel = "notices/" + (target ?? name)
        try data.write(to: f.root.appendingPathComponent(rel))
        return (try f.read(), f.path(rel))
    }

    func messages(_ r: ImportResult) -> [String] { r.diagnostics.map(\.description) }

    func testMalformedJSONKeepsTheGoodRecords() throws {
        let (r, file) = try read("malformed.json")
        XCTAssertEqual(r.notices.map(\.id), ["26-00001", "26-00003"])
        XCTAssertEqual(messages(r), [
            "\(file): error: not valid JSON at line 19, column 3: '\"' where ',' or '}' was expected; its 3 records were read one by one, 1 rejected",
            "\(file) at $[1]: error: notice \"26-00002\": not valid JSON at line 19, column 3: '\"' where ',' or '}' was expected; record rejected (lines 16–29 skipped; reading goes on at line 30)",
        ])
        XCTAssertEqual(r.rejected(.notice), 1)
    }

    /// One unescaped quote in record 10 of 30 (pretty-printed, as the sample is): the 29 others
    /// are built, the tenth is rejected with its line, column and id, and the counts say 30 read.
    func testAStrayQuoteCostsOnlyItsRecord() throws {
        let notices = (1...30).map { ContentFixture.notice(["id": String(format: "26-%05d", $0), "title": "Écran \($0)"]) }
        let text = ContentFixture.json(notices).replacingOccurrences(of: "\"Écran 10\"", with: "\"Écran 27\" 4K\"")
        let f = try ContentFixture(files: ["notices/n.json": text])
        let r = try f.read()
        XCTAssertEqual(r.notices.count, 29)
        XCTAssertFalse(r.notices.contains { $0.id == "26-00010" })
        let s = try XCTUnwrap(r.sources.first { $0.file.hasSuffix("n.json") })
        XCTAssertEqual([s.read, s.imported, s.rejected], [30, 29, 1])
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains("Écran 27") }! + 1
        XCTAssertTrue(messages(r).contains { $0.hasPrefix("\(f.path("notices/n.json")) at $[9]: error: notice \"26-00010\": not valid JSON at line \(line), column ") },
                      "\(messages(r))")
    }

    /// XML that would crash the build or lose text: each an error naming the file, the others read.
    func testXMLNestedTooDeepDeclaringEntitiesOrTooLargeIsAnErrorNamingTheFile() throws {
        let head = "<?xml version=\"1.0\"?>"
        let root = "<ContractNotice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2\">"
        let f = try ContentFixture(files: [
            "notices/deep.xml": head + root + String(repeating: "<a>", count: 60_000) + "x" + String(repeating: "</a>", count: 60_000) + "</ContractNotice>",
            "notices/entity.xml": head + "<!DOCTYPE r [<!ENTITY v \"de voirie\">]>" + root + "<a>Travaux &v; fin</a></ContractNotice>",
            "notices/large.xml": head + root + "<a>" + String(repeating: "x", count: 11_000_000) + "</a></ContractNotice>",
            "notices/n.json": ContentFixture.json([ContentFixture.notice()]),
        ])
        let r = try f.read()
        XCTAssertEqual(r.notices.map(\.id), ["26-00001"])
        XCTAssertEqual(messages(r).filter { $0.contains(".xml") }.sorted(), [
            "\(f.path("notices/deep.xml")):1: error: not well-formed XML: elements nested deeper than 256 levels (line 1); no record of this file was read",
            "\(f.path("notices/entity.xml")):1: error: not well-formed XML: the file declares its own entity <!ENTITY v …>, which Scope does not expand "
                + "(its text would be lost where it is used) (line 1); no record of this file was read",
            "\(f.path("notices/large.xml")):1: error: not well-formed XML: the XML parser's limits were passed (a text of more than 10 MB, "
                + "or too many entity expansions) (line 1); no record of this file was read",
        ])
    }

    func testTruncatedJSONKeepsTheRecordsBeforeTheCut() throws {
        let (r, file) = try read("truncated.json")
        XCTAssertEqual(r.notices.map(\.id), ["26-00001", "26-00002"])
        XCTAssertEqual(messages(r), [
            "\(file): error: not valid JSON at line 42, column 3: the file ends too soon, as if cut short; its 3 records were read one by one, 1 rejected",
            "\(file) at $[2]: error: notice \"26-00003\": the file ends inside this record (line 30), as if cut short; record rejected",
        ])
    }

    func testWrongTypes() throws {
        let (r, file) = try read("wrong-types.json")
        XCTAssertEqual(r.notices.map(\.id), ["26-00001"])
        XCTAssertEqual(messages(r), [
            "\(file) at $[1]: error: notice \"26-00002\", field \"cpv\": expected a list, found an object",
            "\(file) at $[1]: error: notice \"26-00002\", field \"deadline\": expected a date-time such as 2026-06-27T12:00:00+02:00 (or a date), found \"true\"",
            "\(file) at $[1]: error: notice \"26-00002\", field \"lots\": expected a JSON array of lots, found \"lot 1\"",
        ])
    }

    func testEmptyFiles() throws {
        for name in ["empty.json", "empty.csv"] {
            let (r, file) = try read(name)
            XCTAssertEqual(messages(r), ["\(file): error: empty file, no records read"])
            XCTAssertEqual(r.buyers.count, 2, "the other files are still read")
        }
    }

    func testRaggedCSVRow() throws {
        let (r, file) = try read("ragged.csv")
        XCTAssertEqual(r.notices.map(\.id), ["26-00001", "26-00003"])
        XCTAssertEqual(messages(r), ["\(file):3: error: notice \"26-00002\": row has 4 fields, the header has 8; record rejected"])
    }

    func testUnclosedQuoteLosesOnlyItsRow() throws {
        let (r, file) = try read("unclosed-quote.csv")
        XCTAssertEqual(r.notices.map(\.id), ["26-00001", "26-00003"])
        XCTAssertEqual(r.notices[1].source.position, .line(4))
        XCTAssertEqual(messages(r), ["\(file):3: error: notice \"26-00002\": a quote opened at column 10 of this line never closes, so the rest of the file would be one field; record rejected, and the 1 line after it read again as rows"])
    }

    func testABOMInTheMiddleOfTwoJoinedExports() throws {
        let (r, file) = try read("bom-middle.csv")
        XCTAssertEqual(r.notices.map(\.id), ["26-00001", "26-00002"])
        XCTAssertEqual(r.notices.map(\.source.position), [.line(2), .line(4)])
        XCTAssertEqual(messages(r), ["\(file):3: warning: the header row again (two exports joined?); skipped"])
    }

    func testWindows1252AndLatin1NeedTheirEncodingDeclared() throws {
        for name in ["windows-1252.csv", "latin-1.csv"] {
            let (r, file) = try read(name)
            XCTAssertEqual(r.notices.count, 0)
            XCTAssertEqual(messages(r), ["\(file):2: error: not UTF-8 text: byte 0xE9 on this line is not UTF-8. Save the export as UTF-8, or declare its encoding in config.yaml (encoding: windows-1252, as Excel writes CSV, or encoding: iso-8859-1); no record of this file was read"])
        }
        let (w, _) = try read("windows-1252.csv", config: "title: Test\nregion: Occitanie\nencoding: windows-1252\n")
        XCTAssertEqual(messages(w), [])
        XCTAssertEqual(w.notices.first?.title, "Réfection de la chaussée – lot œuvre 15 000 €")
        let (l, _) = try read("latin-1.csv", config: "title: Test\nregion: Occitanie\nencoding: latin-1\n")
        XCTAssertEqual(messages(l), [])
        XCTAssertEqual(l.notices.first?.title, "Réfection de la chaussée à Bézier")
        // Declared per source, beside UTF-8 files.
        let f = try ContentFixture(files: ["exports/excel.csv": ""], config: "title: Test\nregion: Occitanie\nsources:\n  - path: exports/excel.csv\n    encoding: cp1252\n")
        try Data(contentsOf: Self.corpus.appendingPathComponent("windows-1252.csv")).write(to: f.root.appendingPathComponent("exports/excel.csv"))
        let s = try f.read()
        XCTAssertEqual(s.notices.first?.title, "Réfection de la chaussée – lot œuvre 15 000 €")
    }

    func testAnUnknownEncodingIsAConfigError() throws {
        let f = try ContentFixture(files: [:], config: "title: Test\nencoding: ebcdic\n")
        XCTAssertThrowsError(try f.read()) { error in
            XCTAssertEqual("\(error)", "\(f.path("config.yaml")):2: unknown encoding \"ebcdic\" (known: utf-8, windows-1252, iso-8859-1)")
        }
    }

    func testInvalidDatesAndTimeZonesAndADeadlineBeforePublication() throws {
        let (r, file) = try read("dates.json")
        XCTAssertEqual(r.notices.map(\.id), ["26-00001"])
        XCTAssertEqual(messages(r), [
            "\(file) at $[1]: error: notice \"26-00002\", field \"published\": expected a date YYYY-MM-DD, found \"2026-02-30\"",
            "\(file) at $[2]: error: notice \"26-00003\", field \"deadline\": expected a date-time such as 2026-06-27T12:00:00+02:00 (or a date), found \"2026-12-01T12:00:00+25:00\"",
            "\(file) at $[3]: error: notice \"26-00004\", field \"deadline\": expected a date-time such as 2026-06-27T12:00:00+02:00 (or a date), found \"2026-12-01 12:00 CET\"",
            "\(file) at $[4]: error: notice \"26-00005\", field \"deadline\": deadline 2026-12-01T12:00:00+01:00 is before the publication date 2026-12-10",
        ])
    }

    func testUnknownDepartmentsAndMalformedCPVCodes() throws {
        let (r, file) = try read("codes.json")
        XCTAssertEqual(r.notices.map(\.id), ["26-00001"])
        XCTAssertEqual(messages(r), [
            "\(file) at $[1]: error: notice \"26-00002\", field \"departments\": unknown department \"99\"",
            "\(file) at $[2]: error: notice \"26-00003\", field \"cpv\": malformed CPV code \"4523314\" (expected 8 digits, optionally -check digit)",
            "\(file) at $[3]: error: notice \"26-00004\", field \"cpv\": malformed CPV code \"45233140-22\" (expected 8 digits, optionally -check digit)",
            "\(file) at $[4]: error: notice \"26-00005\", field \"cpv\": CPV code \"99999999\" has no known division 99",
            "\(file) at $[5]: error: notice \"26-00006\", field \"departments\": department 75 outside the site's departments (Occitanie)",
        ])
        XCTAssertEqual(r.sources.first { $0.kind == .notice }?.reasons, ["cpv": 3, "departments": 2])
    }

    func testDuplicateIDs() throws {
        let (r, file) = try read("duplicates.json")
        XCTAssertEqual(r.notices.map(\.title), ["Réfection de voirie", "Réfection de voirie"])
        XCTAssertEqual(messages(r), ["\(file) at $[2]: error: notice \"26-00001\", field \"id\": duplicate id, first seen at \(file) at $[0]; record rejected"])
    }

    func testControlCharactersAreRemoved() throws {
        let (r, _) = try read("control.json")
        XCTAssertEqual(messages(r), [])
        XCTAssertEqual(r.notices.first?.title, "Réfection de voirie[31m")
        XCTAssertEqual(r.notices.first?.description, "Ligne 1\nLigne 2")
    }

    func testAOneMegabyteDescriptionIsCutWithAWarning() throws {
        let paragraph = String(repeating: "Travaux de voirie et de réseaux divers. ", count: 100) + "\n\n"
        var text = ""
        while text.utf8.count < 1_048_576 { text += paragraph }
        text = String(text.utf8.prefix(1_048_575))! + "x"
        let notices = [ContentFixture.notice(["description": text]), ContentFixture.notice(["id": "26-00002"])]
        let f = try ContentFixture(files: ["notices/long.json": ContentFixture.json(notices)])
        let r = try f.read()
        XCTAssertEqual(r.notices.count, 2)
        let d = try XCTUnwrap(r.notices[0].description)
        XCTAssertLessThanOrEqual(d.utf8.count, 65_536 + 5)
        XCTAssertTrue(d.hasSuffix("\n\n…"))
        XCTAssertTrue(d.dropLast(3).hasSuffix("divers. "), "cut at a paragraph's end")
        let kept = d.utf8.count - "\n\n…".utf8.count
        XCTAssertEqual(messages(r), ["\(f.path("notices/long.json")) at $[0]: warning: notice \"26-00001\", field \"description\": 1048576 bytes long; only the first \(kept) bytes are published (the limit is 65536)"])
    }

    /// The shapes that lost records without a word, in the corpus (and the fuzzers' seeds).
    func testShapesThatLostRecordsAreRead() throws {
        for (name, ids, said) in [
            ("after-array-comma.json", ["26-00001", "26-00002"], "the array closes on line 1 but the file goes on"),
            ("two-arrays.json", ["26-00001", "26-00002"], "the array closes on line 1 but the file goes on"),
            ("stray-quote.json", ["26-00001", "26-00003"], "not valid JSON at line 28, column 23: '4' where ',' or '}' was expected; record rejected"),
            ("two-lists.json", ["26-00001"], "a second list of records (1 element) beside \"notices\""),
            ("duplicate-keys.json", ["26-00001"], "the key \"title\" appears twice in one object"),
            ("unclosed-quote-last-column.csv", ["26-00002"], "a quote opened at column 89 of this line never closes"),
            ("quoted-name.csv", ["26-00001", "26-00002"], "a quote opened at column 63 of this line never closes"),
            ("duplicate-columns.csv", ["26-00001"], "the header names the column \"title\" 2 times"),
        ] {
            let (r, _) = try read(name)
            XCTAssertEqual(r.notices.map(\.id), ids, name)
            XCTAssertTrue(messages(r).contains { $0.contains(said) }, "\(name): \(messages(r))")
            let s = try XCTUnwrap(r.sources.first { $0.file.hasSuffix(name) }, name)
            XCTAssertEqual(s.read, s.imported + s.rejected + s.leftOut, name)
        }
    }
}
