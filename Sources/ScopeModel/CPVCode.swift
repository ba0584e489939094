import Foundation

/// A Common Procurement Vocabulary code: eight digits, optionally followed by `-` and a check
/// digit (`45233140-2`). Sectors derive from its first two digits, the division.
public struct CPVCode: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The eight digits.
    public let digits: String
    /// The check digit when the export gave one.
    public let checkDigit: Character?

    /// Parses `45233140`, `45233140-2`; returns nil for anything else.
    public init?(parsing raw: String) {
        let text = raw.trimmed
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2 else { return nil }
        let main = parts[0]
        guard main.count == 8, main.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        if parts.count == 2 {
            guard parts[1].count == 1, let c = parts[1].first, c.isASCII, c.isNumber else { return nil }
            checkDigit = c
        } else {
            checkDigit = nil
        }
        digits = String(main)
    }

    /// The CPV division: the first two digits.
    public var division: String { String(digits.prefix(2)) }

    public var description: String {
        checkDigit.map { "\(digits)-\($0)" } ?? digits
    }

    public static func < (a: Self, b: Self) -> Bool { a.digits < b.digits }
}

/// As its text (`45233140-2`), read back as it was parsed.
extension CPVCode: Codable {
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard let code = CPVCode(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "not a CPV code: \(text)")
        }
        self = code
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
