import Foundation
import ScopeImport
import ScopeModel
import ScopeNotify

/// What an address asked to be sent, as the sign-up form takes it: sectors, sub-sectors,
/// departments, buyers (their ids), words, whether programmations too, and the language of
/// its e-mails. Each list empty means "any".
public struct AlertChoice: Codable, Equatable, Sendable {
    public var sectors: [String] = []
    public var subsectors: [String] = []
    public var departments: [String] = []
    public var buyers: [String] = []
    public var keywords: [String] = []
    public var programmations = false
    public var language: String

    public init(language: String) { self.language = language }

    /// The subscription `scope notify` matches records against.
    public func subscription(email: String) -> Subscription {
        Subscription(email: email, sectors: sectors, subsectors: subsectors, departments: departments, buyers: buyers,
                     keywords: keywords, language: language, programmations: programmations)
    }

    /// Limits of what one sign-up may hold: enough for any firm, small enough to bound a row.
    static let maximumItems = 40
    static let maximumKeyword = 80

    /// The choice a form or a query string gives (`sec`, `sub`, `dep`, `buyer`, `q`, `prog`,
    /// `lang`; each may repeat), checked against the site's sectors and departments. Words
    /// are split on commas. Returns the problems by field name when some value is not one the
    /// site knows: nothing is stored then.
    public static func from(_ fields: [(String, String)], site: SiteConfig, mapping: SectorMapping) -> (AlertChoice, [String: String]) {
        var choice = AlertChoice(language: site.language)
        var problems: [String: String] = [:]
        let sectorIDs = Set(mapping.sectors.map(\.id))
        let subsectorIDs = Set(mapping.sectors.flatMap(\.subsectors).map(\.id))
        func add(_ list: inout [String], _ value: String) {
            if !list.contains(value) { list.append(value) }
        }
        for (name, raw) in fields {
            let value = Text.clean(raw).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !value.isEmpty else { continue }
            switch name {
            case "sec":
                if sectorIDs.contains(value) { add(&choice.sectors, value) } else { problems["sec"] = value }
            case "sub":
                if subsectorIDs.contains(value) { add(&choice.subsectors, value) } else { problems["sub"] = value }
            case "dep":
                if let d = Department.lookup(value), site.covers(d.code) { add(&choice.departments, d.code) } else { problems["dep"] = value }
            case "buyer":
                // A buyer's id is its SIRET (or the export's own id): letters, digits and dashes.
                if value.count <= 40, value.unicodeScalars.allSatisfy({ CharacterSet.alphanumerics.contains($0) || $0 == "-" }) {
                    add(&choice.buyers, value)
                } else { problems["buyer"] = value }
            case "q":
                for word in value.split(separator: ",") {
                    let w = word.trimmingCharacters(in: .whitespaces)
                    guard !w.isEmpty else { continue }
                    if w.count > maximumKeyword { problems["q"] = String(w.prefix(maximumKeyword)) + "…" } else { add(&choice.keywords, w) }
                }
            case "prog":
                choice.programmations = ["1", "yes", "oui", "on", "true"].contains(value.lowercased())
            case "lang":
                if ["fr", "en"].contains(value) { choice.language = value } else { problems["lang"] = value }
            default:
                continue
            }
        }
        for (key, list) in [("sec", choice.sectors), ("sub", choice.subsectors), ("dep", choice.departments),
                            ("buyer", choice.buyers), ("q", choice.keywords)] where list.count > maximumItems {
            problems[key] = "\(list.count)"
        }
        return (choice, problems)
    }
}
