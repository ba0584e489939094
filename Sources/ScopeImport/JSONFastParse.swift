import Foundation

/// Valid JSON straight into `RawValue`, on bytes. `JSONSerialization` builds Foundation
/// objects that are then converted, and reading the exports is the first stage of every build.
///
/// It answers only when it is sure of the same value `JSONSerialization` gives; anything else
/// gives nil and the caller parses with `JSONSerialization`, which then says what is wrong and
/// where (so every message stays its own): invalid JSON, invalid UTF-8, a byte-order mark, a
/// lone surrogate, an integer past 64 bits, nesting deeper than `maximumDepth`. One
/// difference is wanted: on Linux, `JSONSerialization` drops a U+FEFF that follows an escape
/// (`"\n\u{FEFF}x"`); this parser keeps it. A key twice in one object keeps its second value,
/// as `JSONSerialization` does, and the byte offset of the second key is noted, so that the
/// reader can say so (JSONSerialization says nothing).
struct JSONFastParse {
    static let maximumDepth = 64

    private let b: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var depth = 0
    /// Byte offsets of keys met a second time in their object.
    private var duplicates: [Int] = []
    /// Numbers and escapes taken as they come (for finding duplicate keys only, in a text
    /// `JSONSerialization` reads).
    private var lenient = false

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { b = bytes }

    /// The value of a whole JSON text (white space around it allowed), or nil.
    static func value(_ data: Data) -> RawValue? { parse(data)?.value }

    /// The value and the byte offsets (from `data.startIndex`) of keys that repeat one of
    /// their object, or nil.
    static func parse(_ data: Data) -> (value: RawValue, duplicateKeys: [Int])? {
        data.withUnsafeBytes { raw in
            var parser = JSONFastParse(raw.bindMemory(to: UInt8.self))
            return parser.document().map { ($0, parser.duplicates) }
        }
    }

    /// The byte offsets of repeated keys in a text `JSONSerialization` has read, whatever its
    /// numbers and escapes; empty when the text cannot be walked.
    static func duplicateKeys(_ data: Data) -> [Int] {
        data.withUnsafeBytes { raw in
            var parser = JSONFastParse(raw.bindMemory(to: UInt8.self))
            parser.lenient = true
            if raw.starts(with: [0xEF, 0xBB, 0xBF]) { parser.i = 3 }
            return parser.document() == nil ? [] : parser.duplicates
        }
    }

    private mutating func document() -> RawValue? {
        skipSpace()
        guard let v = value() else { return nil }
        skipSpace()
        return i == b.count ? v : nil
    }

    private mutating func skipSpace() {
        while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
    }

    private mutating func value() -> RawValue? {
        guard i < b.count else { return nil }
        switch b[i] {
        case UInt8(ascii: "{"): return object()
        case UInt8(ascii: "["): return list()
        case UInt8(ascii: "\""): return string().map(RawValue.string)
        case UInt8(ascii: "t"): return word("true") ? .bool(true) : nil
        case UInt8(ascii: "f"): return word("false") ? .bool(false) : nil
        case UInt8(ascii: "n"): return word("null") ? .null : nil
        default: return number()
        }
    }

    private mutating func word(_ w: StaticString) -> Bool {
        let n = w.utf8CodeUnitCount
        guard i + n <= b.count else { return false }
        for k in 0..<n where b[i + k] != w.utf8Start[k] { return false }
        i += n
        return true
    }

    private mutating func object() -> RawValue? {
        var fields: [String: RawValue] = [:]
        return members(close: UInt8(ascii: "}")) { p in
            let at = p.i
            guard p.i < p.b.count, p.b[p.i] == UInt8(ascii: "\""), let key = p.string() else { return false }
            p.skipSpace()
            guard p.i < p.b.count, p.b[p.i] == UInt8(ascii: ":") else { return false }
            p.i += 1
            p.skipSpace()
            guard let v = p.value() else { return false }
            if fields.updateValue(v, forKey: key) != nil { p.duplicates.append(at) }
            return true
        } ? .object(fields) : nil
    }

