import ScopeModel

/// What the search finds a notice by, for the index and for anything that must agree with it
/// (an e-mail alert's keywords).
public enum SearchTerms {
    /// The texts of a notice the search indexes, each with its tier (title 3, buyer, place and
    /// CPV 2, description and lots 1).
    static func noticeTexts(_ n: Notice, buyerName: String) -> [(String?, Int)] {
        [(n.title, 3), (buyerName, 2), (n.place, 2), (n.cpv.map(\.digits).joined(separator: " "), 2), (n.description, 1),
         (n.lots.map(\.title).joined(separator: " "), 1)]
    }

    /// Every term of a notice (folded, stemmed, stop words out, as `Tokenizer.terms` gives them).
    public static func notice(_ n: Notice, buyerName: String) -> Set<String> {
        var out: Set<String> = []
        for (text, _) in noticeTexts(n, buyerName: buyerName) { if let text { out.formUnion(Tokenizer.terms(text)) } }
        return out
    }
}
