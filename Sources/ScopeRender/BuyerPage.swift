import Foundation
import ScopeCache
import ScopeModel

/// What a buyer's page is made from, whole: the buyer's facts, the first page of each of its
/// lists (open notices, programmations, closed notices) with their totals, its awards, its
/// chart. Its values are made from this value and the site's words alone, and its key is this
/// value's encoding (cards by their fingerprints) with the words' and the section's templates.
struct BuyerPage: PageValue {
    static let family = "buyer page"

    let name: String
    let id: String
    let kind: BuyerKind
    let folder: String
    let open: [Card]
    let openTotal: Int
    let programmations: [Card]
    let programmationTotal: Int
    let closed: [Card]
    let closedTotal: Int
    let feeds: FeedLinks
    let department: Department?
    let website: String?
    let awards: [AwardRow]
    /// The programmations by quarter, when it has any.
    let chart: String?
    /// The quarters its programmations expect their notice in, each a search for them.
    let periods: [Period]
    let routes: Routes

    /// A quarter with the number of the buyer's programmations expected in it.
    struct Period: Encodable {
        /// The search's key for it: `2027-Q1`.
        let key: String
        let name: String
        let count: Int
    }

    /// A department's name and code, linked when the site has its page.
    struct Department: Encodable {
        let name: String
        let code: String
        let path: String?
    }

    /// An award as the table shows it: its winners and amount as its last modification left
    /// them, with the amount first notified.
    struct AwardRow: Encodable {
        let object: String
        let winners: [String]
        let notified: Day?
        let amount: Money?
        let initial: Money?
        let modified: Day?
        /// A concession's latest yearly execution data.
        let execution: Award.Execution?

        init(_ a: Award) {
            object = a.object
            winners = a.currentWinners
            notified = a.notified
            amount = a.currentAmount
            let change = a.modifications.last { $0.amount != nil }
            initial = change == nil ? nil : a.amount
            modified = change?.date
            execution = a.execution.last
        }
    }

    /// What the buyer template sees.
    func values(strings: Strings, format: Format, labels: Labels) -> [String: Any] {
        var page: [String: Any] = [
            "name": name,
            "id": id,
            "kind": labels.buyerKind(kind),
            "open": open.map(\.value),
            "open_count": format.count(openTotal, "open_notices"),
            "programmations": programmations.map(\.value),
            "programmation_count": format.count(programmationTotal, "programmations"),
            "closed": closed.map(\.value),
            "closed_count": format.count(closedTotal, "closed_notices"),
            "crumbs": Views.crumbs([Crumb(strings("nav.buyers"), Routes.buyers), Crumb(name, nil)], strings: strings, paths: routes),
            "feeds": feeds.value(routes),
        ]
        // Each list continued on pages of its own past the first.
        for (key, total, shown, sub, words) in [
            ("open", openTotal, open.count, Routes.buyerNoticesSegment + "/", "buyers.all_open"),
            ("programmations", programmationTotal, programmations.count, Routes.programmationsSegment + "/", "buyers.all_programmations"),
            ("closed", closedTotal, closed.count, Routes.archivesSegment + "/", "buyers.all_closed"),
        ] where total > shown {
            page[key + "_more"] = ["url": routes.url(folder + sub), "text": strings(words, ["n": format.grouped(Int64(total))])]
        }
        if let d = department {
            var dep: [String: Any] = ["name": d.name, "code": d.code]
            if let p = d.path { dep["url"] = routes.url(p) }
            page["department"] = dep
        }
        if let website { page["website"] = website }
        if !awards.isEmpty {
            page["awards"] = awards.map { a -> [String: Any] in
                var row: [String: Any] = ["object": a.object, "winners": a.winners.joined(separator: ", ")]
                if let d = a.notified { row["date"] = format.day(d); row["date_iso"] = d.description }
                if let e = a.execution {
                    var parts: [String] = []
                    if let i = e.investment { parts.append(strings("award.investment", ["amount": format.money(i)])) }
                    if !e.tariffs.isEmpty {
                        parts.append(strings("award.tariffs", ["tariffs": e.tariffs.map { "\($0.name) \(format.money($0.amount))" }.joined(separator: ", ")]))
                    }
                    if !parts.isEmpty {
                        let lead = e.published.map { strings("award.execution_on", ["date": format.day($0)]) } ?? strings("award.execution")
                        row["execution"] = lead + " " + parts.joined(separator: " ; ")
                    }
                }
                if let m = a.amount {
                    row["amount"] = format.money(m)
                    if let i = a.initial {
                        row["amount_note"] = a.modified.map { strings("award.modified_on", ["date": format.day($0), "initial": format.money(i)]) }
                            ?? strings("award.modified", ["initial": format.money(i)])
                    }
                }
                return row
            }
            page["award_count"] = format.count(awards.count, "awards")
        }
        if let chart { page["chart"] = chart }
        if periods.count > 1 {
            let search = routes.url(Routes.search) + "?buyer=" + (id.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? id) + "&quand="
            page["periods"] = periods.map { ["name": $0.name, "count": format.grouped(Int64($0.count)), "url": search + $0.key] as [String: Any] }
        }
        return page
    }
}
