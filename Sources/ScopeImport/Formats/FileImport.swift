import Foundation
import ScopeModel

/// A record of an export in Scope's own field names, so that the native decoders validate
/// it and every format gets the same checks and messages.
struct MappedRecord: Codable {
    var kind: RecordKind
    var record: RawRecord
    /// Scope's field → the export's field, so that a message names the field the publisher
    /// can find in the export (`datelimitereponse`, not `deadline`).
    var origin: [String: String] = [:]
    /// The buyer is a SIREN (9 digits, APProch): it may stand for a buyer known by its SIRET.
    var buyerIsSIREN = false

    /// The field's own name in the export.
    func exportField(_ field: String?) -> String? {
        guard let field else { return nil }
        if let f = origin[field] { return f }
        // "lots[2].title" → the lots field's own name, then the rest.
        if let dot = field.firstIndex(where: { $0 == "[" || $0 == "." }), let f = origin[String(field[..<dot])] {
            return f + field[dot...]
        }
        return field
    }
}

/// A record being put into Scope's fields, remembering each field's name in the export.
struct FieldMap {
    var fields: [String: RawValue]
    var origin: [String: String]

    init(id: String, from source: String) {
        fields = ["id": .string(id)]
        origin = ["id": source]
    }

    /// Sets a Scope field (when there is a value) and the export field it comes from.
    mutating func put(_ key: String, _ value: RawValue?, from source: String) {
        origin[key] = source
        if let value { fields[key] = value }
    }

    func record(_ kind: RecordKind, at location: SourceLocation, buyerIsSIREN: Bool = false) -> MappedRecord {
        MappedRecord(kind: kind, record: RawRecord(fields: fields, location: location), origin: origin, buyerIsSIREN: buyerIsSIREN)
    }
}

/// A change one BOAMP notice makes to another: a correction, a cancellation, an award.
struct NoticeUpdate: Codable {
    enum Change: Codable {
        case correct(MappedRecord)
        case cancel
        case award

        var isCancel: Bool { if case .cancel = self { return true } else { return false } }
    }
    let target: String
    let change: Change
    /// The updating notice's id and publication, to apply updates in order.
    let by: String
    let published: String
    let location: SourceLocation
    /// The update is also said elsewhere (an eForms award is an award too): no warning when its
    /// notice is in no export.
    var optional = false
    /// A complete record (an eForms change notice): published as it is when the record it
    /// changes is in no export.
    var standalone: MappedRecord? = nil
    /// Other names of the record it changes, tried when `target` is in no export: the notice
    /// an eForms change notice names (`efbc:ChangedNoticeIdentifier`), by its id or its TED
    /// publication number (`711911-2023`).
    var alsoNamed: [String] = []
    /// What the updating notice says of itself (a change notice's descriptions and reason).
    var text: String? = nil
}

/// A buyer an importer made from an export's records, and where.
struct MadeBuyer: Codable {
    let buyer: Buyer
    let location: SourceLocation

    init(_ buyer: Buyer, _ location: SourceLocation) {
        self.buyer = buyer
        self.location = location
    }
}

/// What one export file gave, before validation: what `ImportCache` keeps of a file.
struct FileImport: Codable {
    let file: String
    var format: ExportFormat
    var mapped: [MappedRecord] = []
    /// Buyers an importer made from the export (BOAMP names, OCDS parties, DECP buyers).
    var buyers: [MadeBuyer] = []
    var awards: [Award] = []
    var updates: [NoticeUpdate] = []
    var problems: [Diagnostic] = []
    /// Records read, per kind they map to.
    var read: [RecordKind: Int] = [:]
    /// Records outside the site (its departments), left out and counted.
    var leftOut: [RecordKind: Int] = [:]
    /// Records that could not be mapped (each has an error in `problems`).
    var unmapped: [RecordKind: Int] = [:]
    /// Update records applied to the records they name.
    var applied = 0
    /// What the file held, in a few words, for a message when no record came out of it.
    var shape: String?
    /// Records that were another record of the file again, merged into it (each has a warning).
    var merged: [RecordKind: Int] = [:]

    init(file: String, format: ExportFormat) {
        self.file = file
        self.format = format
    }

    mutating func reject(_ kind: RecordKind, at location: SourceLocation, id: String?, field: String?, _ message: String) {
        problems.append(Diagnostic(.error, at: location, kind: kind, recordID: id, field: field, message + "; record rejected"))
        unmapped[kind, default: 0] += 1
    }

    mutating func warn(_ kind: RecordKind?, at location: SourceLocation, id: String?, field: String?, _ message: String) {
        problems.append(Diagnostic(.warning, at: location, kind: kind, recordID: id, field: field, message))
    }

    mutating func countRead(_ kind: RecordKind) { read[kind, default: 0] += 1 }

    /// One warning for the file: "3 notices outside the site's departments left out".
    mutating func reportLeftOut(_ n: Int, _ one: String, _ many: String, _ rest: String) {
        guard n > 0 else { return }
        warn(nil, at: SourceLocation(file: file, position: .none), id: nil, field: nil, "\(n) \(n == 1 ? one : many) \(rest)")
    }

    mutating func leaveOut(_ kind: RecordKind) { leftOut[kind, default: 0] += 1 }

    mutating func merge(_ kind: RecordKind) { merged[kind, default: 0] += 1 }
}

