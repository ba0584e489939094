import Foundation
import ScopeImport
import ScopeModel
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Sub-sectors (`subsectors:` in sectors.yaml): `/secteurs/btp/vrd/` lists exactly the open
/// notices with a code (or a lot's code) below one of its CPV prefixes, and its programmations,
/// computed here from the sample's exports and the YAML read as text; bad definitions are
/// refused with their line.
final class SubsectorTests: XCTestCase {
    /// sub-sector id → its prefixes, from content/sectors.yaml.
    func trades() throws -> [String: [String]] {
        let yaml = try String(contentsOf: repositoryRoot.appendingPathComponent("content/sectors.yaml"), encoding: .utf8)
        var out: [String: [String]] = [:]
        var current: String?
        for line in yaml.split(separator: "\n") {
            if line.hasPrefix("  - id: ") { current = nil }  // a sector: its own `cpv:` is no trade's
            if line.hasPrefix("      - id: ") { current = String(line.dropFirst("      - id: ".count)) }
            if line.hasPrefix("        cpv:"), let id = current {
                out[id] = line.split(separator: "\"").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
            }
        }
        return out
    }

    func testEachTradeListsExactlyItsOpenNoticesAndProgrammations() throws {
        let trades = try trades()
        XCTAssertEqual(Set(trades.keys), ["gros-oeuvre", "second-oeuvre", "vrd", "ingenierie", "materiaux"])
        let notices = try JSONSerialization.jsonObject(with: Data(contentsOf: repositoryRoot.appendingPathComponent("content/notices/annonces.json"))) as! [[String: Any]]
        let open = notices.filter { n in
            ISO8601DateFormatter().date(from: n["deadline"] as! String)! > SampleSite.now && ((n["status"] as? String) ?? "open") == "open"
        }
        let rows = try RawSample.csv(repositoryRoot.appendingPathComponent("content/programmations/programmations.csv"))
        let occitanie: Set<String> = ["09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82"]
        var total = 0, pairsSeen = 0
        for (id, prefixes) in trades {
            func below(_ codes: [String]) -> Bool { codes.contains { c in prefixes.contains { c.hasPrefix($0) } } }
            let want = Set(open.filter { n in
                below((n["cpv"] as! [String]) + ((n["lots"] as? [[String: Any]]) ?? []).compactMap { $0["cpv"] as? String })
            }.map { "/annonces/\(Slug.make($0["id"] as! String))/" })
            XCTAssertEqual(Set(try cardLinksOfList("secteurs/btp/\(id)/", kind: "notice")), want, id)
            let planned = Set(rows.filter { below($0["cpv"]!.split(separator: "|").map(String.init)) }.map { "/programmations/\(Slug.make($0["id"]!))/" })
            XCTAssertEqual(Set(try cardLinksOfList("secteurs/btp/\(id)/programmations/", kind: "programmation")), planned, id)
            total += want.count
            // Its feeds, and its way up to the sector.
            let page = try ParsedPage(SampleSite.file("secteurs/btp/\(id)/index.html"))
            XCTAssertEqual(page.strings("//p[@class='facet-up']/a/@href"), ["/secteurs/btp/"], id)
            XCTAssertTrue(FileManager.default.fileExists(atPath: SampleSite.file("secteurs/btp/\(id)/rss.xml").path), id)
            // The trade in each department where it has notices: exactly its open notices and
            // programmations there, its feeds, and a way down from the trade and from the pair.
            let codes = Set(notices.filter { n in
                below((n["cpv"] as! [String]) + ((n["lots"] as? [[String: Any]]) ?? []).compactMap { $0["cpv"] as? String })
            }.flatMap { $0["departments"] as! [String] }).filter { occitanie.contains($0) }
            XCTAssertEqual(Set(page.strings("//details[@class='narrow']//a/@href")), Set(codes.map { "/secteurs/btp/\(id)/\($0)/" }), id)
            for code in codes.sorted() {
                let there = Set(open.filter { n in
                    (n["departments"] as! [String]).contains(code)
                        && below((n["cpv"] as! [String]) + ((n["lots"] as? [[String: Any]]) ?? []).compactMap { $0["cpv"] as? String })
                }.map { "/annonces/\(Slug.make($0["id"] as! String))/" })
                XCTAssertEqual(Set(try cardLinksOfList("secteurs/btp/\(id)/\(code)/", kind: "notice")), there, "\(id) \(code)")
                let plannedThere = Set(rows.filter {
                    $0["departments"]!.split(separator: "|").contains(Substring(code)) && below($0["cpv"]!.split(separator: "|").map(String.init))
                }.map { "/programmations/\(Slug.make($0["id"]!))/" })
                XCTAssertEqual(Set(try cardLinksOfList("secteurs/btp/\(id)/\(code)/programmations/", kind: "programmation")), plannedThere,
                               "\(id) \(code)")
                let rss = try String(contentsOf: SampleSite.file("secteurs/btp/\(id)/\(code)/rss.xml"), encoding: .utf8)
                XCTAssertTrue(rss.contains("<link>https://marches.occitanie.example/secteurs/btp/\(id)/\(code)/</link>"), "\(id) \(code)")
                let pair = try ParsedPage(SampleSite.file("secteurs/btp/\(code)/index.html"))
                XCTAssertTrue(pair.strings("//details[@class='narrow']//a/@href").contains("/secteurs/btp/\(id)/\(code)/"), "\(id) \(code)")
                pairsSeen += 1
            }
        }
        XCTAssertGreaterThan(pairsSeen, 30)
        XCTAssertGreaterThan(total, 50)
        let btp = try ParsedPage(SampleSite.file("secteurs/btp/index.html"))
        XCTAssertEqual(btp.strings("//details[@class='narrow'][1]//a/@href").count, trades.count)
        let alerts = try ParsedPage(SampleSite.file("alertes/index.html"))
        XCTAssertEqual(Set(alerts.strings("//li[@data-trade]/@data-trade")), Set(trades.keys))
    }

    func testABadSubsectorIsRefusedWithItsLine() throws {
        let head = "sectors:\n  - id: btp\n    name: BTP\n    divisions: [\"45\"]\n    subsectors:\n"
        for (entry, message) in [
            ("      - id: vrd\n        name: VRD\n        cpv: [\"4523\", \"7132\"]\n", "7132 is not in sector \"btp\"'s codes"),
            ("      - id: \"31\"\n        name: Trente et un\n        cpv: [\"4523\"]\n", "must be lower-case letters, digits and -, with a letter"),
            ("      - id: travaux\n        name: Travaux\n        cpv: [\"4523\"]\n", "is a name the sector's pages use already"),
            ("      - id: vrd\n        name: VRD\n        cpv: [\"45x\"]\n", "is not a CPV prefix"),
            ("      - id: vrd\n        name: VRD\n", "needs \"id\", \"name\" and a list of \"cpv\" prefixes"),
        ] {
            let folder = temporaryFolder("subsector-\(message.count)")
            try (head + entry).write(to: folder.appendingPathComponent("sectors.yaml"), atomically: true, encoding: .utf8)
            XCTAssertThrowsError(try ConfigLoader.loadSectors(contentDirectory: folder)) { e in
                let text = "\(e)"
                XCTAssertTrue(text.contains(message), text)
                XCTAssertTrue(text.contains("sectors.yaml:"), text)
            }
        }
    }
}
