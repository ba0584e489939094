import Foundation
import ScopeModel

/// A page's fingerprint: a 128-bit hash of everything its template sees (the whole context
/// and the templates' own text). Two renders with the same fingerprint give the same bytes.
///
/// What is added is taken as 64-bit words: a word that says what comes (a marker byte, a
/// text of N bytes, a fingerprint), then the text's bytes eight at a time (the last word
/// padded with zeros). The words of any sequence of additions can be read back into that
/// sequence, and each word goes through two one-to-one steps (xor or add, an odd multiply, a
/// shift-xor or a rotation), so texts cut otherwise ("ab" + "c", "a" + "bc") differ. Byte by
/// byte, hashing every page, card and search file weighed on a nightly build.
public struct Fingerprint: Hashable, Sendable, CustomStringConvertible {
    public var a: UInt64 = 0xcbf2_9ce4_8422_2325
    public var b: UInt64 = 0x6c62_272e_07bb_0142

    public init() {}

    public init?(hex: Substring) {
        guard hex.count == 32, let x = UInt64(hex.prefix(16), radix: 16), let y = UInt64(hex.suffix(16), radix: 16) else { return nil }
        a = x
        b = y
    }

    @inline(__always)
    private mutating func mix(_ w: UInt64) {
        a = (a ^ w) &* 0x100_0000_01b3
        a ^= a >> 29
        b = (b &+ w) &* 0x9e37_79b9_7f4a_7c15
        b = (b << 31) | (b >> 33)
    }

    /// A marker: the kind of value that follows, or the end of a list.
    mutating func add(_ byte: UInt8) { mix(0xFE00_0000_0000_0000 | UInt64(byte)) }

    mutating func add(_ f: Fingerprint) {
        mix(0xFC00_0000_0000_0000)
        mix(f.a)
        mix(f.b)
    }

    mutating func add(_ s: String) {
        if let done = s.utf8.withContiguousStorageIfAvailable({ add(bytes: $0) }) { return done }
        Array(s.utf8).withUnsafeBufferPointer { add(bytes: $0) }
    }

    mutating func add(bytes: UnsafeBufferPointer<UInt8>) {
        mix(0xFD00_0000_0000_0000 | UInt64(bytes.count))
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        let words = bytes.count / 8
        for i in 0..<words { mix(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self))) }
        if words * 8 < bytes.count {
            var last: UInt64 = 0
            for i in (words * 8)..<bytes.count { last |= UInt64(bytes[i]) << (8 * UInt64(i - words * 8)) }
            mix(last)
        }
    }

    /// A context of dictionaries, arrays, texts, numbers and booleans, keys in order; nil for
    /// anything else (that page is then always rendered).
    mutating func add(value: Any) -> Bool {
        // Cards (a final class) by their exact type first: a list holds many, and each failed
        // cast to a text, a number or a collection before looked up conformances; a cast
        // `as Card` first would make every text pay instead.
        if type(of: value) == Card.self {
            guard let f = (value as! Card).fingerprint else { return false }
            add(0x0A)
            add(f)
            return true
        }
        switch value {
        case let s as String: add(0x01); add(s)
        case let n as Int: add(0x02); mix(0xFB00_0000_0000_0000); mix(UInt64(bitPattern: Int64(n)))
        case let f as Bool: add(f ? 0x03 : 0x04)
        case let d as [String: Any]:
            add(0x05)
            for k in d.keys.sorted() {
                add(k)
                if !add(value: d[k]!) { return false }
            }
            add(0x06)
        case let l as [Any]:
            add(0x07)
            for item in l where !add(value: item) { return false }
            add(0x08)
        case let x as Double: add(0x09); add(String(x))
        default: return false
        }
        return true
    }

    public var description: String { zeroPadded(a, 16, radix: 16) + zeroPadded(b, 16, radix: 16) }
}

/// Lets the writer skip making a file whose key is the one the current site's file was made
/// with: the file is kept as it is (see `StagedOutput.keep`). The previous keys come from the
/// manifest the last build left beside the site; this build's are collected for the next one.
public final class RenderSkip: @unchecked Sendable {
    public let previous: [String: Fingerprint]
    private var made: [String: Fingerprint] = [:]
    private let lock = NSLock()

    public init(previous: [String: Fingerprint]) { self.previous = previous }

    /// Records a file's key for the next build and, when the current site's file was made with
    /// the same one, keeps it (`keep`: false when the current site has no such file): true when
    /// it was kept (nothing to make).
    public func keeps(_ path: String, _ f: Fingerprint, keep: (String) -> Bool) -> Bool {
        lock.lock()
        made[path] = f
        lock.unlock()
        return previous[path] == f && keep(path)
    }

    /// This build's fingerprints, by path.
    public var fingerprints: [String: Fingerprint] {
        lock.lock()
        defer { lock.unlock() }
        return made
    }

}
