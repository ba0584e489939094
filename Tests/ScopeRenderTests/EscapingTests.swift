import Foundation
import Mustache
import XCTest
@testable import ScopeRender

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
}
