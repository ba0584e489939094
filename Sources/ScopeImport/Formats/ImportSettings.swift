import Foundation
import ScopeCache
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

    /// Of the settings whole, as JSON with its keys in order: a field added here is in every
    /// cache key at once. Nil if they do not encode (then nothing is cached).
    var fingerprint: Fingerprint? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        guard let data = try? encoder.encode(self) else { return nil }
        var f = Fingerprint()
        f.add(data)
        return f
    }

    /// Whether a department belongs to the site.
    func covers(_ code: String) -> Bool { departments.contains(code) }
}
