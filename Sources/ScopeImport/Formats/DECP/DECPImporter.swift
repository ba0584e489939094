import Foundation
import ScopeModel

/// DECP, the essential data of awarded contracts: 2019 (`{"marches": [...]}`, buyer with a
/// name), 2022 and 2024 (`{"marches": {"marche": [...], "contrat-concession": [...]}}`, buyer by
/// SIRET only) → awards, kept for the site's buyers and for contracts performed in its
/// departments. A contract of concession is an award too: its grantor (`autoriteConcedante`) is
/// the buyer, its `concessionnaires` the winners, `valeurGlobale` the amount. Messy values
/// (`"NC"`, `1.0e17`, `"non"` where a number belongs) are left out with a warning; the award is
/// still shown. The same contract twice in a file is merged, with a warning naming both places.
enum DECPImporter {
    /// Above this an amount is a typing error, not a contract (the largest French contracts are
    /// a few billion euros).
    static let implausibleAmount = 1e11

    static func read(_ root: RawValue, into out: inout FileImport, site: ImportSettings, knownBuyers: Set<String>) {
        var items: [(RawValue, String, Bool)] = []  // (contract, its path, a concession)
        let o = Loose.object(root) ?? [:]
        switch o["marches"] {
        case .list(let l)?: items = l.enumerated().map { ($1, "$.marches[\($0)]", false) }
        case .object(let m)?:
            for key in m.keys.sorted() {
                items += Loose.array(m[key]).enumerated().map { ($1, "$.marches.\(key)[\($0)]", key.contains("concession")) }
            }
        default: break
        }
        // The 2024 schema may put the concessions beside the contracts.
        for key in ["contrats-concession", "contrat-concession"] where o[key] != nil {
            let inner = Loose.object(o[key]).flatMap { $0["contrat-concession"] } ?? o[key]
            items += Loose.array(inner).enumerated().map { ($1, "$.\(key)[\($0)]", true) }
        }
        if items.isEmpty, o["marches"] == nil {
            out.warn(nil, at: SourceLocation(file: out.file, position: .none), id: nil, field: "marches", "no contracts under \"marches\"")
        }
        let national = site.region == nil
        var outside = 0
        var seen: [String: String] = [:]  // award id → where it was first read
        for (item, path, concessionKey) in items {
            out.countRead(.award)
            let loc = SourceLocation(file: out.file, position: .jsonPath(path))
            guard let m = Loose.object(item) else {
                out.reject(.award, at: loc, id: nil, field: nil, "expected an object, found \(item.excerpt)")
                continue
            }
            // A concession names its grantor and its concessionnaires, though some files give it the
            // contract's names (`acheteur`, `titulaires`, `montant`): whichever is there is read.
            let concession = (concessionKey || m["autoriteConcedante"] != nil) && m["acheteur"] == nil
            let buyerKey = concession ? "autoriteConcedante" : "acheteur"
            guard let rawID = Loose.text(m["id"]) else { out.reject(.award, at: loc, id: nil, field: "id", "no id"); continue }
            guard let buyerID = Loose.text(Loose.at(item, buyerKey, "id")) else {
                out.reject(.award, at: loc, id: rawID, field: buyerKey + ".id", concession ? "no grantor id" : "no buyer id")
                continue
            }
            guard let object = Loose.text(m["objet"]) else {
                out.reject(.award, at: loc, id: rawID, field: "objet", "no object")
                continue
            }
            let id = buyerID + "-" + rawID
            if let first = seen[id] {
                out.warn(.award, at: loc, id: rawID, field: "id",
                         "the same contract (buyer \(buyerID), id \(rawID)) as at \(first); merged: the first is shown")
                out.merge(.award)
                continue
            }
            seen[id] = path
            let place = Self.place(Loose.at(item, "lieuExecution"))
            if let problem = place.problem { out.warn(.award, at: loc, id: rawID, field: "lieuExecution", problem) }
            let department = place.department
            let inSite = department.flatMap(Department.lookup).map { site.covers($0.code) } ?? false
            // A national site keeps a contract with no usable place; a regional one cannot place it.
            guard knownBuyers.contains(buyerID) || inSite || (national && department == nil) else {
                outside += 1
                out.leaveOut(.award)
                continue
            }
            var cpv: [CPVCode] = []
            if let raw = Loose.text(m["codeCPV"]) {
                if let c = Loose.cpv(raw).flatMap(CPVCode.init(parsing:)), c.entry != nil || c.translatedFrom2003 == nil,
                   CPVDivision.lookup(c.division) != nil {
                    cpv = [c]
                } else if let c = Loose.cpv(raw).flatMap(CPVCode.init(parsing:)), let new = c.translatedFrom2003 {
                    cpv = [new]
                    out.warn(.award, at: loc, id: rawID, field: "codeCPV",
                             "CPV 2003 code \(raw) read as its CPV 2008 successor \(new.description) (\(new.entry?.labelFR ?? ""))")
                } else { out.warn(.award, at: loc, id: rawID, field: "codeCPV", "not a CPV code: \"\(raw)\"; left out") }
            }
            let dateKey = concession || m["dateNotification"] == nil && m["dateSignature"] != nil ? "dateSignature" : "dateNotification"
            var notified: Day?
            if let raw = Loose.text(m[dateKey]) {
                notified = Day(iso: String(raw.prefix(10)))
                if let d = notified, !d.isPlausible {
                    notified = nil
                    out.warn(.award, at: loc, id: rawID, field: dateKey, "a date in the year \(d.year), surely a mistake: \"\(raw)\"; left out")
                } else if notified == nil { out.warn(.award, at: loc, id: rawID, field: dateKey, "not a date: \"\(raw)\"; left out") }
            }
            let amountKey = concession || m["montant"] == nil && m["valeurGlobale"] != nil ? "valeurGlobale" : "montant"
            let amount = Self.amount(m[amountKey], field: amountKey, id: rawID, at: loc, into: &out)
            let winners = Self.winners(m)
            // Modifications (2022, 2024): a new amount, duration or winners, each said with its date.
            var modifications: [Award.Modification] = []
            for (i, change) in Self.items(m["modifications"], "modification").enumerated() {
                guard let c = Loose.object(change) else { continue }
                let field = "modifications[\(i)]"
                let key = c["valeurGlobale"] != nil ? "valeurGlobale" : "montant"
                let raw = Loose.text(c["dateNotificationModification"]) ?? Loose.text(c["dateSignatureModification"])
                modifications.append(Award.Modification(
                    date: raw.flatMap { Day.plausible(String($0.prefix(10))) },
                    amount: Self.amount(c[key], field: field + "." + key, id: rawID, at: loc, into: &out),
                    months: Loose.text(c["dureeMois"]).flatMap { Int($0) }, winners: Self.winners(c)))
            }
            // A concession's yearly execution data: its investment spent and its tariffs.
            var execution: [Award.Execution] = []
            for (i, item) in Self.items(m["donneesExecution"], "donneesAnnuelles").enumerated() {
                guard let e = Loose.object(item) else { continue }
                let field = "donneesExecution[\(i)]"
                let tariffs = Self.items(e["tarifs"], "tarif").compactMap { t -> Award.Tariff? in
                    guard let name = Loose.text(Loose.at(t, "intituleTarif")),
                          let amount = Self.amount(Loose.at(t, "tarif"), field: field + ".tarifs", id: rawID, at: loc, into: &out) else { return nil }
                    return Award.Tariff(name: name, amount: amount)
                }
                execution.append(Award.Execution(
                    published: Loose.text(e["datePublicationDonneesExecution"]).flatMap { Day.plausible(String($0.prefix(10))) },
                    investment: Self.amount(e["depensesInvestissement"], field: field + ".depensesInvestissement", id: rawID, at: loc, into: &out),
                    tariffs: tariffs))
            }
            if !knownBuyers.contains(buyerID) {
                let name = Loose.text(Loose.at(item, buyerKey, "nom")) ?? "Acheteur public \(buyerID)"
                out.buyers.append(MadeBuyer(Buyer(id: buyerID, name: name, kind: Loose.buyerKind(name: name), department: department, website: nil), loc))
            }
            out.awards.append(Award(id: id, buyerID: buyerID, object: object, cpv: cpv, notified: notified,
                                    amount: amount, winners: winners, departments: inSite ? [department!] : [],
                                    procedure: Loose.text(m["procedure"]), source: loc,
                                    months: Loose.text(m["dureeMois"]).flatMap { Int($0) }, modifications: modifications,
                                    execution: execution))
        }
        out.reportLeftOut(outside, "contract", "contracts", "of other buyers, performed outside the site's departments, left out")
    }

