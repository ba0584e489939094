import Foundation
import ScopeBuild
import ScopeModel
import ScopeOutput
import ScopeSample
import XCTest

/// How a build behaves as a whole: the same input gives the same bytes, and a failed build
/// leaves the previous site as it was.
final class BuildBehaviourTests: XCTestCase {
    let content = repositoryRoot.appendingPathComponent("content")
    let layouts = repositoryRoot.appendingPathComponent("layouts")

    func testTwoBuildsOfTheSameInputAreByteIdentical() throws {
        let a = temporaryFolder("det-a").appendingPathComponent("site")
        let b = temporaryFolder("det-b").appendingPathComponent("site")
        _ = try SiteBuild.build(BuildOptions(content: content, layouts: layouts, output: a, now: SampleSite.now))
        _ = try SiteBuild.build(BuildOptions(content: content, layouts: layouts, output: b, now: SampleSite.now))
        let fa = SampleSite.allFiles(under: a), fb = SampleSite.allFiles(under: b)
        XCTAssertEqual(fa, fb)
        XCTAssertGreaterThan(fa.count, 2000)
        for f in fa {
            let da = try Data(contentsOf: a.appendingPathComponent(f)), db = try Data(contentsOf: b.appendingPathComponent(f))
            if da != db { XCTFail("\(f) differs between two builds"); break }
        }
    }

    func testTheCommittedSampleIsWhatScopeSampleWrites() throws {
        let out = temporaryFolder("sample-regen")
        _ = try SampleWriter(notices: 626, programmations: 981, buyers: 320, seed: 2026).write(to: out)
        for f in SampleSite.allFiles(under: content) {
            let committed = try Data(contentsOf: content.appendingPathComponent(f))
            let fresh = try Data(contentsOf: out.appendingPathComponent(f))
            XCTAssertEqual(committed, fresh, "content/\(f) is not what `scope sample` writes")
        }
    }

    /// A copy of `folder` in which `file` has `old` replaced by `new`; returns the copy and
    /// the file's original text.
    private func copy(_ folder: URL, as name: String, editing file: String, _ old: String, _ new: String) throws -> (URL, String) {
        let copy = temporaryFolder(name)
        try FileManager.default.removeItem(at: copy)
        try FileManager.default.copyItem(at: folder, to: copy)
        let url = copy.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        XCTAssertTrue(text.contains(old), "\(file) no longer holds \(old)")
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
        return (copy, text)
    }

