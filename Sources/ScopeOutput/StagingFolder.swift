import CFileSwap
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The folder a new site is made in, beside the output (`.site.staging-PID`), and what becomes
/// of it: swapped in, given back as the spare, or dropped. It starts as the site before the
/// current one, kept beside it after the last swap (`.site.spare`): most of its files are hard
/// links shared with the current site, so reusing it costs no linking of every file and no
/// deleting of the old tree. Without a spare it starts as hard links to the current site's
/// files; without a site, empty.
struct StagingFolder: Sendable {
    let output: URL
    let path: URL
    /// Where the site before the current one is kept between builds.
    let spare: URL

    /// What the folder held when it was made ready: the files (from the spare's list, a walk of
    /// the spare, or the links made), those listed as the current site's very files, and
    /// whether the files came from the list.
    struct Start: Sendable {
        var files: [String] = []
        var inPlace: Set<String> = []
        var listed = false
    }

    /// Makes the folder ready, under the lock: the leftovers of killed builds removed first
    /// (nobody else holds the lock, so they are dead). `stamp`: the code's, which the spare's
    /// list must name (see `SpareList`).
    static func prepare(output: URL, stamp: String) throws -> (StagingFolder, Start) {
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let spare = parent.appendingPathComponent(".\(name).spare")
        // The spare's list, read before anything moves (the spare's inode names it).
        let listed = SpareList.take(for: output, spare: spare.path, stamp: stamp)
        let prefix = ".\(name).staging-"
        let oldPrefix = ".\(name).old-"
        let besidePrefixes = StagedOutput.BesideFile.allCases.map { ".\(name).\($0.rawValue)-" }
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        where entry.hasPrefix(prefix) || entry.hasPrefix(oldPrefix) || besidePrefixes.contains(where: entry.hasPrefix) {
            StagedOutput.removeLeftover(parent.appendingPathComponent(entry).path)
        }
        let folder = StagingFolder(output: output, path: parent.appendingPathComponent(prefix + String(getpid())), spare: spare)
        var start = Start()
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: output.path, isDirectory: &isDir), isDir.boolValue {
            if rename(spare.path, folder.path.path) == 0 {
                if let listed {
                    start = Start(files: listed.files, inPlace: listed.shared, listed: true)
                } else {
                    start.files = FileTree.files(under: folder.path.path)
                }
            } else {
                start.files = try FileTree.linkTree(from: output.path, to: folder.path.path)
            }
        } else {
            StagedOutput.removeLeftover(spare.path)
            guard mkdir(folder.path.path, 0o755) == 0 else {
                throw OutputError("cannot create the staging folder \(folder.path.path): \(String(cString: strerror(errno)))")
            }
        }
        return (folder, start)
    }

    /// Removes `previous` files that are not `produced`, and the folders that leaves empty (no
    /// walk of the tree: the files were listed at the start); how many files were removed.
    func removeStale(previous: [String], produced: Set<String>) -> Int {
        var removed = 0
        var emptied = Set<String>()
        for rel in previous where !produced.contains(rel) {
            if unlink(path.path + "/" + rel) == 0 { removed += 1 }
            // Each folder above it, by its last slash (NSString's deletingLastPathComponent traps
            // on a one-letter name such as a page's folder `a`).
            var end = rel.endIndex
            while let slash = rel[..<end].lastIndex(of: "/") {
                emptied.insert(String(rel[..<slash]))
                end = slash
            }
        }
        // rmdir fails on a folder that still holds something, which is what we want.
        for rel in emptied.sorted(by: { $0.count > $1.count }) { rmdir(path.path + "/" + rel) }
        return removed
    }

    /// Puts the folder in place of the output: one atomic exchange where the kernel offers it
    /// (`renameat2`), so a web server sees the old site or the new one, never a mix; else two
    /// renames, the old site kept until the new one is in place. The folder that now holds the
    /// previous site, nil when there was none.
    func swap() throws -> URL? {
        guard FileManager.default.fileExists(atPath: output.path) else {
            guard rename(path.path, output.path) == 0 else {
                throw OutputError("cannot put the new site in place: \(String(cString: strerror(errno)))")
            }
            return nil
        }
        if scope_exchange_paths(path.path, output.path) == 0 { return path }
        let old = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).old-\(getpid())")
        guard rename(output.path, old.path) == 0 else {
            throw OutputError("cannot move the previous site aside: \(String(cString: strerror(errno)))")
        }
        guard rename(path.path, output.path) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(old.path, output.path)
            throw OutputError("cannot put the new site in place: \(reason)")
        }
        return old
    }

    /// Keeps `folder` (the site just replaced, or this folder given back) for the next build
    /// to reuse; false when it could not be, or when it was a site made before the marker and
    /// now holds one its list would not name.
    @discardableResult
    func keepAsSpare(_ folder: URL) -> Bool {
        StagedOutput.removeLeftover(spare.path)
        if rename(folder.path, spare.path) != 0 { try? FileManager.default.removeItem(at: folder); return false }
        // A site made before the marker becomes a spare that says it is Scope's.
        if !OutputOwnership.isMarked(spare.path), let fd = try? FileBytes.create(spare.path + "/" + OutputOwnership.markerName) {
            try? FileBytes.writeAll(fd, OutputOwnership.markerBytes, path: spare.path)
            close(fd)
            return false  // a file the manifest does not list
        }
        return true
    }

    /// Drops the folder (a failed build).
    func abandon() { try? FileManager.default.removeItem(at: path) }
}
