import CFileSwap
import Foundation
import ScopeModel
#if canImport(Glibc)
import Glibc
#endif

/// A fault while writing the site. The previous site is left as it was.
public struct OutputError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// What the write stage did, file by file.
public struct WriteCounts: Sendable, Equatable {
    /// New files and files whose bytes changed.
    public var written = 0
    /// Files whose bytes were already there: not rewritten, their mtime kept.
    public var unchanged = 0
    /// Files of the previous site that this build did not produce.
    public var removed = 0
    public var bytesWritten = 0

    public init() {}
}

/// The write stage. The new site is made in a staging folder beside the output
/// (`.site.staging-PID`) and swapped in at the end with one atomic exchange where the kernel
/// offers it (`renameat2`), so a web server serving `site/` sees the old site or the new one,
/// never a mix, and a failed or killed build leaves the old one untouched.
///
/// The staging folder is the site before the current one, kept beside it after the last
/// swap (`.site.spare`): most of its files are hard links shared with the current site, so
/// reusing it costs no linking of every file and no deleting of the old tree. Without a
/// spare, the staging folder starts as hard links to the current site's files. Each file is
/// compared with the current site's: the same bytes mean the staging folder holds that very
/// file (a hard link: same inode, same mtime, so `rsync` moves only what changed); other bytes
/// are written beside and renamed over, which never touches the current site; files the
/// build no longer produces are removed before the swap.
/// A lock file keeps two builds from writing at once; leftovers of a killed build are
/// removed by the next one.
public final class StagedOutput: @unchecked Sendable {
    public let output: URL
    public let staging: URL
    private let lockFD: Int32
    private let directories = LockedSet()
    private let produced = LockedSet()
    private let counter = LockedCounts()
    /// The files the staging folder held at the start (the spare's, or the links made).
    private var previous: [String] = []
    /// Of those, the ones that are already the current site's very files (see `SpareList`).
    private var inPlace = Set<String>()
    /// The lookups started by `startWarming`, if any, and whether they were stopped.
    private var warmer: InodeWarmer?
    private var warmingStopped = false
    private let warming = NSLock()
    /// The files of this build that are the current site's (kept or unchanged): once swapped,
    /// the spare's and the site's same file.
    private let sharedWithSite = LockedSet()
    /// The code that writes: lists beside the site are trusted only by the same.
    private let stamp: String
    /// The current site's manifest, when this code wrote it for this site: every file of the
    /// site, by path, and what made it (see `manifest(for:stamp:)`); handed over once.
    private var manifest: [String: String] = [:]
    /// The current site's files, from its manifest (empty without one): the spare's list once
    /// this build is swapped in.
    private var siteFiles: [String] = []
    /// The current site's manifest (see `manifest`), once: only its paths are kept here.
    public func takeManifest() -> [String: String] {
        let m = manifest
        siteFiles = m.keys.sorted()
        manifest = [:]
        return m
    }

    /// Whether the staging folder's files came from a list rather than a walk of its tree.
    public private(set) var listedSpare = false
    /// Where the site before the current one is kept between builds.
    public let spare: URL
    /// `output.path` and `staging.path`, made once (URL's `path` is not free, per file).
    private let outputPath: String
    private let stagingPath: String

