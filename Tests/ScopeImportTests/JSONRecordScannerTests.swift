import Foundation
@testable import ScopeImport
import ScopeModel
import XCTest

/// The record scanner: a large array is parsed in parts on every core, with the whole-file
/// parse's elements in its order; a file that does not parse whole loses only its broken records.
final class JSONRecordScannerTests: XCTestCase {
    /// Records whose strings hold everything that could fool a cut: brackets, braces, commas,
    /// escaped quotes and backslashes, a backslash before the closing quote, non-ASCII text.
    func trickyArray(_ count: Int, minified: Bool) throws -> Data {
        let values: [Any] = (0..<count).map { i -> Any in
            if i % 97 == 5 { return "a bare string, ]}" }
            if i % 89 == 7 { return [1, [2, [3]], ["x": "]"]] as [Any] }
            return [
                "id": "26-\(i)",
                "title": "Lot \(i): \"voirie\", [tranche] {ferme}, \\ fin \\",
                "path": "C:\\dossier\\",
                "nested": ["list": [["a": "}", "b": ","], [] as [Any], ["c": NSNull()]] as [Any], "n": Double(i) / 8, "ok": i % 2 == 0],
                "text": String(repeating: "Réfection d’enrobés ; ", count: i % 7) + "\u{1F6A7}",
            ] as [String: Any]
        }
        return try JSONSerialization.data(withJSONObject: values, options: minified ? [] : [.prettyPrinted, .sortedKeys])
    }

