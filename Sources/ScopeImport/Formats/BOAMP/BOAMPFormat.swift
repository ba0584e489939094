import Foundation
import ScopeModel

extension ExportFormat {
    /// BOAMP open data (the Opendatasoft `boamp` dataset): notices.
    public static let boamp = ExportFormat(rawValue: "boamp")
}

/// BOAMP's export array, its API v1 (`records[].fields`) and v2.1 (`results`) shapes, JSON or
/// CSV: records with an `idweb`.
struct BOAMPFormat: ImportFormat {
    let name = ExportFormat.boamp
    var extensions: Set<String> { ["json", "csv"] }
    var readsRows: Bool { true }
    var rowKind: RecordKind? { .notice }
    func claims(fields: Set<String>) -> Bool { fields.contains("idweb") }

    func read(rows: [RawRecord], kind: RecordKind, into out: inout FileImport, context: ImportContext) {
        BOAMPImporter.read(rows, into: &out, site: context.site)
    }
}
