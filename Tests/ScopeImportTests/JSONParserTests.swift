import Foundation
@testable import ScopeImport
@testable import ScopeSample
import XCTest

/// `JSONParser` gives `JSONSerialization`'s value (the independent oracle) on random valid
/// documents (the same at every run), and a fault naming the byte for every invalid text.
final class JSONParserTests: XCTestCase {
    func reference(_ text: [UInt8]) -> RawValue? {
        (try? JSONSerialization.jsonObject(with: Data(text), options: [.fragmentsAllowed])).map(RawValue.init(json:))
    }

    /// A random JSON text: objects, lists, strings with escapes and every kind of character,
    /// numbers of every shape, white space between tokens.
    struct Writer {
        var random = SampleRandom(seed: 0x15_0A)
        let characters = ["a", "Z", "é", "œ", "’", "€", "—", " ", "😀", "한", "\u{301}", "\u{FEFF}", "\u{2028}", "/", "<", "&", "'"]
        let escapes = ["\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t", "\\u00e9", "\\u0000", "\\u001F", "\\uD83D\\uDE00", "\\u20AC", "\\u0041"]
        let numbers = ["0", "-0", "1", "-1", "42", "9007199254740993", "-9223372036854775808", "9223372036854775807", "0.1", "1.5",
                       "-2.25", "1e3", "1E-3", "2.5e+10", "123456.789", "0.000123", "1e308", "4.9e-324", "1.0", "100", "123456789.012345", "0.00000012345"]

        mutating func space() -> String { random.pick(["", "", " ", "\n", "\t", "\r\n  "]) }

        mutating func string() -> String {
            var s = "\""
            for _ in 0..<random.int(in: 0...12) {
                s += random.chance(0.3) ? random.pick(escapes) : random.pick(characters)
            }
            return s + "\""
        }

        mutating func value(_ depth: Int) -> String {
            switch depth > 3 ? random.int(4) : random.int(6) {
            case 0, 1: return string()
            case 2: return random.pick(numbers)
            case 3: return random.pick(["true", "false", "null"])
            case 4:
                let keys = Array(Set((0..<random.int(in: 0...6)).map { _ in string() }))
                return "{" + space() + keys.sorted().map { $0 + space() + ":" + space() + value(depth + 1) }.joined(separator: "," + space()) + space() + "}"
            default:
                return "[" + space() + (0..<random.int(in: 0...6)).map { _ in value(depth + 1) }.joined(separator: space() + "," + space()) + space() + "]"
            }
        }
    }

    func testValidDocumentsGiveJSONSerializationsValue() {
        var writer = Writer()
        var compared = 0
        for _ in 0..<3000 {
            let text = writer.space() + writer.value(0) + writer.space()
            // Foundation's JSONSerialization drops a U+FEFF that follows an escape: compared
            // without them here, kept by the parser (the test below).
            if text.unicodeScalars.contains("\u{FEFF}") { continue }
            let bytes = Array(text.utf8)
            let fast = JSONParser.value(Data(bytes))
            XCTAssertNotNil(fast, text)
            XCTAssertEqual(fast, reference(bytes), text)
            compared += 1
        }
        XCTAssertGreaterThan(compared, 2000)
    }