    /// An amount, or a warning naming the field and why it is left out.
    static func amount(_ v: RawValue?, field: String, id: String, at loc: SourceLocation, into out: inout FileImport) -> Money? {
        guard let v, !v.isEmpty else { return nil }
        let n: Double? = { if case .number(let d) = v { return d }; return v.text.flatMap(Text.parseAmount) }()
        if let n, n.isFinite, n >= 0, n < implausibleAmount { return Money(amount: n, currency: "EUR") }
        if let n, n >= implausibleAmount {
            out.warn(.award, at: loc, id: id, field: field, "implausible amount \(v.excerpt); left out")
        } else {
            out.warn(.award, at: loc, id: id, field: field, "not an amount: \(v.excerpt); left out")
        }
        return nil
    }

    /// The winners of a contract or a modification: names, else "SIRET 123…".
    static func winners(_ m: [String: RawValue]) -> [String] {
        let (listKey, itemKey) = m["concessionnaires"] != nil ? ("concessionnaires", "concessionnaire") : ("titulaires", "titulaire")
        return items(m[listKey], itemKey).compactMap { w -> String? in
            if let name = Loose.text(Loose.at(w, "denominationSociale")) { return name }
            guard let id = Loose.text(Loose.at(w, "id")) else { return nil }
            return "\(Loose.text(Loose.at(w, "typeIdentifiant")) ?? "SIRET") \(id)"
        }
    }

