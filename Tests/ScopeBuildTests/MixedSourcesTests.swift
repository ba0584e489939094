import Foundation
import ScopeBuild
import ScopeImport
import ScopeModel
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A site built from the sample's native files and the four foreign formats together: BOAMP
/// and APProch dropped in the content folders (detected by content), OCDS and DECP declared
/// in the config. Every imported record is on its sector's, department's and buyer's pages
/// and in their feeds, as native records are.
final class MixedSourcesTests: XCTestCase {
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/Fixtures/formats")

    static let built: (content: URL, site: URL, imported: ImportResult) = {
        let content = temporaryFolder("mixed-content")
        try! FileManager.default.removeItem(at: content)
        try! FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("content"), to: content)
        let fm = FileManager.default
        try! fm.copyItem(at: fixtures.appendingPathComponent("boamp.json"), to: content.appendingPathComponent("notices/boamp.json"))
        try! fm.copyItem(at: fixtures.appendingPathComponent("approch.csv"), to: content.appendingPathComponent("programmations/approch.csv"))
        try! fm.createDirectory(at: content.appendingPathComponent("exports"), withIntermediateDirectories: true)
        for f in ["ocds-releases.json", "decp-2019.json"] {
            try! fm.copyItem(at: fixtures.appendingPathComponent(f), to: content.appendingPathComponent("exports/" + f))
        }
        let config = content.appendingPathComponent("config.yaml")
        // The sample's config ends with its own `sources:` list: two more entries.
        try! (String(contentsOf: config, encoding: .utf8) + "  - exports/ocds-*.json\n  - path: exports/decp-2019.json\n    format: decp\n")
            .write(to: config, atomically: true, encoding: .utf8)
        let site = temporaryFolder("mixed").appendingPathComponent("site")
        _ = try! SiteBuild.build(BuildOptions(content: content, layouts: repositoryRoot.appendingPathComponent("layouts"), output: site,
                                              now: SampleSite.now))
        let imported = ContentReader(contentDirectory: content, site: try! ConfigLoader.loadSite(contentDirectory: content)).read()
        return (content, site, imported)
    }()

    func page(_ path: String) throws -> ParsedPage { try ParsedPage(Self.built.site.appendingPathComponent(path + "index.html")) }

    func rssLinks(_ folder: String) throws -> [String] {
        let doc = try strictXML(contentsOf: Self.built.site.appendingPathComponent(folder + "rss.xml"))
        return try doc.nodes(forXPath: "//item/link").compactMap(\.stringValue)
    }

    func testEveryImportedNoticeIsOnItsSectorDepartmentAndBuyerPagesAndFeeds() throws {
        let r = Self.built.imported
        let mapping = try ConfigLoader.loadSectors(contentDirectory: Self.built.content)
        let imported = r.notices.filter { ["26-10001", "26-10002", "ocds-abc123-0001"].contains($0.id) }
        XCTAssertEqual(imported.count, 3)
        let base = "https://marches.occitanie.example/"
        for n in imported {
            let url = "/annonces/\(n.id)/"
            XCTAssertEqual(try page("annonces/\(n.id)/").strings("//h1"), [n.title])
            let buyer = try XCTUnwrap(r.buyers.first { $0.id == n.buyerID })
            let buyerPage = "acheteurs/\(Slug.make(buyer.id))/"
            XCTAssertEqual(try page(buyerPage).strings("//h1"), [buyer.name])
            let isOpen = n.status(at: SampleSite.now) == .open
            XCTAssertEqual(try page(buyerPage).cardLinks("notice").contains(url), true, "\(n.id) on its buyer's page")
            for d in n.departments {
                let list = try cardLinksOfList("departements/\(d)/", kind: "notice", in: Self.built.site)
                XCTAssertEqual(list.contains(url), isOpen, "\(n.id) on department \(d)'s list")
                XCTAssertEqual(try rssLinks("departements/\(d)/").contains(base + "annonces/\(n.id)/"), isOpen, "\(n.id) in \(d)'s feed")
            }
            for s in mapping.sectors(for: n.cpv) {
                let list = try cardLinksOfList("secteurs/\(s.id)/", kind: "notice", in: Self.built.site)
                XCTAssertEqual(list.contains(url), isOpen, "\(n.id) on sector \(s.id)'s list")
                XCTAssertEqual(try rssLinks("secteurs/\(s.id)/").contains(base + "annonces/\(n.id)/"), isOpen, "\(n.id) in \(s.id)'s feed")
            }
        }
        // 26-10002 was awarded by a later BOAMP notice: not open, on no open list.
        XCTAssertEqual(r.notices.first { $0.id == "26-10002" }?.statedStatus, .awarded)
    }

    func testProgrammationsFromAPProchAndOCDSAreListed() throws {
        let all = try cardLinksOfList("programmations/", kind: "programmation", in: Self.built.site)
        for id in ["APP-2026-0101", "ocds-abc123-0002"] {
            XCTAssertTrue(all.contains("/programmations/\(Slug.make(id))/"), id)
        }
        let p = try XCTUnwrap(Self.built.imported.programmations.first { $0.id == "APP-2026-0101" })
        let onDepartment = try cardLinksOfList("departements/11/programmations/", kind: "programmation", in: Self.built.site)
        XCTAssertTrue(onDepartment.contains("/programmations/\(Slug.make(p.id))/"))
    }

    func testAwardsAreOnTheirBuyersPagesAndCountedPerSector() throws {
        let r = Self.built.imported
        // The Region's transport contract is performed in Paris and the sample's buyers do not
        // hold the Region's SIRET: left out. The other three are the site's.
        let fixture = r.awards.filter { $0.source.file.hasSuffix("decp-2019.json") }
        XCTAssertEqual(fixture.map(\.id).sorted(), ["21310555400017-2026-0042", "21310555400017-2026-0043", "21340172000019-2026-0046"])
        XCTAssertGreaterThan(r.awards.count, fixture.count, "the sample's own awards are there too")
        for buyerID in Set(r.awards.map(\.buyerID)) {
            let rows = try page("acheteurs/\(Slug.make(buyerID))/").strings("//table[contains(@class,'awards')]/tbody/tr/td[1]")
            XCTAssertEqual(rows.sorted(), r.awards.filter { $0.buyerID == buyerID }.map(\.object).sorted(), buyerID)
        }
        let sectors = try page("secteurs/")
        XCTAssertTrue(sectors.strings("//ul[@class='facet-table']/li/span").contains { $0.contains("marché attribué") || $0.contains("marchés attribués") })
    }

    func testCheckReportsEverySource() throws {
        let r = Self.built.imported
        let formats = Set(r.sources.map(\.format))
        XCTAssertEqual(formats, [.scope, .boamp, .approch, .ocds, .decp])
        let boamp = try XCTUnwrap(r.sources.first { $0.format == .boamp && $0.kind == .notice })
        XCTAssertEqual([boamp.read, boamp.imported, boamp.rejected, boamp.leftOut], [9, 4, 1, 2])
    }
}