    /// A site built, then a build that fails: the first site must be intact.
    private func assertFailedBuildKeepsSite(file: StaticString = #filePath, line: UInt = #line,
                                            _ failing: (URL) throws -> Void) throws -> Error? {
        let root = temporaryFolder("keep-\(line)")
        let output = root.appendingPathComponent("site")
        _ = try SiteBuild.build(BuildOptions(content: content, layouts: layouts, output: output, now: SampleSite.now))
        let before = SampleSite.allFiles(under: output)
        let home = try Data(contentsOf: output.appendingPathComponent("index.html"))
        var caught: Error?
        do { try failing(output) } catch { caught = error }
        XCTAssertNotNil(caught, "the build should have failed", file: file, line: line)
        XCTAssertEqual(SampleSite.allFiles(under: output), before, file: file, line: line)
        XCTAssertEqual(try Data(contentsOf: output.appendingPathComponent("index.html")), home, file: file, line: line)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.contains("staging") }
        XCTAssertEqual(leftovers, [], "no staging folder left behind", file: file, line: line)
        return caught
    }

    func testATemplateSyntaxErrorNamesFileAndLineAndKeepsTheSite() throws {
        let (broken, _) = try copy(layouts, as: "layouts-broken", editing: "notice.mustache", "<h1>{{page.title}}</h1>",
                                   "<h1>{{page.title}}</h1> {{#page.title}} unclosed")
        let error = try assertFailedBuildKeepsSite { output in
            _ = try SiteBuild.build(BuildOptions(content: content, layouts: broken, output: output, now: SampleSite.now))
        }
        let text = "\(error!)"
        XCTAssertTrue(text.contains("notice.mustache:"), text)
        XCTAssertTrue(text.contains("syntax error"), text)
    }

    func testAnUnknownTranslationKeyNamesFileAndLineAndKeepsTheSite() throws {
        let (broken, text) = try copy(layouts, as: "layouts-key", editing: "notice.mustache", "{{t.notice.buyer}}", "{{t.notice.buyre}}")
        let error = try assertFailedBuildKeepsSite { output in
            _ = try SiteBuild.build(BuildOptions(content: content, layouts: broken, output: output, now: SampleSite.now))
        }
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains("{{t.notice.buyer}}") }! + 1
        XCTAssertEqual("\(error!)", "templates: \(broken.path)/notice.mustache:\(line): no translation \"notice.buyre\" in \(broken.path)/i18n/fr.yaml; nothing was written")
    }

    func testATranslationFileMissingAKeyIsNamedAndKeepsTheSite() throws {
        let (broken, _) = try copy(layouts, as: "layouts-i18n", editing: "i18n/fr.yaml", "  tomorrow: \"Clôture demain\"\n", "")
        let error = try assertFailedBuildKeepsSite { output in
            _ = try SiteBuild.build(BuildOptions(content: content, layouts: broken, output: output, now: SampleSite.now))
        }
        XCTAssertEqual("\(error!)", "templates: \(broken.path)/i18n/fr.yaml: missing translation \"badge.tomorrow\"; nothing was written")
    }

    func testAnUnknownPartialNamesFileAndLine() throws {
        let (broken, text) = try copy(layouts, as: "layouts-partial", editing: "notice-list.mustache",
                                      "{{> partials/pagination}}", "{{> partials/missing-item}}")
        let error = try assertFailedBuildKeepsSite { output in
            _ = try SiteBuild.build(BuildOptions(content: content, layouts: broken, output: output, now: SampleSite.now))
        }
        let lineNumber = text.components(separatedBy: "\n").firstIndex { $0.contains("{{> partials/pagination}}") }! + 1
        XCTAssertTrue("\(error!)".contains("notice-list.mustache:\(lineNumber): unknown partial or parent \"partials/missing-item\""), "\(error!)")
    }

    func testABadConfigNamesFileAndLineAndKeepsTheSite() throws {
        let (bad, text) = try copy(content, as: "content-badconfig", editing: "config.yaml", "page_size: 30", "page_sise: 30")
        let error = try assertFailedBuildKeepsSite { output in
            _ = try SiteBuild.build(BuildOptions(content: bad, layouts: layouts, output: output, now: SampleSite.now))
        }
        let line = text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("page_size") }! + 1
        XCTAssertTrue("\(error!)".contains("config.yaml:\(line): unknown key \"page_sise\""), "\(error!)")
    }

    func testStrictModeFailsOnARejectedRecordAndWritesNothing() throws {
        let bad = temporaryFolder("content-strict")
        try FileManager.default.removeItem(at: bad)
        try FileManager.default.copyItem(at: content, to: bad)
        try """
        [{"id": "X-1", "title": "Sans acheteur connu", "buyer": "99999999999999", "contract_type": "works",
          "cpv": ["45000000-7"], "departments": ["31"], "published": "2026-11-01", "deadline": "2026-12-01T12:00:00+01:00"}]
        """.write(to: bad.appendingPathComponent("notices/extra.json"), atomically: true, encoding: .utf8)
        let error = try assertFailedBuildKeepsSite { output in
            _ = try SiteBuild.build(BuildOptions(content: bad, layouts: layouts, output: output, now: SampleSite.now, strict: true))
        }
        guard let failure = error as? StrictFailure else { return XCTFail("expected a strict failure, got \(String(describing: error))") }
        XCTAssertEqual(failure.rejected, 1)
        XCTAssertTrue(failure.report.diagnostics.contains {
            $0.description == "\(bad.path)/notices/extra.json at $[0]: error: notice \"X-1\", field \"buyer\": unknown buyer \"99999999999999\" (no such id under buyers/); record rejected"
        }, failure.report.text())
        // Without --strict the same content builds, leaving the record out.
        let output = temporaryFolder("content-lenient").appendingPathComponent("site")
        let report = try SiteBuild.build(BuildOptions(content: bad, layouts: layouts, output: output, now: SampleSite.now))
        XCTAssertEqual(report.counts[.notice]?.rejected, 1)
        XCTAssertEqual(report.counts[.notice]?.built, 626)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("annonces/X-1").path))
    }

    func testNowDecidesWhatIsOpen() throws {
        let later = ParisTime.parse("2027-03-01T12:00:00+01:00")!
        let output = temporaryFolder("later").appendingPathComponent("site")
        let report = try SiteBuild.build(BuildOptions(content: content, layouts: layouts, output: output, now: later))
        XCTAssertEqual(report.openNotices, 0, "every sample deadline is before March 2027")
        XCTAssertGreaterThan(SampleSite.built.report.openNotices, 100)
    }

    /// The report says what each family of files cost: every file of the plan in one family,
    /// all made on a first build, none but the files made without a key on a rebuild of the
    /// same input, and a notice retitled makes its own page again.
    func testTheReportCountsEachFamilysFilesAndWhatWasMade() throws {
        let site = try TinySite("render-cost")
        var options = site.options()
        options.measuresRender = true
        let first = try SiteBuild.build(options)
        let files = first.render.values.reduce(0) { $0 + $1.files }
        XCTAssertEqual(files, first.pages.values.reduce(0, +))
        XCTAssertEqual(first.render.values.reduce(0) { $0 + $1.made }, files)
        XCTAssertGreaterThan(first.render["feeds"]?.files ?? 0, 0)
        XCTAssertGreaterThan(first.render.values.reduce(0) { $0 + $1.cpuSeconds }, 0)
        let again = try SiteBuild.build(options)
        XCTAssertEqual(again.render.values.reduce(0) { $0 + $1.files }, files)
        XCTAssertEqual(again.render["annonces"]?.made, 0, "kept by their keys")
        try site.write("notices/n.json", String(decoding: try JSONSerialization.data(withJSONObject: [TinySite.notice(["title": "Réfection de toiture"])]), as: UTF8.self))
        let retitled = try SiteBuild.build(options)
        XCTAssertGreaterThan(retitled.render["annonces"]?.made ?? 0, 0)
        XCTAssertEqual(try site.build().render.values.reduce(0) { $0 + $1.cpuSeconds }, 0, "not measured unless asked")
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: retitled.json()) as? [String: Any])
        let annonces = try XCTUnwrap((json["render"] as? [String: Any])?["annonces"] as? [String: Any])
        XCTAssertEqual(annonces["made"] as? Int, retitled.render["annonces"]?.made)
    }

    /// The site rendered into memory is the site a build writes from nothing, file for file
    /// (but the marker that says the folder is Scope's and the layouts' assets, which only a
    /// build to a folder copies).
    func testTheSiteRenderedInMemoryIsTheSiteWritten() throws {
        let site = try TinySite("in-memory", notices: [TinySite.notice(), TinySite.notice(["id": "26-00002", "title": "Toiture de l'école"])])
        let written = try site.build()
        let (report, files) = try SiteBuild.render(site.options())
        XCTAssertEqual(report.pages, written.pages)
        let copied = Set(try FileManager.default.contentsOfDirectory(atPath: TinySite.layouts.appendingPathComponent("assets").path).map { "assets/" + $0 })
        let onDisk = SampleSite.allFiles(under: site.output).filter { $0 != ".scope-site" && !copied.contains($0) }
        XCTAssertTrue(onDisk.contains(Routes.feedStyle), "a file of the plan under assets/ is rendered")
        XCTAssertEqual(Set(files.keys), Set(onDisk))
        for path in onDisk {
            XCTAssertEqual(files[path], [UInt8](try Data(contentsOf: site.output.appendingPathComponent(path))), path)
        }
        XCTAssertThrowsError(try MemoryOutput().write("../x", [])) { XCTAssertTrue("\($0)".contains("outside the site"), "\($0)") }
    }
}