    func whole(_ data: Data) throws -> RawValue {
        RawValue(json: try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
    }

    func scan(_ data: Data) -> JSONRecordScanner.Document? {
        try? JSONRecordScanner(data: data, displayPath: "n.json", kind: .notice).read().get()
    }

    func testPartsGiveTheWholeFilesElementsInOrder() throws {
        for minified in [true, false] {
            var data = try trickyArray(8_000, minified: minified)
            XCTAssertGreaterThan(data.count, JSONRecordScanner.parallelBytes)
            data.insert(contentsOf: [0xEF, 0xBB, 0xBF, 0x0A, 0x20], at: 0)  // BOM and white space before
            data.append(contentsOf: Array(" \n\t\n".utf8))                  // and after
            let expected = try whole(data)
            try data.withUnsafeBytes { raw in
                let b = raw.bindMemory(to: UInt8.self)
                for parts in [2, 3, 8, 64] {
                    let ranges = try XCTUnwrap(JSONRecordScanner.partRanges(b, open: 5, parts: parts), "minified \(minified), \(parts) parts")
                    XCTAssertGreaterThan(ranges.count, parts / 2, "the file is cut into about as many parts as asked")
                }
            }
            let doc = try XCTUnwrap(scan(data))
            XCTAssertNil(doc.salvage)
            XCTAssertEqual(doc.root, expected, "minified \(minified)")
        }
        // A slice of a larger buffer (indices not starting at 0).
        let data = try trickyArray(8_000, minified: true)
        let padded = Data([0x20, 0x20] + Array(data))
        XCTAssertEqual(scan(padded[2...])?.root, try whole(data))
    }

    /// Every broken shape in a large file is found by the parse whatever the parts, and its
    /// records are read one by one: none but the broken one is lost.
    func testABrokenLargeFileLosesOnlyItsBrokenRecord() throws {
        let good = String(decoding: try trickyArray(8_000, minified: true), as: UTF8.self)
        let total = 8_000 - (0..<8_000).filter { $0 % 97 == 5 || $0 % 89 == 7 }.count  // objects; the others are bare values
        var missingComma = good
        let record = try XCTUnwrap(missingComma.range(of: "\"26-3000\""))
        missingComma.replaceSubrange(try XCTUnwrap(missingComma.range(of: "},{", options: .backwards, range: missingComma.startIndex..<record.lowerBound)),
                                     with: "} {")
        var strayQuote = good
        strayQuote.replaceSubrange(try XCTUnwrap(strayQuote.range(of: "Lot 4000: ")), with: "Lot 4000\" : ")
        let cases: [(String, String, Int)] = [
            ("bytes after the end", good + " []", total),
            ("a second array", good + good, 2 * total),
            ("unfinished", String(good.dropLast()), total),
            ("a missing comma", missingComma, total),
            ("a stray quote", strayQuote, total - 1),
            ("a bad value", good.replacingOccurrences(of: "\"id\":\"26-5000\"", with: "\"id\":tru"), total - 1),
            ("a brace for a bracket", String(good.dropLast()) + "}", total),
        ]
        for (name, text, kept) in cases {
            XCTAssertThrowsError(try JSONSerialization.jsonObject(with: Data(text.utf8)), "\(name): the oracle fails the file")
            let doc = try XCTUnwrap(scan(Data(text.utf8)), name)
            XCTAssertNotNil(doc.salvage, name)
            guard case .list(let items) = doc.root else { XCTFail(name); continue }
            XCTAssertEqual(items.count, kept, name)
        }
    }

    /// The sample's own notices, record 10 with an unescaped quote in its title: 625 of 626
    /// are read, the one rejected names its line, column and id, and the counts add up.
    func testAStrayQuoteCostsOneRecordOfTheSample() throws {
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("content/notices/annonces.json")
        let text = try String(contentsOf: sample, encoding: .utf8)
        guard case .list(let all)? = JSONParser.value(Data(text.utf8)) else { return XCTFail("the sample parses") }
        XCTAssertEqual(all.count, 626)
        guard case .object(let tenth) = all[9], case .string(let title)? = tenth["title"], case .string(let id)? = tenth["id"] else { return XCTFail() }
        let broken = text.replacingOccurrences(of: "\"title\" : \"\(title)\"", with: "\"title\" : \"Écran 27\" 4K, \(title)\"")
        XCTAssertNotEqual(broken, text)
        let (records, problems) = JSONRecordReader(displayPath: "annonces.json", kind: .notice).read(Data(broken.utf8))
        XCTAssertEqual(records.count, 625)
        XCTAssertFalse(records.contains { $0.fields["id"] == .string(id) })
        XCTAssertEqual(records[9].location.description, "annonces.json at $[10]", "the records after keep their place")
        let line = broken.components(separatedBy: "\n").firstIndex { $0.contains("Écran 27") }! + 1
        XCTAssertEqual(problems.count, 2)
        XCTAssertTrue(problems[0].message.hasPrefix("not valid JSON at line \(line), column "), problems[0].message)
        XCTAssertTrue(problems[0].message.contains(": '4' where ',' or '}' was expected;"), problems[0].message)
        XCTAssertTrue(problems[0].message.hasSuffix("its 626 records were read one by one, 1 rejected"), problems[0].message)
        XCTAssertEqual(problems[1].location.description, "annonces.json at $[9]")
        XCTAssertEqual(problems[1].recordID, id)
        XCTAssertTrue(problems[1].message.contains("record rejected"), problems[1].message)
    }

    /// A nested list of objects inside a broken record is not taken for records: the scan
    /// resumes at the next record, whose chain reaches the array's end.
    func testObjectsNestedInABrokenRecordAreNotRecords() throws {
        let text = """
        [{"id": "A", "title": "bon"},
         {"id": "B", "title": "Écran 27" 4K", "lots": [{"n": 1}, {"n": 2}, {"n": 3}], "x": 1},
         {"id": "C", "lots": [{"n": 1}]},
         {"id": "D" "oups"},
         {"id": "E"}]
        """
        let (records, problems) = JSONRecordReader(displayPath: "n.json", kind: .notice).read(Data(text.utf8))
        XCTAssertEqual(records.map { $0.fields["id"] }, [.string("A"), .string("C"), .string("E")])
        XCTAssertEqual(records.map(\.location.description), ["n.json at $[0]", "n.json at $[2]", "n.json at $[4]"])
        XCTAssertEqual(problems.map(\.description), [
            "n.json: error: not valid JSON at line 2, column 34: '4' where ',' or '}' was expected; its 5 records were read one by one, 2 rejected",
            "n.json at $[1]: error: notice \"B\": not valid JSON at line 2, column 34: '4' where ',' or '}' was expected; record rejected (line 2 skipped; reading goes on at line 3)",
            "n.json at $[3]: error: notice \"D\": not valid JSON at line 4, column 13: '\"' where ',' or '}' was expected; record rejected (line 4 skipped; reading goes on at line 5)",
        ])
        // Inside an object (an API's answer): the same, and the members after the list are read.
        let wrapped = "{\"total\": 5, \"results\": \(text), \"links\": []}"
        let (inner, said) = JSONRecordReader(displayPath: "n.json", kind: .notice).read(Data(wrapped.utf8))
        XCTAssertEqual(inner.map { $0.fields["id"] }, [.string("A"), .string("C"), .string("E")])
        XCTAssertEqual(inner.map(\.location.description), ["n.json at $.results[0]", "n.json at $.results[2]", "n.json at $.results[4]"])
        XCTAssertEqual(said.filter { $0.kind != nil }.count, 2)
    }

    /// Every record broken, one a line: each is read and rejected by itself (only the first was
    /// said, and the others were lost, when a record had to parse whole to start the scan again).
    func testEveryRecordBrokenOneALineIsEachRejected() throws {
        let text = "[\n" + (0..<1_000).map { #"{"id": "26-\#($0)", "title": "T" x}"# }.joined(separator: ",\n") + "\n]\n"
        let (records, problems) = JSONRecordReader(displayPath: "n.json", kind: .notice).read(Data(text.utf8))
        XCTAssertEqual(records.count, 0)
        XCTAssertEqual(problems.filter { $0.kind != nil }.count, 1_000)
        XCTAssertEqual(problems.last?.recordID, "26-999")
        XCTAssertEqual(problems.last?.location.description, "n.json at $[999]")
        // On one line (minified): each broken record that starts with the records' first key is one.
        let minified = "[" + (0..<1_000).map { #"{"id":"26-\#($0)","title":"T" x,"lots":[{"n":1},{"n":2}]}"# }.joined(separator: ",") + #",{"id":"26-ok"}]"#
        let (kept, told) = JSONRecordReader(displayPath: "n.json", kind: .notice).read(Data(minified.utf8))
        XCTAssertEqual(kept.map { $0.fields["id"] }, [.string("26-ok")])
        XCTAssertEqual(told.filter { $0.kind != nil }.count, 1_000)
        XCTAssertEqual(kept.first?.location.description, "n.json at $[1000]")
        // Pretty-printed, as the sample is: the same.
        let pretty = "[\n" + (0..<50).map { #"  {\#n    "id" : "26-\#($0)",\#n    "title" : "T" x,\#n    "lots" : [\#n      {\#n        "n" : 1\#n      }\#n    ]\#n  }"# }
            .joined(separator: ",\n") + "\n]\n"
        let (_, said) = JSONRecordReader(displayPath: "n.json", kind: .notice).read(Data(pretty.utf8))
        XCTAssertEqual(said.filter { $0.kind != nil }.map(\.recordID), (0..<50).map { "26-\($0)" })
    }

    /// A hostile file: a long run of nested objects after a break, none of which can start a
    /// record (each candidate is tried once, its chain remembered).
    func testAHostileRunOfBracesIsReadAndSaid() throws {
        var text = "[{\"id\": \"A\"}, {\"id\": \"B\" x},"
        text += String(repeating: "{\"a\": [{\"b\": {}}, ", count: 20_000)
        let (records, problems) = JSONRecordReader(displayPath: "n.json", kind: .notice).read(Data(text.utf8))
        XCTAssertEqual(records.first?.fields["id"], .string("A"))
        XCTAssertEqual(problems.first { $0.kind != nil }?.recordID, "B")
        // Whatever the scan took for records there, each is read and accounted for.
        let rejected = problems.filter { $0.kind != nil }.count
        XCTAssertTrue(problems[0].message.hasSuffix("its \(records.count + rejected) records were read one by one, \(rejected) rejected"), problems[0].message)
    }

    /// Through the reader: a file over the size that is cut, broken in its middle, gives the
    /// same messages as the small corpus files do (line and column of the whole file), and a
    /// good one is read record for record with the `$[i]` paths of its place in the file.
    func testLargeExportsReadAsWholeFilesAre() throws {
        var records: [[String: Any]] = []
        for i in 1...4_000 {
            records.append(["id": String(format: "26-%05d", i), "title": "Réfection de voirie, tranche \(i) [\"ferme\"]",
                            "buyer": "21310555400017", "contract_type": "works", "cpv": ["45233140-2"], "departments": ["31"],
                            "published": "2026-11-01", "deadline": "2026-12-01T12:00:00+01:00",
                            "description": String(repeating: "Travaux de voirie, {réseaux} et [trottoirs]. ", count: 6)])
        }
        records[2_500]["deadline"] = "2026-02-30"
        let data = try JSONSerialization.data(withJSONObject: records, options: [.prettyPrinted, .sortedKeys])
        XCTAssertGreaterThan(data.count, JSONRecordScanner.parallelBytes, "the file is large enough to be cut")
        let good = try ContentFixture("largejson", files: [:])
        try data.write(to: good.root.appendingPathComponent("notices/large.json"))
        let r = try good.read()
        XCTAssertEqual(r.notices.count, 4_000 - 1, "all but the bad record")
        XCTAssertEqual(r.diagnostics.filter { $0.severity == .error }.map(\.description), [
            "\(good.path("notices/large.json")) at $[2500]: error: notice \"26-02501\", field \"deadline\": expected a date-time such as 2026-06-27T12:00:00+02:00 (or a date), found \"2026-02-30\"",
        ])

        // A missing comma far into the file: the whole-file message, with its line.
        var text = String(decoding: data, as: UTF8.self)
        let record = try XCTUnwrap(text.range(of: "\"id\" : \"26-03001\""))
        let cut = try XCTUnwrap(text.range(of: "},", options: .backwards, range: text.startIndex..<record.lowerBound))
        text.replaceSubrange(cut, with: "}")
        let broken = Data(text.utf8)
        guard case .failure(let failure) = JSONRecordReader.parse(broken, displayPath: "large.json") else {
            return XCTFail("a file with a missing comma parsed")
        }
        let line = text[..<cut.lowerBound].filter { $0 == "\n" }.count + 2
        XCTAssertTrue(failure.reason.contains("line \(line),"), failure.reason)
        let bad = try ContentFixture("largejsonbroken", files: [:])
        try broken.write(to: bad.root.appendingPathComponent("notices/large.json"))
        let rb = try bad.read()
        // Record by record: the two records the comma no longer separates are read each, and
        // only the bad date is rejected.
        XCTAssertEqual(rb.notices.count, 4_000 - 1, "every record but the one with a bad date")
        XCTAssertEqual(rb.diagnostics.filter { $0.severity == .error }.map(\.description), [
            "\(bad.path("notices/large.json")): error: not valid JSON at line \(line), column 3: '{' where ',' or ']' was expected; its 4000 records were read one by one, 0 rejected",
            "\(bad.path("notices/large.json")) at $[2500]: error: notice \"26-02501\", field \"deadline\": expected a date-time such as 2026-06-27T12:00:00+02:00 (or a date), found \"2026-02-30\"",
        ])
    }
}
