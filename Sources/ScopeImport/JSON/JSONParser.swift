import Foundation

/// Strict JSON (RFC 8259) straight into `RawValue`, on bytes, from any position: the one
/// parser of every JSON export. On a fault it stops and says why and at which byte, so that
/// the record scanner can reject one record and go on. A key twice in one object keeps its
/// second value and its byte offset is noted (for a warning). Nesting is bounded
/// (`maximumDepth`), so no input reaches the stack's end.
struct JSONParser {
    static let maximumDepth = 128

    /// Why the bytes are not JSON, and the offset of the byte at fault.
    struct Fault: Error, Equatable {
        let offset: Int
        let reason: String
    }

    let b: UnsafeBufferPointer<UInt8>
    var i: Int
    private var depth = 0
    /// Byte offsets of keys met a second time in their object.
    var duplicates: [Int] = []
    private(set) var fault: Fault?

    init(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int = 0) {
        b = bytes
        i = start
    }

    /// The value of a whole JSON text (white space around it allowed), or its fault.
    static func parse(_ data: Data) -> Result<(value: RawValue, duplicateKeys: [Int]), Fault> {
        data.withUnsafeBytes { raw in
            var p = JSONParser(raw.bindMemory(to: UInt8.self))
            p.skipSpace()
            guard let v = p.value() else { return .failure(p.fault!) }
            p.skipSpace()
            guard p.i == p.b.count else { return .failure(Fault(offset: p.i, reason: "\(p.found) after the end of the JSON text")) }
            return .success((v, p.duplicates))
        }
    }

    /// The value of a whole JSON text, or nil.
    static func value(_ data: Data) -> RawValue? {
        if case .success(let r) = parse(data) { return r.value }
        return nil
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 }

    mutating func skipSpace() {
        while i < b.count, Self.isSpace(b[i]) { i += 1 }
    }

    /// What stands at `i`, for a message: `"x"`, or "the end of the file".
    var found: String { Self.describe(b, at: i) }

