import Foundation
import ScopeCache
import ScopeConcurrency
import ScopeIndex
import ScopeModel

/// The search index the build writes under `recherche/`, for a page with no server behind
/// it. Documents are numbered in an order that does not move with the clock: every notice by
/// deadline (soonest first, closed ones with the rest), then every programmation by expected
/// date. So a night where only the day changed renumbers nothing; the page tells open from
/// closed, and "closing within N days", by its own clock, from the first number of each
/// deadline day (`meta.json` `deadline_days`); and, among open notices, a smaller number is a
/// sooner deadline.
///
/// A query downloads: `meta.json` once; for each word, the dictionary shard of its first two
/// letters (`d/vo.json`); then the word's own file (`t/vo/voirie.json`), which holds its
/// postings by tier (title 3, buyer/place/CPV 2, description 1), its facet counts and its
/// first results ready to show. Rare words are inline in the shard. Filters and multi-word
/// queries use facet postings (`f/…`) and document shards (`docs/N.json`). `docs/search.md`
/// documents every file.
struct SearchIndex {
    static let folder = Routes.search
    static let docShardSize = 25
    static let inlineLimit = 3
    static let topResults = 20
    static let topBuyers = 30
    static let withinDays = [7, 15, 30]
    /// "Published in the last N days", a filter.
    static let publishedDays = [7, 30, 90]
    /// Value bands' upper bounds in euros, a filter (the last band has none).
    static let valueBands: [Double] = [40_000, 100_000, 215_000, 1_000_000, 5_000_000]
    /// Documents per sort-key file (`k/value/N.json`).
    static let keyShardSize = 10_000

    /// A class, not a struct: the term files read each document once per word it holds, and
    /// copying its ten texts would cost a retain and release each time. Its fields are in two
    /// parts, each keyed by its encoding: what a word's file counts for its facets, and what
    /// the files that show the document show besides (a changed title changes the files that
    /// show it, not every word's counts). The writers read the fields through the parts only.
    final class Doc: Sendable {
        struct Counted: Encodable, Sendable {
            let number: Int
            let kind: String  // "n" notice, "p" programmation
            let buyerID: String
            let type: ContractType
            let departments: [String]
            let sectors: [String]
            /// What sorts and filters by value, publication and procedure read.
            let amount: Double?
            let published: Day?
            let procedure: String?
            /// A notice's deadline and what its export states of its status: what the page
            /// tells open from closed by (with `meta.json`), and what orders the numbers.
            let deadline: Date?
            let statedOpen: Bool?
        }

        struct Shown: Encodable, Sendable {
            let id: String
            let url: String
            let title: String
            let buyerName: String
            let when: String
            let value: String?
        }

        let counted: Counted
        let shown: Shown
        /// Open at the build's instant, made once from `counted`: what `donnees.json` holds to.
        let isOpen: Bool
        /// Open at the start of the build's week (Monday 00:00 in Paris): what a word's first
        /// results hold to, so that they move once a week with the clock, not every night (the
        /// page orders them by its own clock and fetches what it lacks).
        let openThisWeek: Bool
        /// Its value band and procedure as facet ids, made once from `counted`: every term file
        /// that holds the document counts them.
        let valueBand: String?
        let procedureID: String?
        /// Of `counted`: the facet counts of the word files that hold the document.
        let facetFingerprint: Fingerprint?
        /// Of both parts: the search files that show the document are kept unrendered when it
        /// is the last build's.
        let fingerprint: Fingerprint?

        var number: Int { counted.number }
        var kind: String { counted.kind }
        var buyerID: String { counted.buyerID }
        var type: ContractType { counted.type }
        var departments: [String] { counted.departments }
        var sectors: [String] { counted.sectors }
        var amount: Double? { counted.amount }
        var published: Day? { counted.published }
        var procedure: String? { counted.procedure }
        var deadline: Date? { counted.deadline }
        var statedOpen: Bool? { counted.statedOpen }
        var id: String { shown.id }
        var url: String { shown.url }
        var title: String { shown.title }
        var buyerName: String { shown.buyerName }
        var when: String { shown.when }
        var value: String? { shown.value }

