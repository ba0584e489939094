import ScopeModel

/// What one export file gave for one kind of record: how many were read, imported, rejected
/// (each with an error), left out (not the site's, or naming a record no export has), merged
/// into another copy of the same record, and applied to other records (corrections and awards).
/// The five add up to those read.
public struct SourceStats: Sendable, Hashable {
    public let file: String
    public let format: ExportFormat
    public let kind: RecordKind
    public var read = 0
    public var imported = 0
    public var rejected = 0
    public var leftOut = 0
    /// The same record again (in this file or another), merged into the one kept, with a warning.
    public var merged = 0
    /// Records that change others (BOAMP corrections, cancellations, awards), applied.
    public var updates = 0
    /// Why records were rejected: the field named by each error, and how many.
    public var reasons: [String: Int] = [:]

    public init(file: String, format: ExportFormat, kind: RecordKind) {
        self.file = file
        self.format = format
        self.kind = kind
    }
}

/// Everything the read stage hands to the index: valid records, sorted by id, and every
/// problem met on the way.
public struct ImportResult: Sendable {
    public var notices: [Notice]
    public var programmations: [Programmation]
    public var buyers: [Buyer]
    public var awards: [Award] = []
    public var diagnostics: [Diagnostic]
    public var sources: [SourceStats]

    /// Lets go of the records, once they are counted and indexed elsewhere; the diagnostics and
    /// the sources' counts stay.
    public mutating func dropRecords() {
        notices = []
        programmations = []
        buyers = []
        awards = []
    }

    public init(notices: [Notice], programmations: [Programmation], buyers: [Buyer], awards: [Award] = [],
                diagnostics: [Diagnostic], sources: [SourceStats]) {
        self.notices = notices
        self.programmations = programmations
        self.buyers = buyers
        self.awards = awards
        self.diagnostics = diagnostics
        self.sources = sources
    }

    /// Records rejected, per kind (every one has an error diagnostic).
    public func rejected(_ kind: RecordKind) -> Int {
        sources.filter { $0.kind == kind }.reduce(0) { $0 + $1.rejected }
    }

    public func read(_ kind: RecordKind) -> Int {
        sources.filter { $0.kind == kind }.reduce(0) { $0 + $1.read }
    }

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
}
