import Foundation
@testable import ScopeImport
@testable import ScopeSample
import XCTest

/// `JSONFastParse` gives `JSONSerialization`'s value or nothing: compared on random documents
/// (the same at every run), and nil for every text it must leave to `JSONSerialization`.
final class JSONFastParseTests: XCTestCase {
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
            // without them here, kept by the fast parser (the test below).
            if text.unicodeScalars.contains("\u{FEFF}") { continue }
            let bytes = Array(text.utf8)
            let fast = JSONFastParse.value(Data(bytes))
            XCTAssertNotNil(fast, text)
            XCTAssertEqual(fast, reference(bytes), text)
            compared += 1
        }
        XCTAssertGreaterThan(compared, 2000)
    }

    /// A key twice keeps its second value, as JSONSerialization does, and where it stands is
    /// noted (JSONSerialization says nothing), also when only the lenient walk can read the text.
    func testARepeatedKeyKeepsTheSecondValueAndIsNoted() throws {
        let text = Data(#"[{"a":1, "b":{"a":0}, "a":2}]"#.utf8)
        let (value, offsets) = try XCTUnwrap(JSONFastParse.parse(text))
        XCTAssertEqual(value, reference(Array(text)))
        XCTAssertEqual(offsets, [22])
        let doubtful = Data(#"[{"a":0.30000000000000004, "a":"\udc00"}]"#.utf8)
        XCTAssertNil(JSONFastParse.parse(doubtful))
        XCTAssertEqual(JSONFastParse.duplicateKeys(doubtful), [27])
    }

    func testItKeepsWhatJSONSerializationDrops() {
        XCTAssertEqual(JSONFastParse.value(Data("\"\\t\u{FEFF}a\"".utf8)), .string("\t\u{FEFF}a"))
    }

    /// Each of these goes to JSONSerialization, whatever it then says.
    func testItLeavesEveryDoubtfulTextToJSONSerialization() {
        let doubtful: [[UInt8]] = [
            "", " ", "[", "[1,]", "[,1]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "[01]", "[1.]", "[.5]", "[-]", "[1e]", "[+1]", "[0x10]",
            "[\"\\x\"]", "[\"\\u12\"]", "[\"\\ud800\"]", "[\"\\udc00\"]", "[\"\\ud800\\u0041\"]", "[\"a\tb\"]", "[\"unfinished]",
            "[1] x", "[1][2]", "nul", "tru", "[NaN]", "[Infinity]", "[1e400]", "[99999999999999999999]",
            "[0.30000000000000004]", "[45.123456789012345]", "[1.2345678901234567e10]",
            "\u{FEFF}[1]", String(repeating: "[", count: 65) + String(repeating: "]", count: 65),
        ].map { Array($0.utf8) } + [
            [0x5B, 0x22, 0xC3, 0x28, 0x22, 0x5D],  // invalid UTF-8 in a string
            [0x5B, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x5D],  // an encoded surrogate
            [0x5B, 0x00, 0x31, 0x00, 0x5D, 0x00],  // UTF-16
        ]
        for text in doubtful {
            XCTAssertNil(JSONFastParse.value(Data(text)), String(decoding: text, as: UTF8.self).debugDescription)
        }
        XCTAssertNotNil(JSONFastParse.value(Data((String(repeating: "[", count: 64) + String(repeating: "]", count: 64)).utf8)))
    }

    /// Through the reader: a file's records and messages are what they were.
    func testTheReaderGivesTheSameRecordsAndMessages() throws {
        let good = Data(#"[{"id": "A-1", "title": "Voirie \"rue\" \u00e9", "value": 12.5, "lots": [{"n": 1}]}, {"id": "A-2", "deadline": null}]"#.utf8)
        let reader = JSONRecordReader(displayPath: "annonces.json", kind: .notice)
        let (records, problems) = reader.read(good)
        XCTAssertEqual(problems.count, 0)
        XCTAssertEqual(records.map(\.fields), reference(Array(good)).flatMap { v -> [[String: RawValue]]? in
            guard case .list(let l) = v else { return nil }
            return l.compactMap { if case .object(let o) = $0 { return o } else { return nil } }
        })
        // JSONSerialization on Linux takes a trailing comma; the fast parser leaves it to it.
        let trailing = Data("[{\"id\": \"A-1\"},\n {\"id\": \"A-2\",}]".utf8)
        XCTAssertNil(JSONFastParse.value(trailing))
        XCTAssertEqual(reader.read(trailing).records.count, 2)
        let bad = Data("[{\"id\": \"A-1\"},\n {\"id\" \"A-2\"}]".utf8)
        let (_, badProblems) = reader.read(bad)
        let message = try XCTUnwrap(badProblems.first?.message)
        XCTAssertEqual(badProblems.count, 1)
        XCTAssertTrue(message.hasPrefix("not valid JSON:") && message.contains("line 2"), message)
    }
}
