import Foundation
import ScopeModel

/// Where the buyers' index files a buyer: under its own name, not its legal form's. "Commune
/// de Millau" is under M, "Communauté de communes du Pays de Lunel" under P, "Région
/// Occitanie" under O; a name with no such head is filed as it is written. The heads and the
/// words that join them to the name are the site's words (`buyers.filing_heads`,
/// `buyers.filing_links`), so a publisher adds its own.
struct BuyerFiling {
    /// Folded, longest first, so that "centre hospitalier universitaire" wins over "centre hospitalier".
    let heads: [String]
    let links: [String]

    init(strings: Strings) {
        func list(_ key: String) -> [String] {
            strings(key).split(separator: "|").map { Self.fold(String($0)).trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        }
        heads = list("buyers.filing_heads")
        links = list("buyers.filing_links")
    }

    static func fold(_ s: String) -> String { unaccented(s).lowercased() }

    static func unaccented(_ s: String) -> String {
        s.folding(options: .diacriticInsensitive, locale: Locale(identifier: "fr_FR")).replacingOccurrences(of: "’", with: "'")
    }

    /// The folded name it is filed under: the name after its head and the word joining them.
    /// The joining word is lower-case: "Commune de La Canourgue" is under L (the article is
    /// the commune's name), "SDIS de la Haute-Garonne" under H.
    func key(_ name: String) -> String {
        let written = Self.unaccented(name)
        let folded = written.lowercased()
        guard written.count == folded.count,
              let head = heads.first(where: { folded.hasPrefix($0 + " ") || folded.hasPrefix($0 + "'") }) else { return folded }
        var rest = String(written.dropFirst(head.count)).trimmingCharacters(in: .whitespaces)
        if let link = links.first(where: { rest.hasPrefix($0 + " ") || ($0.hasSuffix("'") && rest.hasPrefix($0)) }) {
            rest = String(rest.dropFirst(link.count)).trimmingCharacters(in: .whitespaces)
        }
        return rest.isEmpty ? folded : rest.lowercased()
    }
}
