import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What made each file of the site (`.site.manifest`): a line per file, its fingerprint (`-`
/// for a file made without one) and its path, under a header naming the folder it describes
/// (device and inode) and the code that wrote it.
public enum Manifest {
    /// The fingerprints the last build wrote beside the site, if they are this site's and were
    /// made by the same code (`stamp`): the manifest names the inode of the folder it
    /// describes, so a build killed between writing it and the swap cannot pair it with the
    /// wrong site; and another version of Scope may make other bytes of the same values, so
    /// none of its fingerprints is trusted.
    public static func read(for output: URL, stamp: String) -> [String: String] {
        let out = output.standardizedFileURL
        let path = StagedOutput.besideURL(for: out, .manifest).path
        var st = stat()
        guard lstat(out.path, &st) == 0, let data = FileManager.default.contents(atPath: path) else { return [:] }
        // On bytes: one line per file of the site, which split as Characters would cost far more.
        return data.withUnsafeBytes { raw -> [String: String] in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lines = bytes.split(separator: 0x0A)
            guard let header = lines.first, String(validating: header, as: UTF8.self) == Self.header(st, stamp: stamp) else {
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

    /// The manifest of `files` (sorted) in the folder whose stat is `folder`, handed to `put` a
    /// megabyte at a time: the whole text is as large as the site has files.
    static func write(files: [String], folder: stat, stamp: String, fingerprint: (String) -> String?,
                      into put: ([UInt8]) throws -> Void) throws {
        let piece = 1 << 20
        var text = Array((header(folder, stamp: stamp) + "\n").utf8)
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

    static func header(_ folder: stat, stamp: String) -> String {
        "scope-manifest 2 \(folder.st_dev) \(folder.st_ino) \(stamp)"
    }
}
