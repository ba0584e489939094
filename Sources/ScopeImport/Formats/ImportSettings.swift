import Foundation
import ScopeModel

/// What of the site's config a format reads when it maps a file: the departments it covers,
/// its language and region. Nothing else reaches a format, so a file mapped under the same
/// settings, by the same program, from the same bytes, maps the same way: `ImportCache` keys a
/// file's mapping by exactly these.
struct ImportSettings: Codable, Hashable, Sendable {
    /// The site's department codes.
    let departments: [String]
    let language: String
    let region: String?

    init(_ site: SiteConfig) {
        departments = site.departments.map(\.code)
        language = site.language
        region = site.region
    }

    /// Whether a department belongs to the site.
    func covers(_ code: String) -> Bool { departments.contains(code) }
}
