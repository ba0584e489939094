import Foundation
import ScopeModel

/// How a list of notices is cut into pages so that a page changes only when a record it shows
/// changes, joins or leaves: at the bounds of its records' periods (the deadline's or the
/// publication's day, week or month, in Paris), then by the site's page size within a period.
/// Cut by count alone, every page of a list soonest-first moved each time the notices at its
/// head closed. A period's pages keep their address (`page/2026-11/`, `page/2026-w48/2/`,
/// `page/2026-11-20/`) whatever happens in the periods before it; the list's first page is
/// its folder.
///
/// The period's length follows the list's size: a month up to 20 pages' worth, a week up to
/// 400, a day beyond (at 50 a page: 1,000 and 20,000 notices). A list that crosses one of these
/// sizes is cut anew that night; they are far apart, so that a list that grows and shrinks a
/// little every day does not cross one back and forth.
struct ListPaging {
    enum Unit: String, Encodable { case month, week, day }

    /// One page: where it is, what it holds, what its title says of it.
    struct Part {
        let path: String
        let range: Range<Int>
        /// The period, as the page's title says it; nil on a list of one page.
        let period: String?
        /// Its number among its period's pages, from 1.
        let number: Int
    }

    let parts: [Part]

    static func unit(count: Int, size: Int) -> Unit? {
        if count <= size { return nil }
        if count <= 20 * size { return .month }
        if count <= 400 * size { return .week }
        return .day
    }

    /// `days` are the records' days, in the list's order (ascending or descending). A list that
    /// is one period by construction (a month's archive) has its pages numbered in its folder
    /// (`page/2/`, over the whole list should it be cut by week or day): `onePeriod`.
    init(days: [Day], size: Int, base: String, onePeriod: Bool = false, label: (Unit, Day) -> String) {
        guard let unit = Self.unit(count: days.count, size: size) else {
            self.init(periods: nil, count: days.count, size: size, base: base) { _ in "" }
            return
        }
        self.init(periods: days.map { Self.key(unit, $0) }, count: days.count, size: size, base: base, onePeriod: onePeriod) { i in
            label(unit, days[i])
        }
    }

    /// A list cut where its records' `periods` change (each period's records together, in the
    /// list's order), then by `size`; nil: one page, or pages numbered in the list's folder. A
    /// period's pages are `page/<its key>/`, `page/<its key>/2/`…; `label` names the period of
    /// the record at an index, the first of its period.
    init(periods keys: [String]?, count: Int, size: Int, base: String, onePeriod: Bool = false, label: (Int) -> String) {
        guard let keys else {
            parts = stride(from: 0, to: max(count, 1), by: size).enumerated().map { k, from in
                Part(path: Routes.page(base, k + 1), range: from..<min(from + size, count), period: nil, number: k + 1)
            }
            return
        }
        var parts: [Part] = []
        var start = 0
        while start < count {
            let key = keys[start]
            var end = start + 1
            while end < count && keys[end] == key { end += 1 }
            let name = label(start)
            for (k, from) in stride(from: start, to: end, by: size).enumerated() {
                let folder = onePeriod ? Routes.page(base, parts.count + 1) : base + Routes.pageSegment + "/" + key + "/" + (k == 0 ? "" : "\(k + 1)/")
                parts.append(Part(path: parts.isEmpty ? base : folder, range: from..<min(from + size, end), period: name, number: k + 1))
            }
            start = end
        }
        self.parts = parts
    }

    /// A period's part of an address: `2026-11`, `2026-w48`, `2026-11-20`.
    static func key(_ unit: Unit, _ d: Day) -> String {
        switch unit {
        case .month: return String(d.description.prefix(7))
        case .week:
            let w = d.isoWeek
            return "\(w.year)-w" + (w.week < 10 ? "0" : "") + String(w.week)
        case .day: return d.description
        }
    }
}
