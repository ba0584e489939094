import Foundation

/// A calendar day with no time of day (a publication date), compared as written.
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
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

    /// The years a date may have: outside them it is a typing mistake (0001, 0000, -1, 9999),
    /// and calendar clients refuse it.
    public static let plausibleYears = 1900...2200

    public var isPlausible: Bool { Self.plausibleYears.contains(year) }

    /// A date of `text` whose year is plausible; nil otherwise.
    public static func plausible(_ text: String) -> Day? {
        Day(iso: text).flatMap { $0.isPlausible ? $0 : nil }
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var description: String {
        zeroPadded(year, 4) + "-" + zeroPadded(month, 2) + "-" + zeroPadded(day, 2)
    }

    public static func < (a: Self, b: Self) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`): the difference of two
    /// ordinals is the number of calendar days between them, whatever the clocks do.
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day `ordinal` days after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    public init(ordinal: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// The Monday of its week (ISO 8601: weeks begin on Monday).
    public var monday: Day { Day(ordinal: ordinal - ((ordinal + 3) % 7 + 7) % 7) }

    /// Its ISO 8601 week: the year of the week's Thursday, and the week's number in it.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = Day(ordinal: monday.ordinal + 3)
        return (thursday.year, (thursday.ordinal - Day(year: thursday.year, month: 1, day: 1)!.ordinal) / 7 + 1)
    }

    /// Noon of this day in Paris, a stable instant for sorting and feeds.
    /// Clocks change at night, so noon's offset is the one of any hour around it: no calendar
    /// arithmetic needed (it runs once per notice and feed).
    public var noonInParis: Date {
        let noonUTC = ordinal * 86_400 + 12 * 3600
        return Date(timeIntervalSince1970: TimeInterval(noonUTC - ParisTime.offset(at: Date(timeIntervalSince1970: TimeInterval(noonUTC - 3600)))))
    }
}
