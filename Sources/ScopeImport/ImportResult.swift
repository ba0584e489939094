import ScopeModel

/// What one export file gave: how many records were read, imported and rejected.
public struct SourceStats: Sendable, Hashable {
    public let file: String
    public let kind: RecordKind
    public var read = 0
    public var imported = 0
    public var rejected = 0
}

/// Everything the read stage hands to the index: valid records, sorted by id, and every
/// problem met on the way.
public struct ImportResult: Sendable {
    public var notices: [Notice]
    public var programmations: [Programmation]
    public var buyers: [Buyer]
    public var diagnostics: [Diagnostic]
    public var sources: [SourceStats]

    /// Records rejected, per kind (every one has an error diagnostic).
    public func rejected(_ kind: RecordKind) -> Int {
        sources.filter { $0.kind == kind }.reduce(0) { $0 + $1.rejected }
    }

    public func read(_ kind: RecordKind) -> Int {
        sources.filter { $0.kind == kind }.reduce(0) { $0 + $1.read }
    }

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
}
