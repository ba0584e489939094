import Foundation
import ScopeModel

/// BOAMP open data (the Opendatasoft `boamp` dataset), JSON or CSV → notices and their buyers.
/// A call for tender (`APPEL_OFFRE`) becomes a notice; a `RECTIFICATIF` corrects the notice it
/// links (`annonce_lie`); `etat: AVIS_ANNULE` cancels; an `ATTRIBUTION` marks the linked notice
/// awarded. See docs/formats.md for every field.
enum BOAMPImporter {
    static func read(_ records: [RawRecord], into out: inout FileImport, site: ImportSettings) {
        var outside = 0
        for r in records {
            out.countRead(.notice)
            let f = r.fields
            guard let id = Loose.text(f["idweb"]) else {
                out.reject(.notice, at: r.location, id: Loose.text(f["id"]), field: "idweb", "no idweb (the notice's BOAMP number)")
                continue
            }
            let nature = (Loose.text(f["nature"]) ?? "").uppercased()
            let etat = (Loose.text(f["etat"]) ?? "").uppercased()
            let links = (Loose.list(f["annonce_lie"]) + Loose.list(f["annonces_anterieures"])).filter { $0 != id }
            let published = Loose.text(f["dateparution"]) ?? ""

            if nature.contains("ATTRIBUTION") || nature.contains("RESULTAT") {
                guard !links.isEmpty else {
                    out.reject(.notice, at: r.location, id: id, field: "annonce_lie",
                               "an award notice (\(nature)) that links no notice: nothing to mark awarded")
                    continue
                }
                for t in links { out.updates.append(NoticeUpdate(target: t, change: .award, by: id, published: published, location: r.location)) }
                if let award = award(r, id: id, notice: links[0], site: site) {
                    out.awards.append(award)
                    if let name = Loose.text(f["nomacheteur"]) {
                        out.buyers.append(MadeBuyer(Buyer(id: award.buyerID, name: name, kind: Loose.buyerKind(name: name),
                                                          department: award.departments.first, website: nil), r.location))
                    }
                }
                continue
            }
            // Real rectificatifs say so in `etat` as often as in `nature` (`etat: RECTIFICATIF`
            // with `nature: APPEL_OFFRE`, no deadline and no contract type of their own).
            if nature.contains("RECTIFICATIF") || nature.contains("MODIFICATION") || etat == "RECTIFICATIF" {
                guard !links.isEmpty else {
                    out.reject(.notice, at: r.location, id: id, field: "annonce_lie", "a correction (\(nature)) that links no notice")
                    continue
                }
                let change: NoticeUpdate.Change = etat == "AVIS_ANNULE" ? .cancel : .correct(map(r, id: links[0], site: site, partial: true))
                for t in links { out.updates.append(NoticeUpdate(target: t, change: change, by: id, published: published, location: r.location)) }
                continue
            }
            if etat == "AVIS_ANNULE" && !links.isEmpty && !nature.contains("APPEL") {
                for t in links { out.updates.append(NoticeUpdate(target: t, change: .cancel, by: id, published: published, location: r.location)) }
                continue
            }
            if !nature.isEmpty && !nature.contains("APPEL") && !nature.contains("AVIS_MARCHE") {
                out.warn(.notice, at: r.location, id: id, field: "nature", "nature \"\(nature)\" is not a call for tender; left out")
                out.leaveOut(.notice)
                continue
            }
            // Departments: outside the site, the notice is left out (counted, not an error).
            let departments = Self.departments(f)
            if !departments.isEmpty, !departments.contains(where: { Department.lookup($0).map { site.covers($0.code) } ?? true }) {
                outside += 1
                out.leaveOut(.notice)
                continue
            }
            var mapped = map(r, id: id, site: site, partial: false)
            // Published in the site's departments, but performed outside them: left out too.
            if let place = mapped.origin["departments"], place == "donnees",
               let d = Loose.list(mapped.record.fields["departments"]).first, Department.lookup(d).map({ !site.covers($0.code) }) ?? false {
                outside += 1
                out.leaveOut(.notice)
                continue
            }
            if mapped.record.fields["cpv"] == nil {
                let descriptors = Loose.list(f["descripteur_libelle"])
                out.warn(.notice, at: r.location, id: id, field: "donnees",
                         "no CPV code in donnees" + (descriptors.isEmpty ? "" : " (BOAMP's descriptors: \(descriptors.joined(separator: ", ")))")
                         + "; listed as not classified")
                var fields = mapped.record.fields
                fields["cpv"] = .list([])
                mapped.record = RawRecord(fields: fields, location: mapped.record.location)
            }
            if etat == "AVIS_ANNULE" { mapped.record = RawRecord(fields: mapped.record.fields.merging(["status": .string("cancelled")]) { _, b in b }, location: r.location) }
            // The buyer, named by the notice: a stable id from its SIRET when `donnees` gives one, else from its name.
            if let name = Loose.text(f["nomacheteur"]), let buyer = mapped.record.fields["buyer"]?.text {
                let dep = departments.lazy.compactMap(Department.lookup).first { site.covers($0.code) }?.code
                out.buyers.append(MadeBuyer(Buyer(id: buyer, name: name, kind: Loose.buyerKind(name: name), department: dep, website: nil), r.location))
            }
            out.mapped.append(mapped)
        }
        out.reportLeftOut(outside, "notice", "notices", "outside the site's departments left out")
    }

