import Foundation
import Yams

/// The words a firm names its trade by ("couvreur", "plombier"), each with the words its
/// activity goes by in the records and their CPV labels ("couverture", "plomberie"): a record
/// whose terms hold one of those is found by the trade's word too, in the search and in e-mail
/// alerts' keywords. Read from `i18n/LANGUAGE.trades.yaml` beside the site's words (none when
/// the file is absent): `couvreur: [couverture, toiture]`, a phrase standing for all its words.
public struct TradeWords: Sendable {
    /// (the trade's terms, the activity's phrases as terms): a record holding every term of
    /// one phrase gets the trade's terms.
    let entries: [(trade: [String], activity: [[String]])]

    public static let none = TradeWords(entries: [])

    init(entries: [(trade: [String], activity: [[String]])]) { self.entries = entries }

    /// `file`: for messages.
    init(yaml: String, file: String) throws {
        let node: Node?
        do { node = try Yams.compose(yaml: yaml) } catch {
            throw TemplateError(file: file, line: nil, message: "not valid YAML: \(error)")
        }
        guard let node, case .mapping(let map) = node else {
            throw TemplateError(file: file, line: nil, message: "a trades file is a map of a trade's word to the words of its activity")
        }
        var out: [(trade: [String], activity: [[String]])] = []
        for (k, v) in map {
            guard let word = k.string else { continue }
            let phrases: [String]
            switch v {
            case .scalar(let s): phrases = [s.string]
            case .sequence(let seq): phrases = seq.compactMap(\.string)
            default: throw TemplateError(file: file, line: k.mark.map { $0.line }, message: "\"\(word)\": a word or a list of words")
            }
            let trade = Array(Tokenizer.terms(word))
            let activity = phrases.map { Array(Tokenizer.terms($0)) }.filter { !$0.isEmpty }
            if !trade.isEmpty, !activity.isEmpty { out.append((trade.sorted(), activity)) }
        }
        entries = out.sorted { $0.trade.joined(separator: " ") < $1.trade.joined(separator: " ") }
    }

    /// `i18n/LANGUAGE.trades.yaml` under the layouts folder, or none.
    public init(layouts: URL, language: String) throws {
        let url = layouts.appendingPathComponent("i18n").appendingPathComponent(language + ".trades.yaml")
        guard let data = FileManager.default.contents(atPath: url.path) else { self = .none; return }
        try TemplateSet.checkInside(url.path, layouts: layouts)
        guard let text = String(data: data, encoding: .utf8) else {
            throw TemplateError(file: url.path, line: nil, message: "cannot read the trades file as UTF-8 text")
        }
        try self.init(yaml: text, file: url.path)
    }

    /// Adds, at the tier of the phrase it reaches best, each trade whose activity a record's
    /// terms (term → tier) hold.
    func expand(_ best: inout [String: Int]) {
        for e in entries {
            let tier = e.activity.compactMap { phrase in phrase.map { best[$0] ?? 0 }.min().flatMap { $0 > 0 ? $0 : nil } }.max()
            guard let tier else { continue }
            for t in e.trade where (best[t] ?? 0) < tier { best[t] = tier }
        }
    }

    /// The same, for a set of terms.
    public func expand(_ terms: Set<String>) -> Set<String> {
        var out = terms
        for e in entries where e.activity.contains(where: { $0.allSatisfy(terms.contains) }) { out.formUnion(e.trade) }
        return out
    }
}
