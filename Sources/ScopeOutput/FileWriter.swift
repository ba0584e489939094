import Foundation
import ScopeConcurrency
#if canImport(Glibc)
import Glibc
#endif

/// Puts the build's files in the staging folder, each compared with the current site's file as
/// it is made: the one path every file takes, whole or in pieces. While every byte is the
/// current file's nothing is written, and at the end the staging folder holds that very file
/// (a hard link: same inode, same mtime, so `rsync` moves only what changed). At the first
/// byte that differs, the bytes that matched are copied from the current file and the rest
/// written beside (`NAME.scope-new`), then renamed over the old link: the current site's inode
/// is never written. Used from every writing thread at once.
final class FileWriter: Sendable {
    let stagingPath: String
    let outputPath: String
    /// Whether a previous site is linked into the staging folder: without one there is nothing
    /// to compare with or keep apart from, and files are written in place.
    let comparing: Bool
    /// The files listed as the current site's very files (see `SpareList`).
    let inPlace: Set<String>
    /// The files this build produced, the folders known to stand, what it did, and the files
    /// that are the current site's (kept or unchanged: once swapped, the spare's and the site's
    /// same file).
    let produced = Locked<Set<String>>([])
    let folders: Locked<Set<String>>
    let counts = Locked(WriteCounts())
    let sharedWithSite = Locked<Set<String>>([])

    /// `previous`: the files the staging folder holds at the start, whose folders stand.
    init(staging: String, output: String, previous: [String], inPlace: Set<String>) {
        stagingPath = staging
        outputPath = output
        comparing = !previous.isEmpty
        self.inPlace = inPlace
        var known: Set<String> = [""]
        for rel in previous {
            var end = rel.endIndex
            while let slash = rel[..<end].lastIndex(of: "/"), known.insert(String(rel[..<slash])).inserted { end = slash }
        }
        folders = Locked(known)
    }

    /// Writes the file at `path` (relative, never climbing out) as `fill` hands its pieces to
    /// `put`; `size`, when known ahead, spares reading a current file of another size.
    func write(_ path: String, size: Int? = nil, _ fill: (_ put: ([UInt8]) throws -> Void) throws -> Void) throws {
        let full = try claim(path)
        guard comparing else { return try writeInPlace(full, fill) }
        var st = stat(), live = stat()
        let here = lstat(full, &st) == 0
        let current = outputPath + "/" + path
        var compared: Int32 = -1
        if lstat(current, &live) == 0, (live.st_mode & S_IFMT) == S_IFREG, size.map({ $0 == Int(live.st_size) }) ?? true {
            compared = open(current, O_RDONLY | O_CLOEXEC)
        }
        defer { if compared >= 0 { close(compared) } }
        let temporary = full + ".scope-new"
        var fd: Int32 = -1  // opened at the first byte that is not the current file's
        var total = 0
        func diverge() throws {
            fd = try FileBytes.create(temporary)
            if total > 0 { try FileBytes.copy(total, from: compared, to: fd, path: temporary) }
        }
        do {
            try fill { piece in
                if fd < 0 {
                    if compared >= 0, total + piece.count <= Int(live.st_size), FileBytes.matches(compared, piece, at: total) {
                        total += piece.count
                        return
                    }
                    try diverge()
                }
                try FileBytes.writeAll(fd, piece, path: temporary)
                total += piece.count
            }
            if fd < 0 {
                // Every byte was the current file's: hold that very file, if it is whole.
                if compared >= 0, total == Int(live.st_size), hold(current, live, at: full, found: here ? st : nil) {
                    sharedWithSite.withLock { _ = $0.insert(path) }
                    counts.withLock { $0.unchanged += 1 }
                    return
                }
                try diverge()
            }
            close(fd)
        } catch {
            if fd >= 0 { close(fd); unlink(temporary) }
            throw error
        }
        if here, (st.st_mode & S_IFMT) == S_IFDIR { try? FileManager.default.removeItem(atPath: full) }
        guard rename(temporary, full) == 0 else { throw OutputError("cannot write \(full): \(String(cString: strerror(errno)))") }
        counts.withLock { $0.written += 1; $0.bytesWritten += total }
    }

