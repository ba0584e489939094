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
        FileTree.walk(root.path) { seen.append(($0, $1)) }
        XCTAssertEqual(Set(seen.map { "\($0.0) \($0.1)" }), ["a true", "a/b true", "a/b/c.html false", "a/d.xml false", "vide true", "é t.json false"])
        let order = seen.map(\.0)
        XCTAssertLessThan(order.firstIndex(of: "a")!, order.firstIndex(of: "a/b")!)
        XCTAssertLessThan(order.firstIndex(of: "a/b")!, order.firstIndex(of: "a/b/c.html")!)
        XCTAssertEqual(FileTree.files(under: root.path).sorted(), ["a/b/c.html", "a/d.xml", "é t.json"])

        let mirror = root.path + "-mirror"
        XCTAssertEqual(try FileTree.linkTree(from: root.path, to: mirror).sorted(), ["a/b/c.html", "a/d.xml", "é t.json"])
        let original = try fm.attributesOfItem(atPath: root.path + "/a/b/c.html")[.systemFileNumber] as? UInt64
        let linked = try fm.attributesOfItem(atPath: mirror + "/a/b/c.html")[.systemFileNumber] as? UInt64
        XCTAssertEqual(original, linked)
        XCTAssertTrue(fm.fileExists(atPath: mirror + "/vide"))
        XCTAssertFalse(fm.fileExists(atPath: mirror + "/lien"))
    }

    func inode(_ path: String) -> UInt64? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? NSNumber)?.uint64Value
    }

    /// A file written in pieces (the search data file) is their bytes in order, counted once;
    /// with a previous site linked in it is written beside and renamed, so the current site's
    /// file, a hard link of the spare's, is unchanged until the swap; the current file is kept
    /// when the pieces are its bytes; a maker that fails leaves no file behind.
    func testAFileWrittenInPiecesNeverTouchesTheCurrentSitesFile() throws {
        let root = temporaryFolder("pieces")
        let site = root.appendingPathComponent("site")
        struct Stop: Error {}
        func build(_ write: (StagedOutput) throws -> Void, keep: [String] = [], beforeCommit: () -> Void = {}) throws -> WriteCounts {
            let out = try StagedOutput(output: site, stamp: "v1")
            try write(out)
            for path in keep { XCTAssertTrue(out.keep(path), path) }
            beforeCommit()
            let counts = out.counts
            try out.commit { _ in "f" }
            return counts
        }
        func read(_ path: String) -> String? { try? String(contentsOfFile: site.path + "/" + path, encoding: .utf8) }

        let first = try build { try $0.write("r/data.json", pieces: { put in try put(Array("[1,".utf8)); try put(Array("2]".utf8)) }) }
        XCTAssertEqual(read("r/data.json"), "[1,2]")
        XCTAssertEqual(first.written, 1)
        XCTAssertEqual(first.bytesWritten, 5)
        _ = try build({ try $0.write("other.html", Array("x".utf8)) }, keep: ["r/data.json"])
        let kept = inode(site.path + "/r/data.json")
        _ = try build({ try $0.write("other.html", Array("x".utf8)) }, keep: ["r/data.json"])
        XCTAssertEqual(inode(site.path + "/r/data.json"), kept, "the spare holds a link to the site's file")

        let third = try build({ try $0.write("r/data.json", pieces: { put in try put(Array("[3,4,".utf8)); try put(Array("5]".utf8)) }) },
                              keep: ["other.html"], beforeCommit: { XCTAssertEqual(read("r/data.json"), "[1,2]", "the site's file as it was") })
        XCTAssertEqual(read("r/data.json"), "[3,4,5]")
        XCTAssertEqual(third.bytesWritten, 7)
        XCTAssertNotEqual(inode(site.path + "/r/data.json"), kept)
        // The same bytes, in other pieces: the current file is kept, as `write` keeps it.
        let made = inode(site.path + "/r/data.json")
        let fourth = try build({ try $0.write("r/data.json", pieces: { put in try put(Array("[3".utf8)); try put(Array(",4,5]".utf8)) }) },
                               keep: ["other.html"])
        XCTAssertEqual(fourth.written, 0)
        XCTAssertEqual(fourth.unchanged, 2)
        XCTAssertEqual(inode(site.path + "/r/data.json"), made)
        // Its first bytes the same, then longer: written.
        let fifth = try build({ try $0.write("r/data.json", pieces: { put in try put(Array("[3,4,5]".utf8)); try put(Array(" ".utf8)) }) },
                              keep: ["other.html"])
        XCTAssertEqual(fifth.written, 1)
        XCTAssertEqual(read("r/data.json"), "[3,4,5] ")
        _ = try build({ try $0.write("r/data.json", pieces: { put in try put(Array("[3,4,5]".utf8)) }) }, keep: ["other.html"])
        XCTAssertEqual(read("r/data.json"), "[3,4,5]", "shorter than the current file: written")
        // The first pieces the current file's, a later one not: nothing is written while they
        // match, then the matched bytes are copied from the current file, which stays as it was.
        let before = inode(site.path + "/r/data.json")
        let sixth = try build({ try $0.write("r/data.json", pieces: { put in try put(Array("[3,".utf8)); try put(Array("4".utf8)); try put(Array(",6]".utf8)) }) },
                              keep: ["other.html"], beforeCommit: { XCTAssertEqual(read("r/data.json"), "[3,4,5]", "the site's file as it was") })
        XCTAssertEqual(read("r/data.json"), "[3,4,6]")
        XCTAssertEqual(sixth.written, 1)
        XCTAssertEqual(sixth.bytesWritten, 7)
        XCTAssertNotEqual(inode(site.path + "/r/data.json"), before)
        // Whole bytes of the current file's size but not its bytes: written; of its bytes: kept.
        let seventh = try build({ try $0.write("r/data.json", Array("[3,4,7]".utf8)) }, keep: ["other.html"])
        XCTAssertEqual([seventh.written, seventh.unchanged], [1, 1])
        XCTAssertEqual(read("r/data.json"), "[3,4,7]")
        let held = inode(site.path + "/r/data.json")
        let eighth = try build({ try $0.write("r/data.json", Array("[3,4,7]".utf8)) }, keep: ["other.html"])
        XCTAssertEqual([eighth.written, eighth.unchanged], [0, 2])
        XCTAssertEqual(inode(site.path + "/r/data.json"), held)
        _ = try build({ try $0.write("r/data.json", pieces: { put in try put(Array("[3,4,5]".utf8)) }) }, keep: ["other.html"])

        let out = try StagedOutput(output: site, stamp: "v1")
        XCTAssertThrowsError(try out.write("r/data.json", pieces: { put in try put(Array("[6".utf8)); throw Stop() }))
        let staged = FileTree.files(under: out.staging.path)
        XCTAssertFalse(staged.contains { $0.hasPrefix("r/data.json") && $0 != "r/data.json" }, "no piece left beside: \(staged)")
        out.abandon()
        XCTAssertEqual(read("r/data.json"), "[3,4,5]")
    }

    /// The spare is taken from the list the build that made it left (`.site.spare-files`), not
    /// walked: its stale files are still removed, a file it shares with the site is kept with no
    /// lookup, and a list is trusted only once, for its folder and its code.
    func testTheSpareIsPreparedFromItsList() throws {
        let root = temporaryFolder("spare-list")
        let site = root.appendingPathComponent("site")
        let list = root.appendingPathComponent(".site.spare-files").path
        func build(_ files: [String: String], keep: [String] = [], stamp: String = "v1", giveBack: Bool = false) throws -> Bool {
            // Whether the spare came from its list (the lock goes with the object).
            let out = try StagedOutput(output: site, stamp: stamp)
            if giveBack { out.giveBack(); return out.listedSpare }
            for (path, text) in files.sorted(by: { $0.key < $1.key }) { try out.write(path, Array(text.utf8)) }
            for path in keep { XCTAssertTrue(out.keep(path), path) }
            let fingerprints = Dictionary(uniqueKeysWithValues: (Array(files.keys) + keep).map { ($0, "f-" + $0) })
            try out.commit { fingerprints[$0] }
            return out.listedSpare
        }
        func files(_ folder: URL) -> [String] { FileTree.files(under: folder.path).sorted() }

        _ = try build(["a/x.html": "1", "b.html": "1", "c.html": "1"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: list), "no spare yet")
        let second = try build(["a/x.html": "1", "b.html": "2", "d.html": "1"], keep: ["c.html"])
        XCTAssertFalse(second)
        // The spare is the first site; a, c and the marker are the second's very files.
        let text = try String(contentsOfFile: list, encoding: .utf8).split(separator: "\n").dropFirst()
        XCTAssertEqual(Array(text), ["=\t.scope-site", "=\ta/x.html", "+\tb.html", "=\tc.html"])
        let a2 = inode(site.path + "/a/x.html")

        let third = try build(["b.html": "2"], keep: ["a/x.html"])
        XCTAssertTrue(third)
        XCTAssertEqual(files(site).filter { !$0.hasPrefix(".") }, ["a/x.html", "b.html"], "c and d, listed, are removed")
        XCTAssertEqual(inode(site.path + "/a/x.html"), a2, "kept in place")
        XCTAssertEqual(try String(contentsOfFile: site.path + "/b.html", encoding: .utf8), "2")

        // Another version of the code: the list is not trusted, the spare walked; and removed,
        // and with no manifest of its own code that build lists no spare.
        let other = try build(["b.html": "3"], stamp: "v2")
        XCTAssertFalse(other)
        XCTAssertEqual(files(site).filter { !$0.hasPrefix(".") }, ["b.html"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: list))
        XCTAssertFalse(try build(["b.html": "3"], stamp: "v2"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: list))
        // A build that stops before writing gives the spare back without a list: walked next.
        _ = try build([:], stamp: "v2", giveBack: true)
        XCTAssertFalse(FileManager.default.fileExists(atPath: list), "read once, removed")
        let after = try build(["b.html": "4"], stamp: "v2")
        XCTAssertFalse(after)
        XCTAssertEqual(files(site).filter { !$0.hasPrefix(".") }, ["b.html"])
        XCTAssertEqual(try String(contentsOfFile: site.path + "/b.html", encoding: .utf8), "4")
        XCTAssertTrue(try build(["b.html": "4"], stamp: "v2"))
    }

    /// The lookups made ahead of the write stage (`startWarming`), on many threads as for a
    /// cold cache: every file of the staging folder is looked up, and the current site's file
    /// of each not in place; nothing in either tree changes; the build then writes and keeps
    /// as it would have.
    func testWarmingLooksUpEveryFileAndChangesNothing() throws {
        let root = temporaryFolder("warming")
        let site = root.appendingPathComponent("site")
        let names = (0..<300).map { "p\($0 % 7)/f\($0).html" }
        func build(_ text: (String) -> String, keep: [String] = [], warm: Bool = false) throws -> (cold: Bool, lookedUp: Int)? {
            let out = try StagedOutput(output: site, stamp: "v1")
            if warm { out.startWarming(coldMicroseconds: 0) }
            // What the lookups run beside: both trees as they stand, by path, inode, size and time.
            func snapshot(_ folder: String) -> [String: [Int]] {
                Dictionary(uniqueKeysWithValues: FileTree.files(under: folder).map { rel in
                    var st = stat()
                    lstat(folder + "/" + rel, &st)
                    return (rel, [Int(st.st_ino), Int(st.st_size), st.st_mtim.tv_sec, st.st_mtim.tv_nsec, Int(st.st_nlink)])
                })
            }
            let before = (snapshot(site.path), snapshot(out.staging.path))
            if warm { out.finishWarming() }
            let warmed = warm ? out.stopWarming() : nil
            if warm {
                XCTAssertEqual(snapshot(site.path), before.0, "the site is as it was")
                XCTAssertEqual(snapshot(out.staging.path), before.1, "the staging folder is as it was")
            }
            for name in names where !keep.contains(name) { try out.write(name, Array(text(name).utf8)) }
            for name in keep { XCTAssertTrue(out.keep(name), name) }
            try out.commit { "f-" + $0 }
            return warmed
        }
        XCTAssertNil(try build({ "1 " + $0 }, warm: true), "nothing to look up without a previous site")
        _ = try build { "2 " + $0 }
        // The spare (the first site) shares only the marker with the site: every other file is
        // looked up in both.
        let warmed = try XCTUnwrap(try build({ $0.hasPrefix("p0") ? "3 " + $0 : "2 " + $0 }, warm: true))
        XCTAssertTrue(warmed.cold)
        XCTAssertEqual(warmed.lookedUp, 2 * (names.count + 1) - 1, "each file and the marker in the staging folder; the site's but the marker")
        for name in names {
            let text = try String(contentsOfFile: site.path + "/" + name, encoding: .utf8)
            XCTAssertEqual(text, (name.hasPrefix("p0") ? "3 " : "2 ") + name)
        }
        // Files in place (the spare's files the site kept: all but p0's) are looked up in the
        // staging folder only.
        let rewritten = names.filter { $0.hasPrefix("p0") }
        let again = try XCTUnwrap(try build({ "3 " + $0 }, keep: names.filter { !$0.hasPrefix("p0") }, warm: true))
        XCTAssertEqual(again.lookedUp, names.count + 1 + rewritten.count)
    }
}
