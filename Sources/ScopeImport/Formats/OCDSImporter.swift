import Foundation
import ScopeModel

/// OCDS 1.1 release packages and record packages → programmations (planning, or tender
/// `planned`) and notices (tender `active` and after). Per `ocid` the newest release wins (a
/// record's `compiledRelease` when it has one). Buyers come from `parties`, their department
/// from their postal code; CPV codes from the items, cleaned; values keep their currency.
enum OCDSImporter {
    static func read(_ root: RawValue, into out: inout FileImport, site: SiteConfig) {
        // (release, its JSON path), newest per ocid.
        var chosen: [String: (RawValue, String, String)] = [:]  // ocid → (release, path, date)
        var order: [String] = []
        func consider(_ release: RawValue, path: String) {
            let loc = SourceLocation(file: out.file, position: .jsonPath(path))
            guard let ocid = Loose.text(Loose.at(release, "ocid")) else {
                out.countRead(.notice)
                out.reject(.notice, at: loc, id: Loose.text(Loose.at(release, "id")), field: "ocid", "a release without an ocid")
                return
            }
            let date = Loose.text(Loose.at(release, "date")) ?? ""
            if let current = chosen[ocid] {
                if date >= current.2 { chosen[ocid] = (release, path, date) }  // later in the file wins a tie
            } else {
                chosen[ocid] = (release, path, date)
                order.append(ocid)
            }
        }
        let o = Loose.object(root) ?? [:]
        if case .list(let releases)? = o["releases"] {
            for (i, r) in releases.enumerated() { consider(r, path: "$.releases[\(i)]") }
        } else if case .list(let records)? = o["records"] {
            for (i, rec) in records.enumerated() {
                if let compiled = Loose.at(rec, "compiledRelease"), Loose.object(compiled) != nil {
                    consider(compiled, path: "$.records[\(i)].compiledRelease")
                } else {
                    for (j, r) in Loose.array(Loose.at(rec, "releases")).enumerated() where Loose.at(r, "ocid") != nil {
                        consider(r, path: "$.records[\(i)].releases[\(j)]")
                    }
                }
            }
        } else if o["ocid"] != nil {
            consider(root, path: "$")
        }
        var outside = 0
        for ocid in order {
            let (release, path, _) = chosen[ocid]!
            let loc = SourceLocation(file: out.file, position: .jsonPath(path))
            let tender = Loose.at(release, "tender")
            let status = (Loose.text(Loose.at(tender, "status")) ?? "").lowercased()
            let isPlan = tender == nil || status == "planned" || status.isEmpty && Loose.at(release, "planning") != nil
            let kind: RecordKind = isPlan ? .programmation : .notice
            out.countRead(kind)
            // The buyer: `buyer.id` found among the parties, else a party with the buyer role.
            let parties = Loose.array(Loose.at(release, "parties"))
            let buyerRef = Loose.text(Loose.at(release, "buyer", "id"))
            let party = parties.first { Loose.text(Loose.at($0, "id")) == buyerRef && buyerRef != nil }
                ?? parties.first { Loose.list(Loose.at($0, "roles")).contains("buyer") }
            let name = Loose.text(Loose.at(party, "name")) ?? Loose.text(Loose.at(party, "identifier", "legalName"))
                ?? Loose.text(Loose.at(release, "buyer", "name"))
            let buyerID = Loose.text(Loose.at(party, "identifier", "id")) ?? buyerRef ?? name.map { Loose.buyerID(name: $0, prefix: "ocds") }
            let department = Loose.text(Loose.at(party, "address", "postalCode")).flatMap(Loose.department(postalCode:))
            if let department, let d = Department.lookup(department), !site.covers(d.code) {
                outside += 1
                out.leaveOut(kind)
                continue
            }
            var f = FieldMap(id: ocid, from: "ocid")
            func put(_ key: String, _ value: RawValue?, from source: String) { f.put(key, value, from: source) }
            put("title", Loose.text(Loose.at(tender, "title")).map(RawValue.string), from: "tender.title")
            put("description", (Loose.text(Loose.at(tender, "description")) ?? Loose.text(Loose.at(release, "planning", "rationale")))
                .map(RawValue.string), from: "tender.description")
            put("buyer", buyerID.map(RawValue.string), from: "buyer.id")
            let category = Loose.text(Loose.at(tender, "mainProcurementCategory"))
            put("contract_type", category.map { .string($0 == "goods" ? "supplies" : $0) }, from: "tender.mainProcurementCategory")
            put("cpv", Optional(cpv(tender)).flatMap { $0.isEmpty ? nil : .list($0.map(RawValue.string)) }, from: "tender.items[].classification")
            put("departments", department.map { .list([.string($0)]) }, from: "parties[buyer].address.postalCode")
            let value = Loose.at(tender, "value") ?? Loose.at(release, "planning", "budget", "amount")
            if let amount = Loose.at(value, "amount") {
                put("estimated_value", amount, from: "tender.value.amount")
                put("currency", Loose.text(Loose.at(value, "currency")).map(RawValue.string), from: "tender.value.currency")
            }
            let start = Loose.text(Loose.at(tender, "tenderPeriod", "startDate"))
            let releaseDay = Loose.text(Loose.at(release, "date")).map { String($0.prefix(10)) }
            if kind == .notice {
                put("procedure", (Loose.text(Loose.at(tender, "procurementMethodDetails")) ?? Loose.text(Loose.at(tender, "procurementMethod")))
                    .map(RawValue.string), from: "tender.procurementMethod")
                put("published", (start.map { String($0.prefix(10)) } ?? releaseDay).map(RawValue.string), from: "tender.tenderPeriod.startDate")
                put("deadline", Loose.text(Loose.at(tender, "tenderPeriod", "endDate")).map(RawValue.string), from: "tender.tenderPeriod.endDate")
                put("documents_url", Loose.array(Loose.at(tender, "documents")).lazy.compactMap { Loose.text(Loose.at($0, "url")) }.first
                    .map(RawValue.string), from: "tender.documents[].url")
                switch status {
                case "complete": put("status", .string("awarded"), from: "tender.status")
                case "cancelled", "unsuccessful", "withdrawn": put("status", .string("cancelled"), from: "tender.status")
                default: break
                }
                let lots = Loose.array(Loose.at(tender, "lots")).enumerated().map { i, lot -> RawValue in
                    var l: [String: RawValue] = ["number": .number(Double(i + 1))]
                    if let t = Loose.text(Loose.at(lot, "title")) { l["title"] = .string(t) }
                    if let v = Loose.at(lot, "value", "amount") { l["value"] = v }
                    return .object(l)
                }
                if !lots.isEmpty { put("lots", .list(lots), from: "tender.lots") }
            } else {
                // Expected publication: the tender period's start, else the first milestone due.
                let due = start ?? Loose.array(Loose.at(release, "planning", "milestones")).lazy
                    .compactMap { Loose.text(Loose.at($0, "dueDate")) }.first
                put("expected_publication", due.map { .string(String($0.prefix(7))) }, from: "tender.tenderPeriod.startDate")
                put("announced", releaseDay.map(RawValue.string), from: "date")
                if status == "cancelled" || status == "withdrawn" { put("status", .string("cancelled"), from: "tender.status") }
            }
            if let buyerID, let name {
                out.buyers.append((Buyer(id: buyerID, name: name, kind: Loose.buyerKind(name: name), department: department, website: nil), loc))
            }
            out.mapped.append(f.record(kind, at: loc))
        }
        out.reportLeftOut(outside, "release", "releases", "of buyers outside the site's departments left out")
    }

    /// CPV codes of the items (classification, then additional classifications), cleaned.
    static func cpv(_ tender: RawValue?) -> [String] {
        var out: [String] = []
        for item in Loose.array(Loose.at(tender, "items")) {
            let classes = [Loose.at(item, "classification")].compactMap { $0 } + Loose.array(Loose.at(item, "additionalClassifications"))
            for c in classes where (Loose.text(Loose.at(c, "scheme")) ?? "CPV").uppercased() == "CPV" {
                guard let raw = Loose.text(Loose.at(c, "id")) else { continue }
                let code = Loose.cpv(raw) ?? raw
                if !out.contains(code) { out.append(code) }
            }
        }
        return out
    }
}
