import Foundation
import ScopeCache
import ScopeModel

/// What a page of the buyers' index is made from, whole: its buyers in the index's order with
/// their counts, and the department and kind pages it links to with theirs. Its values are
/// made from this value and the site's words alone, and its key is this value's encoding with
/// the words' and the section's templates.
struct BuyerIndexPage: PageValue {
    static let family = "buyer index"

    let heading: String
    /// The department's code or the kind this page narrows to; nil for every buyer.
    let current: String?
    let buyers: [Row]
    let departments: [Department]
    let kinds: [Kind]
    let routes: Routes

    struct Row: Encodable {
        let name: String
        /// What it is filed under (its name after its legal form's head, folded).
        let filed: String
        let path: String
        let kind: BuyerKind
        let open: Int
        let programmations: Int
        let closed: Int
    }

    struct Department: Encodable {
        let code: String
        let name: String
        let count: Int
    }

    struct Kind: Encodable {
        let kind: BuyerKind
        let count: Int
    }

    /// What the buyer-index template sees: its buyers grouped by the initial of their name.
    func values(strings: Strings, format: Format, labels: Labels) -> [String: Any] {
        var groups: [(String, [[String: Any]])] = []
        for b in buyers {
            let letter = Folding.initial(b.filed)
            // Its kind, then only the counts it has: a phone's row is two lines, not four.
            let counts = [(b.open, "open_short"), (b.programmations, "planned_short"), (b.closed, "closed_short")]
                .filter { $0.0 > 0 }.map { format.count($0.0, $0.1) }
            let facts = ([labels.buyerKind(b.kind)] + counts).enumerated().map { ["text": $1, "sep": $0 > 0] as [String: Any] }
            let row: [String: Any] = ["name": b.name, "url": routes.url(b.path), "facts": facts]
            if groups.last?.0 == letter { groups[groups.count - 1].1.append(row) } else { groups.append((letter, [row])) }
        }
        let base = Routes.buyers
        return [
            "heading": heading,
            "count": format.count(buyers.count, "buyers"),
            "letters": groups.map { ["letter": $0.0, "anchor": "lettre-\($0.0 == "#" ? strings("buyers.other_letter") : $0.0.lowercased())", "buyers": $0.1] },
            "crumbs": Views.crumbs(current == nil ? [(strings("nav.buyers"), nil)] : [(strings("nav.buyers"), Routes.buyers), (heading, nil)],
                                   strings: strings, paths: routes),
            "all_url": routes.url(base),
            "is_all": current == nil,
            "departments": departments.map { d -> [String: Any] in
                ["name": d.name, "code": d.code, "count": d.count, "current": d.code == current,
                 "url": routes.url(base + Routes.buyersByDepartment + "/" + Slug.make(d.code) + "/")]
            },
            "kinds": kinds.map { k -> [String: Any] in
                ["name": labels.buyerKind(k.kind), "count": k.count, "current": k.kind.rawValue == current,
                 "url": routes.url(base + Routes.buyersByKind + "/" + k.kind.rawValue + "/")]
            },
        ]
    }
}
