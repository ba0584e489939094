import Foundation
import ScopeModel

/// A field's value as an export holds it, before validation: JSON gives every shape, CSV
/// gives strings only.
public enum RawValue: Codable, Hashable, Sendable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case list([RawValue])
    case object([String: RawValue])
    case null

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null; return }
        if let b = try? c.decode(Bool.self) { self = .bool(b); return }
        if let n = try? c.decode(Double.self) { self = .number(n); return }
        if let s = try? c.decode(String.self) { self = .string(s); return }
        if let a = try? c.decode([RawValue].self) { self = .list(a); return }
        if let o = try? c.decode([String: RawValue].self) { self = .object(o); return }
        throw DecodingError.dataCorruptedError(in: c, debugDescription: "unsupported JSON value")
    }

    /// As JSON writes it: what `init(from:)` reads back.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .string(let s): try c.encode(s)
        case .number(let n): try c.encode(n)
        case .bool(let b): try c.encode(b)
        case .list(let l): try c.encode(l)
        case .object(let o): try c.encode(o)
        case .null: try c.encodeNil()
        }
    }

    /// From what `JSONSerialization` returns (much faster than decoding through Codable on
    /// large exports). A JSON boolean arrives as an NSNumber of type `c`.
    public init(json: Any) {
        // Containers before NSNumber: casting a Swift dictionary to NSNumber bridges it whole.
        switch json {
        case let s as String: self = .string(s)
        case let o as [String: Any]: self = .object(o.mapValues(RawValue.init(json:)))
        case let a as [Any]: self = .list(a.map(RawValue.init(json:)))
        case let n as NSNumber:
            if n.objCType.pointee == 0x63 { self = .bool(n.boolValue) } else { self = .number(n.doubleValue) }  // "c"
        default: self = .null
        }
    }

    /// The value as text, for messages and for fields that take text.
    public var text: String? {
        switch self {
        case .string(let s): return s
        case .number(let n):
            if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
            return String(n)
        case .bool(let b): return b ? "true" : "false"
        case .null, .list, .object: return nil
        }
    }

    /// Whether the value counts as absent (null, empty text, empty list).
    public var isEmpty: Bool {
        switch self {
        case .null: return true
        case .string(let s): return s.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D } || s.trimmed.isEmpty
        case .list(let l): return l.isEmpty
        default: return false
        }
    }

    /// Short rendering for error messages.
    public var excerpt: String {
        let full: String
        switch self {
        case .string(let s): full = "\"\(s)\""
        case .list: full = "a list"
        case .object: full = "an object"
        case .null: full = "null"
        default: full = text ?? ""
        }
        return full.count > 60 ? String(full.prefix(57)) + "…\"" : full
    }
}

/// One record from an export, with where it came from.
public struct RawRecord: Sendable {
    public let fields: [String: RawValue]
    public let location: SourceLocation

    public init(fields: [String: RawValue], location: SourceLocation) {
        self.fields = fields
        self.location = location
    }
}

/// As its fields in one JSON text, read back by the fast parser: decoding every value
/// through `Codable`, kind after kind, was ten times slower (`ImportCache` reads thousands).
extension RawRecord: Codable {
    enum CodingKeys: String, CodingKey { case fields, location }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let text = try c.decode(String.self, forKey: .fields)
        guard case .object(let fields)? = JSONParser.value(Data(text.utf8)) else {
            throw DecodingError.dataCorruptedError(forKey: .fields, in: c, debugDescription: "not a JSON object")
        }
        self.init(fields: fields, location: try c.decode(SourceLocation.self, forKey: .location))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        try c.encode(String(decoding: try encoder.encode(RawValue.object(fields)), as: UTF8.self), forKey: .fields)
        try c.encode(location, forKey: .location)
    }
}
