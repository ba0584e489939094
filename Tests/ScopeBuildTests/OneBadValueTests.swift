import Foundation
import ScopeBuild
import ScopeModel
import XCTest

/// One bad value never stops the site nor reaches a trap: what `scope check` passes, `scope
/// build` builds; and no content page, link or character can replace or break the site's files.
final class OneBadValueTests: XCTestCase {
    let fm = FileManager.default

    func allBytes(under root: URL) throws -> [(String, Data)] {
        try SampleSite.allFiles(under: root).map { ($0, try Data(contentsOf: root.appendingPathComponent($0))) }
    }

    func testAmountsPast64BitsBuild() throws {
        let n = TinySite.notice(["estimated_value": 1e19, "lots": [["number": 1, "title": "Lot", "value": 1e19]]])
        let ocds = #"{"releases": [{"ocid": "ocds-x-1", "id": "1", "date": "2026-11-10T00:00:00Z", "tag": ["tender"], "buyer": {"id": "B"}, "#
            + #""parties": [{"id": "B", "name": "Commune de Toulouse", "roles": ["buyer"], "identifier": {"id": "21310555400017"}, "address": {"postalCode": "31000"}}], "#
            + #""tender": {"id": "T", "title": "Voirie", "status": "active", "mainProcurementCategory": "works", "value": {"amount": 1e19, "currency": "EUR"}, "#
            + #""items": [{"id": "1", "classification": {"scheme": "CPV", "id": "45233140"}}], "tenderPeriod": {"endDate": "2026-12-20T12:00:00+01:00"}}}]}"#
        let programmations = "id,title,buyer,contract_type,cpv,departments,expected_publication,value_min,value_max\n"
            + "P-1,Travaux,21310555400017,works,45233140,31,2027-Q2,1000,1e19\n"
        let site = try TinySite("amounts", notices: [n], files: ["programmations/p.csv": programmations, "notices/ocds.json": ocds])
        let check = try site.check()
        let report = try site.build()
        XCTAssertEqual(report.counts[.notice]?.built, check.counts[.notice]?.built)
        XCTAssertGreaterThanOrEqual(report.counts[.notice]?.built ?? 0, 1)
        XCTAssertEqual(report.counts[.programmation]?.built, 1)
        XCTAssertTrue(fm.fileExists(atPath: site.output.appendingPathComponent("annonces/26-00001/index.html").path))
    }

    func testASectorIDThatScopeGivesADivisionIsAConfigError() throws {
        let site = try TinySite("cpv-sector", files: ["sectors.yaml": "sectors:\n  - id: btp\n    name: BTP\n    divisions: [\"45\"]\n  - id: cpv-92\n    name: Culture\n    divisions: [\"79\"]\n"])
        XCTAssertThrowsError(try site.check()) { XCTAssertTrue("\($0)".contains("sector id \"cpv-92\" is the one Scope gives division 92"), "\($0)") }
        XCTAssertThrowsError(try site.build()) { XCTAssertTrue("\($0)".contains("cpv-92"), "\($0)") }
        XCTAssertFalse(fm.fileExists(atPath: site.output.path))
    }

    /// Ids whose addresses would collide get addresses of their own, with a warning naming both.
    func testAddressCollisionsAreResolvedAndNamed() throws {
        // "a b" is published at a-b-HASH; a record whose id is that very text comes first in id order.
        let unsafe = "a b"
        let taken = Slug.make(unsafe)
        XCTAssertNotEqual(taken, unsafe)
        // Two ids whose address hashes collide (FNV-1a folded to 32 bits, found by a search).
        let hashTwins = ["a((;,!b", "a !/(/:b"]
        XCTAssertEqual(Slug.make(hashTwins[0]), Slug.make(hashTwins[1]))
        let ids = [unsafe, taken, "A-1", "a-1", Slug.disambiguated("a-1")] + hashTwins
        let site = try TinySite("collide", notices: ids.map { TinySite.notice(["id": $0]) })
        let report = try site.build()
        XCTAssertEqual(report.counts[.notice]?.built, ids.count)
        let pages = try fm.contentsOfDirectory(atPath: site.output.appendingPathComponent("annonces").path)
            .filter { fm.fileExists(atPath: site.output.appendingPathComponent("annonces/\($0)/index.html").path) && $0.hasPrefix("a-") }
        XCTAssertEqual(pages.count, ids.count, "\(pages)")
        let warnings = report.diagnostics.filter { $0.message.contains("its address would be the same") }.map(\.description)
        XCTAssertEqual(warnings.count, 3, "\(warnings)")
        XCTAssertTrue(warnings.contains { $0.contains("\"a-1\"") && $0.contains("notice \"A-1\"") }, "\(warnings)")
    }