        init(_ counted: Counted, _ shown: Shown, now: Date, weekStart: Date) {
            self.counted = counted
            self.shown = shown
            isOpen = counted.statedOpen ?? counted.deadline.map { $0 > now } ?? false
            openThisWeek = counted.statedOpen ?? counted.deadline.map { $0 > weekStart } ?? false
            valueBand = SearchIndex.valueBand(counted.amount)
            procedureID = SearchIndex.procedureID(counted.procedure)
            var f = Fingerprint()
            let facets = f.add(encoding: counted) ? f : nil
            facetFingerprint = facets
            fingerprint = facets != nil && f.add(encoding: shown) ? f : nil
        }
    }

    let catalog: Catalog
    let views: Views
    private(set) var docs: [Doc] = []
    /// term → tier → doc numbers (ascending).
    private(set) var postings: [String: [[Int]]] = [:]
    /// Each quarter in which programmations expect their notice (`2027-Q1`), with the number
    /// of its first programmation: programmations are numbered by expected publication, so a
    /// quarter, and a year, is a run of numbers (what the "expected" filter reads).
    private(set) var expectedQuarters: [ExpectedQuarter] = []

    struct ExpectedQuarter {
        let year: Int
        let quarter: Int
        let first: Int
        /// As the page's address and `meta.json` say it: `2027-Q1`.
        var key: String { SearchIndex.quarterKey(year: year, quarter: quarter) }
    }

    init(catalog: Catalog, views: Views) {
        self.catalog = catalog
        self.views = views
        // Both lists are in id order: the index is the last tie-break.
        let deadline = catalog.notices.map(\.notice.deadline)
        let expected = catalog.programmations.map(\.programmation.expectedPublication)
        var order: [(String, Int)] = catalog.notices.indices.sorted { a, b in
            deadline[a] != deadline[b] ? deadline[a] < deadline[b] : a < b
        }.map { ("n", $0) }
        order += catalog.programmations.indices.sorted { a, b in
            expected[a] != expected[b] ? expected[a] < expected[b] : a < b
        }.map { ("p", $0) }
        for number in catalog.notices.count..<order.count {
            let p = expected[order[number].1]
            if let last = expectedQuarters.last, (last.year, last.quarter) == (p.year, p.quarter) { continue }
            expectedQuarters.append(ExpectedQuarter(year: p.year, quarter: p.quarter, first: number))
        }
        // Documents and their postings on every core, a run of consecutive documents per task;
        // then the runs' postings joined in document order, so every tier stays ascending (one
        // core putting every document's terms in one table was a serial step of its own).
        let weekStart = Self.weekStart(catalog.now), documents = order
        var parts: [([Doc], [String: [[Int]]])?] = Parallel.map(count: documents.count) { run in
            var docs: [Doc] = [], postings: [String: [[Int]]] = [:]
            for number in run {
                let (doc, best) = Self.document(number: number, kind: documents[number].0, index: documents[number].1,
                                                catalog: catalog, views: views, weekStart: weekStart)
                docs.append(doc)
                for (t, tier) in best { postings[t, default: [[], [], []]][3 - tier].append(number) }
            }
            return (docs, postings)
        }
        var tiersByTerm: [String: [[Int]]] = [:]
        for r in parts.indices {
            let (some, more) = parts[r]!
            parts[r] = nil
            docs += some
            if tiersByTerm.isEmpty { tiersByTerm = more; continue }
            for (t, tiers) in more {
                if let i = tiersByTerm.index(forKey: t) {
                    for k in tiers.indices { tiersByTerm.values[i][k] += tiers[k] }
                } else {
                    tiersByTerm[t] = tiers
                }
            }
        }
        postings = tiersByTerm
    }

    /// A quarter as the search's "expected" filter names it: `2027-Q1`.
    static func quarterKey(year: Int, quarter: Int) -> String { "\(year)-Q\(quarter)" }

