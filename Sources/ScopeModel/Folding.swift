import Foundation

/// One way to compare names the way a French reader expects: case and accents ignored
/// ("Écoles" sorts with "ecoles"), independent of the machine's locale.
public enum Folding {
    public static func key(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "fr_FR"))
    }

    /// The letter a name files under in an alphabetical index (`#` for digits and signs).
    public static func initial(_ s: String) -> String {
        guard let c = key(s).first(where: { $0.isLetter || $0.isNumber }) else { return "#" }
        return c.isLetter && c.isASCII ? String(c).uppercased() : "#"
    }
}
