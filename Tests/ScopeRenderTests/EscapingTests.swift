import Foundation
import Mustache
import XCTest
@testable import ScopeRender
@testable import ScopeSample

/// Escaping works on bytes or scalars, never on whole Characters: a quote, `<` or `;` followed
/// by a combining mark is one Character, and must still be escaped.
final class EscapingTests: XCTestCase {
    func testHTMLEscapesTheFiveCharactersWhateverFollowsThem() {
        XCTAssertEqual(HTMLEscaping.escape("a & b < c > d \" e ' f"), "a &amp; b &lt; c &gt; d &quot; e &#39; f")
        XCTAssertEqual(HTMLEscaping.escape("\"\u{301} onmouseover=x"), "&quot;\u{301} onmouseover=x")
        XCTAssertEqual(HTMLEscaping.escape("<\u{338}script>"), "&lt;\u{338}script&gt;")
        XCTAssertEqual(HTMLEscaping.escape("'\u{300}"), "&#39;\u{300}")
        XCTAssertEqual(HTMLEscaping.escape("Réfection de l’école — 45 000 €"), "Réfection de l’école — 45 000 €")
        XCTAssertEqual(HTMLEscaping.escape(""), "")
        XCTAssertEqual(HTMLEscaping.escape("l'école & \"x\"", apostrophe: false), "l'école &amp; &quot;x&quot;")
    }

    /// The same bytes as swift-mustache's own escaper wherever that one is right (every text
    /// without a combining mark after one of the five characters), so pages did not change.
    func testHTMLMatchesSwiftMustacheOnOrdinaryText() throws {
        HTMLEscaping.register()
        let plain = try MustacheTemplate(string: "{{v}}")
        let ours = try MustacheTemplate(string: HTMLEscaping.pragma + "{{v}}")
        let samples = ["", "plain", "<b>\"quoted\" & 'single'</b>", "Œuvre — “guillemets” « français » 10 €", "emoji 🏗️ <>&\"'",
                       "tab\tnew\nline", String((0x20...0x17F).compactMap(UnicodeScalar.init).map(Character.init))]
        for s in samples {
            XCTAssertEqual(ours.render(["v": s]), plain.render(["v": s]), s)
        }
        XCTAssertEqual(ours.render(["v": "\"\u{301}"]), "&quot;\u{301}")
        XCTAssertEqual(plain.render(["v": "\"\u{301}"]), "\"\u{301}", "swift-mustache now escapes this: HTMLEscaping may go")
    }

    /// A partial and a parent's blocks use it too (swift-mustache resets the content type for
    /// each partial: every template carries the pragma).
    func testTheLayoutsEscapeEveryValueWithIt() throws {
        let set = try TemplateSet(directory: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("layouts"))
        let bad = "x \"\u{301} onmouseover=\"alert(1)\""
        let html = set.render("page", ["site": ["title": "Site", "lang": "fr"], "title": bad,
                                       "page": ["heading": bad, "html": "", "has_crumbs": true, "crumbs": [["name": bad]]]])
        let escaped = "x &quot;\u{301} onmouseover=&quot;alert(1)&quot;"
        XCTAssertTrue(html.contains("<title>" + escaped), "the page template")
        XCTAssertTrue(html.contains("<h1>" + escaped + "</h1>"), "a block of the parent")
        XCTAssertEqual(html.components(separatedBy: escaped).count - 1, 3, "title, crumb (a partial), heading")
        XCTAssertFalse(html.contains("\"\u{301}"))
    }

    func testCalendarTextEscapesOnScalars() {
        XCTAssertEqual(DeadlineCalendar.escape("a;\u{301}b,\u{301}c\\\u{301}"), "a\\;\u{301}b\\,\u{301}c\\\\\u{301}")
        XCTAssertEqual(DeadlineCalendar.escape("l1\r\nl2\nl3\rl4"), "l1\\nl2\\nl3l4")
    }