    static func describe(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> String {
        guard i < b.count else { return "the end of the file" }
        let c = b[i]
        if c >= 0x21 && c < 0x7F { return "'\(Character(Unicode.Scalar(c)))'" }
        if c == 0x20 { return "a space" }
        return String(format: "the byte 0x%02X", c)
    }

    /// Sets the fault (the first one stands). Any fault at the file's end says so plainly.
    private mutating func fail(_ reason: String, at offset: Int? = nil) -> RawValue? {
        let at = offset ?? i
        if fault == nil { fault = Fault(offset: at, reason: at >= b.count ? Self.endOfFile : reason) }
        return nil
    }

    static let endOfFile = "the file ends too soon, as if cut short"

    /// One value from `i` (no white space before it); nil with `fault` set.
    mutating func value() -> RawValue? {
        guard i < b.count else { return fail(Self.endOfFile) }
        switch b[i] {
        case UInt8(ascii: "{"): return object()
        case UInt8(ascii: "["): return list()
        case UInt8(ascii: "\""): return string().map(RawValue.string)
        case UInt8(ascii: "t"): return word("true", .bool(true))
        case UInt8(ascii: "f"): return word("false", .bool(false))
        case UInt8(ascii: "n"): return word("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number()
        default: return fail("\(found) where a value was expected")
        }
    }

    private mutating func word(_ w: StaticString, _ v: RawValue) -> RawValue? {
        let n = w.utf8CodeUnitCount
        for k in 0..<n where i + k >= b.count || b[i + k] != w.utf8Start[k] {
            return fail("\(Self.describe(b, at: i + k)) where a value was expected", at: i + k)
        }
        i += n
        return v
    }

    private mutating func object() -> RawValue? {
        var fields: [String: RawValue] = [:]
        let ok = members(close: UInt8(ascii: "}"), what: "object") { p in
            let at = p.i
            guard p.i < p.b.count, p.b[p.i] == UInt8(ascii: "\"") else {
                _ = p.fail("\(p.found) where a key in quotes was expected")
                return false
            }
            guard let key = p.string() else { return false }
            p.skipSpace()
            guard p.i < p.b.count, p.b[p.i] == UInt8(ascii: ":") else {
                _ = p.fail("\(p.found) after the key \"\(key.prefix(40))\" where ':' was expected")
                return false
            }
            p.i += 1
            p.skipSpace()
            guard let v = p.value() else { return false }
            if fields.updateValue(v, forKey: key) != nil { p.duplicates.append(at) }
            return true
        }
        return ok ? .object(fields) : nil
    }

    private mutating func list() -> RawValue? {
        var items: [RawValue] = []
        let ok = members(close: UInt8(ascii: "]"), what: "array") { p in
            guard let v = p.value() else { return false }
            items.append(v)
            return true
        }
        return ok ? .list(items) : nil
    }

    /// An object's or an array's members from its opening bracket to `close`, separated by
    /// commas, each read by `member`.
    private mutating func members(close: UInt8, what: String, _ member: (inout JSONParser) -> Bool) -> Bool {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else {
            _ = fail("nested deeper than \(Self.maximumDepth) levels")
            return false
        }
        i += 1
        skipSpace()
        if i < b.count, b[i] == close { i += 1; return true }
        while true {
            guard member(&self) else { return false }
            skipSpace()
            guard i < b.count else {
                _ = fail(Self.endOfFile)
                return false
            }
            if b[i] == close { i += 1; return true }
            guard b[i] == UInt8(ascii: ",") else {
                _ = fail("\(found) where ',' or '\(Character(Unicode.Scalar(close)))' was expected")
                return false
            }
            i += 1
            skipSpace()
            if i < b.count, b[i] == close {
                _ = fail("a comma before '\(Character(Unicode.Scalar(close)))' (a trailing comma)")
                return false
            }
        }
    }

    /// A string from its opening quote.
    private mutating func string() -> String? {
        let open = i
        i += 1
        let start = i
        while i < b.count, b[i] != UInt8(ascii: "\""), b[i] != UInt8(ascii: "\\"), b[i] >= 0x20 { i += 1 }
        if i < b.count, b[i] == UInt8(ascii: "\"") {
            i += 1
            guard let s = String(validating: UnsafeBufferPointer(rebasing: b[start..<(i - 1)]), as: UTF8.self) else {
                _ = fail("a text that is not UTF-8", at: open)
                return nil
            }
            return s
        }
        var out = Array(b[start..<i])
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                i += 1
                guard let s = String(validating: out, as: UTF8.self) else {
                    _ = fail("a text that is not UTF-8", at: open)
                    return nil
                }
                return s
            }
            guard c >= 0x20 else {
                _ = fail(c == 0x0A ? "a line break inside a text (a quote is missing or not escaped)" : String(format: "the control character 0x%02X inside a text", c))
                return nil
            }
            guard c == UInt8(ascii: "\\") else { out.append(c); i += 1; continue }
            guard i + 1 < b.count else { break }
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
                let at = i - 2
                guard var unit = hex4() else { _ = fail("a \\u escape without four hexadecimal digits", at: at); return nil }
                if unit >= 0xD800 && unit <= 0xDBFF {  // a high surrogate: its low one must follow
                    guard i + 1 < b.count, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u") else {
                        _ = fail("a lone surrogate \\u escape", at: at)
                        return nil
                    }
                    i += 2
                    guard let low = hex4(), low >= 0xDC00 && low <= 0xDFFF else { _ = fail("a lone surrogate \\u escape", at: at); return nil }
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                } else if unit >= 0xDC00 && unit <= 0xDFFF {
                    _ = fail("a lone surrogate \\u escape", at: at)
                    return nil
                }
                guard let scalar = Unicode.Scalar(unit) else { _ = fail("an invalid \\u escape", at: at); return nil }
                UTF8.encode(scalar) { out.append($0) }
            default:
                _ = fail("an unknown escape \\\(Self.describe(b, at: i - 1).trimmingCharacters(in: ["'"]))", at: i - 2)
                return nil
            }
        }
        _ = fail("the file ends inside a text (a quote is missing)", at: open)
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

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, read by Double's correctly rounded
    /// parse; one that overflows a Double is a fault.
    private mutating func number() -> RawValue? {
        let start = i
        func digits() -> Int {
            let s = i
            while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
            return i - s
        }
        func bad() -> RawValue? {
            while i < b.count, !Self.isSpace(b[i]), b[i] != UInt8(ascii: ","), b[i] != UInt8(ascii: "]"), b[i] != UInt8(ascii: "}") { i += 1 }
            let text = String(decoding: UnsafeBufferPointer(rebasing: b[start..<min(i, start + 40)]), as: UTF8.self)
            return fail("\"\(text)\" is not a JSON number", at: start)
        }
        if b[i] == UInt8(ascii: "-") { i += 1 }
        guard i < b.count else { return bad() }
        if b[i] == UInt8(ascii: "0") {
            i += 1
            if i < b.count, b[i] >= 0x30 && b[i] <= 0x39 { return bad() }  // a leading zero
        } else if digits() == 0 { return bad() }
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { return bad() }
        }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { return bad() }
        }
        if i < b.count, b[i] == UInt8(ascii: "x") || b[i] == UInt8(ascii: "X") || b[i] == UInt8(ascii: ".") { return bad() }
        let text = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
        guard let d = Double(text), d.isFinite else { return fail("the number \(text.prefix(40)) is too large", at: start) }
        return .number(d)
    }
}
