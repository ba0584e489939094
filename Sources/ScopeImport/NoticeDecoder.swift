import Foundation
import ScopeModel

/// Turns a raw record into a `Notice`, or into the reasons it cannot be one.
enum NoticeDecoder {
    static let fields: Set<String> = [
        "id", "title", "description", "buyer", "contract_type", "procedure", "cpv", "departments", "place",
        "published", "deadline", "deadline_kind", "reference", "cancelled", "cancel_reason", "estimated_value", "value_min", "value_max", "currency", "lots", "documents_url", "status", "programmation", "corrections",
    ]

    static func decode(_ record: RawRecord, site: SiteConfig) -> (Notice?, [Diagnostic]) {
        var r = FieldReader(record, kind: .notice)
        let id = r.text("id", required: true)
        let title = r.line("title", required: true)
        let description = r.longText("description")
        let buyer = r.text("buyer", required: true)
        var type = r.choice("contract_type", allowed: "works, supplies, services", ContractType.init(parsing:))
        let procedure = r.text("procedure")
        // An importer sets `cpv: []` for an export that gives no code (BOAMP): the notice is listed
        // as unclassified, with the importer's warning.
        let unclassified: Bool = { if case .list(let l)? = record.fields["cpv"], l.isEmpty { return true } else { return false } }()
        let cpv = unclassified ? [] : r.cpvCodes("cpv", required: true)
        // A contract type a visitor can live without: when the export gives none (a real BOAMP
        // insurance notice, 26-79114), the main CPV code's says it, and the notice says so.
        if type == nil, record.fields["contract_type"]?.isEmpty ?? true {
            if let code = cpv?.first {
                type = ContractType(inferredFrom: code)
                r.warn("contract_type", "not given; \(type!.rawValue) inferred from the main CPV code \(code.digits)")
            } else {
                r.fail("contract_type", "required field is missing or empty (and no CPV code to infer it from)")
            }
        }
        let departments = r.departments("departments", required: true, site: site)
        let place = r.text("place")
        let published = r.day("published", required: true)
        let deadline = r.dateTime("deadline", required: true)
        let reference = r.text("reference")
        let cancelledOn = r.day("cancelled")
        let cancelReason = r.line("cancel_reason")
        let deadlineKind = r.choice("deadline_kind", allowed: "tenders, requests, interest, projects, listing", DeadlineKind.init(rawValue:)) ?? .tenders
        // An offset that is not Paris's on that day is the hour as the notice wrote it: kept, to be said.
        let deadlineOffset: Int? = deadline.flatMap { d in
            record.fields["deadline"]?.text.flatMap(ParisTime.writtenOffset).flatMap { $0 == ParisTime.zone.secondsFromGMT(for: d) ? nil : $0 }
        }
        let currency = r.text("currency") ?? "EUR"
        let value = r.amount("estimated_value").map { Money(amount: $0, currency: currency) }
        // A range instead of one value: its bounds, as a programmation's.
        let low = r.amount("value_min").map { Money(amount: $0, currency: currency) }
        let high = r.amount("value_max").map { Money(amount: $0, currency: currency) }
        if let low, let high, low.amount > high.amount {
            r.fail("value_min", "value_min \(low.amount) is above value_max \(high.amount)")
        }
        let bracket = (low != nil || high != nil) ? ValueBracket(minimum: low, maximum: high) : nil
        let lots = decodeLots(&r, currency: currency)
        let documents = r.url("documents_url")
        let status = r.choice("status", allowed: "open, closed, awarded, cancelled", NoticeStatus.init(parsing:))
        let programmation = r.text("programmation")
        let corrections = decodeCorrections(&r, currency: currency)
        if let published, let deadline, deadline < published.noonInParis.addingTimeInterval(-12 * 3600) {
            r.fail("deadline", "deadline \(ParisTime.rfc3339(deadline)) is before the publication date \(published)")
        }
        if currency.count != 3 || !currency.allSatisfy({ $0.isLetter && $0.isASCII }) {
            r.fail("currency", "expected a three-letter ISO 4217 code, found \"\(currency)\"")
        }
        guard r.isValid, let id, let title, let buyer, let type, let cpv, let departments, let published, let deadline else {
            return (nil, r.errors + r.warnings)
        }
        let notice = Notice(id: id, title: title, description: description, buyerID: buyer, contractType: type,
                            procedure: procedure, cpv: cpv, departments: departments, place: place,
                            published: published, deadline: deadline, deadlineOffset: deadlineOffset, deadlineKind: deadlineKind, reference: reference, cancelledOn: cancelledOn, cancelReason: cancelReason, estimatedValue: value,
                            valueBracket: bracket, lots: lots,
                            documentsURL: documents, statedStatus: status, programmationID: programmation,
                            corrections: corrections, source: record.location)
        return (notice, r.warnings)
    }

