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
}

/// A source declared in `config.yaml`: a path or glob relative to the content folder, and its
/// format (detected from the content when left out).
public struct SourceSpec: Sendable, Hashable {
    public let pattern: String
    public let format: ExportFormat?
    /// The config line, for messages.
    public let line: Int?

    public init(pattern: String, format: ExportFormat?, line: Int?) {
        self.pattern = pattern
        self.format = format
        self.line = line
    }
}
