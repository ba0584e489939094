/// Facts Scope carries in its binary: CPV 2008 with its labels, the CPV 2003 → 2008
/// correspondence, NUTS-3 → department. Each table is one text literal (see the files beside
/// this one), read once, on first use.
public enum ReferenceTables {
    /// The lines of a table, split on tabs (on bytes: the tables are UTF-8 and their separators ASCII).
    static func lines(_ text: String) -> [[String]] {
        var text = text
        return text.withUTF8 { bytes in
            bytes.split(separator: UInt8(ascii: "\n")).map { line in
                line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            }
        }
    }
}

/// A CPV 2008 code as the vocabulary lists it.
public struct CPVEntry: Sendable {
    /// `45233141-9`.
    public let code: String
    public let labelFR: String
    public let labelEN: String
}

extension CPVCode {
    /// Every CPV 2008 code by its eight digits.
    static let vocabulary: [String: CPVEntry] = {
        var out: [String: CPVEntry] = [:]
        for f in ReferenceTables.lines(ReferenceTables.cpv2008) where f.count == 3 {
            out[String(f[0].utf8.prefix(8))!] = CPVEntry(code: f[0], labelFR: f[1], labelEN: f[2])
        }
        return out
    }()

    /// CPV 2003 codes (eight digits) → the CPV 2008 codes they became, the direct table's first.
    static let from2003: [String: [String]] = {
        var out: [String: [String]] = [:]
        var direct: Set<String> = []
        for f in ReferenceTables.lines(ReferenceTables.cpv2003) where f.count == 3 {
            let old = String(f[0].utf8.prefix(8))!
            if f[2] == "2003-2008" { direct.insert(old) } else if direct.contains(old) { continue }
            out[old, default: []].append(f[1])
        }
        return out
    }()

    /// The code in the CPV 2008 vocabulary, with its labels; nil for a code it does not list.
    public var entry: CPVEntry? { Self.vocabulary[digits] }

    /// Its label in a language (`fr` or another: English), or nil when the vocabulary lacks it.
    public func label(language: String) -> String? {
        guard let e = entry else { return nil }
        return language == "fr" ? e.labelFR : e.labelEN
    }

    /// The CPV 2008 code an old CPV 2003 code became (the first of the correspondence), for a
    /// code that CPV 2008 does not list.
    public var translatedFrom2003: CPVCode? {
        guard entry == nil, let new = Self.from2003[digits]?.first else { return nil }
        return CPVCode(parsing: new)
    }

    /// Every code of the vocabulary whose digits start with a prefix, in code order.
    public static func codes(withPrefix prefix: String) -> [CPVEntry] {
        vocabulary.values.filter { $0.code.hasPrefix(prefix) }.sorted { $0.code < $1.code }
    }
}

extension Department {
    /// NUTS-3 code (2021 version) → department code, for the whole of France.
    static let byNUTS: [String: String] = {
        var out: [String: String] = [:]
        for f in ReferenceTables.lines(ReferenceTables.nuts3) where f.count == 2 { out[f[0]] = f[1] }
        return out
    }()

    /// The department of a French NUTS-3 code (`FRJ23` → Haute-Garonne); nil for another
    /// country's or a NUTS-1/2 code.
    public static func of(nuts: String) -> Department? {
        byNUTS[nuts.uppercased()].flatMap { Department.lookup($0) }
    }
}
