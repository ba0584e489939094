import Foundation
import ScopeModel

extension ExportFormat {
    /// DECP 2019, 2022 and 2024: awarded contracts and concessions.
    public static let decp = ExportFormat(rawValue: "decp")
}

/// DECP: an object with `marches` (and, from 2022, `contrat-concession`), or the 2024 schema's
/// XML form (`<marches><marche>…`, `<contrat-concession>…`), read as the same JSON. Read last,
/// once every buyer is known: it keeps the contracts of the site's buyers.
struct DECPFormat: ImportFormat {
    let name = ExportFormat.decp
    var waitsForBuyers: Bool { true }

    var extensions: Set<String> { ["json", "xml"] }

    func claims(_ document: ParsedExport) -> Bool {
        switch document {
        case .json(let root):
            guard let o = Loose.object(root) else { return false }
            return o["marches"] != nil || o["contrats-concession"] != nil || o["contrat-concession"] != nil
        case .xml(let root):
            return root.name == "marches" && root.namespace.isEmpty
        }
    }

    func read(document: ParsedExport, into out: inout FileImport, context: ImportContext) {
        switch document {
        case .json(let root): DECPImporter.read(root, into: &out, site: context.site, knownBuyers: context.knownBuyers)
        case .xml(let root):
            // An empty `<marches/>` reads as text: no contracts.
            let marches: RawValue = root.children.isEmpty ? .object([:]) : root.json
            DECPImporter.read(.object(["marches": marches]), into: &out, site: context.site, knownBuyers: context.knownBuyers)
        }
    }
}
