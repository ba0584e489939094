import Foundation
import ScopeModel

/// What one export says of records in another: BOAMP's corrections, cancellations and
/// awards, and APProch's buyers known only by their SIREN.
enum ImportUpdates {
    /// Applies BOAMP updates in publication order (then the updating notice's id), so that the
    /// latest correction wins. An update whose notice is in no export is reported and left out.
    static func apply(_ imports: inout [FileImport]) {
        var index: [String: (Int, Int)] = [:]
        for (i, fi) in imports.enumerated() {
            for (j, m) in fi.mapped.enumerated() where m.kind == .notice {
                if let id = m.record.fields["id"]?.text, index[id] == nil { index[id] = (i, j) }
            }
        }
        // A notice is also found by its publication number (`00711911-2023` and `711911-2023` alike).
        var byReference: [String: (Int, Int)] = [:]
        for (i, fi) in imports.enumerated() {
            for (j, m) in fi.mapped.enumerated() where m.kind == .notice {
                if let r = m.record.fields["reference"]?.text, byReference[publicationKey(r)] == nil { byReference[publicationKey(r)] = (i, j) }
            }
        }
        func find(_ u: NoticeUpdate) -> (Int, Int)? {
            if let at = index[u.target] { return at }
            for name in u.alsoNamed {
                if let at = index[name] ?? byReference[publicationKey(name)] { return at }
            }
            return nil
        }
        // A record that names several notices counts once, as applied if it changed any (a
        // record is its place in its file: two update records may share an idweb).
        var appliedBy: Set<SourceLocation> = []
        var all: [(Int, NoticeUpdate)] = []
        for (i, fi) in imports.enumerated() { all += fi.updates.map { (i, $0) } }
        all.sort { ($0.1.published, $0.1.by, $0.1.target) < ($1.1.published, $1.1.by, $1.1.target) }
        for (i, u) in all {
            guard let (fi, mi) = find(u) else {
                if u.optional { continue }
                if let whole = u.standalone {
                    imports[i].mapped.append(whole)
                    index[u.target] = (i, imports[i].mapped.count - 1)
                    continue
                }
                imports[i].warn(.notice, at: u.location, id: u.by, field: "annonce_lie",
                                "\(describe(u.change)) notice \(u.target), which is in no export; left out")
                if !all.contains(where: { $0.1.location == u.location && index[$0.1.target] != nil }) && appliedBy.insert(u.location).inserted {
                    imports[i].leaveOut(.notice)
                }
                continue
            }
            if appliedBy.insert(u.location).inserted { imports[i].applied += 1 }
            var target = imports[fi].mapped[mi]
            var fields = target.record.fields
            switch u.change {
            case .correct(let c):
                var changed: [String] = []
                var said: [String: RawValue] = ["published": .string(String(u.published.prefix(10))), "by": .string(u.by)]
                if let t = u.text { said["text"] = .string(t) }
                for k in correctable.sorted() {
                    guard let v = c.record.fields[k], !v.isEmpty, fields[k] != v else { continue }
                    if k == "deadline" || k == "estimated_value" {
                        if let old = fields[k] { said[k + "_from"] = old }
                        said[k + "_to"] = v
                    } else {
                        changed.append(k)
                    }
                    fields[k] = v
                    if let o = c.origin[k] { target.origin[k] = o }
                }
                // What changed, for the page and the feeds to say.
                // (A correction that says something of itself is one, whatever it changed.)
                if said.count > 2 || !changed.isEmpty {
                    said["fields"] = .list(changed.map(RawValue.string))
                    fields["corrections"] = .list(Loose.array(fields["corrections"]) + [.object(said)])
                }
            case .cancel:
                fields["status"] = .string("cancelled")
                // The day the cancelling notice was published, for the page to say.
                if let day = Day(iso: String(u.published.prefix(10))) { fields["cancelled"] = .string(day.description) }
                if let t = u.text { fields["cancel_reason"] = .string(t) }
            case .award:
                if fields["status"]?.text != "cancelled" { fields["status"] = .string("awarded") }
            }
            target.record = RawRecord(fields: fields, location: target.record.location)
            imports[fi].mapped[mi] = target
        }
    }

