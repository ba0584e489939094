import Foundation
import ScopeModel

/// French formats for dates, times, amounts and periods: "27 juin 2026", "1 200 000 €",
/// "T3 2027". One place, so every page and feed writes them alike.
public enum Format {
    static let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                         "septembre", "octobre", "novembre", "décembre"]
    /// Narrow no-break space, the French thousands separator.
    static let groupSeparator = "\u{202F}"

    public static func day(_ d: Day) -> String {
        "\(d.day == 1 ? "1er" : String(d.day)) \(months[d.month - 1]) \(d.year)"
    }

    public static func date(_ date: Date) -> String { day(ParisTime.day(of: date)) }

    /// "27 juin 2026 à 12 h 00"
    public static func dateTime(_ date: Date) -> String {
        let c = ParisTime.components(date)
        return "\(Format.date(date)) à \(c.hour!) h \(String(format: "%02d", c.minute!))"
    }

    public static func money(_ m: Money) -> String {
        let whole = Int64(m.amount.rounded(.down))
        let cents = Int((m.amount - Double(whole)) * 100 + 0.5)
        var digits = String(whole)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        var text = groups.joined(separator: groupSeparator)
        if cents > 0 { text += "," + String(format: "%02d", min(cents, 99)) }
        return text + "\u{00A0}" + (m.currency == "EUR" ? "€" : m.currency)
    }

    public static func bracket(_ b: ValueBracket) -> String {
        switch (b.minimum, b.maximum) {
        case let (lo?, hi?): return "de \(money(lo)) à \(money(hi))"
        case let (lo?, nil): return "plus de \(money(lo))"
        case let (nil, hi?): return "moins de \(money(hi))"
        default: return ""
        }
    }

    public static func period(_ p: ExpectedPeriod) -> String {
        switch p {
        case .month(let y, let m): return "\(months[m - 1]) \(y)"
        case .quarter(let y, let q): return "T\(q) \(y)"
        }
    }

    /// "Clôture dans 3 jours", "Clôture demain", "Clôture aujourd'hui", "Clôturé".
    public static func deadlineBadge(_ deadline: Date, now: Date) -> String {
        if deadline <= now { return "Clôturé" }
        let today = ParisTime.day(of: now).noonInParis
        let then = ParisTime.day(of: deadline).noonInParis
        let days = Int((then.timeIntervalSince(today) / 86_400).rounded())
        switch days {
        case 0: return "Clôture aujourd'hui"
        case 1: return "Clôture demain"
        default: return "Clôture dans \(days) jours"
        }
    }

    /// Days left before a deadline (0 on the day itself), nil once past.
    public static func daysLeft(_ deadline: Date, now: Date) -> Int? {
        guard deadline > now else { return nil }
        let today = ParisTime.day(of: now).noonInParis
        let then = ParisTime.day(of: deadline).noonInParis
        return Int((then.timeIntervalSince(today) / 86_400).rounded())
    }

    /// "1 annonce", "3 annonces".
    public static func count(_ n: Int, _ singular: String, _ plural: String) -> String {
        "\(grouped(n)) \(n > 1 ? plural : singular)"
    }

    public static func grouped(_ n: Int) -> String {
        money(Money(amount: Double(n), currency: "")).replacingOccurrences(of: "\u{00A0}", with: "")
    }
}

extension String {
    /// "novembre 2026" → "Novembre 2026".
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
