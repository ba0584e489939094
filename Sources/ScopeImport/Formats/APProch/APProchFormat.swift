import Foundation
import ScopeModel

extension ExportFormat {
    /// APProch `projets-dachats-publics`: programmations.
    public static let approch = ExportFormat(rawValue: "approch")
}

/// APProch's export, JSON or CSV: records with the buyer's SIREN field.
struct APProchFormat: ImportFormat {
    let name = ExportFormat.approch
    var extensions: Set<String> { ["json", "csv"] }
    var readsRows: Bool { true }
    var rowKind: RecordKind? { .programmation }
    func claims(fields: Set<String>) -> Bool {
        fields.contains("siren_de_l_entite_acheteuse") || fields.contains("categorie_d_achat")
    }

    func read(rows: [RawRecord], kind: RecordKind, into out: inout FileImport, context: ImportContext) {
        APProchImporter.read(rows, into: &out, site: context.site)
    }
}
