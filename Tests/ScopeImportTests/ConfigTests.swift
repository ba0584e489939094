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
}
