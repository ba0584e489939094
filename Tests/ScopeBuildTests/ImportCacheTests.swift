import Foundation
import ScopeBuild
import ScopeCache
import ScopeModel
import XCTest

/// What the last build made of each foreign export (`.site.records`): a file whose bytes are
/// unchanged is not parsed again, and the site, the counts and the messages are those of a
/// build that parsed everything; a changed file, other import settings or a damaged cache file
/// are parsed again.
final class ImportCacheTests: XCTestCase {
    let layouts = repositoryRoot.appendingPathComponent("layouts")
    static let real = repositoryRoot.appendingPathComponent("Tests/Fixtures/real")
    /// Every real file but DECP's (read with every other file's buyers, so parsed every time).
    static let cached = ["boamp_api-v2.1_two-real-records.json", "eforms-sdk_can_81_FRA.xml", "eforms-sdk_cn_24_FRA_comments.xml",
                         "eforms-sdk_cn_81_FRA.xml", "eforms-sdk_pin-only_81_FRA.xml", "ocds_ocdskit_realdata_release-package-1.json",
                         "ocds_ted2ocds-no_cn-standard_2024-107345_release_0.json", "ted2ocds_559670-2025.xml"]
    static let decp = "decp2022_bercy_exemple_marches_concessions.json"

    func content(_ name: String, region: String? = nil) throws -> URL {
        let content = temporaryFolder(name)
        try FileManager.default.createDirectory(at: content.appendingPathComponent("notices"), withIntermediateDirectories: true)
        for file in Self.cached + [Self.decp] {
            try FileManager.default.copyItem(at: Self.real.appendingPathComponent(file), to: content.appendingPathComponent("notices/" + file))
        }
        try config(content, region: region)
        return content
    }

