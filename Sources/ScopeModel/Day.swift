import Foundation

/// A calendar day with no time of day (a publication date), compared as written.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (also the date part of an ISO 8601 date-time).
    public init?(iso text: String) {
        let t = text.trimmed
        guard t.count >= 10 else { return nil }
        let head = Array(t.utf8.prefix(10))
        guard head[4] == UInt8(ascii: "-"), head[7] == UInt8(ascii: "-"),
              let y = Int(String(t.prefix(4))),
              let m = Int(String(t.dropFirst(5).prefix(2))),
              let d = Int(String(t.dropFirst(8).prefix(2))) else { return nil }
        if t.count > 10 {
            let rest = t.dropFirst(10)
            guard rest.first == "T" || rest.first == " " else { return nil }
        }
        self.init(year: y, month: m, day: d)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    public static func < (a: Self, b: Self) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// Noon of this day in Paris, a stable instant for sorting and feeds.
    public var noonInParis: Date {
        ParisTime.date(year: year, month: month, day: day, hour: 12, minute: 0, second: 0)
    }
}
