import Foundation
import ScopeCache
import ScopeModel

/// What an index of facets is made from, whole (the sectors', the departments', the archive's
/// months): its rows with their counts, and its pictures. Its values are made from this value
/// and the site's words alone, and its key is this value's encoding with the words' and the
/// section's templates.
struct FacetIndexPage: PageValue {
    static let family = "facet index"

    let heading: String
    let intro: String
    let crumbs: [Crumb]
    let rows: [Row]
    /// SVG, as the page shows it.
    let chart: String?
    let map: String?
    let routes: Routes

    struct Row: Encodable {
        let name: String
        let path: String
        /// Shown before the name (a department's code).
        let code: String?
        let open: Figure
        let programmations: Figure?
        /// Shown when there are any.
        let awards: Int
    }

    /// A count and the word it is counted in (a key of `Format.count`).
    struct Figure: Encodable {
        let count: Int
        let word: String

        init(_ count: Int, _ word: String) {
            self.count = count
            self.word = word
        }
    }

    /// What the facet-index template sees.
    func values(strings: Strings, format: Format) -> [String: Any] {
        var page: [String: Any] = [
            "heading": heading, "intro": intro,
            "facets": rows.map { r -> [String: Any] in
                // A list without programmations (the archive's months) has no key: an empty text
                // would still open the section and leave its "·".
                var row: [String: Any] = ["name": r.name, "url": routes.url(r.path), "open": format.count(r.open.count, r.open.word)]
                if let p = r.programmations { row["programmations"] = format.count(p.count, p.word) }
                if r.awards > 0 { row["awards"] = format.count(r.awards, "awards") }
                if let code = r.code { row["code"] = code }
                return row
            },
            "crumbs": Views.crumbs(crumbs, strings: strings, paths: routes),
        ]
        if let chart { page["chart"] = chart }
        if let map { page["map"] = map }
        return page
    }
}
