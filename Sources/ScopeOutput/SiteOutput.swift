import Foundation
import ScopeConcurrency

/// Where the write stage puts a site's files: the staging folder of a real build
/// (`StagedOutput`), or memory (`MemoryOutput`, for tests of what is rendered, without a disk).
public protocol SiteOutput: AnyObject, Sendable {
    /// Writes one file; `path` is relative and may not climb out.
    func write(_ path: String, _ bytes: [UInt8]) throws
    /// Writes one file as its maker gives it, a piece at a time.
    func write(_ path: String, pieces fill: (_ put: ([UInt8]) throws -> Void) throws -> Void) throws
    /// Keeps the current site's file at `path` as it is; false when there is none.
    func keep(_ path: String) -> Bool
}

extension StagedOutput: SiteOutput {}

/// A site's files in memory, by path: what a build would write, with the same refusals (a path
/// outside the site, two files at one path), and no current site to keep files from.
public final class MemoryOutput: SiteOutput {
    private let stored = Locked<[String: [UInt8]]>([:])

    public init() {}

    /// The files written, by path.
    public var files: [String: [UInt8]] { stored.value }

    public func write(_ path: String, _ bytes: [UInt8]) throws {
        guard FileWriter.safeParts(path) != nil else { throw OutputError("refusing to write outside the site: \"\(path)\"") }
        let added = stored.withLock { files -> Bool in
            guard files[path] == nil else { return false }
            files[path] = bytes
            return true
        }
        guard added else { throw OutputError("two files would be written at \(path)") }
    }

    public func write(_ path: String, pieces fill: (_ put: ([UInt8]) throws -> Void) throws -> Void) throws {
        var bytes: [UInt8] = []
        try fill { bytes += $0 }
        try write(path, bytes)
    }

    public func keep(_ path: String) -> Bool { false }
}
