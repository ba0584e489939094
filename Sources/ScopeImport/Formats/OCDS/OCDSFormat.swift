import Foundation
import ScopeModel

extension ExportFormat {
    /// OCDS 1.1 release and record packages: programmations, notices, awards.
    public static let ocds = ExportFormat(rawValue: "ocds")
}

/// An OCDS release package (`releases`), record package (`records` of `ocid`s) or a single
/// release (`ocid` at the top).
struct OCDSFormat: ImportFormat {
    let name = ExportFormat.ocds

    func claims(_ document: ParsedExport) -> Bool {
        guard case .json(let root) = document, let o = Loose.object(root) else { return false }
        if o["ocid"] != nil { return true }
        if case .list? = o["releases"] { return true }
        // A record package's records carry ocids; Opendatasoft's API v1 also says `records`, with `fields`.
        guard case .list(let records)? = o["records"] else { return false }
        return records.isEmpty || records.contains { r in Loose.object(r).map { $0["ocid"] != nil || $0["compiledRelease"] != nil || $0["releases"] != nil } ?? false }
    }

    func read(document: ParsedExport, into out: inout FileImport, context: ImportContext) {
        guard case .json(let root) = document else { return }
        OCDSImporter.read(root, into: &out, site: context.site)
    }
}
