import CFileSwap
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A fault while writing the site. The previous site is left as it was.
public struct OutputError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// The write stage. The new site is written into a staging folder beside the output
/// (`.site.staging-PID`) and swapped in at the end, with one atomic exchange where the
/// kernel offers it (`renameat2`), so a web server serving `site/` sees the old site or the
/// new one, never a mix, and a failed or killed build leaves the old one untouched. A lock
/// file keeps two builds from writing at once; leftovers of a killed build are removed by
/// the next one.
public final class StagedOutput: @unchecked Sendable {
    public let output: URL
    public let staging: URL
    private let lockFD: Int32
    private let directories = DirectorySet()

    public init(output: URL) throws {
        self.output = output.standardizedFileURL
        let parent = self.output.deletingLastPathComponent()
        let name = self.output.lastPathComponent
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let lockPath = parent.appendingPathComponent(".\(name).lock").path
        lockFD = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard lockFD >= 0 else { throw OutputError("cannot open the lock file \(lockPath): \(String(cString: strerror(errno)))") }
        guard flock(lockFD, LOCK_EX | LOCK_NB) == 0 else {
            close(lockFD)
            throw OutputError("another build is writing \(self.output.path) (lock \(lockPath) is held)")
        }
        // Leftovers of builds that were killed: nobody else holds the lock, so they are dead.
        let prefix = ".\(name).staging-"
        let oldPrefix = ".\(name).old-"
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        where entry.hasPrefix(prefix) || entry.hasPrefix(oldPrefix) {
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(entry))
        }
        staging = parent.appendingPathComponent(prefix + String(getpid()))
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        directories.insert("")
    }

    deinit {
        flock(lockFD, LOCK_UN)
        close(lockFD)
    }

    /// Writes one file under the staging folder. `path` is relative and may not climb out.
    public func write(_ path: String, _ bytes: [UInt8]) throws {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.hasPrefix("/"), !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }),
              !path.utf8.contains(0) else {
            throw OutputError("refusing to write outside the site: \"\(path)\"")
        }
        let dir = parts.dropLast().joined(separator: "/")
        try ensureDirectory(dir)
        let full = staging.path + "/" + path
        let fd = open(full, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputError("cannot create \(full): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { buf in Glibc.write(fd, buf.baseAddress! + offset, bytes.count - offset) }
            guard n > 0 else { throw OutputError("cannot write \(full): \(String(cString: strerror(errno)))") }
            offset += n
        }
    }

    /// Copies a folder (the layouts' assets) into the site.
    public func copyTree(from source: URL, to destination: String) throws {
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: source.path) else { return }
        for case let rel as String in walker {
            let url = source.appendingPathComponent(rel)
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue else { continue }
            guard let data = fm.contents(atPath: url.path) else { throw OutputError("cannot read \(url.path)") }
            try write(destination + rel, [UInt8](data))
        }
    }

    private func ensureDirectory(_ dir: String) throws {
        if dir.isEmpty || directories.contains(dir) { return }
        let parent = dir.split(separator: "/").dropLast().joined(separator: "/")
        try ensureDirectory(parent)
        let full = staging.path + "/" + dir
        if mkdir(full, 0o755) != 0 && errno != EEXIST {
            throw OutputError("cannot create folder \(full): \(String(cString: strerror(errno)))")
        }
        directories.insert(dir)
    }

    /// Puts the new site in place of the old one.
    public func commit() throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: output.path) {
            if scope_exchange_paths(staging.path, output.path) == 0 {
                try? fm.removeItem(at: staging)  // now holds the previous site
                return
            }
            // No atomic exchange here: two renames, the old site kept until the new is in place.
            let old = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).old-\(getpid())")
            guard rename(output.path, old.path) == 0 else {
                throw OutputError("cannot move the previous site aside: \(String(cString: strerror(errno)))")
            }
            guard rename(staging.path, output.path) == 0 else {
                let reason = String(cString: strerror(errno))
                _ = rename(old.path, output.path)
                throw OutputError("cannot put the new site in place: \(reason)")
            }
            try? fm.removeItem(at: old)
        } else {
            guard rename(staging.path, output.path) == 0 else {
                throw OutputError("cannot put the new site in place: \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Drops the staging folder (a failed build).
    public func abandon() {
        try? FileManager.default.removeItem(at: staging)
    }
}

/// The folders already made, shared by the writing threads.
final class DirectorySet: @unchecked Sendable {
    private var set = Set<String>()
    private let lock = NSLock()

    func contains(_ d: String) -> Bool { lock.lock(); defer { lock.unlock() }; return set.contains(d) }
    func insert(_ d: String) { lock.lock(); set.insert(d); lock.unlock() }
}
