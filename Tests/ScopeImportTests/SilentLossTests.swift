import Foundation
#if canImport(Glibc)
import Glibc
#endif
import ScopeImport
import ScopeModel
import XCTest

/// Every record a reader meets is built, or rejected or left out with a message naming the file,
/// the line or JSON path and the record: no shape of file drops one without a word.
final class SilentLossTests: XCTestCase {
    static let header = "id,title,buyer,contract_type,cpv,departments,published,deadline,description\n"
    static func row(_ id: String, _ description: String = "fin") -> String {
        "\(id),Voirie \(id),21310555400017,works,45233140-2,31,2026-11-01,2026-12-01T12:00:00+01:00,\(description)\n"
    }

    func messages(_ r: ImportResult) -> [String] { r.diagnostics.map(\.description) }

    func testAQuoteThatNeverClosesRejectsItsRowAndReadsTheRestAgain() throws {
        let csv = Self.header + Self.row("26-1") + Self.row("26-2", "\"Texte ouvert") + Self.row("26-3") + Self.row("26-4")
        let f = try ContentFixture(files: ["notices/n.csv": csv])
        let r = try f.read()
        XCTAssertEqual(r.notices.map(\.id), ["26-1", "26-3", "26-4"])
        let stats = try XCTUnwrap(r.sources.first { $0.file.hasSuffix("n.csv") })
        XCTAssertEqual([stats.read, stats.imported, stats.rejected], [4, 3, 1])
        XCTAssertEqual(messages(r).filter { $0.contains("n.csv") }, [
            "\(f.path("notices/n.csv")):3: error: notice \"26-2\": a quote opened at column 90 of this line never closes, so the rest of the file "
                + "would be one field; record rejected, and the 2 lines after it read again as rows",
        ])
    }

    /// Ordinary titles that begin with a quoted name (`"Cœur de ville" : …`) in a `;` file: the
    /// quote does not close the field (a space follows it), so the title is read as written, and
    /// every row is built (all 4,000 were rejected, in 50 s and 4.2 GB, by the reading before).
    func testATitleThatBeginsWithAQuotedNameIsReadAsWritten() throws {
        var csv = "id;title;buyer;contract_type;cpv;departments;published;deadline\n"
        for i in 0..<4_000 {
            csv += "26-\(i);\"Cœur de ville\" : voirie, tranche \(i);21310555400017;works;45233140-2;31;2026-11-01;2026-12-01T12:00:00+01:00\n"
        }
        let f = try ContentFixture(files: ["notices/n.csv": csv])
        let r = try f.read()
        XCTAssertEqual(r.notices.count, 4_000)
        XCTAssertEqual(r.notices.first { $0.id == "26-7" }?.title, "\"Cœur de ville\" : voirie, tranche 7")
        XCTAssertEqual(messages(r).filter { $0.contains("n.csv") }, [])
    }

    /// A quote that never closes on every other row: each costs its row alone, and the rows between are read.
    func testManyQuotesThatNeverCloseCostTheirRowsAlone() throws {
        var csv = Self.header
        for i in 0..<2_000 { csv += Self.row("26-\(i)", i % 2 == 0 ? "\"ouvert" : "fin") }
        let f = try ContentFixture(files: ["notices/n.csv": csv])
        let r = try f.read()
        XCTAssertEqual(r.notices.count, 1_000)
        XCTAssertEqual(r.sources.first { $0.file.hasSuffix("n.csv") }.map { [$0.read, $0.imported, $0.rejected] }, [2_000, 1_000, 1_000])
    }

    /// A quoted field that ran over lines to the wrong number of fields: its row is rejected and
    /// the lines it swallowed are read again as rows.
    func testARowThatRanOverLinesIsRejectedAndItsLinesReadAgain() throws {
        let csv = Self.header + Self.row("26-1") + "26-2,\"Voirie,21310555400017,works,45233140-2,31,2026-11-01,2026-12-01T12:00:00+01:00,fin\n"
            + Self.row("26-3") + "26-4,Voirie,21310555400017,works,45233140-2,31,2026-11-01,2026-12-01T12:00:00+01:00,fin\"\n" + Self.row("26-5")
        let f = try ContentFixture(files: ["notices/n.csv": csv])
        let r = try f.read()
        XCTAssertEqual(r.notices.map(\.id), ["26-1", "26-3", "26-4", "26-5"])
        XCTAssertEqual(r.notices.first { $0.id == "26-4" }?.description, "fin\"", "a quote inside a field is read as written")
        XCTAssertEqual(messages(r).filter { $0.contains("n.csv") }, [
            "\(f.path("notices/n.csv")):3: error: notice \"26-2\": a quote opened on this line is not closed where the line ends, so the row ran on to line 5 "
                + "with 2 fields (the header has 9); record rejected, lines 4–5 read again",
        ])
    }

