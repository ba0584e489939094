import Foundation
import ScopeConcurrency
import Mustache
import ScopeCache

/// A record's card as lists show it (`{{{card}}}`): `partials/notice-item` or
/// `partials/programmation-item` rendered with the record's item values. The same card is on
/// its sector's, department's, buyer's and the site's lists, so it is rendered once, and only
/// when a page that shows it is rendered. A page's fingerprint takes the card's (that of its
/// template and values), so a page kept unrendered never renders its cards.
///
/// In a typed page value it encodes as its fingerprint, so that a page's key covers its cards
/// without rendering them; a card that cannot be fingerprinted makes the page unkeyed.
final class Card: MustacheCustomRenderable, Encodable, @unchecked Sendable {
    private let index: Int
    private let cards: CardSet

    init(_ index: Int, of cards: CardSet) {
        self.index = index
        self.cards = cards
    }

    var renderText: String { cards.text(index) }
    var isNull: Bool { false }
    var fingerprint: Fingerprint? { cards.fingerprint(index) }

    struct Unkeyed: Error {}

    func encode(to encoder: Encoder) throws {
        guard let f = fingerprint else { throw Unkeyed() }
        var c = encoder.singleValueContainer()
        try c.encode(f)
    }

    /// As a list's template reads it.
    var value: [String: Any] { ["card": self] }

    /// The values its partial is rendered with, which its record's page starts from.
    var item: [String: Any] { cards.values(index) }
}

/// The cards of one kind of record, each made once and shared by the rendering threads; a
/// card's text is taken from the last build's (`CardCache`) when its fingerprint is there.
final class CardSet: @unchecked Sendable {
    private let partial: String
    private let templates: TemplateSet
    private let card: (Int) -> any CardValue
    private let format: Format
    private let labels: Labels
    /// Of the site's words, which the values are formatted with.
    private let words: Fingerprint
    private let cache: CardCache
    private let texts: Memo<String>
    private let fingerprints: Memo<Fingerprint?>
    let count: Int

    init(partial: String, count: Int, templates: TemplateSet, cache: CardCache, words: Fingerprint, format: Format, labels: Labels,
         card: @escaping (Int) -> any CardValue) {
        self.partial = partial
        self.templates = templates
        self.card = card
        self.format = format
        self.labels = labels
        self.words = words
        self.cache = cache
        self.count = count
        texts = Memo(count: count)
        fingerprints = Memo(count: count)
    }

    func text(_ i: Int) -> String {
        texts.value(i) {
            if cache.count > 0, let f = fingerprint(i), let text = cache.text(f) { return text }
            return templates.render(partial, values(i))
        }
    }

    /// What the partial sees of card `i`.
    func values(_ i: Int) -> [String: Any] { card(i).values(format: format, labels: labels) }

    /// The partial's name, the words and the card's value (the templates' text is in every
    /// page's fingerprint already, and names the card cache); nil if the value cannot be
    /// encoded.
    func fingerprint(_ i: Int) -> Fingerprint? {
        fingerprints.value(i) {
            var f = Fingerprint()
            f.add(partial)
            f.add(words)
            return f.add(encoding: card(i)) ? f : nil
        }
    }

    /// The fingerprint if a page asked for it in this build, without making it.
    func knownFingerprint(_ i: Int) -> Fingerprint? { fingerprints.peek(i) ?? nil }

    /// The text if a page rendered it or it was found in the cache, without rendering it.
    func knownText(_ i: Int) -> String? { texts.peek(i) }
}
