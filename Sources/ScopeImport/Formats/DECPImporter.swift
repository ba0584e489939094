import Foundation
import ScopeModel

/// DECP, the essential data of awarded contracts, 2019 (`{"marches": [...]}`, buyer with a
/// name) and 2022 (`{"marches": {"marche": [...], "contrat-concession": [...]}}`, buyer by SIRET
/// only) → awards, kept for the site's buyers and for contracts performed in its departments.
/// Messy values (`"NC"`, `1.0e17`, `"non"` where a number belongs) are left out with a warning;
/// the award is still shown.
enum DECPImporter {
    /// Above this an amount is a typing error, not a contract (the largest French contracts are
    /// a few billion euros).
    static let implausibleAmount = 1e11

    static func read(_ root: RawValue, into out: inout FileImport, site: SiteConfig, knownBuyers: Set<String>) {
        var items: [(RawValue, String)] = []
        switch Loose.at(root, "marches") {
        case .list(let l)?: items = l.enumerated().map { ($1, "$.marches[\($0)]") }
        case .object(let o)?:
            for key in o.keys.sorted() {
                items += Loose.array(o[key]).enumerated().map { ($1, "$.marches.\(key)[\($0)]") }
            }
        default:
            out.warn(nil, at: SourceLocation(file: out.file, position: .none), id: nil, field: "marches", "no contracts under \"marches\"")
        }
        var outside = 0
        for (item, path) in items {
            out.countRead(.award)
            let loc = SourceLocation(file: out.file, position: .jsonPath(path))
            guard let m = Loose.object(item) else {
                out.reject(.award, at: loc, id: nil, field: nil, "expected an object, found \(item.excerpt)")
                continue
            }
            let rawID = Loose.text(m["id"])
            guard let rawID else { out.reject(.award, at: loc, id: nil, field: "id", "no id"); continue }
            guard let buyerID = Loose.text(Loose.at(item, "acheteur", "id")) else {
                out.reject(.award, at: loc, id: rawID, field: "acheteur.id", "no buyer id")
                continue
            }
            guard let object = Loose.text(m["objet"]) else {
                out.reject(.award, at: loc, id: rawID, field: "objet", "no object")
                continue
            }
            let department = Self.department(Loose.at(item, "lieuExecution"))
            let inSite = department.flatMap(Department.lookup).map { site.covers($0.code) } ?? false
            guard knownBuyers.contains(buyerID) || inSite else {
                outside += 1
                out.leaveOut(.award)
                continue
            }
            var cpv: [CPVCode] = []
            if let raw = Loose.text(m["codeCPV"]) {
                if let c = Loose.cpv(raw).flatMap(CPVCode.init(parsing:)), CPVDivision.lookup(c.division) != nil { cpv = [c] }
                else { out.warn(.award, at: loc, id: rawID, field: "codeCPV", "not a CPV code: \"\(raw)\"; left out") }
            }
            var notified: Day?
            if let raw = Loose.text(m["dateNotification"]) {
                notified = Day(iso: String(raw.prefix(10)))
                if notified == nil { out.warn(.award, at: loc, id: rawID, field: "dateNotification", "not a date: \"\(raw)\"; left out") }
            }
            var amount: Money?
            if let v = m["montant"], !v.isEmpty {
                let n: Double? = { if case .number(let d) = v { return d }; return v.text.flatMap(Text.parseAmount) }()
                if let n, n.isFinite, n >= 0, n < implausibleAmount { amount = Money(amount: n, currency: "EUR") }
                else if let n, n >= implausibleAmount {
                    out.warn(.award, at: loc, id: rawID, field: "montant", "implausible amount \(v.excerpt); left out")
                } else {
                    out.warn(.award, at: loc, id: rawID, field: "montant", "not an amount: \(v.excerpt); left out")
                }
            }
            let winners = Loose.array(m["titulaires"]).compactMap { t -> String? in
                let w = Loose.at(t, "titulaire") ?? t  // 2022 wraps each winner
                if let name = Loose.text(Loose.at(w, "denominationSociale")) { return name }
                guard let id = Loose.text(Loose.at(w, "id")) else { return nil }
                return "\(Loose.text(Loose.at(w, "typeIdentifiant")) ?? "SIRET") \(id)"
            }
            if !knownBuyers.contains(buyerID) {
                let name = Loose.text(Loose.at(item, "acheteur", "nom")) ?? "Acheteur public \(buyerID)"
                out.buyers.append((Buyer(id: buyerID, name: name, kind: Loose.buyerKind(name: name), department: department, website: nil), loc))
            }
            out.awards.append(Award(id: buyerID + "-" + rawID, buyerID: buyerID, object: object, cpv: cpv, notified: notified,
                                    amount: amount, winners: winners, departments: inSite ? [department!] : [],
                                    procedure: Loose.text(m["procedure"]), source: loc))
        }
        out.reportLeftOut(outside, "contract", "contracts", "of other buyers, performed outside the site's departments, left out")
    }

    /// The department of `lieuExecution`: a department code, a postal code, or a commune's
    /// INSEE code (its first two characters, three overseas).
    static func department(_ place: RawValue?) -> String? {
        guard let code = Loose.text(Loose.at(place, "code")) else { return nil }
        let type = (Loose.text(Loose.at(place, "typeCode")) ?? "").lowercased()
        if type.contains("postal") { return Loose.department(postalCode: code) }
        if type.contains("commune") {
            let c = code.uppercased()
            return c.hasPrefix("97") ? String(c.prefix(3)) : String(c.prefix(2))
        }
        if type.contains("département") || type.contains("departement") { return Department.lookup(code)?.code }
        return nil
    }
}
