import Foundation
@testable import ScopeOutput
import XCTest

final class StagedOutputTests: XCTestCase {
    /// The walk that lists the previous site: every regular file and folder, a folder before
    /// what it holds, symbolic links skipped; and the hard-linked mirror made from it.
    func testWalkListsFilesAndFoldersAndSkipsLinks() throws {
        let root = temporaryFolder("walk")
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("a/b"), withIntermediateDirectories: true)
        try fm.createDirectory(at: root.appendingPathComponent("vide"), withIntermediateDirectories: true)
        for f in ["a/b/c.html", "a/d.xml", "é t.json"] { try Data(f.utf8).write(to: root.appendingPathComponent(f)) }
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("lien").path, withDestinationPath: "a/d.xml")

        var seen: [(String, Bool)] = []
        StagedOutput.walk(root.path) { seen.append(($0, $1)) }
        XCTAssertEqual(Set(seen.map { "\($0.0) \($0.1)" }), ["a true", "a/b true", "a/b/c.html false", "a/d.xml false", "vide true", "é t.json false"])
        let order = seen.map(\.0)
        XCTAssertLessThan(order.firstIndex(of: "a")!, order.firstIndex(of: "a/b")!)
        XCTAssertLessThan(order.firstIndex(of: "a/b")!, order.firstIndex(of: "a/b/c.html")!)
        XCTAssertEqual(StagedOutput.files(under: root.path).sorted(), ["a/b/c.html", "a/d.xml", "é t.json"])

        let mirror = root.path + "-mirror"
        XCTAssertEqual(try StagedOutput.linkTree(from: root.path, to: mirror).sorted(), ["a/b/c.html", "a/d.xml", "é t.json"])
        let original = try fm.attributesOfItem(atPath: root.path + "/a/b/c.html")[.systemFileNumber] as? UInt64
        let linked = try fm.attributesOfItem(atPath: mirror + "/a/b/c.html")[.systemFileNumber] as? UInt64
        XCTAssertEqual(original, linked)
        XCTAssertTrue(fm.fileExists(atPath: mirror + "/vide"))
        XCTAssertFalse(fm.fileExists(atPath: mirror + "/lien"))
    }
}
