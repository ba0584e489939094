import Foundation
import ScopeModel

/// OCDS 1.1 release packages and record packages → programmations (planning, or tender
/// `planned`) and notices (tender `active` and after). Per `ocid` the newest release wins (a
/// record's `compiledRelease` when it has one). Buyers come from `parties`, their department
/// from their postal code; CPV codes from the items, cleaned; values keep their currency.
enum OCDSImporter {
    static func read(_ root: RawValue, into out: inout FileImport, site: ImportSettings) {
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
                let newer = date >= current.2  // later in the file wins a tie
                let (kept, other) = newer ? (path, current.1) : (current.1, path)
                let kind = Self.kind(of: newer ? release : current.0)
                out.countRead(kind)
                out.merge(kind)
                out.warn(kind, at: SourceLocation(file: out.file, position: .jsonPath(other)), id: ocid, field: "date",
                         "another release of \(ocid) (at \(kept)) is newer or later in the file; merged: that one is read")
                if newer { chosen[ocid] = (release, path, date) }
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
            let kind = Self.kind(of: release)
            out.countRead(kind)
            // The buyer: `buyer.id` found among the parties, else a party with the buyer role.
            let parties = Loose.array(Loose.at(release, "parties"))
            let buyerRef = Loose.text(Loose.at(release, "buyer", "id"))
            let party = parties.first { Loose.text(Loose.at($0, "id")) == buyerRef && buyerRef != nil }
                ?? parties.first { Loose.list(Loose.at($0, "roles")).contains("buyer") }
            let name = Loose.text(Loose.at(party, "name")) ?? Loose.text(Loose.at(party, "identifier", "legalName"))
                ?? Loose.text(Loose.at(release, "buyer", "name"))
            let buyerID = Loose.text(Loose.at(party, "identifier", "id")) ?? buyerRef ?? name.map { Loose.buyerID(name: $0, prefix: "ocds") }
            let places = Self.departments(release, buyer: party ?? Loose.at(release, "buyer"))
            guard let department = places.first(where: site.covers) ?? places.first else {
                let address = Loose.at(party ?? Loose.at(release, "buyer"), "address")
                let said = [Loose.text(Loose.at(address, "postalCode")), Loose.text(Loose.at(address, "locality")),
                            Loose.text(Loose.at(address, "countryName")) ?? Loose.text(Loose.at(address, "country"))].compactMap { $0 }
                out.warn(kind, at: loc, id: ocid, field: "parties[buyer].address",
                         "no place in France (buyer's address: \(said.isEmpty ? "none" : said.joined(separator: ", ")); no French delivery address); left out")
                out.leaveOut(kind)
                continue
            }
            if !site.covers(department) {
                outside += 1
                out.leaveOut(kind)
                continue
            }
            if kind == .award {
                if let buyerID, let name {
                    out.buyers.append(MadeBuyer(Buyer(id: buyerID, name: name, kind: Loose.buyerKind(name: name), department: department, website: nil), loc))
                }
                Self.awards(release, ocid: ocid, buyerID: buyerID ?? ocid, departments: places.filter(site.covers), at: loc, into: &out)
                continue
            }
            var f = FieldMap(id: ocid, from: "ocid")
            func put(_ key: String, _ value: RawValue?, from source: String) { f.put(key, value, from: source) }
            put("title", Loose.text(Loose.at(tender, "title")).map(RawValue.string), from: "tender.title")
            put("description", (Loose.text(Loose.at(tender, "description")) ?? Loose.text(Loose.at(release, "planning", "rationale")))
                .map(RawValue.string), from: "tender.description")
            put("buyer", buyerID.map(RawValue.string), from: "buyer.id")
            let codes = cpv(tender)
            let category = Loose.text(Loose.at(tender, "mainProcurementCategory")).map { $0 == "goods" ? "supplies" : $0 }
                ?? codes.first.flatMap(CPVCode.init(parsing:)).map(Self.contractType)
            put("contract_type", category.map(RawValue.string), from: "tender.mainProcurementCategory")
            if codes.isEmpty {
                out.warn(kind, at: loc, id: ocid, field: "tender.items[].classification", "no CPV code; listed as not classified")
            }
            put("cpv", .list(codes.map(RawValue.string)), from: "tender.items[].classification")
            put("departments", .list(places.filter(site.covers).map(RawValue.string)), from: "parties[buyer].address.postalCode")
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
                let lotDeadlines = Loose.array(Loose.at(tender, "lots")).compactMap { Loose.text(Loose.at($0, "tenderPeriod", "endDate")) }
                let earliest = lotDeadlines.min { (ParisTime.parse($0) ?? .distantFuture) < (ParisTime.parse($1) ?? .distantFuture) }
                if let d = Loose.text(Loose.at(tender, "tenderPeriod", "endDate")) {
                    put("deadline", .string(d), from: "tender.tenderPeriod.endDate")
                } else {
                    put("deadline", earliest.map(RawValue.string), from: "tender.lots[].tenderPeriod.endDate")
                }
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
                    if let d = Loose.text(Loose.at(lot, "tenderPeriod", "endDate")) { l["deadline"] = .string(d) }
                    let lotID = Loose.text(Loose.at(lot, "id"))
                    if let c = Loose.array(Loose.at(tender, "items")).first(where: { lotID != nil && Loose.text(Loose.at($0, "relatedLot")) == lotID })
                        .flatMap({ Loose.text(Loose.at($0, "classification", "id")) }).flatMap(Loose.cpv) { l["cpv"] = .string(c) }
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
                out.buyers.append(MadeBuyer(Buyer(id: buyerID, name: name, kind: Loose.buyerKind(name: name), department: department, website: nil), loc))
            }
            out.mapped.append(f.record(kind, at: loc))
        }
        out.reportLeftOut(outside, "release", "releases", "of buyers outside the site's departments left out")
    }

    /// A release's kind: an award or contract release (awards, no open tender) is an award; a
    /// planning release or a tender `planned` a programmation; any other tender a notice.
    static func kind(of release: RawValue) -> RecordKind {
        let tags = Loose.list(Loose.at(release, "tag")).map { $0.lowercased() }
        let tender = Loose.at(release, "tender")
        let status = (Loose.text(Loose.at(tender, "status")) ?? "").lowercased()
        let hasAwards = !Loose.array(Loose.at(release, "awards")).isEmpty || !Loose.array(Loose.at(release, "contracts")).isEmpty
        let awardTag = tags.contains { $0.hasPrefix("award") || $0.hasPrefix("contract") || $0.hasPrefix("implementation") }
        if hasAwards && (awardTag || tender == nil || status == "complete") { return .award }
        if tender == nil || status == "planned" || status.isEmpty && Loose.at(release, "planning") != nil { return .programmation }
        return .notice
    }

    /// Every department the release names: the buyer's French address, then delivery addresses
    /// and locations of the tender, its items and its lots (postal codes, or NUTS-3 codes).
    static func departments(_ release: RawValue, buyer: RawValue?) -> [String] {
        var out: [String] = []
        func add(address a: RawValue?) {
            guard let a else { return }
            let country = (Loose.text(Loose.at(a, "countryName")) ?? Loose.text(Loose.at(a, "country")) ?? "FR").uppercased()
            guard ["FR", "FRA", "FRANCE"].contains(country) else { return }
            if let d = Loose.text(Loose.at(a, "postalCode")).flatMap(Loose.department(postalCode:)), Department.lookup(d) != nil, !out.contains(d) { out.append(d) }
            if let r = Loose.text(Loose.at(a, "region")), let d = Department.of(nuts: r), !out.contains(d.code) { out.append(d.code) }
        }
        func add(location l: RawValue?) {
            for id in Loose.array(Loose.at(l, "gazetteer", "identifiers")).compactMap(Loose.text) {
                if let d = Department.of(nuts: id), !out.contains(d.code) { out.append(d.code) }
            }
            add(address: Loose.at(l, "address"))
        }
        let tender = Loose.at(release, "tender")
        var places: [RawValue] = [tender].compactMap { $0 }
        places += Loose.array(Loose.at(tender, "items")) + Loose.array(Loose.at(tender, "lots"))
        for p in places {
            for a in Loose.array(Loose.at(p, "deliveryAddresses")) + [Loose.at(p, "deliveryAddress")].compactMap({ $0 }) { add(address: a) }
            for l in Loose.array(Loose.at(p, "deliveryLocations")) + [Loose.at(p, "deliveryLocation")].compactMap({ $0 }) { add(location: l) }
        }
        let fromPlaces = out
        out = []
        add(address: Loose.at(buyer, "address"))
        // The place of performance first, the buyer's address when there is none.
        return fromPlaces.isEmpty ? out : fromPlaces
    }

    /// CPV divisions 03–44 and 48 are supplies, 45 works, the rest services.
    static func contractType(_ code: CPVCode) -> String {
        let d = Int(code.division) ?? 0
        if d == 45 { return "works" }
        return d < 45 || d == 48 ? "supplies" : "services"
    }

    /// The release's awards (active or pending), each with its suppliers as winners.
    static func awards(_ release: RawValue, ocid: String, buyerID: String, departments: [String], at loc: SourceLocation,
                       into out: inout FileImport) {
        let tender = Loose.at(release, "tender")
        let codes = cpv(tender).compactMap(CPVCode.init(parsing:))
        let before = out.awards.count
        defer {
            let made = out.awards.count - before
            if made == 0 {
                out.warn(.award, at: loc, id: ocid, field: "awards[].status", "no active or pending award; left out")
                out.leaveOut(.award)
            }
            // Each award is a record of its own.
            if made > 1 { out.read[.award, default: 0] += made - 1 }
        }
        for (i, a) in Loose.array(Loose.at(release, "awards")).enumerated() {
            let status = (Loose.text(Loose.at(a, "status")) ?? "active").lowercased()
            guard status == "active" || status == "pending" else { continue }
            let id = Loose.text(Loose.at(a, "id")) ?? String(i + 1)
            let amount = Loose.at(a, "value", "amount").flatMap { v -> Double? in if case .number(let n) = v { return n }; return v.text.flatMap(Text.parseAmount) }
            let object = Loose.text(Loose.at(a, "title")) ?? Loose.text(Loose.at(tender, "title")) ?? Loose.text(Loose.at(a, "description")) ?? ocid
            out.awards.append(Award(id: buyerID + "-" + ocid + "-" + id, buyerID: buyerID, object: object, cpv: codes,
                                    notified: Loose.text(Loose.at(a, "date")).flatMap { Day.plausible(String($0.prefix(10))) },
                                    amount: amount.map { Money(amount: $0, currency: Loose.text(Loose.at(a, "value", "currency")) ?? "EUR") },
                                    winners: Loose.array(Loose.at(a, "suppliers")).compactMap { Loose.text(Loose.at($0, "name")) },
                                    departments: departments, procedure: Loose.text(Loose.at(tender, "procurementMethodDetails")), source: loc,
                                    notice: ocid, origin: .ocds))
        }
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
