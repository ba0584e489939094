import Foundation
import ScopeModel

/// The sample's awarded contracts, as a DECP 2019 export (`{"marches": [...]}`): the closed
/// notices whose deadline is more than a month past, notified some weeks after it to a
/// company of the notice's department, for about the estimated value. It shows what a
/// publisher gets by declaring a DECP source: "Marchés attribués" on each buyer's page.
enum SampleAwards {
    static let companyWords = ["Bâtiment", "Travaux", "Services", "Réseaux", "Environnement", "Ingénierie", "Équipements",
                               "Maintenance", "Conseil", "Transports", "Restauration", "Numérique"]
    static let companyForms = ["SARL", "SAS", "SA", "SCOP", "EURL"]

    static func decp(from notices: [SampleRecord], buyers: [SampleBuyer], rng: inout SampleRandom) throws -> Data {
        let byID = Dictionary(uniqueKeysWithValues: buyers.map { ($0.id, $0) })
        let now = ParisDay(year: RecordGenerator.now.year, month: RecordGenerator.now.month, day: RecordGenerator.now.day)
        var marches: [[String: Any]] = []
        for n in notices.sorted(by: { ($0.fields["id"] as! String) < ($1.fields["id"] as! String) }) {
            let status = n.fields["status"] as? String
            guard status != "cancelled", let deadline = (n.fields["deadline"] as? String).flatMap({ ParisDay(iso: String($0.prefix(10))) }),
                  let buyer = byID[n.buyerID] else { continue }
            let notified = deadline.adding(days: 21 + rng.int(30))
            guard notified < now, status == "awarded" || rng.chance(0.7) else { continue }
            let department = (n.fields["departments"] as? [String])?.first ?? buyer.department
            let value = (n.fields["estimated_value"] as? Int).map(Double.init).map { ($0 * (0.8 + rng.unit() * 0.35) / 100).rounded() * 100 }
                ?? rng.amount(20_000, 2_000_000)
            let winner = "\(rng.pick(companyWords)) \(rng.pick(Geography.departments.first { $0.code == department }?.communes ?? ["Occitanie"])) \(rng.pick(companyForms))"
            var siret = String(3 + rng.int(6))
            while siret.count < 14 { siret += String(rng.int(10)) }
            marches.append([
                "id": "2026-" + (n.fields["id"] as! String),
                "acheteur": ["id": buyer.id, "nom": buyer.name],
                "nature": "Marché",
                "objet": n.fields["title"]!,
                "codeCPV": ((n.fields["cpv"] as? [String])?.first ?? "").split(separator: "-").first.map(String.init) ?? "",
                "procedure": n.fields["procedure"] ?? "Procédure adaptée",
                "lieuExecution": ["code": department, "typeCode": "Code département", "nom": Department.lookup(department)?.name ?? department],
                "dureeMois": 12 * (1 + rng.int(4)),
                "dateNotification": notified.description,
                "datePublicationDonnees": notified.adding(days: 5).description,
                "montant": value,
                "formePrix": rng.pick(["Ferme", "Révisable", "Actualisable"]),
                "titulaires": [["typeIdentifiant": "SIRET", "id": siret, "denominationSociale": winner]],
                "modifications": [],
            ])
        }
        var data = try JSONSerialization.data(withJSONObject: ["marches": marches], options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        data.append(0x0A)
        return data
    }
}

/// A calendar day, enough for the sample's date arithmetic.
struct ParisDay: Comparable, CustomStringConvertible {
    let year: Int, month: Int, day: Int

    init(year: Int, month: Int, day: Int) { self.year = year; self.month = month; self.day = day }

    init?(iso: String) {
        let p = iso.split(separator: "-").compactMap { Int($0) }
        guard p.count == 3 else { return nil }
        self.init(year: p[0], month: p[1], day: p[2])
    }

    func adding(days: Int) -> ParisDay {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "Europe/Paris")!
        let d = c.date(byAdding: .day, value: days, to: c.date(from: DateComponents(year: year, month: month, day: day, hour: 12))!)!
        let k = c.dateComponents([.year, .month, .day], from: d)
        return ParisDay(year: k.year!, month: k.month!, day: k.day!)
    }

    static func < (a: Self, b: Self) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    var description: String { String(format: "%04d-%02d-%02d", year, month, day) }
}