    /// One document and its terms with the best tier each reaches.
    static func document(number: Int, kind: String, index i: Int, catalog: Catalog, views: Views, weekStart: Date) -> (Doc, [String: Int]) {
        let paths = views.paths
        var best: [String: Int] = [:]
        func add(_ text: String?, tier: Int) {
            guard let text else { return }
            for t in Tokenizer.terms(text) where (best[t] ?? 0) < tier { best[t] = tier }
        }
        let doc: Doc
        if kind == "p" {
            let e = catalog.programmations[i], p = e.programmation
            let buyer = catalog.buyer(id: p.buyerID)?.buyer.name ?? p.buyerID
            add(p.title, tier: 3)
            best[Tokenizer.idTerm(p.id)] = 3
            add(buyer, tier: 2)
            add(p.cpv.map(\.digits).joined(separator: " "), tier: 2)
            for t in p.cpv.flatMap(Tokenizer.cpvTerms) where (best[t] ?? 0) < 2 { best[t] = 2 }
            add(p.description, tier: 1)
            add(SearchTerms.cpvLabels(p.cpv, language: catalog.site.language), tier: 1)
            views.strings.trades.expand(&best)
            doc = Doc(.init(number: number, kind: kind, buyerID: p.buyerID, type: p.contractType, departments: p.departments,
                            sectors: e.sectorIDs, amount: (p.estimatedValue ?? p.valueBracket?.maximum ?? p.valueBracket?.minimum)?.amount,
                            published: p.announced, procedure: nil, deadline: nil, statedOpen: nil),
                      .init(id: p.id, url: paths.url(paths.programmation(e)), title: p.title, buyerName: buyer,
                            when: views.format.period(p.expectedPublication), value: views.valueText(p)), now: catalog.now,
                      weekStart: weekStart)
        } else {
            let e = catalog.notices[i], n = e.notice
            let buyer = catalog.buyer(id: n.buyerID)?.buyer.name ?? n.buyerID
            for (text, tier) in SearchTerms.noticeTexts(n, buyerName: buyer, language: catalog.site.language) { add(text, tier: tier) }
            best[Tokenizer.idTerm(n.id)] = 3
            for t in (n.cpv + n.lots.compactMap(\.cpv)).flatMap(Tokenizer.cpvTerms) where (best[t] ?? 0) < 2 { best[t] = 2 }
            views.strings.trades.expand(&best)
            doc = Doc(.init(number: number, kind: kind, buyerID: n.buyerID, type: n.contractType, departments: n.departments,
                            sectors: e.sectorIDs, amount: (n.estimatedValue ?? n.valueBracket?.maximum ?? n.valueBracket?.minimum)?.amount, published: n.published,
                            procedure: n.procedure.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 },
                            deadline: n.deadline, statedOpen: n.statedStatus.map(\.isOpen)),
                      .init(id: n.id, url: paths.url(paths.notice(e)), title: n.title, buyerName: buyer,
                            when: views.format.dateTime(n.deadline, offset: n.deadlineOffset), value: views.format.value(n.estimatedValue, n.valueBracket)),
                      now: catalog.now, weekStart: weekStart)
        }
        return (doc, best)
    }

    /// Monday 00:00 in Paris of the week of `now`.
    static func weekStart(_ now: Date) -> Date {
        let monday = ParisTime.day(of: now).monday
        return ParisTime.date(year: monday.year, month: monday.month, day: monday.day, hour: 0, minute: 0, second: 0)
    }

    /// The shard a term's dictionary entry lives in: its first two characters; for an id the
    /// marker and the id's last three characters (ids are found whole, not by prefix); for a
    /// CPV prefix the marker and its first three digits.
    static func shardKey(_ term: String) -> String {
        if term.hasPrefix("_") { return "_" + String(term.suffix(3)) }
        if term.hasPrefix("#") { return String(term.prefix(4)) }
        return String(term.prefix(2))
    }

    static func safeName(_ key: String) -> String {
        let ok = key.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
        return bounded(ok && !key.isEmpty ? key : "x" + String(key.utf8.map { String(format: "%02x", $0) }.joined()))
    }

    /// A file name within what every file system takes (255 bytes): past 200, its first 180
    /// bytes and a hash of the whole (FNV-1a, 32 bits), as `recherche.js` computes it too.
    static func bounded(_ name: String) -> String {
        guard name.utf8.count > 200 else { return name }
        var h: UInt32 = 0x811c_9dc5
        for b in name.utf8 { h = (h ^ UInt32(b)) &* 0x0100_0193 }
        return String(name.utf8.prefix(180))! + "-" + zeroPadded(h, 8, radix: 16)
    }
}
