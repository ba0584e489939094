import Foundation
import ScopeModel

extension ImportUpdates {
    /// A buyer an importer knew only by its name (a BOAMP notice whose `donnees` gives no
    /// SIRET: `boamp-commune-de-millau`) is the buyer of the same name known by its SIRET, when
    /// exactly one such buyer has that name and their departments do not differ. Its records
    /// and awards are moved to that buyer, and a warning names both: one buyer, one page.
    static func resolveNamedBuyers(_ imports: inout [FileImport], native: [Buyer]) {
        var bySIRET: [String: Set<String>] = [:]  // name's key → SIRETs
        var department: [String: String?] = [:]  // SIRET → department
        func note(_ b: Buyer) {
            guard b.id.count == 14, b.id.allSatisfy({ $0.isASCII && $0.isNumber }) else { return }
            bySIRET[nameKey(b.name), default: []].insert(b.id)
            if department[b.id] == nil { department[b.id] = b.department }
        }
        native.forEach(note)
        for fi in imports { fi.buyers.map(\.buyer).forEach(note) }
        guard !bySIRET.isEmpty else { return }

        var moved: [String: (siret: String, name: String, at: SourceLocation, file: Int)] = [:]  // name-made id →
        for i in imports.indices {
            var kept = imports[i].buyers
            kept.removeAll { made in
                let b = made.buyer
                guard b.id.contains("-"), b.id == Loose.buyerID(name: b.name, prefix: String(b.id.prefix { $0 != "-" })),
                      let sirets = bySIRET[nameKey(b.name)], sirets.count == 1, let siret = sirets.first else { return false }
                if let d = b.department, let other = department[siret] ?? nil, d != other { return false }
                if moved[b.id] == nil { moved[b.id] = (siret, b.name, made.location, i) }
                return true
            }
            imports[i].buyers = kept
        }
        guard !moved.isEmpty else { return }
        // The warning is said once per buyer, where it was first made, when a record of the
        // exports named it (an award follows its notice's buyer in any case).
        var said = Set<String>()
        for i in imports.indices {
            for j in imports[i].mapped.indices {
                guard let old = imports[i].mapped[j].record.fields["buyer"]?.text, let to = moved[old] else { continue }
                var f = imports[i].mapped[j].record.fields
                f["buyer"] = .string(to.siret)
                imports[i].mapped[j].record = RawRecord(fields: f, location: imports[i].mapped[j].record.location)
                if said.insert(old).inserted {
                    imports[to.file].warn(.buyer, at: to.at, id: old, field: "name",
                                          "\"\(to.name)\" is given without a SIRET; it is buyer \(to.siret) of the same name, under which its records are listed")
                }
            }
            for j in imports[i].awards.indices {
                if let to = moved[imports[i].awards[j].buyerID] { imports[i].awards[j] = imports[i].awards[j].buyer(to.siret) }
            }
        }
    }

    /// A buyer's name as two spellings of it compare: case, accents and punctuation aside.
    static func nameKey(_ name: String) -> String {
        Folding.key(name).lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
    }
}
