import Foundation
import ScopeModel

/// A list's filters: static pages, no script.
enum ListFilters: Encodable {
    /// Notices by contract type, and by order where the list has both.
    case notices(types: [Choice], sorts: [Choice])
    /// Programmations by sector and by department.
    case programmations(sectors: [Count], departments: [Count])

    /// A filter's link, marked when it is the page's own.
    struct Choice: Encodable {
        let name: String
        let path: String
        let current: Bool
    }

    /// A filter's link with its count (and a department's code).
    struct Count: Encodable {
        let name: String
        let code: String?
        let count: Int
        let path: String
    }

    /// On a list's pages after the first: the notices' filters (no counts), not the
    /// programmations' (each with its count).
    func withoutCounts() -> ListFilters? {
        switch self {
        case .notices: return self
        case .programmations: return nil
        }
    }

    func value(_ routes: Routes) -> [String: Any] {
        func choices(_ list: [Choice]) -> [[String: Any]] {
            list.map { ["name": $0.name, "url": routes.url($0.path), "current": $0.current] }
        }
        func counts(_ list: [Count]) -> [[String: Any]] {
            list.map { c in
                var v: [String: Any] = ["name": c.name, "count": c.count, "url": routes.url(c.path)]
                if let code = c.code { v["code"] = code }
                return v
            }
        }
        switch self {
        case .notices(let types, let sorts):
            var v: [String: Any] = ["types": choices(types)]
            if !sorts.isEmpty { v["sorts"] = choices(sorts) }
            return v
        case .programmations(let sectors, let departments):
            return ["sectors": counts(sectors), "departments": counts(departments)]
        }
    }
}