/// Small readers for the loosely typed values of foreign exports.
enum Loose {
    /// Text of a value; numbers as written without ".0"; `CDL` and blanks count as absent.
    static func text(_ v: RawValue?) -> String? {
        guard let v, let t = v.text else { return nil }
        let s = decodeEntities(Text.clean(t))
        return s.isEmpty || s == "CDL" ? nil : s
    }

    /// A list from a JSON array, a JSON array written as text (`["31","81"]`), or `|`/`,` text.
    static func list(_ v: RawValue?) -> [String] {
        guard let v else { return [] }
        switch v {
        case .list(let items): return items.compactMap(text)
        case .string(let s):
            let t = s.trimmed
            if t.hasPrefix("["), let data = t.data(using: .utf8),
               let parsed = try? JSONSerialization.jsonObject(with: data) as? [Any] {
                return parsed.compactMap { text(RawValue(json: $0)) }
            }
            let separator: Character = t.contains("|") ? "|" : ","
            return t.split(separator: separator).compactMap { text(.string(String($0))) }
        default: return text(v).map { [$0] } ?? []
        }
    }

    static func object(_ v: RawValue?) -> [String: RawValue]? {
        if case .object(let o)? = v { return o }
        return nil
    }

    static func array(_ v: RawValue?) -> [RawValue] {
        switch v {
        case .list(let l)?: return l
        case .object?: return [v!]
        default: return []
        }
    }

    /// Follows a path of keys through objects.
    static func at(_ v: RawValue?, _ path: String...) -> RawValue? {
        var cur = v
        for k in path { cur = object(cur)?[k] }
        return cur
    }

    /// `&#039;`, `&amp;`, `&eacute;`… → characters (BOAMP's titles carry HTML entities).
    static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var i = s.startIndex
        while i < s.endIndex {
            if s[i] == "&", let semi = s[i...].prefix(12).firstIndex(of: ";") {
                let name = s[s.index(after: i)..<semi]
                var scalar: Unicode.Scalar?
                if name.hasPrefix("#x") || name.hasPrefix("#X") { scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
                else if name.hasPrefix("#") { scalar = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
                else { scalar = entities[String(name)] }
                if let scalar {
                    out.unicodeScalars.append(scalar)
                    i = s.index(after: semi)
                    continue
                }
            }
            out.append(s[i])
            i = s.index(after: i)
        }
        return out
    }

    static let entities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "eacute": "é", "egrave": "è",
        "ecirc": "ê", "agrave": "à", "acirc": "â", "ccedil": "ç", "ocirc": "ô", "ucirc": "û", "icirc": "î", "euml": "ë",
        "iuml": "ï", "ugrave": "ù", "Eacute": "É", "laquo": "«", "raquo": "»", "rsquo": "’", "lsquo": "‘", "euro": "€",
        "oelig": "œ", "hellip": "…", "ndash": "–", "mdash": "—", "deg": "°",
    ]

    /// A CPV code as exports write it: `45233130`, `45233130-2`, `45233130.0` (spreadsheets),
    /// `9310000` (a number that lost its leading zero) → the code's text, or nil.
    static func cpv(_ raw: String) -> String? {
        var t = raw.trimmed
        if t.hasSuffix(".0") { t.removeLast(2) }
        let main = t.split(separator: "-").first.map(String.init) ?? t
        if main.count == 7, main.allSatisfy({ $0.isASCII && $0.isNumber }) { t = "0" + t }
        return CPVCode(parsing: t) != nil ? t : nil
    }

    /// The department of a French postal code (`31000` → 31, `20000` → 2A, `20200` → 2B,
    /// `97400` → 974).
    static func department(postalCode raw: String) -> String? {
        let p = raw.filter { $0.isNumber }
        guard p.count == 5 else { return nil }
        if p.hasPrefix("97") || p.hasPrefix("98") { return String(p.prefix(3)) }
        if p.hasPrefix("20") { return Int(p)! < 20200 ? "2A" : "2B" }
        return String(p.prefix(2))
    }

    /// A stable buyer id from a name: the folded name as a slug (`Commune de Millau` and
    /// `COMMUNE DE MILLAU` are one buyer).
    static func buyerID(name: String, prefix: String) -> String {
        let folded = Folding.key(name).lowercased()
        var slug = ""
        for c in folded.unicodeScalars {
            if (c >= "a" && c <= "z") || (c >= "0" && c <= "9") { slug.unicodeScalars.append(c) }
            else if !slug.hasSuffix("-") && !slug.isEmpty { slug += "-" }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return prefix + "-" + String(slug.prefix(80))
    }

    /// The kind of a buyer, guessed from its name.
    static func buyerKind(name: String) -> BuyerKind {
        let n = Folding.key(name).lowercased()
        func has(_ words: String...) -> Bool { words.contains { n.contains($0) } }
        if has("hospital", "centre hospitalier", "chu ", "chu de", "ehpad", "sante") { return .hospital }
        if has("communaute de communes", "communaute d'agglomeration", "metropole", "syndicat", "communaute urbaine") { return .epci }
        if has("conseil departemental", "departement ") { return .department }
        if has("region ", "conseil regional") { return .region }
        if has("ministere", "prefecture", "direction regionale", "direction departementale", "etat") { return .state }
        if has("commune", "mairie", "ville de") { return .commune }
        return .other
    }
}
