import Foundation
@testable import ScopeImport
import ScopeModel
import XCTest

/// A large array is parsed in parts on every core: the elements must be the whole-file
/// parse's, in its order, and anything unsure must go back to the whole-file parse (whose
/// messages name the line and column).
final class JSONArraySplitTests: XCTestCase {
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

    func testPartsGiveTheWholeFilesElementsInOrder() throws {
        for minified in [true, false] {
            var data = try trickyArray(3_000, minified: minified)
            data.insert(contentsOf: [0xEF, 0xBB, 0xBF, 0x0A, 0x20], at: 0)  // BOM and white space before
            data.append(contentsOf: Array(" \n\t\n".utf8))                  // and after
            let expected = try whole(data)
            for parts in [2, 3, 8, 64] {
                let ranges = try XCTUnwrap(JSONArraySplit.partRanges(data, parts: parts), "minified \(minified), \(parts) parts")
                XCTAssertGreaterThan(ranges.count, parts / 2, "the file is cut into about as many parts as asked")
                let elements = try XCTUnwrap(JSONArraySplit.elements(data, parts: parts))
                XCTAssertEqual(elements.count, 3_000)
                XCTAssertEqual(RawValue.list(elements), expected, "minified \(minified), \(parts) parts")
            }
        }
        // A slice of a larger buffer (indices not starting at 0).
        let data = try trickyArray(500, minified: true)
        let padded = Data([0x20, 0x20] + Array(data))
        let slice = padded[2...]
        XCTAssertEqual(JSONArraySplit.elements(slice, parts: 4).map(RawValue.list), try whole(data))
    }

    func testAnythingUnsureIsLeftToTheWholeFileParse() throws {
        let good = String(decoding: try trickyArray(400, minified: true), as: UTF8.self)
        var missingComma = good
        let record = try XCTUnwrap(missingComma.range(of: "\"26-300\""))
        missingComma.replaceSubrange(try XCTUnwrap(missingComma.range(of: "},{", options: .backwards, range: missingComma.startIndex..<record.lowerBound)),
                                     with: "} {")
        let cases: [(String, String)] = [
            ("not an array", "{\"notices\": \(good)}"),
            ("bytes after the end", good + " []"),
            ("a second array", good + good),
            ("unfinished", String(good.dropLast())),
            ("unfinished string", String(good.dropLast(3)) + "\"abc"),
            ("two commas", good.replacingOccurrences(of: "},{", with: "},,{")),
            ("a trailing comma", String(good.dropLast()) + ",]"),
            ("a leading comma", "[," + good.dropFirst()),
            ("a missing comma", missingComma),
            ("a bad value", good.replacingOccurrences(of: "\"ok\":true", with: "\"ok\":tru")),
            ("a brace for a bracket", String(good.dropLast()) + "}"),
        ]
        for (name, text) in cases {
            XCTAssertNotEqual(text, good, name)
            // Foundation takes a trailing comma; the cut leaves it to the whole-file parse.
            if name != "not an array" && name != "a trailing comma" {
                XCTAssertThrowsError(try JSONSerialization.jsonObject(with: Data(text.utf8)), "\(name): the whole-file parse fails")
            }
            XCTAssertTrue(JSONArraySplit.elements(Data(text.utf8), parts: 8) == nil, name)
        }
        // UTF-16: JSONSerialization reads it, the cut does not try.
        let utf16 = try XCTUnwrap(good.data(using: .utf16LittleEndian))
        XCTAssertNil(JSONArraySplit.partRanges(utf16, parts: 8))
        // Too small to cut: one part.
        XCTAssertNil(JSONArraySplit.elements(Data("[1]".utf8), parts: 8))
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
        XCTAssertGreaterThan(data.count, JSONArraySplit.minimumBytes, "the file is large enough to be cut")
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
            "\(bad.path("notices/large.json")): error: not valid JSON (Invalid value around line \(line), column 3); its 4000 records were read one by one, 0 rejected",
            "\(bad.path("notices/large.json")) at $[2500]: error: notice \"26-02501\", field \"deadline\": expected a date-time such as 2026-06-27T12:00:00+02:00 (or a date), found \"2026-02-30\"",
        ])
    }
}
