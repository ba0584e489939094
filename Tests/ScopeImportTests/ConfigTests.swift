import Foundation
import ScopeImport
import ScopeModel
import XCTest

final class ConfigTests: XCTestCase {
    func folder(_ name: String, _ files: [String: String]) throws -> URL {
        let root = testFolder("config-" + name)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (p, t) in files { try t.write(to: root.appendingPathComponent(p), atomically: true, encoding: .utf8) }
        return root
    }

    func testRegionGivesItsDepartmentsAndNowIsPinned() throws {
        let root = try folder("ok", ["config.yaml": "title: T\nregion: Occitanie\nbase_url: https://x.example/marches\nnow: 2026-07-01T10:00:00+02:00\n"])
        let site = try ConfigLoader.loadSite(contentDirectory: root)
        XCTAssertEqual(site.departments.map(\.code), ["09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82"])
        XCTAssertEqual(site.baseURL, "https://x.example/marches/")
        XCTAssertEqual(site.rootPath, "/marches/")
        XCTAssertEqual(site.now.map(ParisTime.rfc3339), "2026-07-01T10:00:00+02:00")
    }

    func testErrorsNameTheLine() throws {
        let cases: [(String, String)] = [
            ("title: T\nregion: Atlantide\n", "config.yaml:2: unknown region \"Atlantide\""),
            ("title: T\npage_size: -3\n", "config.yaml:2: \"page_size\" must be a whole number from 1 to 10000"),
            ("title: T\n  bad: [\n", "config.yaml:2: not valid YAML"),
            ("title: T\nlanguage: de\n", "config.yaml:2: \"language\" must be fr or en"),
        ]
        for (i, (text, prefix)) in cases.enumerated() {
            let root = try folder("err\(i)", ["config.yaml": text])
            XCTAssertThrowsError(try ConfigLoader.loadSite(contentDirectory: root)) { e in
                XCTAssertTrue("\(e)".hasPrefix(root.path + "/" + prefix), "\(e)")
            }
        }
    }

    func testSectorMappingCoversEveryDivision() throws {
        let root = try folder("sectors", ["sectors.yaml": "sectors:\n  - id: btp\n    name: BTP\n    divisions: [\"45\", \"71\"]\n"])
        let mapping = try ConfigLoader.loadSectors(contentDirectory: root)
        XCTAssertEqual(mapping.sector(for: CPVCode(parsing: "45233140-2")!)?.id, "btp")
        XCTAssertEqual(mapping.sector(for: CPVCode(parsing: "90911200")!)?.id, "cpv-90")
        XCTAssertEqual(mapping.sectors.count, 1 + 43 + 1)  // and the unclassified sector
        let dup = try folder("sectors-dup", ["sectors.yaml": "sectors:\n  - id: a\n    name: A\n    divisions: [\"45\"]\n  - id: b\n    name: B\n    divisions: [\"45\"]\n"])
        XCTAssertThrowsError(try ConfigLoader.loadSectors(contentDirectory: dup)) { e in
            XCTAssertTrue("\(e)".hasSuffix("sectors.yaml:7: division 45 is already in sector \"a\""), "\(e)")
        }
    }

    /// A sector takes codes from another division (office supplies, 301, out of computing):
    /// the longest prefix named decides, then the division; a sub-sector may lie in them.
    func testSectorTakesCodesFromAnotherDivision() throws {
        let yaml = """
        sectors:
          - id: informatique
            name: Informatique
            divisions: ["30", "48"]
          - id: fournitures
            name: Fournitures
            divisions: ["39"]
            cpv: ["301", "3023"]
            subsectors:
              - id: papeterie
                name: Papeterie
                cpv: ["30197", "39"]
          - id: mobilier
            name: Mobilier
            divisions: ["31"]
            cpv: ["302311"]

        """
        let mapping = try ConfigLoader.loadSectors(contentDirectory: try folder("prefixes", ["sectors.yaml": yaml]))
        func sector(_ code: String) -> String? { mapping.sector(for: CPVCode(parsing: code)!)?.id }
        XCTAssertEqual(sector("30197630-1"), "fournitures")  // paper
        XCTAssertEqual(sector("30213000"), "informatique")  // personal computers
        XCTAssertEqual(sector("30231000"), "fournitures")  // screens: 3023
        XCTAssertEqual(sector("30231100"), "mobilier")  // 302311, the longer prefix
        XCTAssertEqual(mapping.sectors(for: [CPVCode(parsing: "30213000")!, CPVCode(parsing: "30199000")!]).map(\.id),
                       ["informatique", "fournitures"])
        XCTAssertEqual(mapping.sectors.first { $0.id == "fournitures" }?.subsectors.first?.prefixes, ["30197", "39"])
        XCTAssertEqual(mapping.prefixTable.filter { $0.prefix.count > 2 }.map { $0.prefix + "=" + $0.sector },
                       ["301=fournitures", "3023=fournitures", "302311=mobilier"])

        let cases: [(String, String)] = [
            ("    cpv: [\"30\"]\n", "sectors.yaml:5: sector \"b\": \"30\" is not a CPV prefix of 3 to 8 digits (whole divisions go under \"divisions\")"),
            ("    cpv: [\"391\"]\n", "sectors.yaml:5: sector \"b\": 391 is in its own division 39 already"),
            ("    cpv: [\"991\"]\n", "sectors.yaml:5: sector \"b\": 991 is in no CPV division"),
            ("    cpv: \"301\"\n", "sectors.yaml:5: \"cpv\" of sector \"b\" must be a list of CPV prefixes"),
            ("    cpv: [\"301\", \"301\"]\n", "sectors.yaml:5: sector \"b\": 301 is already in sector \"b\""),
        ]
        for (i, (line, message)) in cases.enumerated() {
            let text = "sectors:\n  - id: b\n    name: B\n    divisions: [\"39\"]\n" + line
            let root = try folder("prefix-err\(i)", ["sectors.yaml": text])
            XCTAssertThrowsError(try ConfigLoader.loadSectors(contentDirectory: root)) { e in
                XCTAssertEqual("\(e)", root.path + "/" + message)
            }
        }
    }
}
