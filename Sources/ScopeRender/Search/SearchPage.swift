import Foundation
import ScopeCache
import ScopeModel

/// What the search page is made from, whole: the filters' choices, in display order. Its key
/// is this value's encoding with the words' and the section's templates.
struct SearchPage: PageValue {
    static let family = "search page"

    let title: String
    let sectors: [Option]
    let departments: [Option]
    let types: [Option]
    let values: [Option]
    let procedures: [Option]
    /// Years and quarters in which programmations expect their notice.
    let expected: [Option]
    /// The sign-up service, which the page offers with the search's choice (see `SiteRenderer.follow`).
    let follow: String?
    let routes: Routes

    struct Option: Encodable {
        let id: String
        let name: String
    }

    init(title: String, sectors: [(String, String)], departments: [(String, String)], types: [(String, String)],
         values: [(String, String)], procedures: [(String, String)], expected: [(String, String)], follow: String?, routes: Routes) {
        func options(_ list: [(String, String)]) -> [Option] { list.map { Option(id: $0.0, name: $0.1) } }
        self.title = title
        self.sectors = options(sectors)
        self.departments = options(departments)
        self.types = options(types)
        self.values = options(values)
        self.procedures = options(procedures)
        self.expected = options(expected)
        self.follow = follow
        self.routes = routes
    }

    /// What the search template sees.
    func values(strings: Strings) -> [String: Any] {
        func list(_ options: [Option]) -> [[String: Any]] { options.map { ["id": $0.id, "name": $0.name] } }
        var page: [String: Any] = [
            "meta": routes.url(SearchIndex.folder),
            "script": routes.url(Routes.searchScript),
            "data": routes.url(Routes.SearchFiles.data),
            "crumbs": Views.crumbs([Crumb(title, nil)], strings: strings, paths: routes),
            "sectors": list(sectors),
            "departments": list(departments),
            "types": list(types),
            "values": list(values),
            "procedures": list(procedures),
            "expected": list(expected),
            "has_expected": !expected.isEmpty,
        ]
        if let follow { page["follow"] = follow }
        return page
    }
}
