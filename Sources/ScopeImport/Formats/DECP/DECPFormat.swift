import Foundation
import ScopeModel

extension ExportFormat {
    /// DECP 2019, 2022 and 2024: awarded contracts and concessions.
    public static let decp = ExportFormat(rawValue: "decp")
}

/// DECP: an object with `marches` (and, from 2022, `contrat-concession`). Read last, once every
/// buyer is known: it keeps the contracts of the site's buyers.
struct DECPFormat: ImportFormat {
    let name = ExportFormat.decp
    var waitsForBuyers: Bool { true }

    func claims(_ document: ParsedExport) -> Bool {
        guard case .json(let root) = document, let o = Loose.object(root) else { return false }
        return o["marches"] != nil || o["contrats-concession"] != nil || o["contrat-concession"] != nil
    }

    func read(document: ParsedExport, into out: inout FileImport, context: ImportContext) {
        guard case .json(let root) = document else { return }
        DECPImporter.read(root, into: &out, site: context.site, knownBuyers: context.knownBuyers)
    }
}
