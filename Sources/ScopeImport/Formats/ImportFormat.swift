import Foundation
import ScopeModel

/// A whole export file, parsed, for a format to claim and read.
enum ParsedExport {
    case json(RawValue)
    case xml(XMLTree.Element)
}

/// What a format's reader may consult beside its own file.
struct ImportContext {
    let site: ImportSettings
    /// The buyers every other file names (DECP keeps the contracts of these).
    var knownBuyers: Set<String> = []
}

/// One export format: how a file shows it is in that format, and how its content becomes
/// records in Scope's fields, buyers, awards, updates and diagnostics. Each format lives in
/// its own folder under `Formats/` and is named once, in `FormatRegistry.all`.
protocol ImportFormat: Sendable {
    var name: ExportFormat { get }
    /// The file extensions it reads.
    var extensions: Set<String> { get }
    /// Flat records (a JSON array, CSV rows) rather than one document.
    var readsRows: Bool { get }
    /// The kind of record each row holds; nil where the file's folder or fields say (Scope's own).
    var rowKind: RecordKind? { get }
    /// Read once every other file's buyers are known.
    var waitsForBuyers: Bool { get }
    /// Whether a parsed document is in this format (OCDS packages, DECP, eForms).
    func claims(_ document: ParsedExport) -> Bool
    /// Whether records with these fields are in this format (row formats).
    func claims(fields: Set<String>) -> Bool
    func read(rows: [RawRecord], kind: RecordKind, into out: inout FileImport, context: ImportContext)
    func read(document: ParsedExport, into out: inout FileImport, context: ImportContext)
}

extension ImportFormat {
    var extensions: Set<String> { ["json"] }
    var readsRows: Bool { false }
    var rowKind: RecordKind? { nil }
    var waitsForBuyers: Bool { false }
    func claims(_ document: ParsedExport) -> Bool { false }
    func claims(fields: Set<String>) -> Bool { false }
    func read(rows: [RawRecord], kind: RecordKind, into out: inout FileImport, context: ImportContext) {}
    func read(document: ParsedExport, into out: inout FileImport, context: ImportContext) {}
}

/// Every format Scope reads, in the order they are asked to claim a file; Scope's own last,
/// since it takes whatever no other format claims.
enum FormatRegistry {
    static let all: [any ImportFormat] = [
        OCDSFormat(),
        DECPFormat(),
        EFormsFormat(),
        BOAMPFormat(),
        APProchFormat(),
        ScopeFormat(),
    ]

    static func named(_ name: ExportFormat) -> (any ImportFormat)? { all.first { $0.name == name } }

    static var names: [String] { all.map(\.name.rawValue) }

    /// Every extension some format reads.
    static let extensions: Set<String> = all.reduce(into: []) { $0.formUnion($1.extensions) }

    /// The format a parsed file is in: a document format that claims it, else the row format
    /// its first record's fields show.
    static func detect(_ document: ParsedExport) -> any ImportFormat {
        if let f = all.first(where: { $0.claims(document) }) { return f }
        guard case .json(let root) = document, let first = JSONRecordReader.firstRecord(in: root) else { return ScopeFormat() }
        return detect(fields: Set(first.keys))
    }

    static func detect(fields: Set<String>) -> any ImportFormat {
        all.first { $0.readsRows && $0.claims(fields: fields) } ?? ScopeFormat()
    }
}