    /// What an award notice says of its contract, for the page of the notice it concludes and
    /// its buyer's: its results when `donnees` is an eForms notice (per lot, amounts, members of
    /// a consortium), else the winners BOAMP lists (`titulaire`). Nil outside the site.
    static func award(_ r: RawRecord, id: String, notice: String, site: ImportSettings) -> Award? {
        let f = r.fields
        let deps = departments(f).filter { Department.lookup($0).map { site.covers($0.code) } ?? false }
        guard !deps.isEmpty || departments(f).isEmpty, let name = Loose.text(f["nomacheteur"]) else { return nil }
        let donnees = BOAMPDonnees(f["donnees"])
        let buyer = donnees?.siret ?? Loose.buyerID(name: name, prefix: "boamp")
        let published = Loose.text(f["dateparution"]).flatMap { Day.plausible(String($0.prefix(10))) }
        if let n = donnees?.eforms, n.family == .result {
            let a = EFormsFormat.award(n, id: id, buyer: buyer, departments: deps, procedure: Loose.text(f["procedure_libelle"]),
                                       origin: .boamp, notice: notice, at: r.location)
            // Results without names of their own: BOAMP's list of winners. The award's date is its
            // eForms AwardDate; the notice's publication is said as such.
            return Award(id: a.id, buyerID: buyer, object: Loose.text(f["objet"]) ?? a.object, cpv: a.cpv,
                         notified: n.awardDate.flatMap { Day.plausible($0) }, amount: a.amount,
                         winners: a.winners.isEmpty ? Loose.list(f["titulaire"]) : a.winners, departments: deps, procedure: a.procedure,
                         source: r.location, notice: notice, lots: a.lots, origin: .boamp, frameworkMaximum: a.frameworkMaximum, published: published)
        }
        return Award(id: buyer + "-" + id, buyerID: buyer, object: Loose.text(f["objet"]) ?? id,
                     cpv: (donnees?.cpv ?? []).compactMap(CPVCode.init(parsing:)), notified: nil, amount: nil,
                     winners: Loose.list(f["titulaire"]), departments: deps, procedure: Loose.text(f["procedure_libelle"]),
                     source: r.location, notice: notice, origin: .boamp, published: published)
    }

    static func departments(_ f: [String: RawValue]) -> [String] {
        var out = Loose.list(f["code_departement"])
        for d in Loose.list(f["code_departement_prestation"]) where !out.contains(d) { out.append(d) }
        return out
    }

    /// A BOAMP record in Scope's notice fields. `partial` (a correction) keeps only what it gives.
    static func map(_ r: RawRecord, id: String, site: ImportSettings, partial: Bool) -> MappedRecord {
        let f = r.fields
        var m = FieldMap(id: id, from: "idweb")
        func put(_ key: String, _ value: RawValue?, from source: String) { m.put(key, value, from: source) }
        put("title", Loose.text(f["objet"]).map(RawValue.string), from: "objet")
        let donnees = BOAMPDonnees(f["donnees"])
        if let name = Loose.text(f["nomacheteur"]) {
            put("buyer", .string(donnees?.siret ?? Loose.buyerID(name: name, prefix: "boamp")), from: "nomacheteur")
        }
        if let types = Optional(Loose.list(f["type_marche"])), let first = types.first {
            put("contract_type", .string(first), from: "type_marche")
        }
        put("procedure", (Loose.text(f["procedure_libelle"]) ?? Loose.text(f["type_procedure"])).map(RawValue.string), from: "procedure_libelle")
        // `code_departement` lists where the notice is published; the place of performance, when
        // `donnees` names its department, is where it is (26-7113: published in nine departments,
        // performed at Doulaincourt-Saucourt 52270).
        var deps = departments(f)
        if let d = donnees?.placeDepartment {
            deps = [d]
            put("departments", .list([.string(d)]), from: "donnees")
        } else if !deps.isEmpty { put("departments", .list(deps.map(RawValue.string)), from: "code_departement") }
        if let p = donnees?.place { put("place", .string(p), from: "donnees") }
        put("published", Loose.text(f["dateparution"]).map(RawValue.string), from: "dateparution")
        // The deadline is the hour the buyer wrote: the digits of `donnees` (else of the top-level
        // `datelimitereponse`, the same digits labelled +00:00), in the local time of the notice's
        // place, whatever offset they carry (see docs/formats.md, "BOAMP deadlines").
        let zone = LocalTime.zone(department: deps.first)
        if let t = donnees?.deadline, let local = LocalTime.wallClock(t, in: zone) {
            put("deadline", .string(local), from: "donnees")
        } else if let t = Loose.text(f["datelimitereponse"]) {
            put("deadline", .string(LocalTime.wallClock(t, in: zone) ?? t), from: "datelimitereponse")
        } else if !partial, let t = Loose.text(f["datefindiffusion"]), let day = Day(iso: t) {
            // No deadline stated: the notice stays listed until BOAMP stops showing it, and says so.
            put("deadline", .string(day.description), from: "datefindiffusion")
            put("deadline_kind", .string("listing"), from: "datefindiffusion")
        }
        if let d = donnees {
            if m.fields["description"] == nil, let t = d.description { put("description", .string(t), from: "donnees") }
            if !d.cpv.isEmpty { put("cpv", .list(d.cpv.map(RawValue.string)), from: "donnees") }
            if let v = d.value { put("estimated_value", .number(v), from: "donnees") }
            if let r = d.range {
                put("value_min", r.low.map(RawValue.number), from: "donnees")
                put("value_max", r.high.map(RawValue.number), from: "donnees")
            }
            if !d.lots.isEmpty {
                put("lots", .list(d.lots.enumerated().map { .object(BOAMPDonnees.lot($1, index: $0)) }), from: "donnees")
            }
            put("documents_url", d.documentsURL.map(RawValue.string), from: "donnees")
        }
        if m.fields["documents_url"] == nil { put("documents_url", Loose.text(f["url_avis"]).map(RawValue.string), from: "url_avis") }
        return m.record(.notice, at: r.location)
    }
}
