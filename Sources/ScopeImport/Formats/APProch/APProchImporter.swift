import Foundation
import ScopeModel

/// APProch's `projets-dachats-publics` export (JSON or CSV) → programmations. The buyer is a
/// SIREN (padded to 9 digits when it arrives as a number) matched later to a known buyer's
/// SIRET; lists are `|`-separated; `CDL` means empty; the value is a bracket (`40k - 100k€`).
enum APProchImporter {
    static func read(_ records: [RawRecord], into out: inout FileImport, site: ImportSettings) {
        var outside = 0
        for r in records {
            out.countRead(.programmation)
            let f = r.fields
            guard let id = Loose.text(f["code"]) else {
                out.reject(.programmation, at: r.location, id: nil, field: "code", "no code (the project's id)")
                continue
            }
            let departments = Loose.list(f["departement_s_d_execution_du_marche"])
            if !departments.isEmpty, !departments.contains(where: { Department.lookup($0).map { site.covers($0.code) } ?? true }) {
                outside += 1
                out.leaveOut(.programmation)
                continue
            }
            var p = FieldMap(id: id, from: "code")
            func put(_ key: String, _ value: RawValue?, from source: String) { p.put(key, value, from: source) }
            put("title", Loose.text(f["libelle"]).map(RawValue.string), from: "libelle")
            put("description", Loose.text(f["description"]).map(RawValue.string), from: "description")
            put("contract_type", Loose.text(f["categorie_d_achat"]).map { .string(contractType($0)) }, from: "categorie_d_achat")
            var buyerIsSIREN = false
            if let siren = Loose.text(f["siren_de_l_entite_acheteuse"]) {
                let digits = siren.filter { $0.isNumber }
                if digits.count == siren.count, digits.count <= 9 {
                    put("buyer", .string(String(repeating: "0", count: 9 - digits.count) + digits), from: "siren_de_l_entite_acheteuse")
                    buyerIsSIREN = true
                } else {
                    put("buyer", .string(siren), from: "siren_de_l_entite_acheteuse")
                }
            } else { put("buyer", nil, from: "siren_de_l_entite_acheteuse") }
            put("cpv", Optional(Loose.list(f["code_s_cpv"]).map { RawValue.string(Loose.cpv($0) ?? $0) }).flatMap { $0.isEmpty ? nil : .list($0) },
                from: "code_s_cpv")
            put("departments", departments.isEmpty ? nil : .list(departments.map(RawValue.string)), from: "departement_s_d_execution_du_marche")
            // A date of publication → its month.
            put("expected_publication", Loose.text(f["date_previsionnelle_de_publication"]).map { .string(month($0)) },
                from: "date_previsionnelle_de_publication")
            put("duration_months", Loose.text(f["duree_previsionnelle_du_marche"]).map { .string($0.filter { $0.isNumber || $0 == "." }) },
                from: "duree_previsionnelle_du_marche")
            if let text = Loose.text(f["montant_estime_du_marche"]) {
                if let (low, high) = bracket(text) {
                    put("value_min", low.map(RawValue.number), from: "montant_estime_du_marche")
                    put("value_max", high.map(RawValue.number), from: "montant_estime_du_marche")
                } else {
                    out.warn(.programmation, at: r.location, id: id, field: "montant_estime_du_marche",
                             "value bracket \"\(text)\" not understood (expected like 40k - 100k€); left out")
                }
            }
            if let s = Loose.text(f["statut"]) { put("status", .string(status(s)), from: "statut") }
            out.mapped.append(p.record(.programmation, at: r.location, buyerIsSIREN: buyerIsSIREN))
        }
        out.reportLeftOut(outside, "programmation", "programmations", "outside the site's departments left out")
    }

    static func contractType(_ s: String) -> String {
        let l = s.lowercased()
        if l.contains("travaux") { return "works" }
        if l.contains("fourniture") { return "supplies" }
        if l.contains("service") { return "services" }
        return s
    }

    static func status(_ s: String) -> String {
        let l = s.lowercased()
        if l.hasPrefix("prévision") || l.hasPrefix("prevision") || l.hasPrefix("en cours") { return "planned" }
        if l.hasPrefix("publi") { return "published" }
        if l.hasPrefix("abandon") || l.hasPrefix("annul") { return "cancelled" }
        return s
    }

    /// `2027-03-15` → `2027-03`; anything else as given (the decoder names it if wrong).
    static func month(_ s: String) -> String {
        let t = s.prefix(10)
        if t.count == 10, Day(iso: String(t)) != nil { return String(t.prefix(7)) }
        return s
    }

    /// `40k - 100k€`, `1M - 5M€`, `< 40k€`, `> 5M€`, `100 000 - 200 000 €` → (low, high).
    static func bracket(_ s: String) -> (Double?, Double?)? {
        let t = s.replacingOccurrences(of: "€", with: "").replacingOccurrences(of: "\u{202F}", with: "")
            .replacingOccurrences(of: "\u{00A0}", with: "").replacingOccurrences(of: " ", with: "").lowercased()
        func amount(_ a: Substring) -> Double? {
            var a = a
            var factor = 1.0
            if a.hasSuffix("k") { factor = 1_000; a = a.dropLast() }
            else if a.hasSuffix("m") { factor = 1_000_000; a = a.dropLast() }
            return Double(a.replacingOccurrences(of: ",", with: ".")).map { $0 * factor }
        }
        if t.hasPrefix("<") { return amount(t.dropFirst().drop { $0 == "=" }).map { (nil, $0) } }
        if t.hasPrefix(">") { return amount(t.dropFirst().drop { $0 == "=" }).map { ($0, nil) } }
        let parts = t.split(separator: "-", maxSplits: 1)
        if parts.count == 2, let lo = amount(parts[0]), let hi = amount(parts[1]) { return (lo, hi) }
        if parts.count == 1, let v = amount(parts[0]) { return (v, v) }
        return nil
    }
}
