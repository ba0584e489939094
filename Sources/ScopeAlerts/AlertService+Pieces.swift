import Foundation
import ScopeModel
import ScopeNotify
import ScopeRender

/// What several of the service's pages share: a message page, the bad-link and too-many pages,
/// the problems said, a choice's fields and summary.
extension AlertService {

    func message(_ status: Int, _ heading: String, _ paragraphs: [String], links: [(String, String)] = []) -> ServiceResponse {
        let page: [String: Any] = ["heading": heading, "paragraphs": paragraphs, "links": links.map { ["label": $0.0, "url": $0.1] }]
        return ServiceResponse(status: status, body: pages.render("service/message", title: heading, page: page))
    }

    func badLink() -> ServiceResponse {
        message(400, t("service.link_bad_title"), [t("service.link_bad_text")], links: [(t("service.signup_again"), settings.publicURL)])
    }

    func tooMany() -> ServiceResponse {
        var r = message(429, t("service.too_many_title"), [t("service.too_many_text")])
        r.headers.append(("Retry-After", "3600"))
        return r
    }

    func problemTexts(_ bad: [String: String]) -> [String] {
        ["sec", "sub", "dep", "buyer", "q", "lang"].compactMap { key in
            bad[key].map { value in
                value.allSatisfy(\.isNumber) && key != "dep" && key != "buyer"
                    ? t("service.problem_many", ["value": key]) : t("service.problem_" + key, ["value": String(value.prefix(80))])
            }
        }
    }

    /// What the form's fields show for a choice (`prefix` keeps ids apart when a page has several).
    func fields(_ c: AlertChoice, prefix: String) -> [String: Any] {
        [
            "prefix": prefix,
            "sectors": mapping.sectors.map { s -> [String: Any] in
                let subs = s.subsectors.map { ["id": $0.id, "name": $0.name, "checked": c.subsectors.contains($0.id)] as [String: Any] }
                return ["id": s.id, "name": s.name, "checked": c.sectors.contains(s.id), "subsectors": subs, "has_subsectors": !subs.isEmpty,
                        "open": s.subsectors.contains { c.subsectors.contains($0.id) }]
            },
            "departments": site.departments.map { ["code": $0.code, "name": $0.name, "checked": c.departments.contains($0.code)] as [String: Any] },
            "buyers": c.buyers.map { ["id": $0, "name": buyers?.name($0) ?? $0] },
            "has_buyers": !c.buyers.isEmpty,
            "words": c.keywords.joined(separator: ", "),
            "programmations": c.programmations,
            "lang_fr": c.language == "fr", "lang_en": c.language == "en",
        ]
    }

    /// "BTP — Couverture, Haute-Garonne (31), « toiture »": what an alert follows, in words.
    func summary(_ c: AlertChoice, _ words: Strings) -> String {
        var parts: [String] = []
        let subsectors = mapping.sectors.flatMap(\.subsectors)
        parts += c.sectors.map { id in mapping.sectors.first { $0.id == id }?.name ?? id }
        parts += c.subsectors.map { id in subsectors.first { $0.id == id }?.name ?? id }
        parts += c.departments.map { code in Department.lookup(code).map { "\($0.name) (\($0.code))" } ?? code }
        parts += c.buyers.map { buyers?.name($0) ?? $0 }
        parts += c.keywords.map { words("mail.keyword", ["keyword": $0]) }
        return parts.isEmpty ? words("service.summary_all") : parts.joined(separator: ", ")
    }
}
