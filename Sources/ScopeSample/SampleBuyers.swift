/// A buyer of the sample, with what the generator needs to place its purchases.
struct SampleBuyer {
    let id: String
    let name: String
    let kind: String
    let department: String
    let commune: String
    let website: String?
    /// Departments its purchases may cover.
    let area: [String]
}

/// The buyers of the sample: the seven founding members of the platform, who publish every
/// programmation, and a crowd of buyers of every kind over the thirteen departments.
struct BuyerFactory {
    var rng: SampleRandom
    var usedIDs = Set<String>()
    var usedNames = Set<String>()

    static let all13 = Geography.departments.map(\.code)

    mutating func siret() -> String {
        while true {
            var digits = (0..<8).map { _ in rng.int(10) }
            digits[0] = [1, 2, 2, 2, 2][rng.int(5)]  // public bodies' SIRENs mostly start with 1 or 2
            // Luhn check digit for the SIREN.
            var sum = 0
            for (i, d) in (digits + [0]).reversed().enumerated() {
                var v = d
                if i % 2 == 1 { v *= 2; if v > 9 { v -= 9 } }
                sum += v
            }
            digits.append((10 - sum % 10) % 10)
            let siren = digits.map(String.init).joined()
            let nic = "000" + String(10 + rng.int(90))
            let id = siren + nic
            if usedIDs.insert(id).inserted { return id }
        }
    }

    mutating func founders() -> [SampleBuyer] {
        let rows: [(String, String, String, String, String, [String])] = [
            ("Région Occitanie", "region", "31", "Toulouse", "https://www.laregion.fr/", Self.all13),
            ("Préfecture de la région Occitanie", "state", "31", "Toulouse", "https://www.prefectures-regions.gouv.fr/occitanie", Self.all13),
            ("Toulouse Métropole", "epci", "31", "Toulouse", "https://www.toulouse-metropole.fr/", ["31"]),
            ("Montpellier Méditerranée Métropole", "epci", "34", "Montpellier", "https://www.montpellier3m.fr/", ["34"]),
            ("Sicoval", "epci", "31", "Labège", "https://www.sicoval.fr/", ["31"]),
            ("Conseil départemental de la Haute-Garonne", "department", "31", "Toulouse", "https://www.haute-garonne.fr/", ["31"]),
            ("CCI Toulouse Haute-Garonne", "other", "31", "Toulouse", "https://www.toulouse.cci.fr/", ["31"]),
        ]
        return rows.map { r in
            usedNames.insert(r.0)
            return SampleBuyer(id: siret(), name: r.0, kind: r.1, department: r.2, commune: r.3, website: r.4, area: r.5)
        }
    }

    /// Population-like weights: the two métropoles' departments publish most.
    static let departmentWeights: [String: Int] = ["09": 2, "11": 4, "12": 3, "30": 6, "31": 16, "32": 2, "34": 12, "46": 2,
                                                   "48": 1, "65": 3, "66": 5, "81": 4, "82": 3]

    mutating func pickDepartment() -> (code: String, name: String, communes: [String]) {
        let total = Self.departmentWeights.values.reduce(0, +)
        var r = rng.int(total)
        for d in Geography.departments {
            r -= Self.departmentWeights[d.code]!
            if r < 0 { return d }
        }
        return Geography.departments[0]
    }

    mutating func others(_ count: Int) -> [SampleBuyer] {
        var out: [SampleBuyer] = []
        var attempts = 0
        while out.count < count {
            attempts += 1
            let dep = pickDepartment()
            let c = rng.pick(dep.communes)
            let roll = rng.int(100)
            var kind: String, name: String
            switch roll {
            case 0..<46: kind = "commune"; name = "Commune de \(c)"
            case 46..<60:
                kind = "epci"
                name = rng.pick(["Communauté de communes du Pays de \(c)", "Communauté d'agglomération de \(c)",
                                 "Communauté de communes de \(c) et environs", "Syndicat mixte du bassin de \(c)"])
            case 60..<68:
                kind = "hospital"
                name = rng.pick(["Centre hospitalier de \(c)", "EHPAD public de \(c)", "Centre hospitalier intercommunal de \(c)"])
            case 68..<72: kind = "department"; name = "Conseil départemental \(Self.of(dep.name))"
            case 72..<82:
                kind = "state"
                name = rng.pick(["Direction départementale des territoires \(Self.of(dep.name))", "Préfecture \(Self.of(dep.name))",
                                 "Direction départementale de la protection des populations \(Self.of(dep.name))",
                                 "Rectorat de la région académique Occitanie", "DREAL Occitanie"])
            default:
                kind = "other"
                name = rng.pick(["Service départemental d'incendie et de secours \(Self.of(dep.name))",
                                 "Office public de l'habitat de \(c)", "Syndicat intercommunal des eaux de \(c)",
                                 "Centre communal d'action sociale de \(c)", "Syndicat départemental d'énergie \(Self.of(dep.name))",
                                 "\(rng.pick(Geography.lycees).capitalizedFirst) de \(c)", "Chambre de métiers et de l'artisanat \(Self.of(dep.name))"])
            }
            if dep.code == "31" && kind == "department" { continue }  // a founder already
            if usedNames.contains(name) {
                guard attempts > count * 20 else { continue }
                name += " (établissement \(out.count + 1))"
            }
            usedNames.insert(name)
            out.append(SampleBuyer(id: siret(), name: name, kind: kind, department: dep.code, commune: c, website: nil, area: [dep.code]))
        }
        return out
    }

    /// "de la Haute-Garonne", "de l'Aude", "du Gard", "des Hautes-Pyrénées", "de la Lozère".
    static func of(_ department: String) -> String {
        let feminine: Set<String> = ["Haute-Garonne", "Lozère"]
        let plural: Set<String> = ["Hautes-Pyrénées", "Pyrénées-Orientales"]
        if plural.contains(department) { return "des \(department)" }
        if let f = department.first, "AEIOUÉÈ".contains(f) || department == "Hérault" { return "de l'\(department)" }
        if feminine.contains(department) { return "de la \(department)" }
        return "du \(department)"
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
