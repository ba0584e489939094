import Foundation
import ScopeBuild
import XCTest

/// A build takes only a folder Scope made: a publisher's own files, the content and layouts,
/// `/` and the home folder are refused before anything moves, and no symbolic link is followed
/// for the output or the spare beside it.
final class OutputSafetyTests: XCTestCase {
    let fm = FileManager.default

    func assertRefused(_ site: TinySite, output: URL, _ words: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try site.build(output: output), file: file, line: line) { error in
            XCTAssertTrue("\(error)".contains(words), "\(error)", file: file, line: line)
            XCTAssertTrue("\(error)".contains("nothing was written"), "\(error)", file: file, line: line)
        }
    }

    func testAFolderScopeDidNotMakeIsRefusedTwiceAndTakenOnlyWithForce() throws {
        let site = try TinySite("own-folder")
        let mine = site.root.appendingPathComponent("mine")
        try fm.createDirectory(at: mine, withIntermediateDirectories: true)
        try Data("precious".utf8).write(to: mine.appendingPathComponent("a.txt"))
        assertRefused(site, output: mine, "was not made by Scope")
        assertRefused(site, output: mine, "pass --force")
        XCTAssertEqual(try String(contentsOf: mine.appendingPathComponent("a.txt"), encoding: .utf8), "precious")
        XCTAssertEqual(try fm.contentsOfDirectory(atPath: site.root.path).sorted(), ["content", "mine"])

        var options = site.options(output: mine)
        options.force = true
        try SiteBuild.build(options)
        XCTAssertTrue(fm.fileExists(atPath: mine.appendingPathComponent("annonces/26-00001/index.html").path))
        XCTAssertTrue(fm.fileExists(atPath: mine.appendingPathComponent(".scope-site").path))
        // Scope's own from now on: the next build needs no --force.
        XCTAssertNoThrow(try site.build(output: mine))
    }

    /// `cp -a site/. www/` into a web root holding the publisher's own files brings the marker
    /// along: the web root is still not Scope's, and its files stay, build after build.
    func testACopiedSiteFolderDoesNotMakeAWebRootScopes() throws {
        let site = try TinySite("copied-marker")
        try site.build()
        try site.build()
        let www = site.root.appendingPathComponent("www")
        try fm.createDirectory(at: www, withIntermediateDirectories: true)
        try Data("publisher".utf8).write(to: www.appendingPathComponent("index-ancien.html"))
        let cp = Process()
        cp.executableURL = URL(fileURLWithPath: "/bin/cp")
        cp.arguments = ["-a", site.output.path + "/.", www.path]
        try cp.run()
        cp.waitUntilExit()
        XCTAssertTrue(fm.fileExists(atPath: www.appendingPathComponent(".scope-site").path), "the copy holds the marker")
        assertRefused(site, output: www, "it is not the folder Scope made")
        assertRefused(site, output: www, "pass --force")
        XCTAssertEqual(try String(contentsOf: www.appendingPathComponent("index-ancien.html"), encoding: .utf8), "publisher")
        // The site Scope made is still built.
        XCTAssertNoThrow(try site.build())
    }

    func testAnEmptyOrNewFolderIsTaken() throws {
        let site = try TinySite("empty-folder")
        let empty = site.root.appendingPathComponent("empty")
        try fm.createDirectory(at: empty, withIntermediateDirectories: true)
        XCTAssertNoThrow(try site.build(output: empty))
        XCTAssertNoThrow(try site.build(output: site.root.appendingPathComponent("new/deeper")))
    }

    func testTheContentAndLayoutsFoldersWhatHoldsThemAndWhatTheyHoldAreRefused() throws {
        let site = try TinySite("reads")
        let layouts = site.root.appendingPathComponent("layouts")
        try fm.copyItem(at: TinySite.layouts, to: layouts)
        for output in [site.content, site.root, site.content.appendingPathComponent("notices/site"), layouts,
                       layouts.appendingPathComponent("assets")] {
            XCTAssertThrowsError(try site.build(output: output, layouts: layouts)) { error in
                XCTAssertTrue("\(error)".contains("which the build reads"), "\(output.path): \(error)")
            }
        }
        XCTAssertTrue(fm.fileExists(atPath: site.content.appendingPathComponent("notices/n.json").path))
        XCTAssertTrue(fm.fileExists(atPath: layouts.appendingPathComponent("base.mustache").path))
        XCTAssertEqual(try fm.contentsOfDirectory(atPath: site.root.path).sorted(), ["content", "layouts"])
    }

    func testRootAndTheHomeFolderAreRefused() throws {
        let site = try TinySite("root-home")
        assertRefused(site, output: URL(fileURLWithPath: "/"), "\"/\"")
        assertRefused(site, output: URL(fileURLWithPath: NSHomeDirectory()), "home folder")
    }

    func testAnOutputThatIsALinkIsRefusedAndWhatItPointsToIsUntouched() throws {
        let site = try TinySite("output-link")
        let target = site.root.appendingPathComponent("target")
        try fm.createDirectory(at: target, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: target.appendingPathComponent("keep.txt"))
        let link = site.root.appendingPathComponent("site")
        try fm.createSymbolicLink(at: link, withDestinationURL: target)
        assertRefused(site, output: link, "symbolic link")
        XCTAssertEqual(try fm.contentsOfDirectory(atPath: target.path), ["keep.txt"])
    }

    func testAPlantedSpareLinkOrFolderIsRefused() throws {
        let site = try TinySite("spare-link")
        try site.build()
        try site.build()  // a spare now
        let spare = site.root.appendingPathComponent(".site.spare")
        XCTAssertTrue(fm.fileExists(atPath: spare.appendingPathComponent(".scope-site").path))
        try fm.removeItem(at: spare)
        let victim = site.root.appendingPathComponent("victim")
        try fm.createDirectory(at: victim, withIntermediateDirectories: true)
        try Data("v".utf8).write(to: victim.appendingPathComponent("v.txt"))
        try fm.createSymbolicLink(at: spare, withDestinationURL: victim)
        assertRefused(site, output: site.output, "symbolic link")
        try fm.removeItem(at: spare)
        try fm.copyItem(at: victim, to: spare)
        assertRefused(site, output: site.output, "was not made by Scope")
        XCTAssertEqual(try fm.contentsOfDirectory(atPath: victim.path), ["v.txt"])
        XCTAssertEqual(try fm.contentsOfDirectory(atPath: spare.path), ["v.txt"])
        XCTAssertTrue(fm.fileExists(atPath: site.output.appendingPathComponent("index.html").path))
    }

    func testAPlantedStagingOrLockLinkIsNotFollowed() throws {
        let site = try TinySite("staging-link")
        try site.build()
        let victim = site.root.appendingPathComponent("victim")
        try fm.createDirectory(at: victim, withIntermediateDirectories: true)
        try Data("v".utf8).write(to: victim.appendingPathComponent("v.txt"))
        // What a killed build leaves is removed: a link named like it goes, not what it points to.
        try fm.createSymbolicLink(at: site.root.appendingPathComponent(".site.staging-1"), withDestinationURL: victim)
        try fm.createSymbolicLink(at: site.root.appendingPathComponent(".site.manifest-1"), withDestinationURL: victim.appendingPathComponent("v.txt"))
        try site.build()
        XCTAssertEqual(try fm.contentsOfDirectory(atPath: victim.path), ["v.txt"])
        XCTAssertEqual(try String(contentsOf: victim.appendingPathComponent("v.txt"), encoding: .utf8), "v")
        XCTAssertFalse(fm.fileExists(atPath: site.root.appendingPathComponent(".site.staging-1").path))
    }

    /// Sites made before the marker are recognised by the manifest beside them (it names the
    /// folder's inode), so an upgrade does not need --force.
    func testASiteMadeBeforeTheMarkerIsStillBuilt() throws {
        let site = try TinySite("legacy")
        try site.build()
        try site.build()
        try fm.removeItem(at: site.output.appendingPathComponent(".scope-site"))
        try fm.removeItem(at: site.root.appendingPathComponent(".site.spare/.scope-site"))
        XCTAssertNoThrow(try site.build())
        XCTAssertNoThrow(try site.build())
        // A copy elsewhere is not named by that manifest: refused, with or without the marker.
        let copy = site.root.appendingPathComponent("copy")
        try fm.copyItem(at: site.output, to: copy)
        assertRefused(site, output: copy, "it is not the folder Scope made")
        try fm.removeItem(at: copy.appendingPathComponent(".scope-site"))
        assertRefused(site, output: copy, "was not made by Scope")
    }

    func testAnEmptyOutputPathIsRefusedByTheCommandLine() throws {
        let site = try TinySite("empty-path")
        for args in [["build", "--output", ""], ["build", "--content", ""], ["serve", "--output", ""]] {
            let p = Process()
            p.executableURL = scopeBinary
            p.currentDirectoryURL = site.root
            p.arguments = args + (args.contains("--content") ? [] : ["--content", site.content.path])
            let err = Pipe()
            p.standardError = err
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            // A regression would serve or build forever: bounded.
            let deadline = Date().addingTimeInterval(30)
            while p.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
            if p.isRunning { p.terminate(); p.waitUntilExit(); XCTFail("\(args) ran on instead of being refused") }
            p.waitUntilExit()
            XCTAssertNotEqual(p.terminationStatus, 0, "\(args)")
            XCTAssertTrue(String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).contains("must name a folder"), "\(args)")
        }
        XCTAssertEqual(try fm.contentsOfDirectory(atPath: site.root.path), ["content"])
    }

    /// A page whose folder has a one-letter name (`a/`), removed from the content: its file and
    /// folder leave the site (Foundation's `deletingLastPathComponent` traps on such a name).
    func testARemovedPageInAOneLetterFolderLeavesTheSite() throws {
        let site = try TinySite("one-letter", files: ["pages/a.md": "# A\n\nUne page.\n"])
        try site.build()
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("a/index.html").path))
        try site.build()  // the first site becomes the spare: the next build lists its files
        try FileManager.default.removeItem(at: site.content.appendingPathComponent("pages/a.md"))
        try site.build()
        try site.build()
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("a").path))
    }
}
