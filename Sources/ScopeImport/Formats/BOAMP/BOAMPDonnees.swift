import Foundation
import ScopeModel

/// What Scope takes from a BOAMP notice's `donnees`, the whole notice as a JSON string
/// (converted from BOAMP's XML, or eForms). Its shape differs between schemas, so the reader
/// looks for known key names at any depth, in key order so that the result is stable:
/// CPV codes (`CPV`, `classPrincipale`, `cbc:ItemClassificationCode`…), lots (`LOT`, `lots`),
/// an estimated value (`VALEUR`, `valeurEstimee`, `montant`…), a documents link
/// (`URL_DOCUMENT`, `urlDocConsul`, `URL_PROFIL_ACHETEUR`…) and the buyer's SIRET.
struct BOAMPDonnees {
    var cpv: [String] = []
    var lots: [[String: RawValue]] = []
    var value: Double?
    /// A range instead of one value (`valeurEstimee.fourchette`: `valeurBasse`, `valeurHaute`).
    var range: (low: Double?, high: Double?)?
    var documentsURL: String?
    var siret: String?
    var deadline: String?
    var description: String?
    /// The schema `donnees` is keyed by: `EFORMS`, `FNSimple`, `MAPA`…
    var schema: String?
    /// Where the contract is performed, as written (`lieuExecution`, `LIEU_EXECUTION`), and the
    /// department it names: "… Doulaincourt-Saucourt 52270", "Argonay (74)", "(59) Nord".
    var place: String?
    var placeDepartment: String?
    /// The eForms notice, when `donnees` is one (an award's results are read from it).
    var eforms: EFormsNotice?

    init?(_ raw: RawValue?) {
        guard let raw else { return nil }
        let root: RawValue
        switch raw {
        case .string(let s):
            guard let v = JSONParser.value(Data(s.utf8)) else { return nil }
            root = v
        case .object: root = raw
        default: return nil
        }
        if let o = Loose.object(root), o.count == 1 { schema = o.keys.first }
        // An eForms notice, as JSON: read as the XML it was converted from.
        if let eforms = Loose.object(root)?["EFORMS"], let name = Loose.object(eforms)?.keys.sorted().first,
           let notice = XMLTree.element(json: Loose.object(eforms)![name]!, name: name).first {
            let n = EFormsNotice(notice, language: "FRA")
            self.eforms = n
            cpv = n.cpv
            lots = n.lots.enumerated().map { EFormsFormat.lot($1, index: $0) }
            value = n.value
            documentsURL = n.documentsURL
            siret = n.buyerCompanyDigits.flatMap { $0.count == 14 ? $0 : nil }
            deadline = n.deadline
            description = n.description
            return
        }
        walk(root, key: "", inLot: false)
    }

    static func isDeadlineKey(_ k: String) -> Bool {
        ["recept_offres", "date_recept_offres", "datelimitereponse", "date_limite_reponse", "receptoffres", "datereceptionoffres"].contains(k.lowercased())
    }

    static func isCPVKey(_ k: String) -> Bool {
        let l = k.lowercased()
        return l.contains("cpv") || l == "classprincipale" || l == "classsupplementaire" || l.hasSuffix("itemclassificationcode")
    }

    static func isLotsKey(_ k: String) -> Bool { ["lot", "lots", "cac:procurementprojectlot"].contains(k.lowercased()) }

    static func isValueKey(_ k: String) -> Bool {
        ["valeur", "valeur_max", "valeurmax", "valeurestimee", "valeur_estimee", "valeurtotale", "montant", "estimatedvalue",
         "cbc:estimatedoverallcontractamount"].contains(k.lowercased())
    }

    static func isDocumentsKey(_ k: String) -> Bool {
        ["url_document", "urldocconsul", "url_profil_acheteur", "urlprofilacheteur", "url_documents",
         "cbc:uri", "urldocuments"].contains(k.lowercased())
    }

    mutating func walk(_ v: RawValue, key: String, inLot: Bool) {
        switch v {
        case .object(let o):
            for k in o.keys.sorted(by: Self.principalFirst) {
                let child = o[k]!
                if Self.isLotsKey(k), !inLot {
                    lots += Self.unwrapLots(child)
                    continue
                }
                if Self.isCPVKey(k) { Self.collectCPV(child, into: &cpv) }
                if !inLot, value == nil, range == nil, Self.isValueKey(k) {
                    // A maximum (`VALEUR_MAX`, a framework agreement's) is said as one: "jusqu'à".
                    if let r = Self.range(child) { range = r }
                    else if let n = Self.number(child) {
                        if ["valeur_max", "valeurmax"].contains(k.lowercased()) { range = (nil, n) } else { value = n }
                    }
                }
                if !inLot, deadline == nil, Self.isDeadlineKey(k), let t = Loose.text(child), ParisTime.parse(t) != nil { deadline = t }
                if documentsURL == nil, Self.isDocumentsKey(k), let t = Loose.text(child), t.hasPrefix("http") { documentsURL = t }
                if place == nil, !inLot, ["lieuexecution", "lieu_execution"].contains(k.lowercased()), let t = Loose.text(child) {
                    place = t
                    placeDepartment = Self.department(in: t)
                }
                if siret == nil, k.lowercased().contains("siret"), let t = Loose.text(child)?.filter({ $0.isNumber }), t.count == 14 { siret = t }
                walk(child, key: k, inLot: inLot)
            }
        case .list(let l):
            for item in l { walk(item, key: key, inLot: inLot) }
        default: break
        }
    }

