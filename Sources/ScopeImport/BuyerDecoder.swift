import Foundation
import ScopeModel

/// Turns a raw record into a `Buyer`, or into the reasons it cannot be one.
enum BuyerDecoder {
    static let fields: Set<String> = ["id", "name", "kind", "department", "website"]

    static func decode(_ record: RawRecord, site: SiteConfig) -> (Buyer?, [Diagnostic]) {
        var r = FieldReader(record, kind: .buyer)
        let id = r.text("id", required: true)
        if let id {
            let digits = id.replacingOccurrences(of: " ", with: "")
            if !(digits.count == 9 || digits.count == 14) || !digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
                r.fail("id", "expected a SIREN (9 digits) or SIRET (14 digits), found \"\(id)\"")
            }
        }
        let name = r.line("name", required: true)
        let kind = r.choice("kind", required: true,
                            allowed: "state, region, department, commune, epci, hospital, other", BuyerKind.init(parsing:))
        var department: String?
        if let raw = r.text("department") {
            if let d = Department.lookup(raw) { department = d.code } else { r.fail("department", "unknown department \"\(raw)\"") }
        }
        let website = r.url("website")
        guard r.isValid, let id, let name, let kind else { return (nil, r.errors + r.warnings) }
        return (Buyer(id: id.replacingOccurrences(of: " ", with: ""), name: name, kind: kind,
                      department: department, website: website), r.warnings)
    }
}