    private mutating func list() -> RawValue? {
        var items: [RawValue] = []
        return members(close: UInt8(ascii: "]")) { p in
            guard let v = p.value() else { return false }
            items.append(v)
            return true
        } ? .list(items) : nil
    }

    /// An object's or a list's members from its opening bracket to `close`, separated by
    /// commas, each read by `member`; false for anything else, or nesting past `maximumDepth`.
    private mutating func members(close: UInt8, _ member: (inout JSONFastParse) -> Bool) -> Bool {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { return false }
        i += 1
        skipSpace()
        if i < b.count, b[i] == close { i += 1; return true }
        while true {
            guard member(&self) else { return false }
            skipSpace()
            guard i < b.count else { return false }
            if b[i] == close { i += 1; return true }
            guard b[i] == UInt8(ascii: ",") else { return false }
            i += 1
            skipSpace()
        }
    }

    /// A string from its opening quote; nil for a control character, a bad escape, a lone
    /// surrogate or invalid UTF-8.
    private mutating func string() -> String? {
        i += 1
        let start = i
        while i < b.count, b[i] != UInt8(ascii: "\""), b[i] != UInt8(ascii: "\\"), b[i] >= 0x20 { i += 1 }
        guard i < b.count, b[i] >= 0x20 else { return nil }
        if b[i] == UInt8(ascii: "\"") {
            i += 1
            return String(validating: UnsafeBufferPointer(rebasing: b[start..<(i - 1)]), as: UTF8.self)
        }
        var out = Array(b[start..<i])
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                i += 1
                return String(validating: out, as: UTF8.self)
            }
            guard c >= 0x20 else { return nil }
            guard c == UInt8(ascii: "\\") else { out.append(c); i += 1; continue }
            guard i + 1 < b.count else { return nil }
            i += 2
            switch b[i - 1] {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard var unit = hex4() else { return nil }
                if unit >= 0xD800 && unit <= 0xDBFF {  // a high surrogate: its low one must follow
                    if lenient, !(i + 1 < b.count && b[i] == UInt8(ascii: "\\") && b[i + 1] == UInt8(ascii: "u")) {
                        unit = 0xFFFD
                    } else {
                        guard i + 1 < b.count, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u") else { return nil }
                        i += 2
                        guard let low = hex4(), low >= 0xDC00 && low <= 0xDFFF else { return nil }
                        unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    }
                } else if unit >= 0xDC00 && unit <= 0xDFFF {
                    guard lenient else { return nil }
                    unit = 0xFFFD
                }
                guard let scalar = Unicode.Scalar(unit) else { return nil }
                UTF8.encode(scalar) { out.append($0) }
            default:
                return nil
            }
        }
        return nil
    }

    private mutating func hex4() -> UInt32? {
        guard i + 4 <= b.count else { return nil }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = b[i]
            let d: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = c - UInt8(ascii: "A") + 10
            default: return nil
            }
            v = v << 4 | UInt32(d)
            i += 1
        }
        return v
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`: an integer through Int64 (as
    /// `JSONSerialization` reads it), anything else through Double's correctly rounded parse
    /// when it has at most 15 significant digits. Past that `JSONSerialization` rounds
    /// otherwise (`0.30000000000000004` gives 0.3000000000000001), and it decides.
    private mutating func number() -> RawValue? {
        let start = i
        var significant = 0, seenNonZero = false
        func digits() -> Int {
            let s = i
            while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 {
                if b[i] != 0x30 { seenNonZero = true }
                if seenNonZero { significant += 1 }
                i += 1
            }
            return i - s
        }
        if i < b.count, b[i] == UInt8(ascii: "-") { i += 1 }
        guard i < b.count else { return nil }
        if b[i] == UInt8(ascii: "0") { i += 1 } else if digits() == 0 { return nil }
        var integer = true
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            integer = false
            guard digits() > 0 else { return nil }
        }
        let mantissaDigits = significant
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            integer = false
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { return nil }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
        if lenient { return .number(Double(text) ?? 0) }
        if integer {
            guard let n = Int64(text) else { return nil }  // past 64 bits: JSONSerialization decides
            return .number(Double(n))
        }
        guard mantissaDigits <= 15, let d = Double(text), d.isFinite else { return nil }
        return .number(d)
    }
}
