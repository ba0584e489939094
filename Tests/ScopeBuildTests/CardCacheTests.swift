import Foundation
@testable import ScopeBuild
import ScopeCache
import ScopeOutput
@testable import ScopeRender
import XCTest

/// The card texts a build leaves for the next (`.site.cards`): each is the text its partial
/// renders, a text found there is used, and a file made by other templates or code, or cut
/// short, is not.
final class CardCacheTests: XCTestCase {
    let content = repositoryRoot.appendingPathComponent("content")
    let layouts = repositoryRoot.appendingPathComponent("layouts")

    func build(_ output: URL) throws -> BuildReport {
        try SiteBuild.build(BuildOptions(content: content, layouts: layouts, output: output, now: SampleSite.now))
    }

    func key() throws -> String { SiteBuild.cardsKey(try TemplateSet(directory: layouts)) }

    func cardsFile(_ output: URL) -> URL { output.deletingLastPathComponent().appendingPathComponent(".site.cards") }

    /// The manifest emptied of its files (its first line, which names the site's folder, kept):
    /// every page is rendered again, its cards taken from the file.
    func forgetPages(_ output: URL) throws {
        let manifest = output.deletingLastPathComponent().appendingPathComponent(".site.manifest")
        let text = try String(contentsOf: manifest, encoding: .utf8)
        try (String(text.prefix { $0 != "\n" }) + "\n").write(to: manifest, atomically: false, encoding: .utf8)
    }

    func testEveryCardOfTheSiteIsInTheFileAsItsListsShowIt() throws {
        let output = temporaryFolder("cards-all").appendingPathComponent("site")
        let report = try build(output)
        let cache = CardCache(contentsOf: cardsFile(output), key: try key())
        let records = (report.counts[.notice]?.built ?? 0) + (report.counts[.programmation]?.built ?? 0)
        XCTAssertGreaterThan(records, 100)
        XCTAssertEqual(cache.count, records, "one card a notice and a programmation")
        // Each text is, byte for byte, a card of a list: the cards of the site's lists.
        var shown = Set<String>()
        let marker = "<li class=\"card "
        for f in SampleSite.allFiles(under: output) where f.hasSuffix("index.html") && (f.hasPrefix("annonces/") || f.hasPrefix("programmations/")) {
            let page = try String(contentsOf: output.appendingPathComponent(f), encoding: .utf8)
            for part in page.components(separatedBy: marker).dropFirst() {
                guard let end = part.range(of: "</li>") else { continue }
                shown.insert(marker + part[..<end.upperBound])
            }
        }
        var checked = 0
        for f in cache.fingerprints {
            let card = try XCTUnwrap(cache.text(f))
            XCTAssertTrue(shown.contains(card.trimmingCharacters(in: .whitespacesAndNewlines)), "a card not shown as written: \(card.prefix(200))")
            checked += 1
        }
        XCTAssertEqual(checked, records)
        // The same input gives the same file.
        let raw = try Data(contentsOf: cardsFile(output))
        try forgetPages(output)
        _ = try build(output)
        XCTAssertEqual(try Data(contentsOf: cardsFile(output)), raw)
    }

    func testATextFoundInTheFileIsUsedUnlessMadeByOtherTemplatesOrCode() throws {
        let (output, fresh, file, raw) = try builtWithTitleClassesRenamed("cards-used")
        try Data(raw).write(to: file)
        try forgetPages(output)
        _ = try build(output)
        let page = try ParsedPage(output.appendingPathComponent("annonces/index.html"))
        XCTAssertGreaterThan(page.strings("//h3[@class='card-TITLE']/a").count, 0, "the cards are the file's")
        XCTAssertEqual(page.strings("//h3[@class='card-title']/a").count, 0)

        // The same file under another key (other templates, other code) is not read.
        let header = Array(CardCache.header(try key()).utf8)
        XCTAssertTrue(raw.starts(with: header))
        let other = Array(CardCache.header("another-version " + Fingerprint().description).utf8)
        try Data(other + raw.dropFirst(header.count)).write(to: file)
        XCTAssertEqual(CardCache(contentsOf: file, key: try key()).count, 0)
        try forgetPages(output)
        _ = try build(output)
        XCTAssertEqual(try Data(contentsOf: output.appendingPathComponent("annonces/index.html")), fresh, "rendered anew")
    }

    func testAFileCutShortIsNotUsed() throws {
        let (output, fresh, file, raw) = try builtWithTitleClassesRenamed("cards-cut")
        // The last byte lost: nothing of the file is used.
        try Data(raw.dropLast()).write(to: file)
        XCTAssertEqual(CardCache(contentsOf: file, key: try key()).count, 0)
        try forgetPages(output)
        _ = try build(output)
        XCTAssertEqual(try Data(contentsOf: output.appendingPathComponent("annonces/index.html")), fresh)
        // And the build left a whole file again.
        XCTAssertGreaterThan(CardCache(contentsOf: file, key: try key()).count, 100)
    }

    /// A site built, its front list page, and its cards' file with every `class="card-title"`
    /// made `class="card-TITLE"` (lengths unchanged), not yet written back.
    func builtWithTitleClassesRenamed(_ name: String) throws -> (output: URL, fresh: Data, file: URL, raw: [UInt8]) {
        let output = temporaryFolder(name).appendingPathComponent("site")
        _ = try build(output)
        let fresh = try Data(contentsOf: output.appendingPathComponent("annonces/index.html"))
        let file = cardsFile(output)
        var raw = [UInt8](try Data(contentsOf: file))
        let from = Array("class=\"card-title\"".utf8), to = Array("class=\"card-TITLE\"".utf8)
        var replaced = 0
        var i = 0
        while i + from.count <= raw.count {
            if raw[i..<(i + from.count)].elementsEqual(from) { raw.replaceSubrange(i..<(i + from.count), with: to); replaced += 1 }
            i += 1
        }
        XCTAssertGreaterThan(replaced, 100)
        return (output, fresh, file, raw)
    }
}
