import Foundation
import ScopeModel

/// What a record's card is made from, whole (see `Card`): its values for the partial are
/// made from this value and the site's words alone, and the card's fingerprint is this
/// value's encoding, so a field a card comes to show is in its fingerprint by construction.
/// The values are formatted only when the card is rendered: most cards of a nightly build are
/// kept by their fingerprint and never formatted.
protocol CardValue: Encodable {
    func values(format: Format, labels: Labels) -> [String: Any]
}

/// A buyer as cards name it: a link when the buyer is known, its identifier alone otherwise.
struct BuyerRef: Encodable {
    let name: String
    let path: String?

    func value(_ routes: Routes) -> [String: Any] {
        guard let path else { return ["name": name] }
        return ["name": name, "url": routes.url(path)]
    }
}

/// A department's link, with its code.
struct DepartmentRef: Encodable {
    let name: String
    let code: String
    let path: String

    func value(_ routes: Routes) -> [String: Any] { ["name": name, "code": code, "url": routes.url(path)] }
}

/// A notice in a list (`partials/notice-item`), and the start of its own page's values.
struct NoticeCard: CardValue {
    let id: String
    let title: String
    let path: String
    let buyer: BuyerRef
    let contractType: ContractType
    let departments: [DepartmentRef]
    let deadline: Date
    let deadlineOffset: Int?
    let published: Day
    let status: NoticeStatus
    /// Open on the build's day. How many days are left is not the page's to say (it would change
    /// every page that shows the card every night): the site's script says it in the browser,
    /// from the deadline's instant (`assets/echeances.js`).
    let open: Bool
    let sectors: [PageLink]
    let place: String?
    let value: Money?
    let bracket: ValueBracket?
    /// The day of its latest correction, said on the card ("Rectifié le 2 décembre 2026"), so
    /// that a firm that read the notice before sees it changed.
    let corrected: Day?
    let routes: Routes

    func values(format: Format, labels: Labels) -> [String: Any] {
        var item: [String: Any] = [
            "id": id,
            "title": title,
            "url": routes.url(path),
            "buyer": buyer.value(routes),
            "contract_type": labels.contractType(contractType),
            "departments": departments.map { $0.value(routes) },
            "deadline": format.dateTime(deadline, offset: deadlineOffset),
            "deadline_iso": ParisTime.rfc3339(deadline),
            "published": format.day(published),
            "published_iso": published.description,
            "status": status.rawValue,
            "status_label": labels.status(status),
            "sectors": sectors.map { $0.value(routes) },
        ]
        if open { item["badge"] = labels.status(.open) }
        if let corrected { item["corrected"] = labels.strings("card.corrected", ["date": format.day(corrected)]) }
        if let place { item["place"] = place }
        if let v = format.value(value, bracket) { item["value"] = v }
        return item
    }
}

/// A programmation in a list (`partials/programmation-item`), and the start of its page's values.
struct ProgrammationCard: CardValue {
    let id: String
    let title: String
    let path: String
    let buyer: BuyerRef
    let contractType: ContractType
    let departments: [DepartmentRef]
    let expected: ExpectedPeriod
    let status: ProgrammationStatus
    let late: Bool
    let value: Money?
    let bracket: ValueBracket?
    let sectors: [PageLink]
    let routes: Routes

    func values(format: Format, labels: Labels) -> [String: Any] {
        var item: [String: Any] = [
            "id": id,
            "title": title,
            "url": routes.url(path),
            "buyer": buyer.value(routes),
            "contract_type": labels.contractType(contractType),
            "departments": departments.map { $0.value(routes) },
            "expected": format.period(expected),
            "status": status.rawValue,
            "status_label": labels.status(status),
            "sectors": sectors.map { $0.value(routes) },
        ]
        if late { item["late"] = true }
        if let v = format.value(value, bracket) { item["value"] = v }
        return item
    }
}
