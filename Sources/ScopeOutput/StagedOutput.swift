import Foundation
import ScopeConcurrency
import ScopeModel
import Synchronization
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

/// The write stage: the new site made in a staging folder beside the output (see
/// `StagingFolder`) and swapped in at the end, so a web server serving `site/` sees the old
/// site or the new one, never a mix, and a failed or killed build leaves the old one untouched.
/// Each file is compared with the current site's as it is made (see `FileWriter`); files the
/// build no longer produces are removed before the swap; the manifest of what made each file
/// is written beside the new site (see `Manifest`). A lock file keeps two builds from writing
/// at once (see `OutputLock`); leftovers of a killed build are removed by the next one.
public final class StagedOutput: Sendable {
    public let output: URL
    /// Whether the staging folder's files came from the spare's list rather than a walk.
    public let listedSpare: Bool
    private let lock: OutputLock
    private let folder: StagingFolder
    /// The files the staging folder held at the start (the spare's, or the links made).
    private let previous: [String]
    private let writer: FileWriter
    /// The code that writes: lists beside the site are trusted only by the same.
    private let stamp: String
    /// The current site's manifest, when this code wrote it for this site (see `Manifest`),
    /// handed over once; then the current site's files, its paths: the spare's list once this
    /// build is swapped in.
    private let manifest: Locked<(entries: [String: String], siteFiles: [String])>
    /// The lookups started by `startWarming`, if any, and whether they were stopped.
    private let warming = Mutex<(warmer: InodeWarmer?, stopped: Bool)>((nil, false))

    public var staging: URL { folder.path }
    /// Where the site before the current one is kept between builds.
    public var spare: URL { folder.spare }

    /// `protecting`: folders the build reads (content, layouts), which the output may be neither
    /// inside nor around; `force`: take a non-empty folder Scope did not make (see
    /// `OutputOwnership`). Nothing is moved unless the output is Scope's to write.
    /// `stamp`: the code's, which the lists written beside the site name (see `Manifest`).
    public init(output: URL, protecting: [URL] = [], force: Bool = false, stamp: String = "") throws {
        let output = output.standardizedFileURL
        self.output = output
        self.stamp = stamp
        try OutputOwnership.check(output, protecting: protecting, force: force)
        try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        lock = try OutputLock(beside: output)
        // Checked again under the lock: another build may have swapped folders meanwhile.
        try OutputOwnership.check(output, protecting: protecting, force: force)
        // What the last build left, read before anything moves.
        manifest = Locked((Manifest.read(for: output, stamp: stamp), []))
        let (folder, start) = try StagingFolder.prepare(output: output, stamp: stamp)
        self.folder = folder
        previous = start.files
        listedSpare = start.listed
        writer = FileWriter(staging: folder.path.path, output: output.path, previous: start.files, inPlace: start.inPlace)
    }

    public var counts: WriteCounts { writer.counts.value }

    /// The current site's manifest (see `Manifest.read`), once: only its paths are kept here.
    public func takeManifest() -> [String: String] {
        manifest.withLock { m in
            // Taken once: a second call hands over nothing and keeps the paths of the first.
            let entries = m.entries
            if !entries.isEmpty {
                m.siteFiles = entries.keys.sorted()
                m.entries = [:]
            }
            return entries
        }
    }

    /// Writes one file under the staging folder, unless the same bytes are already there.
    /// `path` is relative and may not climb out.
    public func write(_ path: String, _ bytes: [UInt8]) throws {
        try writer.write(path, size: bytes.count) { put in try put(bytes) }
    }

    /// Writes one large file as its maker gives it, a piece at a time (`fill` calls `put` for
    /// each), so that it is never held whole; otherwise as `write`.
    public func write(_ path: String, pieces fill: (_ put: ([UInt8]) throws -> Void) throws -> Void) throws {
        try writer.write(path, fill)
    }

    /// Puts the current site's file at `path` in the new site as it is (a hard link: same inode
    /// and mtime), when the build knows its bytes would not change; false when the current
    /// site has no such file (the caller then writes it).
    public func keep(_ path: String) -> Bool { writer.keep(path) }

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

    /// Removes what the previous site had and this build did not produce, writes the manifest
    /// of the new site (`fingerprint`: what made a file, by its path, asked once per file, so
    /// that no second table of the site's files is made for it), then puts the new site in
    /// place of the old one, which becomes the spare, with its list.
    public func commit(fingerprint: (String) -> String?) throws {
        stopWarming()
        if !writer.produced.withLock({ $0.contains(OutputOwnership.markerName) }) {
            try write(OutputOwnership.markerName, OutputOwnership.markerBytes)
        }
        let produced = writer.produced.value
        let removed = folder.removeStale(previous: previous, produced: produced)
        writer.counts.withLock { $0.removed += removed }
        var st = stat()
        if lstat(staging.path, &st) == 0 {
            try writeBeside(.manifest) { put in
                try Manifest.write(files: produced.sorted(), folder: st, stamp: stamp, fingerprint: fingerprint, into: put)
            }
        }
        if let replaced = try folder.swap(), folder.keepAsSpare(replaced) { listSpare() }
    }

    /// Gives back a staging folder nothing was written to (a build that stopped before writing):
    /// it is the spare again, the previous site's files as they were (or, made empty, removed
    /// by the next build); the lock goes with this object.
    public func giveBack() {
        stopWarming()
        folder.keepAsSpare(folder.path)
    }

    /// Drops the staging folder (a failed build).
    public func abandon() {
        stopWarming()
        folder.abandon()
    }

    /// Writes the spare's list (see `SpareList`): the spare is the site this build replaced,
    /// whose every file its manifest named. Without a manifest of this code, no list: the next
    /// build walks the spare. Only spares the next build work, so a failure is left unsaid.
    private func listSpare() {
        var st = stat()
        _ = takeManifest()  // if the build did not
        let siteFiles = manifest.withLock { $0.siteFiles }
        guard !siteFiles.isEmpty, lstat(spare.path, &st) == 0 else { return }
        let shared = writer.sharedWithSite.value
        let bytes = SpareList.bytes(files: siteFiles, shared: { shared.contains($0) }, spare: st, stamp: stamp)
        try? writeBeside(.spareFiles) { put in try put(bytes) }
    }

    /// Starts looking up the inodes the write stage will look up, on threads of their own (see
    /// `InodeWarmer`): each file of the staging folder, and the current site's file of each
    /// that is not already in place. Nothing to do without a previous site. `coldMicroseconds`:
    /// the mean time of the first lookups past which the cache is taken as cold (0: always).
    public func startWarming(coldMicroseconds: Double = InodeWarmer.coldMicroseconds) {
        warming.withLock { w in
            guard w.warmer == nil, !w.stopped, !previous.isEmpty else { return }
            w.warmer = InodeWarmer(files: previous, staging: staging.path, site: output.path, inPlace: writer.inPlace,
                                   coldMicroseconds: coldMicroseconds)
        }
    }

    /// Waits for the lookups started to be all made (for tests: the build stops them instead).
    func finishWarming() { warming.withLock { $0.warmer }?.finish() }

    /// Stops the lookups (when the files are written, or the build stops), and any started
    /// later; says whether the cache was found cold and how many were made, nil if none were
    /// started.
    @discardableResult
    public func stopWarming() -> (cold: Bool, lookedUp: Int)? {
        warming.withLock { w -> InodeWarmer? in
            w.stopped = true
            return w.warmer
        }?.stop()
    }
}