    func config(_ content: URL, region: String?) throws {
        try ("title: Real\n" + (region.map { "region: \($0)\n" } ?? "") + "now: \"2024-07-10T12:00:00+02:00\"\n")
            .write(to: content.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
    }

    func build(_ content: URL, _ output: URL) throws -> BuildReport {
        try SiteBuild.build(BuildOptions(content: content, layouts: layouts, output: output))
    }

    func tree(_ root: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for f in SampleSite.allFiles(under: root) { out[f] = try Data(contentsOf: root.appendingPathComponent(f)) }
        return out
    }

    /// The site and what the report says of the records, as a build from nothing makes them.
    func assertSameAsAFreshBuild(_ content: URL, _ output: URL, _ report: BuildReport, file: StaticString = #filePath, line: UInt = #line) throws {
        let fresh = temporaryFolder("import-cache-fresh").appendingPathComponent("site")
        let expected = try build(content, fresh)
        XCTAssertEqual(expected.cachedFiles, 0, file: file, line: line)
        let (got, want) = (try tree(output), try tree(fresh))
        XCTAssertEqual(Set(got.keys).symmetricDifference(want.keys).sorted(), [], "files only in one site", file: file, line: line)
        for (path, bytes) in want where got[path] != bytes { XCTFail("\(path) differs from a fresh build's", file: file, line: line) }
        XCTAssertEqual(report.diagnostics, expected.diagnostics, file: file, line: line)
        XCTAssertEqual(report.sources, expected.sources, file: file, line: line)
        XCTAssertEqual(report.text(includeDiagnostics: false).split(separator: "\n").filter { !$0.hasPrefix("Time:") && !$0.contains("not parsed again") && !$0.hasPrefix("Files written") },
                       expected.text(includeDiagnostics: false).split(separator: "\n").filter { !$0.hasPrefix("Time:") && !$0.hasPrefix("Files written") },
                       file: file, line: line)
    }

    func testAnUnchangedExportIsNotParsedAgain() throws {
        let content = try content("import-cache")
        let output = temporaryFolder("import-cache-out").appendingPathComponent("site")
        XCTAssertEqual(try build(content, output).cachedFiles, 0)
        let second = try build(content, output)
        XCTAssertEqual(second.cachedFiles, Self.cached.count, second.text())
        XCTAssertTrue(second.text().contains("\(Self.cached.count) export files unchanged since the last build, not parsed again"))
        try assertSameAsAFreshBuild(content, output, second)
    }

    func testAChangedExportIsParsedAgainAndItsChangeReachesTheSite() throws {
        let content = try content("import-cache-changed")
        let output = temporaryFolder("import-cache-changed-out").appendingPathComponent("site")
        _ = try build(content, output)
        let path = content.appendingPathComponent("notices/eforms-sdk_cn_24_FRA_comments.xml")
        let xml = try String(contentsOf: path, encoding: .utf8)
        let title = try XCTUnwrap(xml.range(of: "<cbc:Name languageID=\"FRA\">")).upperBound
        try (String(xml[..<title]) + "Mis à jour : " + String(xml[title...])).write(to: path, atomically: true, encoding: .utf8)
        let report = try build(content, output)
        XCTAssertEqual(report.cachedFiles, Self.cached.count - 1)
        let pages = try tree(output).filter { $0.key.hasPrefix("annonces/") && $0.key.hasSuffix("index.html") }
        XCTAssertTrue(pages.values.contains { String(decoding: $0, as: UTF8.self).contains("Mis à jour : ") }, "the changed title is on a page")
        try assertSameAsAFreshBuild(content, output, report)
    }

    func testOtherImportSettingsParseEveryFileAgain() throws {
        let content = try content("import-cache-settings")
        let output = temporaryFolder("import-cache-settings-out").appendingPathComponent("site")
        _ = try build(content, output)
        // The site now covers Occitanie only: what is left out changes with it.
        try config(content, region: "Occitanie")
        let report = try build(content, output)
        XCTAssertEqual(report.cachedFiles, 0)
        try assertSameAsAFreshBuild(content, output, report)
    }

    func testADamagedCacheFileIsReadAsFarAsItIsWhole() throws {
        let content = try content("import-cache-damaged")
        let output = temporaryFolder("import-cache-damaged-out").appendingPathComponent("site")
        _ = try build(content, output)
        let records = output.deletingLastPathComponent().appendingPathComponent(".site.records")
        let whole = try Data(contentsOf: records)
        // Cut in the middle of the third entry: the first two are still taken.
        var starts: [Int] = []
        for (i, b) in whole.enumerated() where b == 0x0A && i + 33 < whole.count {
            let next = whole[(i + 1)..<(i + 33)]
            if next.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }), whole[i + 33] == 0x20 { starts.append(i + 1) }
        }
        XCTAssertEqual(starts.count, Self.cached.count, "one entry per cached file")
        try whole.prefix(starts[2] + 40).write(to: records)
        let cut = try build(content, output)
        XCTAssertEqual(cut.cachedFiles, 2)
        try assertSameAsAFreshBuild(content, output, cut)
        // Bytes that are no entry file at all: every file is parsed.
        try Data("scope-entries 1 records \(CodeStamp.current)\nnot a key\n".utf8).write(to: records)
        let garbage = try build(content, output)
        XCTAssertEqual(garbage.cachedFiles, 0)
        // An entry whose bytes are no import: parsed again too.
        _ = try build(content, output)
        var damaged = try Data(contentsOf: records)
        let brace = try XCTUnwrap(damaged.firstIndex(of: UInt8(ascii: "{")))
        damaged[brace] = UInt8(ascii: "[")
        try damaged.write(to: records)
        let wrong = try build(content, output)
        XCTAssertEqual(wrong.cachedFiles, Self.cached.count - 1)
        try assertSameAsAFreshBuild(content, output, wrong)
    }

    func testALinkInPlaceOfTheCacheFileIsNotFollowed() throws {
        let content = try content("import-cache-link")
        let root = temporaryFolder("import-cache-link-out"), output = root.appendingPathComponent("site")
        _ = try build(content, output)
        // The entries are good, but reached through a link: not read, and not written through.
        let records = root.appendingPathComponent(".site.records"), elsewhere = root.appendingPathComponent("elsewhere")
        try FileManager.default.moveItem(at: records, to: elsewhere)
        let before = try Data(contentsOf: elsewhere)
        try FileManager.default.createSymbolicLink(at: records, withDestinationURL: elsewhere)
        let report = try build(content, output)
        XCTAssertEqual(report.cachedFiles, 0)
        XCTAssertEqual(try Data(contentsOf: elsewhere), before, "the link's target is left as it was")
        let attributes = try FileManager.default.attributesOfItem(atPath: records.path)
        XCTAssertEqual(attributes[.type] as? FileAttributeType, .typeRegular, "the build wrote its own file in the link's place")
        try assertSameAsAFreshBuild(content, output, report)
    }
}