    /// A list as each form of the schema writes it: `[{"titulaire": x}, …]` (JSON 2022–2024),
    /// `[x, …]` (2019), `{"titulaire": [x, y]}` or `{"titulaire": x}` (the XML form read as JSON).
    static func items(_ v: RawValue?, _ name: String) -> [RawValue] {
        Loose.array(v).flatMap { item -> [RawValue] in
            if let inner = Loose.object(item)?[name] { return Loose.array(inner) }
            return [item]
        }
    }

    /// The department of `lieuExecution`, or what is wrong with it.
    struct Place {
        var department: String?
        var problem: String?
    }

    /// `lieuExecution`: a department code, a postal code (or a department written where a
    /// postal code was asked: `"32"`), or a commune's INSEE code (its first two characters,
    /// three overseas). Anything else is named in a warning.
    static func place(_ place: RawValue?) -> Place {
        guard let code = Loose.text(Loose.at(place, "code")) else { return Place() }
        let type = Loose.text(Loose.at(place, "typeCode")) ?? ""
        let t = type.lowercased()
        let said = "place \"\(code)\" (\(type.isEmpty ? "no typeCode" : type))"
        if let d = Department.lookup(code) {
            if t.contains("département") || t.contains("departement") || t.contains("postal") { return Place(department: d.code) }
        }
        if t.contains("postal") {
            if let d = Loose.department(postalCode: code).flatMap(Department.lookup) { return Place(department: d.code) }
            return Place(problem: "\(said) is not a French postal code; the contract has no place")
        }
        if t.contains("commune") {
            let c = code.uppercased()
            if c.count == 5, let d = Department.lookup(c.hasPrefix("97") ? String(c.prefix(3)) : String(c.prefix(2))) { return Place(department: d.code) }
            return Place(problem: "\(said) is not a commune's INSEE code; the contract has no place")
        }
        if t.contains("département") || t.contains("departement") {
            return Place(problem: "\(said) is not a department; the contract has no place")
        }
        return Place(problem: "\(said) cannot be placed in a department (region, country or other codes are not); the contract has no place")
    }
}
