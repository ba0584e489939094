import Foundation
import ScopeModel

/// Tells an export's format from its content, so that a publisher can drop any export in a
/// content folder without saying what it is.
enum FormatDetector {
    /// JSON: an OCDS package has `releases` or `records` (with `ocid`s); DECP has `marches`;
    /// BOAMP records have `idweb`; APProch records have the buyer's SIREN field. Anything
    /// else is Scope's own.
    static func detect(json root: RawValue) -> ExportFormat {
        if case .object(let o) = root {
            if o["releases"] != nil || o["records"] != nil { return .ocds }
            if o["marches"] != nil { return .decp }
            if o["ocid"] != nil { return .ocds }
        }
        let first: [String: RawValue]?
        switch root {
        case .list(let l): first = l.lazy.compactMap { Loose.object($0) }.first
        case .object(let o):
            // Opendatasoft's API wraps records in `results`.
            first = o.keys.sorted().lazy.compactMap { k in Loose.array(o[k]).lazy.compactMap { Loose.object($0) }.first }.first
        default: first = nil
        }
        guard let first else { return .scope }
        return detect(fields: Set(first.keys))
    }

    /// A CSV's header, or a JSON record's keys.
    static func detect(fields: Set<String>) -> ExportFormat {
        if fields.contains("idweb") { return .boamp }
        if fields.contains("siren_de_l_entite_acheteuse") || fields.contains("categorie_d_achat") { return .approch }
        if fields.contains("ocid") { return .ocds }
        return .scope
    }
}
