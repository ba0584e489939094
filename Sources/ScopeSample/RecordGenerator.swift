import Foundation

/// One generated record, as the writers lay it out.
struct SampleRecord {
    var fields: [String: Any]
    var btp: Bool
    var buyerID: String
}

/// Draws notices and programmations: titles from the trades, places from the buyer's
/// department, dates spread around the reference day so that some notices are open, some
/// close soon and some are closed.
struct RecordGenerator {
    var rng: SampleRandom
    let founders: [SampleBuyer]
    let crowd: [SampleBuyer]

    static let now = (year: 2026, month: 11, day: 16)

    /// Founders' shares of the programmations.
    static let founderWeights = [30, 15, 20, 15, 7, 10, 3]

    mutating func founder() -> SampleBuyer {
        var r = rng.int(Self.founderWeights.reduce(0, +))
        for (i, w) in Self.founderWeights.enumerated() { r -= w; if r < 0 { return founders[i] } }
        return founders[0]
    }

    /// A buyer for a notice: founders publish some, the rest spread unevenly over the crowd;
    /// always one of the kinds that buy such a thing.
    mutating func noticeBuyer(_ kinds: Set<String>) -> SampleBuyer {
        for _ in 0..<60 {
            let b: SampleBuyer
            if rng.chance(0.08) || crowd.isEmpty { b = founder() } else {
                // Zipf-like: a few buyers publish a lot, most publish once or twice.
                let u = rng.unit()
                b = crowd[min(Int(Double(crowd.count) * pow(u, 1.6)), crowd.count - 1)]
            }
            if kinds.contains(b.kind) { return b }
        }
        return (crowd + founders).first { kinds.contains($0.kind) } ?? founder()
    }

    /// Who buys what a title pattern says: a hospital its medical supplies and wards, a
    /// department or the region its collèges and lycées, the region its coaches, a department
    /// its social services; communes and their groupings their streets, networks, schools and
    /// buildings; anyone its own services (`{de-o}`, `{le-o}`).
    static func buyerKinds(_ pattern: String, _ trade: Trade) -> Set<String> {
        if trade.cpv.first?.hasPrefix("33") == true || pattern.contains("hospitalier") || pattern.contains("soins") { return ["hospital"] }
        if pattern.contains("{e}") { return ["department", "region"] }
        if pattern.contains("RSA") { return ["department"] }
        if pattern.contains("Transport scolaire") || pattern.contains("lignes régulières") { return ["region", "epci"] }
        // Meals and food for canteens: those that run schools, care homes or hospitals.
        if let c = trade.cpv.first, c.hasPrefix("15") || c.hasPrefix("55") { return ["commune", "epci", "hospital", "department", "region"] }
        if pattern.contains("-o}") { return ["commune", "epci", "hospital", "department", "region", "state", "other"] }
        return ["commune", "epci"]
    }

    mutating func fill(_ pattern: String, buyer: SampleBuyer, commune: String) -> String {
        var t = pattern
        t = t.replacingOccurrences(of: "{c}", with: commune)
        t = t.replacingOccurrences(of: "{r}", with: rng.pick(Geography.streets))
        t = t.replacingOccurrences(of: "{s}", with: rng.pick(Geography.schools))
        t = t.replacingOccurrences(of: "{b}", with: rng.pick(Geography.buildings))
        let school = buyer.kind == "region" ? rng.pick(Geography.lycees) : rng.pick(Geography.colleges)
        t = t.replacingOccurrences(of: "{e}", with: "\(school) de \(commune)")
        t = t.replacingOccurrences(of: "{de-o}", with: Self.article(buyer.name, de: true))
        t = t.replacingOccurrences(of: "{le-o}", with: Self.article(buyer.name, de: false))
        // "de Le Vigan" → "du Vigan", "à Le Vigan" → "au Vigan".
        t = t.replacingOccurrences(of: "de Le ", with: "du ").replacingOccurrences(of: "à Le ", with: "au ")
        return t
    }

    mutating func commune(for buyer: SampleBuyer) -> (String, String) {
        let dep = rng.pick(buyer.area)
        // A commune works at home; other local buyers mostly do, and sometimes elsewhere in their department.
        if buyer.kind == "commune" || (buyer.area.count == 1 && rng.chance(0.6)) { return (buyer.commune, buyer.department) }
        let communes = Geography.departments.first { $0.code == dep }!.communes
        return (rng.pick(communes), dep)
    }

