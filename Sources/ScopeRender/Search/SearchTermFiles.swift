import Foundation
import ScopeCache
import ScopeIndex
import ScopeModel

/// A word's file of the search index: its documents by tier, the facets they count and its
/// first results, and the key that says when it changes.
extension SiteRenderer {
    /// Of everything `termFile` reads: the word, the number of documents, each tier's
    /// documents (what their facets count) and the first results (every field).
    static func termFileFingerprint(_ term: String, tiers: [[Int]], docs: [SearchIndex.Doc], universe: Int) -> Fingerprint? {
        var f = Fingerprint()
        f.add("term")
        f.add(term)
        f.add(String(universe))
        f.add(String(tiers.count))
        for tier in tiers {
            f.add(String(tier.count))
            for n in tier {
                guard let counted = docs[n].facetFingerprint else { return nil }
                f.add(counted)
            }
        }
        for n in top(tiers, docs: docs) {
            guard let shown = docs[n].fingerprint else { return nil }
            f.add(shown)
        }
        return f
    }

    /// A word's first results as of the start of the build's week: by tier, then notices open
    /// then soonest first, programmations, closed notices latest first, as the page orders them.
    /// The page takes them as documents already fetched, orders by its own clock (dropping
    /// those closed since Monday) and fetches what it lacks: a night where only the clock moved
    /// rewrites no word file, but on Mondays.
    static func top(_ tiers: [[Int]], docs: [SearchIndex.Doc]) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(SearchIndex.topResults)
        func take<S: Sequence<Int>>(_ numbers: S, _ wanted: (SearchIndex.Doc) -> Bool) -> Bool {
            for n in numbers where wanted(docs[n]) {
                out.append(n)
                if out.count == SearchIndex.topResults { return true }
            }
            return false
        }
        for tier in tiers {
            if take(tier, { $0.kind == "n" && $0.openThisWeek }) || take(tier, { $0.kind == "p" })
                || take(tier.reversed(), { $0.kind == "n" && !$0.openThisWeek }) { break }
        }
        return out
    }

    /// A word's file: its postings by tier, its facet counts, its first results.
    static func termFile(_ term: String, tiers: [[Int]], docs: [SearchIndex.Doc], facets: FacetCounter, universe: Int) -> [UInt8] {
        var w = JSONWriter()
        w.open("{")
        w.member("t", term)
        w.key("p"); w.open("[")
        for tier in tiers { w.value(PostingList.encode(tier, universe: universe)) }
        w.close("]")
        w.key("f")
        facets.write(tiers.joined(), &w)
        w.key("top"); w.open("[")
        for n in top(tiers, docs: docs) { writeDoc(docs[n], &w) }
        w.close("]")
        w.close("}")
        return w.bytes
    }

    static func writeDoc(_ d: SearchIndex.Doc, _ w: inout JSONWriter) {
        w.open("{")
        w.member("n", d.number)
        w.member("k", d.kind)
        w.member("id", d.id)
        w.member("u", d.url)
        w.member("t", d.title)
        w.member("b", d.buyerName)
        w.member("bi", d.buyerID)
        w.member("w", d.when)
        w.member("c", d.type.rawValue)
        w.member("d", strings: d.departments)
        w.member("s", strings: d.sectors)
        if let v = d.value { w.member("v", v) }
        w.close("}")
    }

    /// Of everything `reuseJSON` writes: the site's address, the build's time and each
    /// document it lists (both parts of each, see `SearchIndex.Doc`).
}
