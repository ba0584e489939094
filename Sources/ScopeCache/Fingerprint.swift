import CXXHash
import Foundation

/// A page's fingerprint: a 128-bit key of everything its template sees (the whole context and
/// the templates' own text). Two renders with the same fingerprint give the same bytes.
///
/// The hash is XXH3-128 (xxHash 0.8, Debian's libxxhash), not one of our own making. Each
/// addition is one step: the fingerprint so far, the addition's kind and length, then its
/// bytes, hashed together into the next fingerprint (an addition over 215 bytes goes in as
/// its own XXH3-128, so that every step hashes at most 240 bytes, XXH3's short path). Each
/// step's input can be read back into the previous fingerprint and the addition, so sequences
/// cut otherwise ("ab" + "c", "a" + "bc") differ. Values with many fields are written to one
/// buffer first and added as one step (`add(encoding:)`).
public struct Fingerprint: Hashable, Sendable, CustomStringConvertible, Encodable {
    public var a: UInt64 = 0
    public var b: UInt64 = 0

    public init() {}

    public init?(hex: Substring) {
        guard hex.count == 32, let x = UInt64(hex.prefix(16), radix: 16), let y = UInt64(hex.suffix(16), radix: 16) else { return nil }
        a = x
        b = y
    }

    /// What an addition is: its first byte in the step's input, after the fingerprint so far.
    enum Kind: UInt8 { case marker = 1, fingerprint, text, int, hashedText }

    /// The longest addition hashed in its step's input (16 + 1 + 8 + 215 = 240 bytes).
    static let inline = 215

    private mutating func step(_ kind: Kind, _ payload: UnsafeRawBufferPointer) {
        if payload.count > Self.inline {
            let d = XXH3_128bits(payload.baseAddress, payload.count)
            var words = (d.low64.littleEndian, d.high64.littleEndian, UInt64(payload.count).littleEndian)
            withUnsafeBytes(of: &words) { step(.hashedText, $0) }
            return
        }
        withUnsafeTemporaryAllocation(byteCount: 16 + 1 + 8 + Self.inline, alignment: 8) { buffer in
            buffer.storeBytes(of: a.littleEndian, toByteOffset: 0, as: UInt64.self)
            buffer.storeBytes(of: b.littleEndian, toByteOffset: 8, as: UInt64.self)
            buffer.storeBytes(of: kind.rawValue, toByteOffset: 16, as: UInt8.self)
            buffer.storeBytes(of: UInt64(payload.count).littleEndian, toByteOffset: 17, as: UInt64.self)
            if let base = payload.baseAddress, payload.count > 0 {
                (buffer.baseAddress! + 25).copyMemory(from: base, byteCount: payload.count)
            }
            let h = XXH3_128bits(buffer.baseAddress, 25 + payload.count)
            a = h.low64
            b = h.high64
        }
    }

    /// A marker: the kind of value that follows, or the end of a list.
    public mutating func add(_ byte: UInt8) {
        withUnsafeBytes(of: byte) { step(.marker, $0) }
    }

    public mutating func add(_ f: Fingerprint) {
        var words = (f.a.littleEndian, f.b.littleEndian)
        withUnsafeBytes(of: &words) { step(.fingerprint, $0) }
    }

    public mutating func add(_ s: String) {
        if let done = s.utf8.withContiguousStorageIfAvailable({ add(bytes: $0) }) { return done }
        Array(s.utf8).withUnsafeBufferPointer { add(bytes: $0) }
    }

    public mutating func add(bytes: UnsafeBufferPointer<UInt8>) {
        step(.text, UnsafeRawBufferPointer(bytes))
    }

    /// A whole number (after its kind's marker, if the reader must tell it from a text).
    public mutating func add(int n: Int64) {
        withUnsafeBytes(of: n.littleEndian) { step(.int, $0) }
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