    func testAVeryLongWordMakesSearchFilesOfBoundedNames() throws {
        let word = String(repeating: "a", count: 260), accented = String(repeating: "é", count: 63) + "x"
        let site = try TinySite("long-word", notices: [
            TinySite.notice(["title": "Voirie " + word]), TinySite.notice(["id": "26-00002", "title": accented]),
        ] + (3..<40).map { TinySite.notice(["id": "26-000\($0)", "title": "Voirie " + word + " " + accented]) })
        try site.build()
        for path in SampleSite.allFiles(under: site.output) {
            for part in path.split(separator: "/") { XCTAssertLessThanOrEqual(part.utf8.count, 200, path) }
        }
    }

    func testAContentPageCannotTakeTheNameOfASiteFile() throws {
        for name in ["sitemap.xml", "robots.txt", "404.html", "rss.xml", "annonces", "page_2"] {
            let site = try TinySite("reserved-\(name)", files: ["pages/\(name).md": "# Hello\n\nBody\n"])
            XCTAssertThrowsError(try site.build(), name) { XCTAssertTrue("\($0)".contains("cannot be a page address"), "\(name): \($0)") }
        }
    }

    func testLinksOutsideTheContentAndLayoutsFoldersAreNotPublished() throws {
        let site = try TinySite("links", files: ["pages/a-propos.md": "# À propos\n\nTexte\n"])
        let secret = site.root.appendingPathComponent("secret.txt")
        try Data("root:x:0:0".utf8).write(to: secret)
        try fm.createSymbolicLink(atPath: site.content.appendingPathComponent("pages/x.md").path, withDestinationPath: secret.path)
        XCTAssertThrowsError(try site.build()) { XCTAssertTrue("\($0)".contains("is a symbolic link to \(secret.path)"), "\($0)") }
        try fm.removeItem(at: site.content.appendingPathComponent("pages/x.md"))
        // A link to a page beside it is read.
        try fm.createSymbolicLink(atPath: site.content.appendingPathComponent("pages/infos.md").path, withDestinationPath: "a-propos.md")
        try site.build()
        XCTAssertTrue(fm.fileExists(atPath: site.output.appendingPathComponent("infos/index.html").path))

        let layouts = site.root.appendingPathComponent("layouts")
        try fm.copyItem(at: TinySite.layouts, to: layouts)
        try fm.createSymbolicLink(atPath: layouts.appendingPathComponent("assets/passwd.txt").path, withDestinationPath: secret.path)
        XCTAssertThrowsError(try site.build(layouts: layouts)) { XCTAssertTrue("\($0)".contains("outside \(layouts.appendingPathComponent("assets").path)"), "\($0)") }
        for (path, data) in try allBytes(under: site.output) {
            XCTAssertFalse(String(decoding: data, as: UTF8.self).contains("root:x:0:0"), path)
        }
    }

    func testControlCharactersInTheConfigSectorsAndPagesReachNoFile() throws {
        let esc = "\u{1B}[31m", del = "\u{7F}"
        let site = try TinySite("controls", files: [
            // YAML takes control characters escaped only: \e is ESC, \x7F DEL.
            "config.yaml": "title: \"Marchés\\e[31m\\x7F publics\"\nregion: Occitanie\nnow: \"2026-11-16T08:00:00+01:00\"\n",
            "sectors.yaml": "sectors:\n  - id: btp\n    name: \"BTP\\e\"\n    divisions: [\"45\"]\n",
            "pages/a-propos.md": "# À propos\(del)\(esc)\r\n\r\nUn texte\u{01} ici.\r\n\r\n## Contact\r\n",
        ])
        try site.build()
        for (path, data) in try allBytes(under: site.output) where !path.hasSuffix(".png") {
            XCTAssertFalse(data.contains(0x1B) || data.contains(0x7F) || data.contains(0x01), path)
        }
        let page = try String(contentsOf: site.output.appendingPathComponent("a-propos/index.html"), encoding: .utf8)
        // CRLF reads as LF: the heading is the title, the rest the body.
        XCTAssertTrue(page.contains("<h1>À propos[31m</h1>") || page.contains(">À propos[31m<"), page)
        XCTAssertTrue(page.contains("<h2>Contact</h2>"), page)
        XCTAssertTrue(page.contains("Un texte ici."), page)
        let home = try String(contentsOf: site.output.appendingPathComponent("index.html"), encoding: .utf8)
        XCTAssertTrue(home.contains("Marchés[31m publics"))
    }
}
