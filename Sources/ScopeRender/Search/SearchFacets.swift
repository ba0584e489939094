import Foundation
import ScopeIndex
import ScopeModel

/// The filters and sorts of the search beyond sector, department and type: value bands,
/// procedures, buyers (found by name), publication, and each document's rank by value and by
/// publication.
extension SearchIndex {
    /// The band of a value (`0` below the first bound …), nil without one.
    static func valueBand(_ amount: Double?) -> String? {
        guard let amount else { return nil }
        return String(valueBands.firstIndex { amount < $0 } ?? valueBands.count)
    }

    /// A procedure's facet id: its text folded into a slug.
    static func procedureID(_ text: String?) -> String? { text.map { Slug.make(Tokenizer.fold($0)) } }

    /// The procedures the documents name, most frequent first, with the text most of them use.
    static func procedures(_ docs: [Doc]) -> [(String, String)] {
        var counts: [String: Int] = [:], texts: [String: [String: Int]] = [:]
        for d in docs {
            guard let text = d.procedure, let id = d.procedureID else { continue }
            counts[id, default: 0] += 1
            texts[id, default: [:]][text, default: 0] += 1
        }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { id, _ in
            (id, texts[id]!.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key)
        }
    }

    struct BuyerEntry {
        let id: String
        let name: String
        let count: Int
        /// Its page, whose folder holds its feeds.
        let url: String
    }

    /// Buyers by the first two letters of each word of their name (as `Tokenizer` makes
    /// words), most records first: what the buyer filter and the "this is a buyer" offer read.
    static func buyerDirectory(_ docs: [Doc], url: (String) -> String) -> [String: [BuyerEntry]] {
        var counts: [String: Int] = [:], names: [String: String] = [:]
        for d in docs {
            counts[d.buyerID, default: 0] += 1
            if names[d.buyerID] == nil { names[d.buyerID] = d.buyerName }
        }
        var out: [String: [BuyerEntry]] = [:]
        for (id, count) in counts {
            let name = names[id]!
            for key in Set(Tokenizer.terms(name).map { safeName(String($0.prefix(2))) }) {
                out[key, default: []].append(BuyerEntry(id: id, name: name, count: count, url: url(id)))
            }
        }
        for k in out.keys { out[k]!.sort { $0.count != $1.count ? $0.count > $1.count : $0.id < $1.id } }
        return out
    }

    struct PlaceEntry {
        let name: String
        let department: String
        let count: Int
    }

    /// The places notices name (communes, mostly), each with the department most of its notices
    /// are in, by the first two letters of each of its words: what offers a commune's
    /// department as the filter.
    static func placeDirectory(_ catalog: Catalog) -> [String: [PlaceEntry]] {
        var counts: [String: [String: Int]] = [:], names: [String: [String: Int]] = [:]
        for e in catalog.notices {
            guard let place = e.notice.place?.trimmingCharacters(in: .whitespacesAndNewlines), !place.isEmpty,
                  place.count <= 60, let dep = e.notice.departments.first else { continue }
            let key = Tokenizer.terms(place).joined(separator: " ")
            guard !key.isEmpty else { continue }
            counts[key, default: [:]][dep, default: 0] += 1
            names[key, default: [:]][place, default: 0] += 1
        }
        var out: [String: [PlaceEntry]] = [:]
        for (key, deps) in counts {
            let (dep, n) = deps.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!
            let name = names[key]!.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
            for shard in Set(key.split(separator: " ").map { safeName(String($0.prefix(2))) }) {
                out[shard, default: []].append(PlaceEntry(name: name, department: dep, count: n))
            }
        }
        for k in out.keys { out[k]!.sort { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name } }
        return out
    }

    /// Each document's rank when sorted by a key, largest first; documents without one come
    /// last; ties keep document order.
    static func ranks(_ docs: [Doc], by key: (Doc) -> Double?) -> [Int] {
        let keys = docs.map(key)
        let order = docs.indices.sorted { a, b in
            switch (keys[a], keys[b]) {
            case let (x?, y?): return x != y ? x > y : a < b
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a < b
            }
        }
        var ranks = [Int](repeating: 0, count: docs.count)
        for (rank, n) in order.enumerated() { ranks[n] = rank }
        return ranks
    }

    /// Base-64 characters a rank below `universe` needs.
    static func keyWidth(_ universe: Int) -> Int {
        var width = 1, reach = 64
        while reach < universe { width += 1; reach *= 64 }
        return width
    }
}

extension PostingList {
    /// Numbers in base 64, each in `width` characters, high digit first.
    static func fixedWidth(_ numbers: [Int], width: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(numbers.count * width)
        for n in numbers {
            for k in stride(from: width - 1, through: 0, by: -1) { out.append(alphabet[(n >> (6 * k)) & 63]) }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension SiteRenderer {
    /// The value bands' labels: "below 40,000 €", "40,000 to 100,000 €", … "above 5 M€".
    func valueBandLabels() -> [(String, String)] {
        let bounds = SearchIndex.valueBands.map { views.format.money(Money(amount: $0)) }
        return (0...bounds.count).map { i in
            let label: String
            if i == 0 { label = t("search.value_below").replacingOccurrences(of: "{max}", with: bounds[0]) }
            else if i == bounds.count { label = t("search.value_above").replacingOccurrences(of: "{min}", with: bounds[i - 1]) }
            else {
                label = t("search.value_between").replacingOccurrences(of: "{min}", with: bounds[i - 1])
                    .replacingOccurrences(of: "{max}", with: bounds[i])
            }
            return (String(i), label)
        }
    }
}
