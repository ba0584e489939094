import Foundation

/// A file of entries by key that one build leaves for the next (`.site.records`): a header
/// line `scope-entries 1 KIND STAMP`, then for each entry its key (32 hex digits), a space, its
/// length in bytes, a line feed, its bytes and a line feed. Entries are read only by a program
/// with the same stamp; a file cut short, or in any way not of this shape, is read as far as it
/// is well formed, and what follows is ignored (the next build makes those entries again).
public struct EntryFile: Sendable {
    private let data: Data
    private let entries: [Fingerprint: Range<Int>]

    /// No entries.
    public init() {
        data = Data()
        entries = [:]
    }

    /// The entries of the file at `url` for `kind` and `stamp`; none when the file is missing,
    /// another program's or another kind's.
    public init(contentsOf url: URL, kind: String, stamp: String) {
        guard let data = Self.regularFile(url) else { self.init(); return }
        self.init(data: data, kind: kind, stamp: stamp)
    }

    init(data: Data, kind: String, stamp: String) {
        self.data = data
        var found: [Fingerprint: Range<Int>] = [:]
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            func line(from start: Int) -> (String, Int)? {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                guard end < bytes.count else { return nil }
                return (String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self), end + 1)
            }
            guard let (header, first) = line(from: 0), header == Self.header(kind: kind, stamp: stamp) else { return }
            var at = first
            while let (head, start) = line(from: at) {
                let parts = head.split(separator: " ")
                guard parts.count == 2, let key = Fingerprint(hex: parts[0]), let length = Int(parts[1]), length >= 0,
                      start + length < bytes.count, bytes[start + length] == 0x0A else { break }
                found[key] = start..<(start + length)
                at = start + length + 1
            }
        }
        entries = found
    }

    /// An entry's bytes.
    public subscript(key: Fingerprint) -> Data? {
        entries[key].map { data.subdata(in: $0) }
    }

    /// The bytes of a regular file, mapped; nil for anything else (a missing file, a folder, a
    /// device, a symbolic link: a link left at that name is not followed).
    public static func regularFile(_ url: URL) -> Data? {
        var st = stat()
        guard lstat(url.path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        return try? Data(contentsOf: url, options: .alwaysMapped)
    }

    static func header(kind: String, stamp: String) -> String { "scope-entries 1 \(kind) \(stamp)" }

    /// Writes entries in the order of their keys (the same entries make the same file), handed
    /// to `put` a megabyte at a time.
    public static func write(_ entries: [Fingerprint: Data], kind: String, stamp: String, into put: ([UInt8]) throws -> Void) throws {
        var buffer = Array((header(kind: kind, stamp: stamp) + "\n").utf8)
        buffer.reserveCapacity(1 << 20)
        for (key, bytes) in entries.sorted(by: { ($0.key.a, $0.key.b) < ($1.key.a, $1.key.b) }) {
            buffer += "\(key) \(bytes.count)\n".utf8
            buffer += bytes
            buffer.append(0x0A)
            if buffer.count >= 1 << 20 {
                try put(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try put(buffer)
    }
}