    /// The department a place names: a postal code (`52270`, `52 270`), else a department's
    /// code in brackets (`(74)`, `(2A)`); nil when it names none or several.
    static func department(in place: String) -> String? {
        var found: Set<String> = []
        let chars = Array(place)
        var i = 0
        while i < chars.count {
            // Five digits (a space allowed after the second), not part of a longer number.
            if chars[i].isNumber, i == 0 || !chars[i - 1].isNumber {
                var digits = "", j = i
                while j < chars.count, digits.count < 5, chars[j].isNumber || (chars[j] == " " && digits.count == 2) {
                    if chars[j].isNumber { digits.append(chars[j]) }
                    j += 1
                }
                if digits.count == 5, j == chars.count || !chars[j].isNumber, let d = Loose.department(postalCode: digits),
                   Department.lookup(d) != nil { found.insert(d) }
            }
            i += 1
        }
        if found.isEmpty {
            for part in place.split(separator: "(").dropFirst() {
                guard let code = part.split(separator: ")").first.map(String.init), code.count <= 3 else { continue }
                if let d = Department.lookup(code.uppercased()) { found.insert(d.code) }
            }
        }
        return found.count == 1 ? found.first : nil
    }

    /// `{"fourchette": {"valeurBasse": "1", "valeurHaute": "75000"}}` (in a value), as a range.
    static func range(_ v: RawValue) -> (low: Double?, high: Double?)? {
        guard let o = Loose.object(v), let f = o.first(where: { $0.key.lowercased() == "fourchette" })?.value, let r = Loose.object(f) else { return nil }
        func bound(_ names: [String]) -> Double? { r.first { names.contains($0.key.lowercased()) }.flatMap { number($0.value) } }
        let low = bound(["valeurbasse", "valeurmin", "min"]), high = bound(["valeurhaute", "valeurmax", "max"])
        return low == nil && high == nil ? nil : (low, high)
    }

    /// `{"lots": {"lot": [...]}}` and `{"lots": [...]}` alike: the lot objects.
    static func unwrapLots(_ v: RawValue) -> [[String: RawValue]] {
        var out: [[String: RawValue]] = []
        for item in Loose.array(v) {
            guard let o = Loose.object(item) else { continue }
            if o.count == 1, let (k, inner) = o.first, isLotsKey(k) { out += unwrapLots(inner) } else { out.append(o) }
        }
        return out
    }

    /// Keys naming the main code sort first and additional codes last, so the main CPV code
    /// comes first.
    static func principalFirst(_ a: String, _ b: String) -> Bool {
        func rank(_ k: String) -> Int {
            let l = k.lowercased()
            if l.contains("princip") || l.contains("main") { return 0 }
            if l.contains("additional") || l.contains("complementaire") || l.contains("supplementaire") { return 2 }
            return 1
        }
        return (rank(a), a) < (rank(b), b)
    }

    /// The CPV codes found in a value, main ones first, each once.
    static func collectCPV(_ v: RawValue, into codes: inout [String]) {
        switch v {
        case .object(let o): for k in o.keys.sorted(by: principalFirst) { collectCPV(o[k]!, into: &codes) }
        case .list(let l): for item in l { collectCPV(item, into: &codes) }
        default:
            if let t = Loose.text(v), let code = Loose.cpv(t), !codes.contains(code) { codes.append(code) }
        }
    }

    static func number(_ v: RawValue) -> Double? {
        switch v {
        case .number(let n): return n
        case .string(let s): return Text.parseAmount(s)
        case .object(let o):
            // {"#text": "120000", "@devise": "EUR"} and the like.
            for k in o.keys.sorted() { if let n = number(o[k]!) { return n } }
            return nil
        default: return nil
        }
    }

    /// N of a title that opens with "Lot N" ("Lot 2 : Finition", "LOT 05 - Voirie"), or nil.
    static func lotNumber(in title: String) -> Int? {
        let t = title.trimmingCharacters(in: .whitespaces)
        guard t.lowercased().hasPrefix("lot") else { return nil }
        let digits = t.dropFirst(3).drop { $0 == " " || $0 == "n" || $0 == "°" || $0 == "º" || $0 == "." }.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 4, let n = Int(digits), n > 0 else { return nil }
        return n
    }

    /// A lot in Scope's fields: number, title, cpv, value.
    static func lot(_ o: [String: RawValue], index: Int) -> [String: RawValue] {
        var out: [String: RawValue] = [:]
        let lower = Dictionary(o.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        // The source's own number ("Lot 2", "Lot 5", not 1 and 2): its field, else "Lot N" opening its title.
        if let n = ["num", "numero", "number", "numlot", "cbc:id"].lazy.compactMap({ Loose.text(lower[$0]) }).first,
           let i = Int(n.filter { $0.isNumber }) { out["number"] = .number(Double(i)) }
        else if let t = ["intitule", "titre", "title", "description"].lazy.compactMap({ Loose.text(lower[$0]) }).first, let i = lotNumber(in: t) {
            out["number"] = .number(Double(i))
        } else { out["number"] = .number(Double(index + 1)) }
        if let t = ["intitule", "titre", "title", "description", "cbc:name"].lazy.compactMap({ Loose.text(lower[$0]) }).first { out["title"] = .string(t) }
        var codes: [String] = []
        for k in o.keys.sorted(by: principalFirst) where isCPVKey(k) { collectCPV(o[k]!, into: &codes) }
        if let c = codes.first { out["cpv"] = .string(c) }
        // "0.00" is BOAMP's "not stated", not a lot worth nothing.
        if let v = o.keys.sorted().lazy.filter(isValueKey).compactMap({ number(o[$0]!) }).first, v > 0 { out["value"] = .number(v) }
        return out
    }
}