    /// Corrections (written by the importers, or given by a native export): objects
    /// `{published, by, deadline_from, deadline_to, estimated_value_from, estimated_value_to, fields}`.
    /// One that cannot be read is left out with a warning; the notice stands.
    private static func decodeCorrections(_ r: inout FieldReader, currency: String) -> [Correction] {
        guard let raw = r.record.fields["corrections"], !raw.isEmpty else { return [] }
        var out: [Correction] = []
        for (i, item) in Loose.array(raw).enumerated() {
            guard case .object(let o) = item else { r.warn("corrections[\(i)]", "expected an object, found \(item.excerpt); left out"); continue }
            var sub = FieldReader(RawRecord(fields: o, location: r.record.location), kind: .notice)
            let published = sub.day("published", required: true)
            let by = sub.text("by") ?? ""
            let from = sub.dateTime("deadline_from"), to = sub.dateTime("deadline_to")
            let valueFrom = sub.amount("estimated_value_from").map { Money(amount: $0, currency: currency) }
            let valueTo = sub.amount("estimated_value_to").map { Money(amount: $0, currency: currency) }
            let fields = sub.list("fields") ?? []
            let text = sub.text("text")
            guard sub.isValid, let published else {
                for e in sub.errors { r.warn("corrections[\(i)].\(e.field ?? "")", e.message + "; correction left out") }
                continue
            }
            out.append(Correction(published: published, by: by, deadline: to.map { (from, $0) },
                                  value: valueFrom != nil || valueTo != nil ? (valueFrom, valueTo) : nil, fields: fields, text: text))
        }
        return out.sorted { $0.published < $1.published }
    }

    /// Lots: a JSON array of objects `{number, title, cpv, value, deadline}`; in CSV, a cell holding
    /// that JSON array.
    private static func decodeLots(_ r: inout FieldReader, currency: String) -> [Lot] {
        guard let raw = r.record.fields["lots"], !raw.isEmpty else { return [] }
        var items: [RawValue]
        switch raw {
        case .list(let l): items = l
        case .string(let s):
            guard let data = s.data(using: .utf8), let v = try? JSONDecoder().decode(RawValue.self, from: data),
                  case .list(let l) = v else {
                r.fail("lots", "expected a JSON array of lots, found \(raw.excerpt)")
                return []
            }
            items = l
        default:
            r.fail("lots", "expected a list of lots, found \(raw.excerpt)")
            return []
        }
        var lots: [Lot] = []
        for (i, item) in items.enumerated() {
            guard case .object(let o) = item else { r.fail("lots[\(i)]", "expected an object, found \(item.excerpt)"); continue }
            var sub = FieldReader(RawRecord(fields: o, location: r.record.location), kind: .notice)
            let number = sub.integer("number", in: 1...10_000) ?? (i + 1)
            let title = sub.line("title", required: true)
            let cpv = sub.cpvCodes("cpv", required: false)?.first
            let value = sub.amount("value").map { Money(amount: $0, currency: currency) }
            let deadline = sub.dateTime("deadline")
            for e in sub.errors { r.fail("lots[\(i)].\(e.field ?? "")", e.message) }
            for w in sub.warnings { r.warn("lots[\(i)].\(w.field ?? "")", w.message) }
            if let title, sub.isValid { lots.append(Lot(number: number, title: title, cpv: cpv, value: value, deadline: deadline)) }
        }
        return lots.sorted { $0.number < $1.number }
    }
}
