import Foundation

extension Fingerprint {
    /// Adds a typed value whole, through its `Encodable` conformance: every field it encodes,
    /// with its name, reaches the fingerprint, so a key made from the value an output is made
    /// from cannot leave out a field added to it later. Each addition is marked with its kind
    /// and its depth in the value, so that the value can be read back from the sequence (a
    /// list of two lists of one text and a list of one list of two texts differ). False when
    /// the value's encoding throws.
    public mutating func add<T: Encodable>(encoding value: T) -> Bool {
        let sink = FingerprintSink()
        do {
            try value.encode(to: FingerprintEncoder(sink: sink, depth: 0))
        } catch {
            return false
        }
        sink.bytes.withUnsafeBufferPointer { add(bytes: $0) }
        return true
    }

    /// A value's fingerprint alone.
    public static func of<T: Encodable>(_ value: T) -> Fingerprint? {
        var f = Fingerprint()
        return f.add(encoding: value) ? f : nil
    }
}

/// Where an encoding's additions go, one per encoding, shared by its containers: bytes that
/// can be read back into the sequence of additions (each a marker of its kind and depth, then
/// its value: a text by its length, a number in 8 bytes, a fingerprint in 16), added to the
/// fingerprint as one text at the end.
final class FingerprintSink {
    var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(1024) }

    enum Kind: UInt8 { case key = 1, text, int, uint, double, bool, null, keyed, unkeyed, single, superValue, fingerprint }

    @inline(__always)
    private func word(_ w: UInt64) {
        withUnsafeBytes(of: w.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// A marker: what comes and how deep in the value.
    @inline(__always)
    func mark(_ kind: Kind, _ depth: Int) {
        word(UInt64(kind.rawValue) << 32 | UInt64(UInt32(truncatingIfNeeded: depth)))
    }

    private func string(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            word(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    func text(_ s: String, _ depth: Int) {
        mark(.text, depth)
        string(s)
    }

    func nested(_ f: Fingerprint, _ depth: Int) {
        mark(.fingerprint, depth)
        word(f.a)
        word(f.b)
    }

    func int(_ n: Int64, _ depth: Int) {
        mark(.int, depth)
        word(UInt64(bitPattern: n))
    }

    func uint(_ n: UInt64, _ depth: Int) {
        mark(.uint, depth)
        word(n)
    }

    func double(_ x: Double, _ depth: Int) {
        mark(.double, depth)
        word(x.bitPattern)
    }

    func bool(_ b: Bool, _ depth: Int) {
        mark(.bool, depth)
        word(b ? 1 : 0)
    }

    func key(_ k: CodingKey, _ depth: Int) {
        mark(.key, depth)
        string(k.stringValue)
    }
}

/// An `Encoder` that adds what it is given to a fingerprint (see `Fingerprint.add(encoding:)`).
/// Its coding path is left empty: nothing here reports an error by it.
struct FingerprintEncoder: Encoder {
    let sink: FingerprintSink
    let depth: Int

    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        sink.mark(.keyed, depth)
        return KeyedEncodingContainer(Keyed<Key>(sink: sink, depth: depth + 1))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        sink.mark(.unkeyed, depth)
        return Unkeyed(sink: sink, depth: depth + 1)
    }

    func singleValueContainer() -> SingleValueEncodingContainer {
        sink.mark(.single, depth)
        return Single(sink: sink, depth: depth + 1)
    }

    /// A value of any type at a depth: the primitive types directly, others by their own
    /// encoding one level down. The type is compared, not cast to: a list of records would
    /// otherwise try five casts per element, each a lookup of conformances when it fails.
    static func encode<T: Encodable>(_ value: T, sink: FingerprintSink, depth: Int) throws {
        if T.self == String.self { sink.text(value as! String, depth) }
        else if T.self == Int.self { sink.int(Int64(value as! Int), depth) }
        else if T.self == Double.self { sink.double(value as! Double, depth) }
        else if T.self == Bool.self { sink.bool(value as! Bool, depth) }
        else if T.self == Fingerprint.self { sink.nested(value as! Fingerprint, depth) }
        else { try value.encode(to: FingerprintEncoder(sink: sink, depth: depth)) }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let sink: FingerprintSink
        let depth: Int
        var codingPath: [CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) { sink.key(key, depth); sink.mark(.null, depth) }
        mutating func encode(_ value: Bool, forKey key: Key) { sink.key(key, depth); sink.bool(value, depth) }
        mutating func encode(_ value: String, forKey key: Key) { sink.key(key, depth); sink.text(value, depth) }
        mutating func encode(_ value: Double, forKey key: Key) { sink.key(key, depth); sink.double(value, depth) }
        mutating func encode(_ value: Float, forKey key: Key) { sink.key(key, depth); sink.double(Double(value), depth) }
        mutating func encode(_ value: Int, forKey key: Key) { sink.key(key, depth); sink.int(Int64(value), depth) }
        mutating func encode(_ value: Int8, forKey key: Key) { sink.key(key, depth); sink.int(Int64(value), depth) }
        mutating func encode(_ value: Int16, forKey key: Key) { sink.key(key, depth); sink.int(Int64(value), depth) }
        mutating func encode(_ value: Int32, forKey key: Key) { sink.key(key, depth); sink.int(Int64(value), depth) }
        mutating func encode(_ value: Int64, forKey key: Key) { sink.key(key, depth); sink.int(value, depth) }
        mutating func encode(_ value: UInt, forKey key: Key) { sink.key(key, depth); sink.uint(UInt64(value), depth) }
        mutating func encode(_ value: UInt8, forKey key: Key) { sink.key(key, depth); sink.uint(UInt64(value), depth) }
        mutating func encode(_ value: UInt16, forKey key: Key) { sink.key(key, depth); sink.uint(UInt64(value), depth) }
        mutating func encode(_ value: UInt32, forKey key: Key) { sink.key(key, depth); sink.uint(UInt64(value), depth) }
        mutating func encode(_ value: UInt64, forKey key: Key) { sink.key(key, depth); sink.uint(value, depth) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            sink.key(key, depth)
            try FingerprintEncoder.encode(value, sink: sink, depth: depth + 1)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            sink.key(key, depth)
            return FingerprintEncoder(sink: sink, depth: depth + 1).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
            sink.key(key, depth)
            return FingerprintEncoder(sink: sink, depth: depth + 1).unkeyedContainer()
        }

        mutating func superEncoder() -> Encoder {
            sink.mark(.superValue, depth)
            return FingerprintEncoder(sink: sink, depth: depth + 1)
        }

        mutating func superEncoder(forKey key: Key) -> Encoder {
            sink.key(key, depth)
            return FingerprintEncoder(sink: sink, depth: depth + 1)
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let sink: FingerprintSink
        let depth: Int
        private(set) var count = 0
        var codingPath: [CodingKey] { [] }

        init(sink: FingerprintSink, depth: Int) {
            self.sink = sink
            self.depth = depth
        }

        mutating func encodeNil() { count += 1; sink.mark(.null, depth) }
        mutating func encode(_ value: Bool) { count += 1; sink.bool(value, depth) }
        mutating func encode(_ value: String) { count += 1; sink.text(value, depth) }
        mutating func encode(_ value: Double) { count += 1; sink.double(value, depth) }
        mutating func encode(_ value: Float) { count += 1; sink.double(Double(value), depth) }
        mutating func encode(_ value: Int) { count += 1; sink.int(Int64(value), depth) }
        mutating func encode(_ value: Int8) { count += 1; sink.int(Int64(value), depth) }
        mutating func encode(_ value: Int16) { count += 1; sink.int(Int64(value), depth) }
        mutating func encode(_ value: Int32) { count += 1; sink.int(Int64(value), depth) }
        mutating func encode(_ value: Int64) { count += 1; sink.int(value, depth) }
        mutating func encode(_ value: UInt) { count += 1; sink.uint(UInt64(value), depth) }
        mutating func encode(_ value: UInt8) { count += 1; sink.uint(UInt64(value), depth) }
        mutating func encode(_ value: UInt16) { count += 1; sink.uint(UInt64(value), depth) }
        mutating func encode(_ value: UInt32) { count += 1; sink.uint(UInt64(value), depth) }
        mutating func encode(_ value: UInt64) { count += 1; sink.uint(value, depth) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            count += 1
            try FingerprintEncoder.encode(value, sink: sink, depth: depth)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            count += 1
            return FingerprintEncoder(sink: sink, depth: depth).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
            count += 1
            return FingerprintEncoder(sink: sink, depth: depth).unkeyedContainer()
        }

        mutating func superEncoder() -> Encoder {
            count += 1
            sink.mark(.superValue, depth)
            return FingerprintEncoder(sink: sink, depth: depth + 1)
        }
    }

    struct Single: SingleValueEncodingContainer {
        let sink: FingerprintSink
        let depth: Int
        var codingPath: [CodingKey] { [] }

        mutating func encodeNil() { sink.mark(.null, depth) }
        mutating func encode(_ value: Bool) { sink.bool(value, depth) }
        mutating func encode(_ value: String) { sink.text(value, depth) }
        mutating func encode(_ value: Double) { sink.double(value, depth) }
        mutating func encode(_ value: Float) { sink.double(Double(value), depth) }
        mutating func encode(_ value: Int) { sink.int(Int64(value), depth) }
        mutating func encode(_ value: Int8) { sink.int(Int64(value), depth) }
        mutating func encode(_ value: Int16) { sink.int(Int64(value), depth) }
        mutating func encode(_ value: Int32) { sink.int(Int64(value), depth) }
        mutating func encode(_ value: Int64) { sink.int(value, depth) }
        mutating func encode(_ value: UInt) { sink.uint(UInt64(value), depth) }
        mutating func encode(_ value: UInt8) { sink.uint(UInt64(value), depth) }
        mutating func encode(_ value: UInt16) { sink.uint(UInt64(value), depth) }
        mutating func encode(_ value: UInt32) { sink.uint(UInt64(value), depth) }
        mutating func encode(_ value: UInt64) { sink.uint(value, depth) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            try FingerprintEncoder.encode(value, sink: sink, depth: depth)
        }
    }
}
