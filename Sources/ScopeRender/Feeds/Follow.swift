import Foundation
import ScopeModel

extension SiteRenderer {
    /// The sign-up service's form with a list's choice preset (`sec`, `sub`, `dep`, `buyer`,
    /// as `scope alerts serve` reads them), when the config names the service (a publisher's
    /// own form, `alerts.subscribe_url`, takes no choice: the alerts page alone links it).
    func follow(_ choice: [(String, String)]) -> String? { Self.follow(catalog.site.alertsService, choice) }

    static func follow(_ service: String?, _ choice: [(String, String)]) -> String? {
        guard let service else { return nil }
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let query = choice.map { k, v in k + "=" + (v.addingPercentEncoding(withAllowedCharacters: allowed) ?? v) }.joined(separator: "&")
        return query.isEmpty ? service : service + "?" + query
    }
}
