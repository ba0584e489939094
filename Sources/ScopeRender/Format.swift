import Foundation
import ScopeModel

/// Dates, times, amounts and periods in the site's language: "27 juin 2026", "1 200 000 €",
/// "T3 2027" in French; "27 June 2026", "€1,200,000", "Q3 2027" in English. The patterns and
/// names come from the translation file (`format.*`), so every page and feed writes them alike.
public struct Format: Sendable {
    let strings: Strings
    let months: [String]
    let group: String
    let decimal: String

    public init(strings: Strings) {
        self.strings = strings
        months = (strings.text("format.months") ?? "").split(separator: "|").map(String.init)
        group = strings.text("format.group") ?? " "
        decimal = strings.text("format.decimal") ?? "."
    }

    func monthName(_ m: Int) -> String { m >= 1 && m <= months.count ? months[m - 1] : String(m) }

    public func day(_ d: Day) -> String {
        strings("format.date", ["day": d.day == 1 ? strings("format.first_day") : String(d.day),
                                "month": monthName(d.month), "year": String(d.year)])
    }

    public func date(_ date: Date) -> String { day(ParisTime.day(of: date)) }

    /// "27 juin 2026 à 12 h 00"
    public func dateTime(_ date: Date) -> String {
        let c = ParisTime.components(date)
        return strings("format.date_time", ["date": self.date(date), "hour": String(c.hour!),
                                            "minute": zeroPadded(c.minute!, 2)])
    }

    /// The deadline as its notice wrote it: at `offset` from UTC, said ("28 février 2024 à 12 h 00,
    /// UTC+02:00"), when the notice wrote one that is not Paris's; else in Paris time.
    public func dateTime(_ date: Date, offset: Int?) -> String {
        guard let offset else { return dateTime(date) }
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(secondsFromGMT: 0)!
        let c = utc.dateComponents([.year, .month, .day, .hour, .minute], from: date.addingTimeInterval(TimeInterval(offset)))
        guard let day = Day(year: c.year!, month: c.month!, day: c.day!) else { return dateTime(date) }
        let a = abs(offset)
        return strings("format.date_time_zone", ["date": self.day(day), "hour": String(c.hour!), "minute": zeroPadded(c.minute!, 2),
                                                 "offset": (offset < 0 ? "−" : "+") + zeroPadded(a / 3600, 2) + ":" + zeroPadded(a % 3600 / 60, 2)])
    }

    /// Digits grouped by three with the language's separator, and cents when there are any.
    func number(_ amount: Double) -> String {
        // Readers keep amounts far below this; a value past 64 bits must not trap here.
        let whole = amount < 9e18 ? Int64(max(0, amount).rounded(.down)) : Int64.max
        let cents = Int((amount - Double(whole)) * 100 + 0.5)
        var text = grouped(whole)
        if cents > 0 { text += decimal + zeroPadded(min(cents, 99), 2) }
        return text
    }

    public func money(_ m: Money) -> String {
        m.currency == "EUR"
            ? strings("format.money_eur", ["amount": number(m.amount)])
            : strings("format.money_other", ["amount": number(m.amount), "currency": m.currency])
    }

    /// A programmation's value: its estimate, else its bracket.
    public func value(_ estimate: Money?, _ bracket: ValueBracket?) -> String? {
        if let estimate { return money(estimate) }
        return bracket.map(self.bracket)
    }

    public func bracket(_ b: ValueBracket) -> String {
        switch (b.minimum, b.maximum) {
        case let (lo?, hi?): return strings("format.bracket_between", ["low": money(lo), "high": money(hi)])
        case let (lo?, nil): return strings("format.bracket_over", ["low": money(lo)])
        case let (nil, hi?): return strings("format.bracket_under", ["high": money(hi)])
        default: return ""
        }
    }

    public func period(_ p: ExpectedPeriod) -> String {
        switch p {
        case .month(let y, let m): return strings("format.month", ["month": monthName(m), "year": String(y)])
        case .quarter(let y, let q): return quarter(y, q)
        }
    }

    public func quarter(_ year: Int, _ q: Int) -> String {
        strings("format.quarter", ["quarter": String(q), "year": String(year)])
    }

    /// "Clôture dans 3 jours", "Clôture demain", "Clôture aujourd'hui", "Clôturé".
    public func deadlineBadge(_ deadline: Date, now: Date) -> String { deadlineBadge(daysLeft: Self.daysLeft(deadline, now: now)) }

    /// The badge for `days` left before a deadline (nil once past).
    public func deadlineBadge(daysLeft days: Int?) -> String {
        guard let days else { return strings("badge.closed") }
        switch days {
        case 0: return strings("badge.today")
        case 1: return strings("badge.tomorrow")
        default: return strings("badge.days", ["n": String(days)])
        }
    }

    /// Days left before a deadline (0 on the day itself), nil once past.
    public static func daysLeft(_ deadline: Date, now: Date) -> Int? {
        guard deadline > now else { return nil }
        return ParisTime.day(of: deadline).ordinal - ParisTime.day(of: now).ordinal
    }

    /// "1 annonce", "3 annonces", from `count.KEY.one` / `count.KEY.other`.
    public func count(_ n: Int, _ key: String) -> String {
        strings.count(n, "count." + key, number: grouped(Int64(n)))
    }

    public func grouped(_ n: Int64) -> String {
        var digits = String(n.magnitude)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        return (n < 0 ? "-" : "") + groups.joined(separator: group)
    }

    public func grouped(_ n: Int) -> String { grouped(Int64(n)) }
}

extension String {
    /// "novembre 2026" → "Novembre 2026".
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
