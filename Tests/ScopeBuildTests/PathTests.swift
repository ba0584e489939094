import Foundation
import ScopeBuild
import ScopeModel
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Ids as exports really hold them give each record a page of its own, inside the output
/// folder, at the same address from one build to the next.
final class PathTests: XCTestCase {
    static let ids = ["26/00001", "../../etc/passwd", "..", "a\u{0}b", "avec espace", "Réfection-été",
                      String(repeating: "x", count: 320), "26-ABC", "26-abc", "26 abc"]

    func build(_ name: String) throws -> (URL, BuildReport) {
        let root = temporaryFolder(name)
        let content = root.appendingPathComponent("content")
        for sub in ["notices", "buyers"] {
            try FileManager.default.createDirectory(at: content.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        try "title: Test\nregion: Occitanie\n".write(to: content.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
        try "id,name,kind,department,website\n21310555400017,Commune de Toulouse,commune,31,\n"
            .write(to: content.appendingPathComponent("buyers/b.csv"), atomically: true, encoding: .utf8)
        let notices: [[String: Any]] = Self.ids.enumerated().map { i, id in
            ["id": id, "title": "Avis \(i)", "buyer": "21310555400017", "contract_type": "works", "cpv": ["45233140"],
             "departments": ["31"], "published": "2026-11-10", "deadline": "2026-12-01T12:00:00+01:00"]
        }
        try JSONSerialization.data(withJSONObject: notices).write(to: content.appendingPathComponent("notices/n.json"))
        let output = root.appendingPathComponent("site")
        let report = try SiteBuild.build(BuildOptions(content: content, layouts: repositoryRoot.appendingPathComponent("layouts"),
                                                      output: output, now: SampleSite.now))
        return (output, report)
    }

    func testEveryIdGetsItsOwnSafeStablePage() throws {
        let (site, report) = try build("paths-1")
        let (again, _) = try build("paths-2")
        // Every notice is on the list, each link a page of its own that shows that notice.
        let links = try cardLinksOfList("annonces/", kind: "notice", in: site)
        XCTAssertEqual(links.count, Self.ids.count)
        XCTAssertEqual(Set(links).count, Self.ids.count, "two notices share an address")
        for link in links {
            XCTAssertTrue(link.hasPrefix("/annonces/") && link.hasSuffix("/"), link)
            let segment = String(link.dropFirst("/annonces/".count).dropLast())
            XCTAssertFalse(segment.contains("/") || segment.hasPrefix(".") || segment.isEmpty, segment)
            XCTAssertLessThanOrEqual(segment.utf8.count, Slug.maxLength)
            let page = try ParsedPage(site.appendingPathComponent(String(link.dropFirst()) + "index.html"))
            XCTAssertEqual(page.strings("//h1").count, 1)
        }
        // Each id's own title is on a page: nothing overwrote anything.
        let titles = try links.map { try ParsedPage(site.appendingPathComponent(String($0.dropFirst()) + "index.html")).strings("//h1")[0] }
        XCTAssertEqual(Set(titles), Set(Self.ids.indices.map { "Avis \($0)" }))
        // Nothing was written outside the output folder.
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.deletingLastPathComponent().appendingPathComponent("etc").path))
        // The same addresses in a second build.
        XCTAssertEqual(try cardLinksOfList("annonces/", kind: "notice", in: again), links)
        // Ids that slug alike: the second is published elsewhere, with a warning naming both.
        XCTAssertTrue(report.diagnostics.contains { $0.recordID == "26-abc" && $0.message.contains("would be the same as that of notice \"26-ABC\"") }
                      || report.diagnostics.contains { $0.recordID == "26-ABC" && $0.message.contains("would be the same as that of notice \"26-abc\"") },
                      report.diagnostics.map(\.description).joined(separator: "\n"))
    }
}
