/// The export formats Scope reads: its own (`scope`, see docs/records.md) and the ones
/// publishers already have (see docs/formats.md).
public enum ExportFormat: String, Sendable, CaseIterable, Comparable {
    /// Scope's own records: notices, programmations, buyers (JSON or CSV).
    case scope
    /// BOAMP open data (Opendatasoft `boamp` dataset), JSON or CSV: notices.
    case boamp
    /// APProch `projets-dachats-publics`, JSON or CSV: programmations.
    case approch
    /// OCDS 1.1 release or record packages, JSON: programmations and notices.
    case ocds
    /// DECP 2019 or 2022, JSON: awarded contracts.
    case decp

    public static func < (a: Self, b: Self) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }

    /// The kind of record a flat export of this format holds; nil where the file says (Scope's
    /// own, by its folder or fields) or where records are not flat rows (OCDS, DECP).
    public var rowKind: RecordKind? {
        switch self {
        case .boamp: return .notice
        case .approch: return .programmation
        case .scope, .ocds, .decp: return nil
        }
    }
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
