import ScopeModel

/// What the search finds a notice by, for the index and for anything that must agree with it
/// (an e-mail alert's keywords).
public enum SearchTerms {
    /// The texts of a notice the search indexes, each with its tier (title 3, buyer, place and
    /// CPV 2, description, lots and the CPV codes' own labels 1: "couverture" finds a notice
    /// classed 45261000 "Travaux de charpente et de couverture" whose title says "toiture").
    static func noticeTexts(_ n: Notice, buyerName: String, language: String) -> [(String?, Int)] {
        [(n.title, 3), (buyerName, 2), (n.place, 2), (n.cpv.map(\.digits).joined(separator: " "), 2), (n.description, 1),
         (n.lots.map(\.title).joined(separator: " "), 1), (cpvLabels(n.cpv + n.lots.compactMap(\.cpv), language: language), 1)]
    }

    /// The labels of CPV codes, in the site's language, each once.
    static func cpvLabels(_ codes: [CPVCode], language: String) -> String {
        var seen: Set<String> = []
        return codes.compactMap { $0.label(language: language) }.filter { seen.insert($0).inserted }.joined(separator: " ")
    }

    /// Every term of a notice (folded, stemmed, stop words out, as `Tokenizer.terms` gives them),
    /// with the trades its activity names.
    public static func notice(_ n: Notice, buyerName: String, language: String, trades: TradeWords) -> Set<String> {
        var out: Set<String> = []
        for (text, _) in noticeTexts(n, buyerName: buyerName, language: language) { if let text { out.formUnion(Tokenizer.terms(text)) } }
        return trades.expand(out)
    }

    /// Every term of a programmation: its title, description and CPV codes' labels, with the
    /// trades its activity names.
    public static func programmation(_ p: Programmation, language: String, trades: TradeWords) -> Set<String> {
        trades.expand(Set([p.title, p.description ?? "", cpvLabels(p.cpv, language: language)].flatMap(Tokenizer.terms)))
    }
}
