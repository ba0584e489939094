import Foundation
import ScopeModel

/// Turns a raw record into a `Programmation`, or into the reasons it cannot be one.
enum ProgrammationDecoder {
    static let fields: Set<String> = [
        "id", "title", "description", "buyer", "contract_type", "cpv", "departments", "expected_publication",
        "estimated_value", "value_min", "value_max", "currency", "duration_months", "status", "notice", "announced",
    ]

    static func decode(_ record: RawRecord, site: SiteConfig) -> (Programmation?, [Diagnostic]) {
        var r = FieldReader(record, kind: .programmation)
        let id = r.text("id", required: true)
        let title = r.line("title", required: true)
        let description = r.longText("description")
        let buyer = r.text("buyer", required: true)
        let type = r.choice("contract_type", required: true, allowed: "works, supplies, services", ContractType.init(parsing:))
        // `cpv: []` from an importer: the export gives no code; listed as unclassified.
        let unclassified: Bool = { if case .list(let l)? = record.fields["cpv"], l.isEmpty { return true } else { return false } }()
        let cpv = unclassified ? [] : r.cpvCodes("cpv", required: true)
        let departments = r.departments("departments", required: true, site: site)
        let period = r.choice("expected_publication", required: true,
                              allowed: "a month (2027-03) or a quarter (2027-Q1)", ExpectedPeriod.init(parsing:))
        let currency = r.text("currency") ?? "EUR"
        let value = r.amount("estimated_value").map { Money(amount: $0, currency: currency) }
        let low = r.amount("value_min").map { Money(amount: $0, currency: currency) }
        let high = r.amount("value_max").map { Money(amount: $0, currency: currency) }
        if let low, let high, low.amount > high.amount {
            r.fail("value_min", "value_min \(low.amount) is above value_max \(high.amount)")
        }
        let duration = r.integer("duration_months", in: 1...600)
        let status = r.choice("status", allowed: "planned, published, cancelled", ProgrammationStatus.init(parsing:))
        let notice = r.text("notice")
        let announced = r.day("announced")
        guard r.isValid, let id, let title, let buyer, let type, let cpv, let departments, let period else {
            return (nil, r.errors + r.warnings)
        }
        let bracket = (low != nil || high != nil) ? ValueBracket(minimum: low, maximum: high) : nil
        let p = Programmation(id: id, title: title, description: description, buyerID: buyer, contractType: type,
                              cpv: cpv, departments: departments, expectedPublication: period, estimatedValue: value,
                              valueBracket: bracket, durationMonths: duration, statedStatus: status,
                              noticeID: notice, announced: announced, source: record.location)
        return (p, r.warnings)
    }
}
