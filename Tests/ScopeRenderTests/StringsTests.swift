import Foundation
import ScopeModel
import XCTest
@testable import ScopeRender

private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
private let layouts = root.appendingPathComponent("layouts")

/// The translation files and the formats they drive.
final class StringsTests: XCTestCase {
    static let fr = try! Strings(layouts: layouts, language: "fr")
    static let en = try! Strings(layouts: layouts, language: "en")

    func testBothLanguagesHaveTheSameKeys() {
        XCTAssertEqual(Self.fr.keys, Self.en.keys)
        XCTAssertGreaterThan(Self.fr.keys.count, 250)
    }

    /// French typography: a colon, a semicolon, "?", "!" and "»" follow a non-breaking space, and
    /// "«" is followed by one, so that a phone never begins a line with ":" or leaves "«" alone.
    func testFrenchPunctuationIsHeldByNonBreakingSpaces() {
        var bad: [String] = []
        for key in Self.fr.keys {
            let text = Self.fr.raw[key] ?? ""
            if text.range(of: #" [:;?!»]"#, options: .regularExpression) != nil || text.contains("« ") { bad.append(key + ": " + text) }
        }
        XCTAssertEqual(bad, [])
        XCTAssertTrue(Self.fr("mail.deadline").hasSuffix("\u{00A0}:"), Self.fr("mail.deadline"))
    }

    /// Every key the code asks for, found by reading the sources, is in both files.
    func testEveryKeyTheCodeUsesIsTranslated() throws {
        let folder = root.appendingPathComponent("Sources/ScopeRender")
        let files = FileManager.default.enumerator(atPath: folder.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        let key = try NSRegularExpression(pattern: #"(?:\bt|strings)\("([a-z_]+\.[a-z_.]+)""#)
        let counted = try NSRegularExpression(pattern: #"format\.count\([^,]+, "([a-z_]+)"\)"#)
        var used: Set<String> = []
        for f in files {
            let text = try String(contentsOf: folder.appendingPathComponent(f), encoding: .utf8)
            let range = NSRange(text.startIndex..., in: text)
            for m in key.matches(in: text, range: range) { used.insert(String(text[Range(m.range(at: 1), in: text)!])) }
            for m in counted.matches(in: text, range: range) {
                let k = "count." + String(text[Range(m.range(at: 1), in: text)!])
                used.insert(k + ".one"); used.insert(k + ".other")
            }
        }
        XCTAssertGreaterThan(used.count, 100)
        for k in used.sorted() {
            XCTAssertNotNil(Self.fr.text(k), "fr.yaml lacks \(k)")
            XCTAssertNotNil(Self.en.text(k), "en.yaml lacks \(k)")
        }
        // And the list the loader checks holds them all, so a publisher's file is checked on load.
        let required = Set(Strings.required)
        for k in used.sorted() where !k.hasPrefix("count.") {
            XCTAssertTrue(required.contains(k), "Strings.required lacks \(k)")
        }
    }

    func testTemplatesLoadInBothLanguages() throws {
        let fr = try TemplateSet(directory: layouts, language: "fr")
        let en = try TemplateSet(directory: layouts, language: "en")
        XCTAssertEqual(fr.strings.language, "fr")
        XCTAssertEqual(en.strings.language, "en")
    }

    func testFrenchFormats() {
        let f = Format(strings: Self.fr)
        XCTAssertEqual(f.day(Day(year: 2026, month: 6, day: 27)!), "27 juin 2026")
        XCTAssertEqual(f.day(Day(year: 2026, month: 6, day: 1)!), "1er juin 2026")
        XCTAssertEqual(f.money(Money(amount: 1_200_000, currency: "EUR")), "1\u{202F}200\u{202F}000\u{00A0}€")
        XCTAssertEqual(f.money(Money(amount: 1_234.5, currency: "USD")), "1\u{202F}234,50\u{00A0}USD")
        XCTAssertEqual(f.period(.quarter(year: 2027, quarter: 3)), "T3 2027")
        XCTAssertEqual(f.period(.month(year: 2027, month: 2)), "février 2027")
        XCTAssertEqual(f.count(1, "notices"), "1 annonce")
        XCTAssertEqual(f.count(0, "notices"), "0 annonce")
        XCTAssertEqual(f.count(1_500, "open_notices"), "1\u{202F}500 annonces ouvertes")
        let now = ParisTime.date(year: 2026, month: 11, day: 16, hour: 8, minute: 0, second: 0)
        XCTAssertEqual(f.dateTime(ParisTime.date(year: 2026, month: 11, day: 19, hour: 12, minute: 5, second: 0)), "19 novembre 2026 à 12 h 05")
        XCTAssertEqual(f.deadlineBadge(ParisTime.date(year: 2026, month: 11, day: 19, hour: 12, minute: 0, second: 0), now: now), "Clôture dans 3 jours")
        XCTAssertEqual(f.deadlineBadge(ParisTime.date(year: 2026, month: 11, day: 16, hour: 17, minute: 0, second: 0), now: now), "Clôture aujourd'hui")
        XCTAssertEqual(f.deadlineBadge(ParisTime.date(year: 2026, month: 11, day: 16, hour: 7, minute: 0, second: 0), now: now), "Clôturé")
        XCTAssertEqual(f.bracket(ValueBracket(minimum: Money(amount: 90_000, currency: "EUR"), maximum: Money(amount: 200_000, currency: "EUR"))),
                       "de 90\u{202F}000\u{00A0}€ à 200\u{202F}000\u{00A0}€")
    }

    func testEnglishFormats() {
        let f = Format(strings: Self.en)
        XCTAssertEqual(f.day(Day(year: 2026, month: 6, day: 27)!), "27 June 2026")
        XCTAssertEqual(f.day(Day(year: 2026, month: 6, day: 1)!), "1 June 2026")
        XCTAssertEqual(f.money(Money(amount: 1_200_000, currency: "EUR")), "€1,200,000")
        XCTAssertEqual(f.money(Money(amount: 1_234.5, currency: "USD")), "USD\u{00A0}1,234.50")
        XCTAssertEqual(f.period(.quarter(year: 2027, quarter: 3)), "Q3 2027")
        XCTAssertEqual(f.count(1, "notices"), "1 notice")
        XCTAssertEqual(f.count(0, "notices"), "0 notices")
        let now = ParisTime.date(year: 2026, month: 11, day: 16, hour: 8, minute: 0, second: 0)
        XCTAssertEqual(f.dateTime(ParisTime.date(year: 2026, month: 11, day: 19, hour: 12, minute: 5, second: 0)), "19 November 2026, 12:05")
        XCTAssertEqual(f.deadlineBadge(ParisTime.date(year: 2026, month: 11, day: 19, hour: 12, minute: 0, second: 0), now: now), "Closes in 3 days")
        XCTAssertEqual(f.deadlineBadge(ParisTime.date(year: 2026, month: 11, day: 17, hour: 12, minute: 0, second: 0), now: now), "Closes tomorrow")
    }

    func testSlotsAndMissingKeys() throws {
        let s = try Strings(yaml: "a:\n  b: \"Clôture dans {n} jours, {n} !\"\n  c: \"{{page.x}} {not a slot}\"\n", file: "x.yaml", language: "fr",
                            checkRequired: false)
        XCTAssertEqual(s("a.b", ["n": "3"]), "Clôture dans 3 jours, 3 !")
        XCTAssertEqual(s("a.c"), "{{page.x}} {not a slot}")
        XCTAssertEqual(s("a.zzz"), "⟦a.zzz⟧")
    }

    func testAFileMissingAKeyIsRefusedWithItsName() throws {
        let text = try String(contentsOf: layouts.appendingPathComponent("i18n/en.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "  today: \"Closes today\"\n", with: "")
        XCTAssertThrowsError(try Strings(yaml: text, file: "/x/i18n/en.yaml", language: "en")) { error in
            XCTAssertEqual("\(error)", "/x/i18n/en.yaml: missing translation \"badge.today\"")
        }
    }

    func testBrokenYAMLNamesFileAndLine() throws {
        XCTAssertThrowsError(try Strings(yaml: "a:\n  b: \"x\n  c: [\n", file: "/x/i18n/fr.yaml", language: "fr")) { error in
            let e = error as! TemplateError
            XCTAssertEqual(e.file, "/x/i18n/fr.yaml")
            XCTAssertNotNil(e.line)
        }
    }

    func testTemplateKeysAreReplacedAndUnknownOnesNamed() throws {
        let s = try Strings(yaml: "a:\n  b: \"Tom & <Jerry> \\\"x\\\"\"\n  c: \"<em>{{page.n}}</em>\"\n", file: "x.yaml", language: "fr",
                            checkRequired: false)
        XCTAssertEqual(try TemplateSet.translate("<p>{{t.a.b}}</p>{{{t.a.c}}}{{page.t}}", strings: s, file: "p.mustache"),
                       "<p>Tom &amp; &lt;Jerry&gt; &quot;x&quot;</p><em>{{page.n}}</em>{{page.t}}")
        XCTAssertThrowsError(try TemplateSet.translate("one\ntwo {{t.a.nope}}\n", strings: s, file: "/l/p.mustache")) { error in
            XCTAssertEqual("\(error)", "/l/p.mustache:2: no translation \"a.nope\" in x.yaml")
        }
    }

    func testAMissingLanguageFileIsNamed() {
        XCTAssertThrowsError(try Strings(layouts: layouts, language: "de")) { error in
            XCTAssertTrue("\(error)".hasSuffix("i18n/de.yaml: translation file for language \"de\" not found"), "\(error)")
        }
    }
}