    /// An export saved with a Latin-1 name (`annonces-été.json` as bytes E9): read, and said
    /// (it was skipped with "0 errors, 0 warnings").
    func testAnExportWhoseNameIsNotUTF8IsReadAndSaid() throws {
        let f = try ContentFixture(files: [:])
        let name: [UInt8] = Array(f.path("notices/annonces-").utf8) + [0xE9, 0x74, 0xE9] + Array(".json".utf8) + [0]
        let fd = name.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT, 0o644) }
        XCTAssertGreaterThanOrEqual(fd, 0)
        let bytes = Array(ContentFixture.json([ContentFixture.notice()]).utf8)
        XCTAssertEqual(bytes.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }, bytes.count)
        close(fd)
        let r = try f.read()
        XCTAssertEqual(r.notices.map(\.id), ["26-00001"])
        let shown = f.path("notices/annonces-\u{FFFD}t\u{FFFD}.json")
        XCTAssertEqual(r.sources.first { $0.file == shown }.map { [$0.read, $0.imported] }, [1, 1])
        XCTAssertTrue(messages(r).contains("\(shown): warning: the file's name is not UTF-8 (shown with \u{FFFD} for the bytes that are not); "
                                           + "read all the same: rename it in UTF-8 so that every tool can name it"), "\(messages(r))")
    }

    /// Found by the csv fuzz target: with CRLF line ends the rows were cut on Characters
    /// ("\r\n" is one) while the quote scan counted bytes, and the reading never ended.
    func testAQuoteThatNeverClosesInACRLFFileEnds() throws {
        let csv = (Self.header + Self.row("26-1") + Self.row("26-2", "\"ouvert") + Self.row("26-3")).replacingOccurrences(of: "\n", with: "\r\n")
            + String(repeating: "\r", count: 40) + "\n"
        let f = try ContentFixture(files: ["notices/n.csv": csv])
        let r = try f.read()
        XCTAssertEqual(r.notices.map(\.id), ["26-1", "26-3"])
        XCTAssertEqual(r.sources.first { $0.file.hasSuffix("n.csv") }.map { [$0.read, $0.imported, $0.rejected] }, [3, 2, 1])
    }

    func testAColumnNamedTwiceIsSaid() throws {
        let csv = "id,title,buyer,contract_type,cpv,departments,published,deadline,title\n"
            + "26-1,Voirie,21310555400017,works,45233140-2,31,2026-11-01,2026-12-01T12:00:00+01:00,Autre titre\n"
        let f = try ContentFixture(files: ["notices/n.csv": csv])
        let r = try f.read()
        XCTAssertEqual(r.notices.map(\.title), ["Autre titre"])
        XCTAssertTrue(messages(r).contains("\(f.path("notices/n.csv")):1: warning: field \"title\": the header names the column \"title\" "
                                           + "2 times (columns 2, 9); column 9 is read, the others ignored"), "\(messages(r))")
    }

    func testAKeyTwiceInOneObjectIsSaidInSmallAndLargeFiles() throws {
        let one = #"{"id":"26-1","title":"Voirie","title":"Autre","buyer":"21310555400017","contract_type":"works","cpv":["45233140-2"],"departments":["31"],"published":"2026-11-01","deadline":"2026-12-01T12:00:00+01:00"}"#
        let small = try ContentFixture("dupsmall", files: ["notices/n.json": "[\n" + one + "\n]"])
        let r = try small.read()
        XCTAssertEqual(r.notices.map(\.title), ["Autre"])
        XCTAssertTrue(messages(r).contains("\(small.path("notices/n.json")):2: warning: field \"title\": the key \"title\" appears twice in one object "
                                           + "(line 2, column 31); its second value is read, the first ignored"), "\(messages(r))")
        // Past a megabyte the file is parsed in parts on every core: the line is still the file's.
        var records: [String] = []
        for i in 0..<6000 { records.append(one.replacingOccurrences(of: "\"26-1\"", with: "\"26-\(i)\"").replacingOccurrences(of: #","title":"Autre""#, with: i == 5000 ? #","title":"Autre""# : "")) }
        let large = try ContentFixture("duplarge", files: ["notices/n.json": "[\n" + records.joined(separator: ",\n") + "\n]"])
        XCTAssertGreaterThan(records.joined().utf8.count, 1 << 20)
        let lr = try large.read()
        XCTAssertEqual(lr.notices.count, 6000)
        XCTAssertEqual(messages(lr).filter { $0.contains("appears twice") }.map { $0.prefix(while: { $0 != " " }) },
                       ["\(large.path("notices/n.json")):5002:"])
    }

    func testASecondListInAnObjectIsSaid() throws {
        let n = ContentFixture.json([ContentFixture.notice()])
        let f = try ContentFixture(files: ["notices/n.json": "{\"notices\": \(n), \"autres\": [{\"id\": \"26-2\"}, {\"id\": \"26-3\"}]}"])
        let r = try f.read()
        XCTAssertEqual(r.notices.map(\.id), ["26-00001"])
        XCTAssertTrue(messages(r).contains("\(f.path("notices/n.json")) at $.autres: error: field \"autres\": a second list of records (2 elements) "
                                           + "beside \"notices\", which is the one read: a file holds one list; these were not read (put them in a file of their own)"),
                      "\(messages(r))")
    }

    func testRecordsAfterTheArraysEndAreReadAndSaid() throws {
        let a = ContentFixture.json([ContentFixture.notice()]).dropFirst().dropLast()
        let b = ContentFixture.json([ContentFixture.notice(["id": "26-00002"])]).dropFirst().dropLast()
        for (name, text) in [("comma", "[\(a)],\(b)]"), ("twoarrays", "[\(a)][\(b)]")] {
            let f = try ContentFixture(name, files: ["notices/n.json": text])
            let r = try f.read()
            XCTAssertEqual(r.notices.map(\.id), ["26-00001", "26-00002"], name)
            XCTAssertTrue(messages(r).contains { $0.contains("the array closes on line 1 but the file goes on") }, "\(name): \(messages(r))")
            XCTAssertEqual(r.sources.first { $0.file.hasSuffix("n.json") }?.read, 2, name)
        }
    }

    func testSymbolicLinksToExportsAreReadInsideTheContentFolderAndReportedOutside() throws {
        let f = try ContentFixture(files: ["data/n.json": ContentFixture.json([ContentFixture.notice()])])
        let outside = testFolder("outside-export")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data(ContentFixture.json([ContentFixture.notice(["id": "26-00009"])]).utf8).write(to: outside.appendingPathComponent("x.json"))
        try FileManager.default.createSymbolicLink(atPath: f.path("notices/inside.json"), withDestinationPath: f.path("data/n.json"))
        try FileManager.default.createSymbolicLink(atPath: f.path("notices/outside.json"), withDestinationPath: outside.appendingPathComponent("x.json").path)
        let r = try f.read()
        XCTAssertEqual(r.notices.map(\.id), ["26-00001"])
        XCTAssertTrue(messages(r).contains("\(f.path("notices/outside.json")): error: a symbolic link to \(outside.appendingPathComponent("x.json").path), "
                                           + "outside the content folder: not read (name a file elsewhere under sources: in config.yaml)"), "\(messages(r))")
    }

    func testAmountsPastAThousandBillionAreLeftOutWithAWord() throws {
        let n = ContentFixture.notice(["estimated_value": 1e19, "lots": [["number": 1, "title": "Lot", "value": 1e19]]])
        let f = try ContentFixture(files: ["notices/n.json": ContentFixture.json([n])])
        let r = try f.read()
        XCTAssertEqual(r.notices.count, 1)
        XCTAssertNil(r.notices[0].estimatedValue)
        XCTAssertNil(r.notices[0].lots.first?.value)
        XCTAssertEqual(messages(r).filter { $0.contains("past 10^12") }.count, 2, "\(messages(r))")
    }

    func testDatesOutsideTheYears1900To2200AreRejectedWithTheirField() throws {
        let f = try ContentFixture(files: ["notices/n.json": ContentFixture.json([
            ContentFixture.notice(["id": "26-1", "deadline": "9999-12-01T12:00:00+01:00"]),
            ContentFixture.notice(["id": "26-2", "published": "0000-01-01"]),
            ContentFixture.notice(["id": "26-3"]),
        ])])
        let r = try f.read()
        XCTAssertEqual(r.notices.map(\.id), ["26-3"])
        XCTAssertTrue(messages(r).contains { $0.contains("\"26-1\"") && $0.contains("field \"deadline\"") && $0.contains("the year 9999 is outside 1900–2200") },
                      "\(messages(r))")
        XCTAssertTrue(messages(r).contains { $0.contains("\"26-2\"") && $0.contains("field \"published\"") && $0.contains("the year 0 is outside") })
    }
}