    /// Puts the current site's file at `path` in the new site as it is (a hard link), when the
    /// build knows its bytes would not change; false when the current site has no such file
    /// (the caller then writes it).
    func keep(_ path: String) -> Bool {
        guard comparing, let parts = Self.safeParts(path) else { return false }
        // Listed as the current site's very file: it is in place if it is there at all.
        if inPlace.contains(path) {
            var st = stat()
            if lstat(stagingPath + "/" + path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG {
                guard produced.withLock({ $0.insert(path).inserted }) else { return false }
                sharedWithSite.withLock { _ = $0.insert(path) }
                counts.withLock { $0.unchanged += 1 }
                return true
            }
        }
        let current = outputPath + "/" + path
        var live = stat(), st = stat()
        guard lstat(current, &live) == 0, (live.st_mode & S_IFMT) == S_IFREG else { return false }
        guard (try? ensureFolder(parts.dropLast().joined(separator: "/"))) != nil else { return false }
        let full = stagingPath + "/" + path
        guard hold(current, live, at: full, found: lstat(full, &st) == 0 ? st : nil),
              produced.withLock({ $0.insert(path).inserted }) else { return false }
        sharedWithSite.withLock { _ = $0.insert(path) }
        counts.withLock { $0.unchanged += 1 }
        return true
    }

    /// The parts of a relative path that stays inside the site; nil for one that would not.
    static func safeParts(_ path: String) -> [Substring]? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.hasPrefix("/"), !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }), !path.utf8.contains(0) else {
            return nil
        }
        return parts
    }

    /// The staging path of a file this build makes once, its folder made.
    private func claim(_ path: String) throws -> String {
        guard let parts = Self.safeParts(path) else { throw OutputError("refusing to write outside the site: \"\(path)\"") }
        guard produced.withLock({ $0.insert(path).inserted }) else { throw OutputError("two files would be written at \(path)") }
        try ensureFolder(parts.dropLast().joined(separator: "/"))
        return stagingPath + "/" + path
    }

    /// A new staging folder holds nothing to keep apart from: the file is written where it goes.
    private func writeInPlace(_ full: String, _ fill: (_ put: ([UInt8]) throws -> Void) throws -> Void) throws {
        let fd = try FileBytes.create(full)
        var total = 0
        do {
            try fill { piece in
                try FileBytes.writeAll(fd, piece, path: full)
                total += piece.count
            }
            close(fd)
        } catch {
            close(fd)
            unlink(full)
            throw error
        }
        counts.withLock { $0.written += 1; $0.bytesWritten += total }
    }

    /// Makes the staging path `full` the current site's very file (`current`, whose stat is
    /// `live`): nothing to do when it already is; otherwise what stands there (`found`) is
    /// removed and the file linked in. False when the link cannot be made.
    private func hold(_ current: String, _ live: stat, at full: String, found: stat?) -> Bool {
        if let st = found {
            if st.st_ino == live.st_ino && st.st_dev == live.st_dev { return true }
            if (st.st_mode & S_IFMT) == S_IFDIR { try? FileManager.default.removeItem(atPath: full) } else { unlink(full) }
        }
        return link(current, full) == 0
    }

    private func ensureFolder(_ dir: String) throws {
        if folders.withLock({ $0.contains(dir) }) { return }
        let parent = dir.split(separator: "/").dropLast().joined(separator: "/")
        try ensureFolder(parent)
        let full = stagingPath + "/" + dir
        if mkdir(full, 0o755) != 0 {
            guard errno == EEXIST else { throw OutputError("cannot create folder \(full): \(String(cString: strerror(errno)))") }
            var st = stat()
            if lstat(full, &st) == 0, (st.st_mode & S_IFMT) != S_IFDIR {
                // A file of the previous site stands where a folder is now needed; one of this
                // build's own would be lost.
                guard !produced.withLock({ $0.contains(dir) }) else { throw OutputError("\(dir) would be both a file and a folder of the site") }
                unlink(full)
                guard mkdir(full, 0o755) == 0 else { throw OutputError("cannot create folder \(full): \(String(cString: strerror(errno)))") }
            }
        }
        folders.withLock { _ = $0.insert(dir) }
    }
}
