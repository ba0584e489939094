import Foundation

/// The kinds of public buyer, as the platform groups them.
public enum BuyerKind: String, Sendable, CaseIterable, Codable {
    case state, region, department, commune, epci, hospital, other

    public init?(parsing text: String) {
        switch text.trimmed.lowercased() {
        case "state", "etat", "état": self = .state
        case "region", "région": self = .region
        case "department", "departement", "département": self = .department
        case "commune", "municipality": self = .commune
        case "epci", "intercommunalité", "intercommunalite", "métropole", "metropole": self = .epci
        case "hospital", "hôpital", "hopital", "établissement de santé": self = .hospital
        case "other", "autre", "autre organisme public": self = .other
        default: return nil
        }
    }
}

/// A public body that buys: the State, a region, a hospital, a commune…
public struct Buyer: Hashable, Sendable, Codable {
    /// SIRET (14 digits) or SIREN (9 digits).
    public let id: String
    public let name: String
    public let kind: BuyerKind
    public let department: String?
    public let website: String?

    /// `website` is kept only when it is an http(s) address with a host (`WebLink.safe`): a
    /// buyer page never links `javascript:`, `data:` or `//host`, whatever the importer.
    public init(id: String, name: String, kind: BuyerKind, department: String?, website: String?) {
        self.id = id
        self.name = name
        self.kind = kind
        self.department = department
        self.website = website.flatMap(WebLink.safe)
    }
}

/// Links from data that a page may carry.
public enum WebLink {
    /// The address when it is `http:` or `https:` with a host; nil otherwise.
    public static func safe(_ text: String) -> String? {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let u = URL(string: t), let scheme = u.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = u.host, !host.isEmpty else { return nil }
        return t
    }
}