    /// `protecting`: folders the build reads (content, layouts), which the output may be neither
    /// inside nor around; `force`: take a non-empty folder Scope did not make (see
    /// `OutputOwnership`). Nothing is moved unless the output is Scope's to write.
    /// `stamp`: the code's, which the lists written beside the site name (see `manifest`).
    public init(output: URL, protecting: [URL] = [], force: Bool = false, stamp: String = "") throws {
        self.output = output.standardizedFileURL
        self.stamp = stamp
        let parent = self.output.deletingLastPathComponent()
        let name = self.output.lastPathComponent
        try OutputOwnership.check(self.output, protecting: protecting, force: force)
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let lockPath = parent.appendingPathComponent(".\(name).lock").path
        lockFD = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard lockFD >= 0 else { throw OutputError("cannot open the lock file \(lockPath): \(String(cString: strerror(errno)))") }
        guard flock(lockFD, LOCK_EX | LOCK_NB) == 0 else {
            close(lockFD)
            throw OutputError("another build is writing \(self.output.path) (lock \(lockPath) is held)")
        }
        // Checked again under the lock: another build may have swapped folders meanwhile.
        do {
            try OutputOwnership.check(self.output, protecting: protecting, force: force)
        } catch {
            flock(lockFD, LOCK_UN)
            close(lockFD)
            throw error
        }
        // The lists the last build left, read before anything moves (the spare's names it).
        spare = parent.appendingPathComponent(".\(name).spare")
        let listed = SpareList.take(for: self.output, spare: spare.path, stamp: stamp)
        manifest = Self.manifest(for: self.output, stamp: stamp)
        // Leftovers of builds that were killed: nobody else holds the lock, so they are dead.
        let prefix = ".\(name).staging-"
        let oldPrefix = ".\(name).old-"
        let besidePrefixes = BesideFile.allCases.map { ".\(name).\($0.rawValue)-" }
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        where entry.hasPrefix(prefix) || entry.hasPrefix(oldPrefix) || besidePrefixes.contains(where: entry.hasPrefix) {
            Self.removeLeftover(parent.appendingPathComponent(entry).path)
        }
        staging = parent.appendingPathComponent(prefix + String(getpid()))
        outputPath = self.output.path
        stagingPath = staging.path
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: self.output.path, isDirectory: &isDir), isDir.boolValue {
            if rename(spare.path, staging.path) == 0 {
                if let listed {
                    previous = listed.files
                    inPlace = listed.shared
                    listedSpare = true
                } else {
                    previous = Self.files(under: staging.path)
                }
            } else {
                previous = try Self.linkTree(from: self.output.path, to: staging.path)
            }
        } else {
            Self.removeLeftover(spare.path)
            guard mkdir(staging.path, 0o755) == 0 else {
                throw OutputError("cannot create the staging folder \(staging.path): \(String(cString: strerror(errno)))")
            }
        }
        directories.insert("")
        // The folders that hold the previous files are there: no mkdir for each page's folder.
        var folders = Set<Substring>()
        for rel in previous {
            var end = rel.endIndex
            while let slash = rel[..<end].lastIndex(of: "/"), folders.insert(rel[..<slash]).inserted { end = slash }
        }
        directories.insert(contentsOf: folders.map(String.init))
    }

    deinit {
        flock(lockFD, LOCK_UN)
        close(lockFD)
    }

    public var counts: WriteCounts { counter.value }

    /// Starts looking up the inodes the write stage will look up, on threads of their own (see
    /// `InodeWarmer`): each file of the staging folder, and the current site's file of each
    /// that is not already in place. Nothing to do without a previous site. `coldMicroseconds`:
    /// the mean time of the first lookups past which the cache is taken as cold (0: always).
    public func startWarming(coldMicroseconds: Double = InodeWarmer.coldMicroseconds) {
        warming.lock()
        defer { warming.unlock() }
        guard warmer == nil, !warmingStopped, !previous.isEmpty else { return }
        warmer = InodeWarmer(files: previous, staging: stagingPath, site: outputPath, inPlace: inPlace, coldMicroseconds: coldMicroseconds)
    }

    /// Waits for the lookups started to be all made (for tests: the build stops them instead).
    func finishWarming() {
        warming.lock()
        let w = warmer
        warming.unlock()
        w?.finish()
    }

    /// Stops the lookups (when the files are written, or the build stops), and any started
    /// later; says whether the cache was found cold and how many were made, nil if none were
    /// started.
    @discardableResult
    public func stopWarming() -> (cold: Bool, lookedUp: Int)? {
        warming.lock()
        warmingStopped = true
        let w = warmer
        warming.unlock()
        return w?.stop()
    }

    /// Writes one file under the staging folder, unless the same bytes are already there.
    /// `path` is relative and may not climb out.
    public func write(_ path: String, _ bytes: [UInt8]) throws {
        guard let parts = Self.safeParts(path) else { throw OutputError("refusing to write outside the site: \"\(path)\"") }
        guard produced.insert(path) else { throw OutputError("two files would be written at \(path)") }
        try ensureDirectory(parts.dropLast().joined(separator: "/"))
        let full = stagingPath + "/" + path
        // With no previous site linked in, there is nothing to compare with or to keep apart
        // from: write the file in place, two system calls fewer per file.
        if previous.isEmpty {
            try writeFile(full, bytes)
            counter.add { $0.written += 1; $0.bytesWritten += bytes.count }
            return
        }
        var st = stat(), live = stat()
        let here = lstat(full, &st) == 0
        let current = outputPath + "/" + path
        if lstat(current, &live) == 0, (live.st_mode & S_IFMT) == S_IFREG, Int(live.st_size) == bytes.count,
           Self.sameBytes(current, bytes) {
            // The current site's file, as it is: the staging folder must hold that very file.
            if hold(current, live, at: full, found: here ? st : nil) {
                sharedWithSite.insert(path)
                counter.add { $0.unchanged += 1 }
                return
            }
        } else if here, (st.st_mode & S_IFMT) == S_IFDIR {
            try? FileManager.default.removeItem(atPath: full)
        }
        // Beside, then renamed over the old link: the previous site's inode is never written.
        let temporary = full + ".scope-new"
        try writeFile(temporary, bytes)
        guard rename(temporary, full) == 0 else { throw OutputError("cannot write \(full): \(String(cString: strerror(errno)))") }
        counter.add { $0.written += 1; $0.bytesWritten += bytes.count }
    }

    /// Writes one large file under the staging folder as its maker gives it, a piece at a
    /// time (`fill` calls `put` for each), so that it is never held whole; otherwise as `write`:
    /// each piece is compared with the current site's file as it is written, and the current
    /// file is kept when every byte is its own.
    public func write(_ path: String, pieces fill: (_ put: ([UInt8]) throws -> Void) throws -> Void) throws {
        guard let parts = Self.safeParts(path) else { throw OutputError("refusing to write outside the site: \"\(path)\"") }
        guard produced.insert(path) else { throw OutputError("two files would be written at \(path)") }
        try ensureDirectory(parts.dropLast().joined(separator: "/"))
        let full = stagingPath + "/" + path
        var st = stat(), live = stat()
        let here = lstat(full, &st) == 0
        if here, (st.st_mode & S_IFMT) == S_IFDIR { try? FileManager.default.removeItem(atPath: full) }
        let current = outputPath + "/" + path
        // The current site's file, read beside the pieces while they match it.
        var compared: Int32 = -1
        if !previous.isEmpty, lstat(current, &live) == 0, (live.st_mode & S_IFMT) == S_IFREG {
            compared = open(current, O_RDONLY | O_CLOEXEC)
        }
        defer { if compared >= 0 { close(compared) } }
        // As `write`: beside, then renamed over the old link, when a previous site is linked in.
        let target = previous.isEmpty ? full : full + ".scope-new"
        let fd = try Self.create(target)
        var size = 0
        do {
            try fill { piece in
                try Self.writeAll(fd, piece, path: target)
                if compared >= 0, !Self.readMatches(compared, piece, at: size) {
                    close(compared)
                    compared = -1
                }
                size += piece.count
            }
            close(fd)
        } catch {
            close(fd)
            unlink(target)
            throw error
        }
        if compared >= 0, Int(live.st_size) == size, hold(current, live, at: full, found: here && (st.st_mode & S_IFMT) != S_IFDIR ? st : nil) {
            unlink(target)
            sharedWithSite.insert(path)
            counter.add { $0.unchanged += 1 }
            return
        }
        if target != full, rename(target, full) != 0 { throw OutputError("cannot write \(full): \(String(cString: strerror(errno)))") }
        counter.add { $0.written += 1; $0.bytesWritten += size }
    }

    /// Whether the file open at `fd` holds `bytes` at `offset`.
    static func readMatches(_ fd: Int32, _ bytes: [UInt8], at offset: Int) -> Bool {
        var buffer = [UInt8](repeating: 0, count: bytes.count)
        var done = 0
        while done < bytes.count {
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, bytes.count - done, off_t(offset + done)) }
            guard n > 0 else { return false }
            done += n
        }
        return buffer == bytes
    }

    /// Puts the current site's file at `path` in the new site as it is (a hard link: same inode
    /// and mtime), when the build knows its bytes would not change; false when the current
    /// site has no such file (the caller then writes it).
    public func keep(_ path: String) -> Bool {
        guard !previous.isEmpty, let parts = Self.safeParts(path) else { return false }
        // Listed as the current site's very file: it is in place if it is there at all.
        if inPlace.contains(path) {
            var st = stat()
            if lstat(stagingPath + "/" + path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG {
                guard produced.insert(path) else { return false }
                sharedWithSite.insert(path)
                counter.add { $0.unchanged += 1 }
                return true
            }
        }
        let current = outputPath + "/" + path
        var live = stat(), st = stat()
        guard lstat(current, &live) == 0, (live.st_mode & S_IFMT) == S_IFREG else { return false }
        guard (try? ensureDirectory(parts.dropLast().joined(separator: "/"))) != nil else { return false }
        let full = stagingPath + "/" + path
        guard hold(current, live, at: full, found: lstat(full, &st) == 0 ? st : nil), produced.insert(path) else { return false }
        sharedWithSite.insert(path)
        counter.add { $0.unchanged += 1 }
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

    /// The fingerprints the last build wrote beside the site (`.site.manifest`), if they are
    /// this site's and were made by the same code (`stamp`): the manifest names the inode of
    /// the folder it describes, so a build killed between writing it and the swap cannot pair
    /// it with the wrong site; and another version of Scope may make other bytes of the same
    /// values, so none of its fingerprints is trusted.
    public static func manifest(for output: URL, stamp: String) -> [String: String] {
        let out = output.standardizedFileURL
        let path = manifestURL(for: out).path
        var st = stat()
        guard lstat(out.path, &st) == 0, let data = FileManager.default.contents(atPath: path) else { return [:] }
        // On bytes: one line per file of the site, which split as Characters would cost far more.
        return data.withUnsafeBytes { raw -> [String: String] in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lines = bytes.split(separator: 0x0A)
            guard let header = lines.first, String(validating: header, as: UTF8.self) == Self.manifestHeader(st, stamp: stamp) else {
                return [:]
            }
            lines.removeFirst()
            var entries: [String: String] = [:]
            entries.reserveCapacity(lines.count)
            for line in lines {
                guard let tab = line.firstIndex(of: 0x09) else { continue }
                guard let path = String(validating: line[(tab + 1)...], as: UTF8.self),
                      let value = String(validating: line[..<tab], as: UTF8.self) else { return [:] }  // not ours
                entries[path] = value
            }
            return entries
        }
    }

    /// Writes the new site's manifest for the next build: every file this build put in the
    /// staging folder, with its fingerprint (`-` for a file made without one), naming the
    /// staging folder's inode (the site's once swapped in) and the code that made it.
    private func writeManifest(_ fingerprint: (String) -> String?) throws {
        var st = stat()
        guard lstat(staging.path, &st) == 0 else { return }
        let files = produced.all().sorted()
        // Written a megabyte at a time: the whole text is as large as the site has files.
        let piece = 1 << 20
        try writeBeside(.manifest) { put in
            var text = Array((Self.manifestHeader(st, stamp: stamp) + "\n").utf8)
            text.reserveCapacity(piece + 4096)
            for path in files {
                text += (fingerprint(path) ?? "-").utf8
                text.append(0x09)
                text += path.utf8
                text.append(0x0A)
                if text.count >= piece {
                    try put(text)
                    text.removeAll(keepingCapacity: true)
                }
            }
            try put(text)
        }
    }

    static func manifestHeader(_ folder: stat, stamp: String) -> String {
        "scope-manifest 2 \(folder.st_dev) \(folder.st_ino) \(stamp)"
    }

    /// What a build leaves beside the site for the next one.
    public enum BesideFile: String, CaseIterable, Sendable {
        /// The fingerprints of the site's files (`.site.manifest`).
        case manifest
        /// The texts of the site's cards (`.site.cards`, see ScopeRender's `CardCache`).
        case cards
        /// The files of the spare folder (`.site.spare-files`, see `SpareList`).
        case spareFiles = "spare-files"
        /// What the exports not in Scope's own format were mapped into (`.site.records`, see
        /// ScopeImport's `ImportCache`).
        case records
    }

    /// `.site.NAME` beside `site/`, as a path.
    static func besidePath(_ output: URL, _ name: String) -> String {
        let out = output.standardizedFileURL
        return out.deletingLastPathComponent().appendingPathComponent(".\(out.lastPathComponent).\(name)").path
    }

    /// Removes what a killed build left: a link or a file is unlinked (never what it points
    /// to), a folder removed with what it holds (links inside it are not followed either).
    static func removeLeftover(_ path: String) {
        var st = stat()
        guard lstat(path, &st) == 0 else { return }
        if (st.st_mode & S_IFMT) == S_IFDIR { try? FileManager.default.removeItem(atPath: path) } else { unlink(path) }
    }

    /// `.site.manifest` beside `site/`.
    static func manifestURL(for output: URL) -> URL { besideURL(for: output, .manifest) }

    /// `.site.NAME` beside `site/`.
    public static func besideURL(for output: URL, _ file: BesideFile) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).\(file.rawValue)")
    }

    /// Writes a file beside the site, beside it first (`.site.NAME-PID`, removed by the next
    /// build if this one is killed) and then renamed over: `fill` hands its bytes to `put`, in
    /// as many pieces as it likes. Nothing is left behind when it fails.
    public func writeBeside(_ file: BesideFile, _ fill: (_ put: ([UInt8]) throws -> Void) throws -> Void) throws {
        let final = Self.besideURL(for: output, file).path
        let temporary = final + "-\(getpid())"
        do {
            let fd = try Self.create(temporary)
            do {
                try fill { try Self.writeAll(fd, $0, path: temporary) }
                close(fd)
            } catch {
                close(fd)
                throw error
            }
            guard rename(temporary, final) == 0 else { throw OutputError("cannot write \(final): \(String(cString: strerror(errno)))") }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Creates (or truncates) a file and writes all of `bytes` into it.
    private func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        let fd = try Self.create(path)
        defer { close(fd) }
        try Self.writeAll(fd, bytes, path: path)
    }

    private static func create(_ path: String) throws -> Int32 {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { throw OutputError("cannot create \(path): \(String(cString: strerror(errno)))") }
        return fd
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { buf in Glibc.write(fd, buf.baseAddress! + offset, bytes.count - offset) }
            guard n > 0 else { throw OutputError("cannot write \(path): \(String(cString: strerror(errno)))") }
            offset += n
        }
    }

    /// Copies a folder (the layouts' assets) into the site. A symbolic link is copied only when
    /// it points inside the folder: nothing outside it is ever published.
    public func copyTree(from source: URL, to destination: String) throws {
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: source.path) else { return }
        for case let rel as String in walker {
            let url = source.appendingPathComponent(rel)
            if let target = FileLinks.outsideTarget(of: url.path, folder: source.path) {
                throw OutputError("\(url.path) is a symbolic link to \(target), outside \(source.path): not published "
                                  + "(Scope follows links only to files inside their folder)")
            }
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
        let full = stagingPath + "/" + dir
        if mkdir(full, 0o755) != 0 {
            guard errno == EEXIST else { throw OutputError("cannot create folder \(full): \(String(cString: strerror(errno)))") }
            var st = stat()
            if lstat(full, &st) == 0, (st.st_mode & S_IFMT) != S_IFDIR {
                // A file of the previous site stands where a folder is now needed; one of this
                // build's own would be lost.
                guard !produced.contains(dir) else { throw OutputError("\(dir) would be both a file and a folder of the site") }
                unlink(full)
                guard mkdir(full, 0o755) == 0 else { throw OutputError("cannot create folder \(full): \(String(cString: strerror(errno)))") }
            }
        }
        directories.insert(dir)
    }

    /// Removes what the previous site had and this build did not produce, writes the manifest
    /// of the new site (`fingerprint`: what made a file, by its path, asked once per file, so
    /// that no second table of the site's files is made for it), then puts the new site in
    /// place of the old one, which becomes the spare, with its list.
    public func commit(fingerprint: (String) -> String?) throws {
        stopWarming()
        if !produced.contains(OutputOwnership.markerName) { try write(OutputOwnership.markerName, OutputOwnership.markerBytes) }
        try removeStale()
        try writeManifest(fingerprint)
        let fm = FileManager.default
        if fm.fileExists(atPath: output.path) {
            if scope_exchange_paths(staging.path, output.path) == 0 {
                if keepAsSpare(staging) { listSpare() }  // now holds the previous site
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
            if keepAsSpare(old) { listSpare() }
        } else {
            guard rename(staging.path, output.path) == 0 else {
                throw OutputError("cannot put the new site in place: \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Keeps the site just replaced for the next build to reuse; false when it could not be.
    @discardableResult
    private func keepAsSpare(_ folder: URL) -> Bool {
        Self.removeLeftover(spare.path)
        if rename(folder.path, spare.path) != 0 { try? FileManager.default.removeItem(at: folder); return false }
        // A site made before the marker becomes a spare that says it is Scope's.
        if !OutputOwnership.isMarked(spare.path), let fd = try? Self.create(spare.path + "/" + OutputOwnership.markerName) {
            try? Self.writeAll(fd, OutputOwnership.markerBytes, path: spare.path)
            close(fd)
            return false  // a file the manifest does not list
        }
        return true
    }

    /// Writes the spare's list (see `SpareList`): the spare is the site this build replaced,
    /// whose every file its manifest named. Without a manifest of this code, no list: the next
    /// build walks the spare. Only spares the next build work, so a failure is left unsaid.
    private func listSpare() {
        var st = stat()
        if !manifest.isEmpty { _ = takeManifest() }
        guard !siteFiles.isEmpty, lstat(spare.path, &st) == 0 else { return }
        let bytes = SpareList.bytes(files: siteFiles, shared: { self.sharedWithSite.contains($0) }, spare: st, stamp: stamp)
        try? writeBeside(.spareFiles) { put in try put(bytes) }
    }

    /// Gives back a staging folder nothing was written to (a build that stopped before writing):
    /// it is the spare again, the previous site's files as they were (or, made empty, removed
    /// by the next build); the lock goes with this object.
    public func giveBack() {
        stopWarming()
        keepAsSpare(staging)
    }

    /// Drops the staging folder (a failed build).
    public func abandon() {
        stopWarming()
        try? FileManager.default.removeItem(at: staging)
    }

    /// Removes the previous site's files that this build did not produce, and the folders
    /// that leaves empty (no walk of the tree: the linked files were listed at the start).
    private func removeStale() throws {
        var emptied = Set<String>()
        for rel in previous where !produced.contains(rel) {
            let full = staging.path + "/" + rel
            if unlink(full) == 0 { counter.add { $0.removed += 1 } }
            // Each folder above it, by its last slash (NSString's deletingLastPathComponent traps
            // on a one-letter name such as a page's folder `a`).
            var end = rel.endIndex
            while let slash = rel[..<end].lastIndex(of: "/") {
                emptied.insert(String(rel[..<slash]))
                end = slash
            }
        }
        // rmdir fails on a folder that still holds something, which is what we want.
        for rel in emptied.sorted(by: { $0.count > $1.count }) { rmdir(staging.path + "/" + rel) }
    }

    /// The regular files under a folder, relative to it.
    static func files(under root: String) -> [String] {
        var files: [String] = []
        walk(root) { rel, isFolder in if !isFolder { files.append(rel) } }
        return files
    }

    /// Calls `visit` with each regular file and folder under `root` (relative path, whether it
    /// is a folder), a folder before what it holds; symbolic links and others are skipped.
    /// `readdir` gives each entry's type, so no `stat` per file (FileManager's enumerator and a
    /// `lstat` each are slow on a large site).
    static func walk(_ root: String, _ visit: (String, Bool) throws -> Void) rethrows {
        func list(_ rel: String) throws {
            guard let dir = opendir(rel.isEmpty ? root : root + "/" + rel) else { return }
            var entries: [(String, Bool)] = []
            while let entry = readdir(dir) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
                }
                if name == "." || name == ".." { continue }
                let path = rel.isEmpty ? name : rel + "/" + name
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) {  // file systems that do not say
                    var st = stat()
                    guard lstat(root + "/" + path, &st) == 0 else { continue }
                    type = (st.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR) : (st.st_mode & S_IFMT) == S_IFREG ? Int32(DT_REG) : -1
                }
                if type == Int32(DT_DIR) || type == Int32(DT_REG) { entries.append((path, type == Int32(DT_DIR))) }
            }
            closedir(dir)
            for (path, isFolder) in entries {
                try visit(path, isFolder)
                if isFolder { try list(path) }
            }
        }
        try list("")
    }

    /// Mirrors a folder with hard links (a copy where linking is refused); returns the files.
    static func linkTree(from source: String, to destination: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: destination, withIntermediateDirectories: true)
        var files: [String] = []
        try walk(source) { rel, isFolder in
            let from = source + "/" + rel, to = destination + "/" + rel
            if isFolder {
                mkdir(to, 0o755)
            } else {
                if link(from, to) != 0 { try FileManager.default.copyItem(atPath: from, toPath: to) }
                files.append(rel)
            }
        }
        return files
    }

    static func sameBytes(_ path: String, _ bytes: [UInt8]) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: bytes.count)
        var offset = 0
        while offset < bytes.count {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + offset, bytes.count - offset) }
            guard n > 0 else { return false }
            offset += n
        }
        return buffer == bytes
    }
}

/// A set of paths shared by the writing threads.
final class LockedSet: @unchecked Sendable {
    private var set = Set<String>()
    private let lock = NSLock()

    func contains(_ d: String) -> Bool { lock.lock(); defer { lock.unlock() }; return set.contains(d) }
    /// Whether it was new.
    @discardableResult
    func insert(_ d: String) -> Bool { lock.lock(); defer { lock.unlock() }; return set.insert(d).inserted }
    func insert(contentsOf paths: [String]) { lock.lock(); set.formUnion(paths); lock.unlock() }
    func all() -> [String] { lock.lock(); defer { lock.unlock() }; return Array(set) }
}

final class LockedCounts: @unchecked Sendable {
    private var counts = WriteCounts()
    private let lock = NSLock()
    var value: WriteCounts { lock.lock(); defer { lock.unlock() }; return counts }
    func add(_ change: (inout WriteCounts) -> Void) { lock.lock(); change(&counts); lock.unlock() }
}
