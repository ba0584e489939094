import Foundation

/// A page's fingerprint: a 128-bit hash of everything its template sees (the whole context
/// and the templates' own text). Two renders with the same fingerprint give the same bytes.
///
/// What is added is taken as 64-bit words: a word that says what comes (a marker byte, a
/// text of N bytes, a fingerprint), then the text's bytes eight at a time (the last word
/// padded with zeros). The words of any sequence of additions can be read back into that
/// sequence, and each word goes through two one-to-one steps (xor or add, an odd multiply, a
/// shift-xor or a rotation), so texts cut otherwise ("ab" + "c", "a" + "bc") differ. Byte by
/// byte, hashing every page, card and search file weighed on a nightly build.
public struct Fingerprint: Hashable, Sendable, CustomStringConvertible, Encodable {
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
    public mutating func add(_ byte: UInt8) { mix(0xFE00_0000_0000_0000 | UInt64(byte)) }

    public mutating func add(_ f: Fingerprint) {
        mix(0xFC00_0000_0000_0000)
        mix(f.a)
        mix(f.b)
    }

    public mutating func add(_ s: String) {
        if let done = s.utf8.withContiguousStorageIfAvailable({ add(bytes: $0) }) { return done }
        Array(s.utf8).withUnsafeBufferPointer { add(bytes: $0) }
    }

    public mutating func add(bytes: UnsafeBufferPointer<UInt8>) {
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

    /// A whole number (after its kind's marker, if the reader must tell it from a text).
    public mutating func add(int n: Int64) {
        mix(0xFB00_0000_0000_0000)
        mix(UInt64(bitPattern: n))
    }

    /// Bytes, as a text of their length.
    public mutating func add(_ data: Data) {
        data.withUnsafeBytes { raw in add(bytes: raw.bindMemory(to: UInt8.self)) }
    }

    public var description: String { Self.hex(a) + Self.hex(b) }

    /// A fingerprint in a typed value (a card's, in a list page): its two words.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(a)
        try c.encode(b)
    }

    private static func hex(_ x: UInt64) -> String {
        let s = String(x, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
