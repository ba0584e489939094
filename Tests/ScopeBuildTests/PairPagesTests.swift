import Foundation
import ScopeModel
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// "My trade in my department": `/secteurs/SECTEUR/DEPARTEMENT/` lists exactly the open notices
/// of that sector in that department (computed here from the sample's export and its
/// sectors.yaml), and every sector and department page links down to its pairs.
final class PairPagesTests: XCTestCase {
    /// CPV prefix → sector id, read from content/sectors.yaml as text: each sector's divisions
    /// and the codes its own `cpv:` line takes from another division (not its trades').
    func sectorOfPrefix() throws -> [String: String] {
        let yaml = try String(contentsOf: repositoryRoot.appendingPathComponent("content/sectors.yaml"), encoding: .utf8)
        var out: [String: String] = [:]
        var current: String?
        for line in yaml.split(separator: "\n") {
            if line.hasPrefix("  - id: ") { current = String(line.dropFirst("  - id: ".count)) }
            if line.hasPrefix("    divisions:") || line.hasPrefix("    cpv:"), let id = current {
                for p in line.split(separator: "\"").enumerated().filter({ $0.offset % 2 == 1 }) { out[String(p.element)] = id }
            }
        }
        return out
    }

    /// A code's sector: its longest prefix named in the file.
    func sector(of code: String, _ table: [String: String]) -> String? {
        (2...8).reversed().lazy.compactMap { table[String(code.prefix($0))] }.first
    }

    func testEachPairListsExactlyItsOpenNotices() throws {
        let notices = try JSONSerialization.jsonObject(with: Data(contentsOf: repositoryRoot.appendingPathComponent("content/notices/annonces.json"))) as! [[String: Any]]
        let now = SampleSite.now
        let open = notices.filter { n in
            ISO8601DateFormatter().date(from: n["deadline"] as! String)! > now && ((n["status"] as? String) ?? "open") == "open"
        }
        var checked = 0
        let table = try sectorOfPrefix()
        XCTAssertEqual(sector(of: "30197630", table), "fournitures")
        for sector in Set(table.values).sorted() {
            for department in ["09", "31", "34", "66"] {
                let want = Set(open.filter { n in
                    (n["cpv"] as! [String]).contains { self.sector(of: $0, table) == sector } && (n["departments"] as! [String]).contains(department)
                }.map { "/annonces/\(Slug.make($0["id"] as! String))/" })
                let folder = SampleSite.output.appendingPathComponent("secteurs/\(sector)/\(department)/index.html")
                guard FileManager.default.fileExists(atPath: folder.path) else {
                    // No pair page: the pair has no notice at all (open or not).
                    XCTAssertTrue(want.isEmpty, "\(sector)/\(department) has open notices but no page")
                    continue
                }
                XCTAssertEqual(Set(try cardLinksOfList("secteurs/\(sector)/\(department)/", kind: "notice")), want, "\(sector)/\(department)")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 20)
    }

    /// A pair's feeds point to the pair's own page, not its sector's, and name the department by
    /// its code rather than with a preposition that fits some names only ("en Tarn").
    func testAPairsFeedsLinkThePairsPage() throws {
        let rss = try XMLDocument(data: Data(contentsOf: SampleSite.file("secteurs/btp/81/rss.xml")))
        XCTAssertEqual(try rss.nodes(forXPath: "/rss/channel/link").map(\.stringValue), ["https://marches.occitanie.example/secteurs/btp/81/"])
        let description = try rss.nodes(forXPath: "/rss/channel/description").first?.stringValue ?? ""
        XCTAssertTrue(description.hasSuffix("département\u{00A0}: Tarn (81)."), description)
        let atom = try XMLDocument(data: Data(contentsOf: SampleSite.file("secteurs/btp/81/atom.xml")))
        XCTAssertEqual(try atom.nodes(forXPath: "/*/*[local-name()='link'][@rel='alternate']/@href").map(\.stringValue),
                       ["https://marches.occitanie.example/secteurs/btp/81/"])
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: SampleSite.file("secteurs/btp/81/feed.json"))) as! [String: Any]
        XCTAssertEqual(json["home_page_url"] as? String, "https://marches.occitanie.example/secteurs/btp/81/")
    }

    func testSectorAndDepartmentPagesLinkDownToTheirPairs() throws {
        let btp = try ParsedPage(SampleSite.file("secteurs/btp/index.html"))
        let down = btp.strings("//details[@class='narrow']//a/@href")
        XCTAssertTrue(down.contains("/secteurs/btp/31/"), "\(down)")
        let garonne = try ParsedPage(SampleSite.file("departements/31/index.html"))
        XCTAssertTrue(garonne.strings("//details[@class='narrow']//a/@href").contains("/secteurs/btp/31/"))
        // Every link down leads to a page, which links back up: a pair to both, a trade to its sector.
        for href in Set(down + garonne.strings("//details[@class='narrow']//a/@href")) {
            let page = try ParsedPage(SampleSite.file(String(href.dropFirst()) + "index.html"))
            let isPair = href.split(separator: "/").last!.allSatisfy(\.isNumber)
            XCTAssertEqual(page.strings("//p[@class='facet-up']/a/@href").count, isPair ? 2 : 1, href)
        }
        let pair = try ParsedPage(SampleSite.file("secteurs/btp/31/index.html"))
        XCTAssertEqual(pair.strings("//h1"), ["BTP — travaux, bâtiment et ingénierie — Haute-Garonne (31)"])
        XCTAssertEqual(pair.strings("//p[@class='facet-up']/a/@href"), ["/secteurs/btp/", "/departements/31/"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: SampleSite.file("secteurs/btp/31/programmations/index.html").path))
    }
}