    /// A key twice keeps its second value, as JSONSerialization does, and where it stands is noted.
    func testARepeatedKeyKeepsTheSecondValueAndIsNoted() throws {
        let text = Data(#"[{"a":1, "b":{"a":0}, "a":2}]"#.utf8)
        guard case .success(let r) = JSONParser.parse(text) else { return XCTFail("valid JSON") }
        XCTAssertEqual(r.value, reference(Array(text)))
        XCTAssertEqual(r.duplicateKeys, [22])
    }

    func testItKeepsWhatJSONSerializationDrops() {
        XCTAssertEqual(JSONParser.value(Data("\"\\t\u{FEFF}a\"".utf8)), .string("\t\u{FEFF}a"))
    }

    /// Valid JSON that Foundation reads otherwise, or not at all: numbers are read as Double
    /// reads their text (correctly rounded), nesting to 128 levels.
    func testNumbersAreCorrectlyRoundedAndDeepNestingIsBounded() {
        for text in ["99999999999999999999", "0.30000000000000004", "45.123456789012345", "1.2345678901234567e10", "-0", "4.9e-324"] {
            XCTAssertEqual(JSONParser.value(Data("[\(text)]".utf8)), .list([.number(Double(text)!)]), text)
        }
        XCTAssertNotNil(JSONParser.value(Data((String(repeating: "[", count: 128) + String(repeating: "]", count: 128)).utf8)))
        guard case .failure(let deep) = JSONParser.parse(Data((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)) else {
            return XCTFail("100,000 levels parsed")
        }
        XCTAssertEqual(deep, JSONParser.Fault(offset: 128, reason: "nested deeper than 128 levels"))
    }

    /// Each of these is a fault, at the byte that makes it one.
    func testEveryInvalidTextIsAFaultAtItsByte() {
        let invalid: [([UInt8], Int, String)] = [
            ("", 0, "the file ends too soon, as if cut short"), (" ", 1, "the file ends too soon, as if cut short"),
            ("[", 1, "the file ends too soon, as if cut short"), ("[1,]", 3, "a comma before ']' (a trailing comma)"),
            ("[,1]", 1, "',' where a value was expected"), ("{\"a\":1,}", 7, "a comma before '}' (a trailing comma)"),
            ("{\"a\" 1}", 5, "'1' after the key \"a\" where ':' was expected"), ("{a:1}", 1, "'a' where a key in quotes was expected"),
            ("[01]", 1, "\"01\" is not a JSON number"), ("[1.]", 1, "\"1.\" is not a JSON number"), ("[.5]", 1, "'.' where a value was expected"),
            ("[-]", 1, "\"-\" is not a JSON number"), ("[1e]", 1, "\"1e\" is not a JSON number"), ("[+1]", 1, "'+' where a value was expected"),
            ("[0x10]", 1, "\"0x10\" is not a JSON number"), ("[\"\\x\"]", 2, "an unknown escape \\x"),
            ("[\"\\u12\"]", 2, "a \\u escape without four hexadecimal digits"), ("[\"\\ud800\"]", 2, "a lone surrogate \\u escape"),
            ("[\"\\udc00\"]", 2, "a lone surrogate \\u escape"), ("[\"\\ud800\\u0041\"]", 2, "a lone surrogate \\u escape"),
            ("[\"a\tb\"]", 3, "the control character 0x09 inside a text"), ("[\"unfinished]", 1, "the file ends inside a text (a quote is missing)"),
            ("[\"a\nb\"]", 3, "a line break inside a text (a quote is missing or not escaped)"),
            ("[1] x", 4, "'x' after the end of the JSON text"), ("[1][2]", 3, "'[' after the end of the JSON text"),
            ("nul", 3, "the file ends too soon, as if cut short"), ("tru", 3, "the file ends too soon, as if cut short"),
            ("[NaN]", 1, "'N' where a value was expected"), ("[Infinity]", 1, "'I' where a value was expected"),
            ("[1e400]", 1, "the number 1e400 is too large"),
            ("[1 2]", 3, "'2' where ',' or ']' was expected"), ("{\"t\": \"Écran 27\" 4K\"}", 18, "'4' where ',' or '}' was expected"),
        ].map { (Array($0.0.utf8), $0.1, $0.2) } + [
            ([0x5B, 0x22, 0xC3, 0x28, 0x22, 0x5D], 1, "a text that is not UTF-8"),  // invalid UTF-8 in a string
            ([0x5B, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x5D], 1, "a text that is not UTF-8"),  // an encoded surrogate
            ([0x5B, 0x00, 0x31, 0x00, 0x5D, 0x00], 1, "the byte 0x00 where a value was expected"),  // UTF-16
        ]
        for (text, offset, reason) in invalid {
            let name = String(decoding: text, as: UTF8.self).debugDescription
            guard case .failure(let fault) = JSONParser.parse(Data(text)) else { XCTFail("\(name) parsed"); continue }
            XCTAssertEqual(fault, JSONParser.Fault(offset: offset, reason: reason), name)
            // Foundation on Linux takes a trailing comma and UTF-16; the other faults it finds too.
            if reason.hasSuffix("(a trailing comma)") || text.contains(0) { continue }
            XCTAssertThrowsError(try JSONSerialization.jsonObject(with: Data(text), options: [.fragmentsAllowed]), "the oracle agrees: \(name)")
        }
    }

    /// Through the reader: a file's records and messages.
    func testTheReaderGivesTheSameRecordsAndMessages() throws {
        let good = Data(#"[{"id": "A-1", "title": "Voirie \"rue\" \u00e9", "value": 12.5, "lots": [{"n": 1}]}, {"id": "A-2", "deadline": null}]"#.utf8)
        let reader = JSONRecordReader(displayPath: "annonces.json", kind: .notice)
        let (records, problems) = reader.read(good)
        XCTAssertEqual(problems.count, 0)
        XCTAssertEqual(records.map(\.fields), reference(Array(good)).flatMap { v -> [[String: RawValue]]? in
            guard case .list(let l) = v else { return nil }
            return l.compactMap { if case .object(let o) = $0 { return o } else { return nil } }
        })
        // A trailing comma (which JSONSerialization on Linux takes) is said; both records are read.
        let trailing = Data("[{\"id\": \"A-1\"},\n {\"id\": \"A-2\",}]".utf8)
        XCTAssertNil(JSONParser.value(trailing))
        let (kept, said) = reader.read(trailing)
        XCTAssertEqual(kept.map { $0.fields["id"] }, [.string("A-1")])
        XCTAssertEqual(said.map(\.description), [
            "annonces.json: error: not valid JSON at line 2, column 15: a comma before '}' (a trailing comma); its 2 records were read one by one, 1 rejected",
            "annonces.json at $[1]: error: notice \"A-2\": not valid JSON at line 2, column 15: a comma before '}' (a trailing comma); record rejected (line 2 skipped)",
        ])
        let bad = Data("[{\"id\": \"A-1\"},\n {\"id\" \"A-2\"}]".utf8)
        let (_, badProblems) = reader.read(bad)
        XCTAssertEqual(badProblems.count, 2)
        XCTAssertEqual(badProblems.last?.message, "not valid JSON at line 2, column 8: '\"' after the key \"id\" where ':' was expected; record rejected (line 2 skipped)")
    }
}