    /// `00711911-2023` → `711911-2023`: a publication number without its leading zeros.
    static func publicationKey(_ s: String) -> String {
        let parts = s.split(separator: "-")
        guard parts.count == 2, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) else { return s }
        return String(Int(parts[0]) ?? 0) + "-" + parts[1]
    }

    /// What a correction may change; the title, buyer and first publication stay the notice's.
    static let correctable: Set<String> = ["deadline", "estimated_value", "lots", "documents_url", "cpv", "departments",
                                           "procedure", "contract_type"]

    static func describe(_ c: NoticeUpdate.Change) -> String {
        switch c {
        case .correct: return "corrects"
        case .cancel: return "cancels"
        case .award: return "awards"
        }
    }

    /// A programmation whose buyer is a SIREN takes the known buyer with that SIREN (its
    /// SIRET starts with it; the smallest SIRET when several); with none, a buyer named by its
    /// SIREN is made, so the programmation is still shown.
    static func resolveSIRENs(_ imports: inout [FileImport], known: inout Set<String>) {
        let sorted = known.sorted()
        for i in imports.indices {
            for j in imports[i].mapped.indices where imports[i].mapped[j].buyerIsSIREN {
                var m = imports[i].mapped[j]
                guard let siren = m.record.fields["buyer"]?.text, !known.contains(siren) else { continue }
                if let siret = sorted.first(where: { $0.count == 14 && $0.hasPrefix(siren) }) {
                    var f = m.record.fields
                    f["buyer"] = .string(siret)
                    m.record = RawRecord(fields: f, location: m.record.location)
                    imports[i].mapped[j] = m
                } else {
                    let spaced = stride(from: 0, to: 9, by: 3).map { k -> String in
                        let a = siren.index(siren.startIndex, offsetBy: k)
                        return String(siren[a..<siren.index(a, offsetBy: 3)])
                    }.joined(separator: " ")
                    let dep = Loose.list(m.record.fields["departments"]).first.flatMap(Department.lookup)?.code
                    imports[i].buyers.append(MadeBuyer(Buyer(id: siren, name: "Acheteur public (SIREN \(spaced))", kind: .other,
                                                    department: dep, website: nil), m.record.location))
                    known.insert(siren)
                }
            }
        }
    }
}

/// The same id in two files: one record, by a rule that does not depend on chance. The record
/// with the later date wins (notices: publication; programmations: announcement; none is
/// earliest); on a tie, the one that holds more corrections (it has seen them), then the one
/// whose file was modified later (the newer export), then the one read first (config sources in
/// order, then the content folders in path order). Fields the winner leaves empty are filled
/// from the other. A warning names both places and why. The same id twice in one file is an
/// error: the second is rejected.
enum Merge {
    static func records<T>(_ items: [T], kind: RecordKind, id: (T) -> String, source: (T) -> SourceLocation, date: (T) -> Day?,
                           corrections: (T) -> Int = { _ in 0 }, modified: (SourceLocation) -> Double = { _ in 0 },
                           fill: (T, T) -> (T, [String]), into diagnostics: inout [Diagnostic],
                           rejected: inout [(SourceLocation, RecordKind)], merged: inout [(SourceLocation, RecordKind)]) -> [T] {
        // No id twice (the common case): the records as they are, not copied one by one.
        var ids = Set<String>(minimumCapacity: items.count)
        if items.allSatisfy({ ids.insert(id($0)).inserted }) { return items }
        var position: [String: Int] = [:]
        var out: [T] = []
        for item in items {
            let key = id(item)
            guard let p = position[key] else {
                position[key] = out.count
                out.append(item)
                continue
            }
            let kept = out[p]
            if source(kept).file == source(item).file {
                diagnostics.append(Diagnostic(.error, at: source(item), kind: kind, recordID: key, field: "id",
                                              "duplicate id, first seen at \(source(kept)); record rejected"))
                rejected.append((source(item), kind))
                continue
            }
            let why: String
            let newer: Bool
            if date(item) != date(kept) {
                newer = (date(item).map { d in date(kept).map { d > $0 } ?? true }) ?? false
                why = "its date is later"
            } else if corrections(item) != corrections(kept) {
                newer = corrections(item) > corrections(kept)
                why = "its date is the same and it holds more corrections"
            } else if modified(source(item)) != modified(source(kept)) {
                newer = modified(source(item)) > modified(source(kept))
                why = "its date is the same and its file is newer"
            } else {
                newer = false
                why = "it was read first"
            }
            let (winner, other) = newer ? (item, kept) : (kept, item)
            let (kept2, filled) = fill(winner, other)
            out[p] = kept2
            merged.append((source(item), kind))
            diagnostics.append(Diagnostic(.warning, at: source(item), kind: kind, recordID: key, field: "id",
                                          "also in \(source(kept)); merged: the record at \(source(winner)) wins (\(why))"
                                          + (filled.isEmpty ? "" : ", with \(filled.joined(separator: ", ")) from \(source(other))")))
        }
        return out
    }

