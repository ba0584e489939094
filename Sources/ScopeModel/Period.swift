import Foundation

/// When a programmation's notice is expected: a month or a quarter, as buyers announce it.
public enum ExpectedPeriod: Hashable, Comparable, Sendable, Encodable, CustomStringConvertible {
    case month(year: Int, month: Int)
    case quarter(year: Int, quarter: Int)

    /// Parses `2027-03`, `2027-Q1`, `2027-T1`, `T1 2027`, `Q1 2027`, or a full date
    /// (`2027-03-15`, read as its month).
    public init?(parsing raw: String) {
        let t = raw.trimmed.uppercased()
        if let day = Day(iso: t) {
            self = .month(year: day.year, month: day.month)
            return
        }
        let parts = t.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == "/" }).map(String.init)
        guard parts.count == 2 else { return nil }
        func quarter(_ s: String) -> Int? {
            guard s.count == 2, s.first == "Q" || s.first == "T", let q = Int(s.dropFirst()), (1...4).contains(q) else { return nil }
            return q
        }
        if parts[0].count == 4, let y = Int(parts[0]) {
            if let q = quarter(parts[1]) { self = .quarter(year: y, quarter: q); return }
            if parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) { self = .month(year: y, month: m); return }
            return nil
        }
        if let q = quarter(parts[0]), parts[1].count == 4, let y = Int(parts[1]) {
            self = .quarter(year: y, quarter: q)
            return
        }
        return nil
    }

    public var year: Int {
        switch self { case .month(let y, _), .quarter(let y, _): return y }
    }

    /// The quarter this period falls in (1–4).
    public var quarter: Int {
        switch self {
        case .month(_, let m): return (m - 1) / 3 + 1
        case .quarter(_, let q): return q
        }
    }

    /// First and last day covered.
    public var firstDay: Day {
        switch self {
        case .month(let y, let m): return Day(year: y, month: m, day: 1)!
        case .quarter(let y, let q): return Day(year: y, month: (q - 1) * 3 + 1, day: 1)!
        }
    }

    public var lastDay: Day {
        switch self {
        case .month(let y, let m): return Day(year: y, month: m, day: Day.daysIn(month: m, year: y))!
        case .quarter(let y, let q):
            let m = q * 3
            return Day(year: y, month: m, day: Day.daysIn(month: m, year: y))!
        }
    }

    /// Canonical text: `2027-03` or `2027-Q1`.
    public var description: String {
        switch self {
        case .month(let y, let m): return zeroPadded(y, 4) + "-" + zeroPadded(m, 2)
        case .quarter(let y, let q): return "\(y)-Q\(q)"
        }
    }

    public static func < (a: Self, b: Self) -> Bool {
        (a.firstDay, a.lastDay) < (b.firstDay, b.lastDay)
    }
}