    /// Calendar lines, JSON strings and XML text are made on bytes where that is safe; these
    /// compare them, on random texts of awkward pieces, with the rules written on scalars and
    /// Characters (the code they replaced).
    /// Pieces whose every scalar is a character of its own, then pieces that join or need care.
    static let plain = ["a", "Z", " ", "é", "È", "œ", "’", "€", "—", "…", "«", "»", ",", ";", "ß", "Ÿ", "ø", "\t", "\u{85}", "\u{AD}"]
    static let pieces = plain + ["a", "Z", " ", "é", "È", "œ", "’", "€", "—", "…", "«", "»", ",", ";", "\\", "\"", "'", "<", ">", "&",
                         "\n", "\r", "\r\n", "\t", "\u{1}", "\u{1F}", "\u{7F}", "\u{85}", "\u{AD}", "e\u{301}", ";\u{301}",
                         "\u{200D}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFE}", "\u{FFFF}", "👍🏽", "🇫🇷", "한", "ß", "Ÿ", "ø"]

    /// The same texts at every run (the sample's generator, from a fixed seed).
    static func randomTexts(_ count: Int, of pieces: [String] = pieces) -> [String] {
        var random = SampleRandom(seed: 0x5C0BE)
        return (0..<count).map { _ in (0..<random.int(in: 0...120)).map { _ in random.pick(pieces) }.joined() }
    }

    func testCalendarLinesFoldOnBytesAsOnCharacters() {
        for text in Self.randomTexts(3000) + Self.randomTexts(1000, of: Self.plain) {
            let line = "DESCRIPTION:" + text
            if !text.unicodeScalars.contains(where: { !Self.plain.joined().unicodeScalars.contains($0) }) {
                XCTAssertNotNil(DeadlineCalendar.foldByScalars(line))
            }
            XCTAssertEqual(DeadlineCalendar.fold(line), DeadlineCalendar.foldByCharacters(line), line.debugDescription)
            for part in DeadlineCalendar.fold(line).components(separatedBy: "\r\n") { XCTAssertLessThanOrEqual(part.utf8.count, 75) }
        }
        let french = "SUMMARY:Réfection de l’école — lot « voirie », 45 000 € … Œuvre " + String(repeating: "travaux ", count: 20)
        XCTAssertNotNil(DeadlineCalendar.foldByScalars(french), "French text folds on bytes")
        for joined in ["e\u{301}", "a\r\nb", "👍🏽", "x\u{200D}y"] {
            XCTAssertNil(DeadlineCalendar.foldByScalars(String(repeating: "x", count: 80) + joined), joined.debugDescription)
        }
    }

    func testJSONAndXMLTextOnBytesFollowTheScalarRules() {
        func quote(_ s: String) -> String {
            var out = "\""
            for u in s.unicodeScalars where XML.isAllowed(u) {
                switch u {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case "<": out += "\\u003c"
                case ">": out += "\\u003e"
                case "&": out += "\\u0026"
                default:
                    if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                        out += String(format: "\\u%04x", u.value)
                    } else {
                        out.unicodeScalars.append(u)
                    }
                }
            }
            return out + "\""
        }
        func xml(_ s: String) -> String {
            var out = ""
            for u in s.unicodeScalars where XML.isAllowed(u) {
                switch u {
                case "&": out += "&amp;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "\"": out += "&quot;"
                case "'": out += "&apos;"
                default: out.unicodeScalars.append(u)
                }
            }
            return out
        }
        for text in Self.randomTexts(3000) + Self.pieces {
            XCTAssertEqual(JSONWriter.quote(text), quote(text), text.debugDescription)
            XCTAssertEqual(XML.escape(text), xml(text), text.debugDescription)
            // JSONDecoder: Foundation's JSONSerialization drops a U+FEFF that follows an escape.
            let parsed = try? JSONDecoder().decode(String.self, from: Data(JSONWriter.quote(text).utf8))
            XCTAssertEqual(parsed, String(String.UnicodeScalarView(text.unicodeScalars.filter(XML.isAllowed))), text.debugDescription)
        }
        XCTAssertEqual(JSONWriter.quote("l’école"), "\"l’école\"")
        XCTAssertEqual(JSONWriter.quote("a\u{2028}b<"), "\"a\\u2028b\\u003c\"")
        XCTAssertEqual(XML.escape("a\u{FFFE}b\u{1}'"), "ab&apos;")
    }
}