    /// A buyer's name with its article: "la commune de Foix", "du centre hospitalier de Rodez",
    /// "de Toulouse Métropole".
    static func article(_ name: String, de: Bool) -> String {
        let first = name.split(separator: " ").first.map(String.init) ?? name
        let feminine: Set<String> = ["Commune", "Communauté", "Direction", "Préfecture", "Région", "Chambre", "DREAL", "CCI"]
        let masculine: Set<String> = ["Centre", "Syndicat", "Service", "Conseil", "Rectorat", "Lycée", "Sicoval"]
        let lowered = ["Commune", "Communauté", "Direction", "Préfecture", "Chambre", "Centre", "Syndicat", "Service", "Conseil",
                       "Rectorat", "Lycée", "Office"].contains(first) ? first.lowercased() + name.dropFirst(first.count) : name
        if feminine.contains(first) { return (de ? "de la " : "la ") + lowered }
        if masculine.contains(first) { return (de ? "du " : "le ") + lowered }
        if let f = first.first, "AEIOUÉ".contains(f) { return (de ? "de l'" : "l'") + lowered }
        return de ? "de " + name : name
    }

    static func day(offset: Int) -> DateComponents {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "Europe/Paris")!
        let base = c.date(from: DateComponents(year: now.year, month: now.month, day: now.day, hour: 12))!
        return c.dateComponents([.year, .month, .day], from: c.date(byAdding: .day, value: offset, to: base)!)
    }

    static func iso(_ c: DateComponents) -> String { String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!) }

    /// The Paris offset of a day, for deadlines written with their offset.
    static func offset(_ c: DateComponents) -> String {
        let tz = TimeZone(identifier: "Europe/Paris")!
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = tz
        let d = cal.date(from: DateComponents(year: c.year, month: c.month, day: c.day, hour: 12))!
        return tz.secondsFromGMT(for: d) == 7200 ? "+02:00" : "+01:00"
    }

    mutating func description(title: String, procedure: String?, months: Int, lots: Int) -> String {
        var parts = ["Le présent marché a pour objet : \(title.prefix(1).lowercased() + title.dropFirst())."]
        if let procedure { parts.append("Il est passé selon la procédure suivante : **\(procedure.lowercased())**.") }
        parts.append("**Durée** : \(months) mois\(rng.chance(0.3) ? ", reconductible une fois" : "").")
        if lots > 1 { parts.append("La consultation est allotie en \(lots) lots ; les candidats peuvent répondre à un ou plusieurs lots.") }
        let tech = [50, 55, 60, 70][rng.int(4)]
        parts.append("Critères d'attribution :\n\n- valeur technique : \(tech) %\n- prix : \(100 - tech) %")
        if rng.chance(0.35) { parts.append("Une visite sur site est *obligatoire* ; les modalités figurent au règlement de la consultation.") }
        return parts.joined(separator: "\n\n")
    }

    // MARK: programmations

    mutating func programmations(_ count: Int) -> [SampleRecord] {
        let btpCount = Int((Double(count) / 3).rounded())
        var flags = Array(repeating: true, count: btpCount) + Array(repeating: false, count: count - btpCount)
        rng.shuffle(&flags)
        let brackets: [(Double?, Double?)] = [(40_000, 100_000), (100_000, 215_000), (215_000, 1_000_000),
                                             (1_000_000, 5_000_000), (5_000_000, nil)]
        var out: [SampleRecord] = []
        for (i, btp) in flags.enumerated() {
            // A founder and a purchase of its kind.
            var buyer = founder(), trade = btp ? rng.pick(Trades.btp.filter { $0.type == "works" }) : rng.pick(Trades.others)
            var pattern = rng.pick(trade.titles)
            while !Self.buyerKinds(pattern, trade).contains(buyer.kind) {
                buyer = founder()
                trade = btp ? rng.pick(Trades.btp.filter { $0.type == "works" }) : rng.pick(Trades.others)
                pattern = rng.pick(trade.titles)
            }
            let (commune, dep) = commune(for: buyer)
            let title = fill(pattern, buyer: buyer, commune: commune)
            // Expected publication: from two months ago (some late) to eighteen months ahead.
            let monthOffset = rng.int(in: -2...18)
            var month = Self.now.month + monthOffset, year = Self.now.year
            while month > 12 { month -= 12; year += 1 }
            while month < 1 { month += 12; year -= 1 }
            let expected = rng.chance(0.6) ? "\(year)-Q\((month - 1) / 3 + 1)" : String(format: "%04d-%02d", year, month)
            var f: [String: Any] = [
                "id": String(format: "P26-%05d", i + 1),
                "title": title,
                "buyer": buyer.id,
                "contract_type": trade.type,
                "cpv": trade.cpv.joined(separator: "|"),
                "departments": dep,
                "expected_publication": expected,
                "duration_months": [6, 12, 12, 24, 36, 48][rng.int(6)],
                "description": "Projet d'achat prévisionnel \(Self.article(buyer.name, de: true)) : \(title.prefix(1).lowercased() + title.dropFirst()).\n\nInformation non contractuelle, publiée pour permettre aux entreprises de se préparer.",
                "status": rng.chance(0.02) ? "cancelled" : "planned",
                "announced": Self.iso(Self.day(offset: -rng.int(in: 0...150))),
            ]
            let r = rng.unit()
            if r < 0.5 {
                let b = rng.pick(btp ? Array(brackets[1...]) : Array(brackets[..<4]))
                if let lo = b.0 { f["value_min"] = Int(lo) }
                if let hi = b.1 { f["value_max"] = Int(hi) }
            } else if r < 0.9 {
                f["estimated_value"] = Int(btp ? rng.amount(150_000, 8_000_000, step: 10_000) : rng.amount(40_000, 2_000_000, step: 5_000))
            }
            out.append(SampleRecord(fields: f, btp: btp, buyerID: buyer.id))
        }
        return out
    }

    // MARK: notices

    /// `progs`: the programmations, some of which a notice comes to publish: those are
    /// dated to agree with it (announced before, expected in the notice's month) and published.
    mutating func notices(_ count: Int, btp btpCount: Int, linkFrom progs: inout [SampleRecord]) -> [SampleRecord] {
        var flags = Array(repeating: true, count: btpCount) + Array(repeating: false, count: count - btpCount)
        rng.shuffle(&flags)
        // About 4% of programmations have reached the notice stage: pair each with a notice slot of its kind.
        var linked: [Int: SampleRecord] = [:], linkedIndex: [Int: Int] = [:]
        var usedSlots = Set<Int>()
        for (k, p) in progs.enumerated() where (p.fields["status"] as? String) == "planned" && rng.chance(0.04) {
            guard let slot = flags.indices.first(where: { flags[$0] == p.btp && !usedSlots.contains($0) }) else { continue }
            usedSlots.insert(slot)
            linked[slot] = p
            linkedIndex[slot] = k
        }
        var drafts: [(published: Int, fields: [String: Any], btp: Bool, buyer: String, prog: Int?)] = []
        for (i, btp) in flags.enumerated() {
            let published = -rng.int(in: 0...75)
            let pubDay = Self.day(offset: published)
            let deadlineDay = Self.day(offset: published + rng.int(in: 18...55))
            let hour = ["12:00", "12:00", "16:00", "17:00"][rng.int(4)]
            var f: [String: Any]
            let buyerID: String
            if let p = linked[i], let k = linkedIndex[i] {
                // Announced months before, expected in the month the notice came out.
                progs[k].fields["expected_publication"] = String(format: "%04d-%02d", pubDay.year!, pubDay.month!)
                progs[k].fields["announced"] = Self.iso(Self.day(offset: published - rng.int(in: 60...240)))
                progs[k].fields["status"] = "published"
                f = ["title": p.fields["title"]!, "contract_type": p.fields["contract_type"]!, "cpv": p.fields["cpv"]!,
                     "departments": [p.fields["departments"]!]]
                buyerID = p.buyerID
                let trade = (Trades.btp + Trades.others).first { $0.cpv.joined(separator: "|") == p.fields["cpv"] as! String }!
                f["place"] = (p.fields["title"] as! String).components(separatedBy: " à ").last.flatMap { $0.count < 30 ? $0 : nil }
                f["lots"] = lots(trade)
            } else {
                let trade = btp ? rng.pick(Trades.btp) : rng.pick(Trades.others)
                let pattern = rng.pick(trade.titles)
                let buyer = noticeBuyer(Self.buyerKinds(pattern, trade))
                let (commune, dep) = commune(for: buyer)
                var deps = [dep]
                if buyer.area.count > 1, rng.chance(0.15) {
                    let other = rng.pick(buyer.area)
                    if other != dep { deps.append(other) }
                }
                f = ["title": fill(pattern, buyer: buyer, commune: commune), "contract_type": trade.type,
                     "cpv": trade.cpv.prefix(rng.chance(0.5) ? 1 : trade.cpv.count).map { $0 }, "departments": deps.sorted(),
                     "place": commune, "lots": lots(trade)]
                buyerID = buyer.id
            }
            if let s = f["cpv"] as? String { f["cpv"] = s.components(separatedBy: "|") }
            let procedure = rng.pick(Trades.procedures)
            let lotList = f["lots"] as? [[String: Any]] ?? []
            if lotList.isEmpty { f["lots"] = nil }
            f["buyer"] = buyerID
            f["procedure"] = procedure
            f["published"] = Self.iso(pubDay)
            f["deadline"] = "\(Self.iso(deadlineDay))T\(hour):00\(Self.offset(deadlineDay))"
            f["description"] = description(title: f["title"] as! String, procedure: procedure,
                                           months: [12, 12, 24, 36, 48][rng.int(5)], lots: lotList.count)
            if rng.chance(0.75) {
                let type = f["contract_type"] as! String
                let v = type == "works" ? rng.amount(25_000, 6_000_000) : rng.amount(15_000, 1_500_000)
                f["estimated_value"] = Int(v)
                // Most allotted notices value each lot: shares of the total that add up to it.
                if !lotList.isEmpty, rng.chance(0.7) { f["lots"] = split(Int(v), over: lotList) }
            }
            f["documents_url"] = "https://marches.example.org/consultation/\(String(format: "%06d", 100_000 + i * 7))"
            drafts.append((published, f, btp, buyerID, linked[i] == nil ? nil : i))
        }
        // Ids follow publication order, as bulletins number them.
        let order = drafts.indices.sorted { (drafts[$0].published, $0) < (drafts[$1].published, $1) }
        let width = max(5, String(count).count)
        var out: [SampleRecord] = []
        for (rank, index) in order.enumerated() {
            var f = drafts[index].fields
            f["id"] = "26-" + String(format: "%0\(width)d", 10_000 + rank * 3)
            out.append(SampleRecord(fields: f, btp: drafts[index].btp, buyerID: drafts[index].buyer))
        }
        // Closed notices: a few are awarded or cancelled; pair linked notices with their programmations.
        for i in out.indices {
            let deadline = out[i].fields["deadline"] as! String
            if deadline < RecordGenerator.iso(Self.day(offset: 0)) {
                if rng.chance(0.08) { out[i].fields["status"] = "awarded" }
            } else if rng.chance(0.01) {
                out[i].fields["status"] = "cancelled"
            }
        }
        for (slot, p) in linked {
            guard let rank = order.firstIndex(of: slot) else { continue }
            out[rank].fields["programmation"] = p.fields["id"]
        }
        return out
    }

    /// Some lots of the trade, each with its own CPV code (the trade's main one for lots that
    /// are places rather than trades).
    mutating func lots(_ trade: Trade) -> [[String: Any]] {
        guard trade.lots.count > 1, rng.chance(0.35) else { return [] }
        let n = rng.int(in: 2...min(5, trade.lots.count))
        return (0..<n).map { k in
            ["number": k + 1, "title": trade.lots[k], "cpv": Trades.lotCPV[trade.lots[k]] ?? trade.cpv[0]]
        }
    }

    /// The lots, each given a share of the notice's value, rounded to the thousand; the last
    /// takes what is left, so that they add up to the value exactly.
    mutating func split(_ total: Int, over lots: [[String: Any]]) -> [[String: Any]] {
        let weights = lots.map { _ in 1 + rng.int(4) }
        let sum = weights.reduce(0, +)
        var left = total, out = lots
        for k in out.indices {
            let share = k == out.count - 1 ? left : max(1_000, total * weights[k] / sum / 1_000 * 1_000)
            out[k]["value"] = min(share, left)
            left -= min(share, left)
        }
        return out
    }
}
