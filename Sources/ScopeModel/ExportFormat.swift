/// The name of an export format: Scope's own (`scope`, see docs/records.md) or one that
/// publishers already have (see docs/formats.md). The formats themselves, and their names, live
/// in ScopeImport's `Formats/` folder, one folder each; this is only the name a config, a report
/// and a message use.
public struct ExportFormat: RawRepresentable, Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    /// Scope's own records: notices, programmations, buyers (JSON or CSV).
    public static let scope = ExportFormat(rawValue: "scope")
}

/// The character encodings exports come in. UTF-8 is the default; Excel saves CSV in
/// Windows-1252, older tools in Latin-1. A file that starts with a UTF-8 byte order mark is
/// read as UTF-8 whatever is declared.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case windows1252 = "windows-1252"
    case latin1 = "iso-8859-1"

    /// Accepts the usual spellings: `utf8`, `cp1252`, `latin-1`, `latin1`, `ISO-8859-1`…
    public init?(name: String) {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": self = .utf8
        case "windows-1252", "cp1252", "win-1252": self = .windows1252
        case "iso-8859-1", "latin-1", "latin1", "iso8859-1": self = .latin1
        default: return nil
        }
    }
}

/// A source declared in `config.yaml`: a path or glob relative to the content folder, and its
/// format (detected from the content when left out).
public struct SourceSpec: Sendable, Hashable {
    public let pattern: String
    public let format: ExportFormat?
    /// The file's encoding, when it is not the site's.
    public let encoding: TextEncoding?
    /// The config line, for messages.
    public let line: Int?

    public init(pattern: String, format: ExportFormat?, encoding: TextEncoding? = nil, line: Int?) {
        self.pattern = pattern
        self.format = format
        self.encoding = encoding
        self.line = line
    }
}