    static func fillNotice(_ w: Notice, _ o: Notice) -> (Notice, [String]) {
        var filled: [String] = []
        func pick<V>(_ a: V?, _ b: V?, _ name: String) -> V? {
            if a == nil, b != nil { filled.append(name) }
            return a ?? b
        }
        let description = pick(w.description, o.description, "description")
        let procedure = pick(w.procedure, o.procedure, "procedure")
        let place = pick(w.place, o.place, "place")
        let value = pick(w.estimatedValue, o.estimatedValue, "estimated_value")
        let bracket = pick(w.valueBracket, o.valueBracket, "value range")
        let documents = pick(w.documentsURL, o.documentsURL, "documents_url")
        let programmation = pick(w.programmationID, o.programmationID, "programmation")
        let lots = w.lots.isEmpty && !o.lots.isEmpty ? o.lots : w.lots
        if w.lots.isEmpty && !o.lots.isEmpty { filled.append("lots") }
        let n = Notice(id: w.id, title: w.title, description: description, buyerID: w.buyerID, contractType: w.contractType,
                       procedure: procedure, cpv: w.cpv, departments: w.departments, place: place, published: w.published,
                       deadline: w.deadline, deadlineOffset: w.deadlineOffset, deadlineKind: w.deadlineKind, reference: w.reference ?? o.reference, cancelledOn: w.cancelledOn ?? o.cancelledOn, cancelReason: w.cancelReason ?? o.cancelReason, estimatedValue: value, valueBracket: bracket, lots: lots, documentsURL: documents,
                       statedStatus: w.statedStatus ?? o.statedStatus, programmationID: programmation,
                       corrections: w.corrections.isEmpty ? o.corrections : w.corrections, source: w.source)
        return (n, filled)
    }

    static func fillProgrammation(_ w: Programmation, _ o: Programmation) -> (Programmation, [String]) {
        var filled: [String] = []
        func pick<V>(_ a: V?, _ b: V?, _ name: String) -> V? {
            if a == nil, b != nil { filled.append(name) }
            return a ?? b
        }
        let p = Programmation(id: w.id, title: w.title, description: pick(w.description, o.description, "description"),
                              buyerID: w.buyerID, contractType: w.contractType, cpv: w.cpv, departments: w.departments,
                              expectedPublication: w.expectedPublication,
                              estimatedValue: pick(w.estimatedValue, o.estimatedValue, "estimated_value"),
                              valueBracket: pick(w.valueBracket, o.valueBracket, "value bracket"),
                              durationMonths: pick(w.durationMonths, o.durationMonths, "duration_months"),
                              statedStatus: w.statedStatus ?? o.statedStatus, noticeID: pick(w.noticeID, o.noticeID, "notice"),
                              announced: w.announced ?? o.announced, source: w.source)
        return (p, filled)
    }
}
