import Foundation

/// Every time on the site is read and shown in Europe/Paris, the time zone of French public
/// procurement deadlines. One place converts, so that pages, feeds and calendars agree.
public enum ParisTime {
    public static let zone: TimeZone = TimeZone(identifier: "Europe/Paris")!

    public static let calendar: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = zone
        return c
    }()

    /// The instant of a wall-clock time in Paris.
    public static func date(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) -> Date {
        let comps = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        return calendar.date(from: comps)!
    }

    /// The wall-clock parts of an instant in Paris. Computed from the zone's offset with
    /// civil-date arithmetic (Howard Hinnant's `civil_from_days`): the same answer as
    /// `Calendar.dateComponents`, without its cost on every date of every page.
    public static func components(_ date: Date) -> DateComponents {
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + zone.secondsFromGMT(for: date)
        return civil(local)
    }

    /// Year, month, day, hour, minute, second and weekday of seconds since 1970 (UTC or local).
    public static func civil(_ seconds: Int) -> DateComponents {
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let secs = seconds - days * 86_400
        let day = Day(ordinal: days)
        // 1970-01-01 was a Thursday (weekday 5, Sunday being 1).
        let weekday = ((days % 7) + 7 + 4) % 7 + 1
        return DateComponents(year: day.year, month: day.month, day: day.day, hour: secs / 3600, minute: (secs % 3600) / 60,
                              second: secs % 60, weekday: weekday)
    }

    /// The Paris calendar day of an instant.
    public static func day(of date: Date) -> Day {
        let c = components(date)
        return Day(year: c.year!, month: c.month!, day: c.day!)!
    }

    /// UTC offset in seconds at an instant (3600 in winter, 7200 in summer).
    public static func offset(at date: Date) -> Int {
        zone.secondsFromGMT(for: date)
    }

    /// Parses an ISO 8601 date-time: with an offset (`2026-06-27T12:00:00+02:00`, `Z`), or
    /// without one (read as Paris wall-clock time); seconds optional. A bare date
    /// (`2026-06-27`) is read as the end of that day in Paris, 23:59:59, when
    /// `dateOnlyAsEndOfDay` is set.
    public static func parse(_ raw: String, dateOnlyAsEndOfDay: Bool = true) -> Date? {
        let text = raw.trimmed
        guard let day = Day(iso: text) else { return nil }
        if text.count == 10 {
            guard dateOnlyAsEndOfDay else { return nil }
            return date(year: day.year, month: day.month, day: day.day, hour: 23, minute: 59, second: 59)
        }
        var rest = Substring(text.dropFirst(11))
        // hh:mm[:ss][.fff][Z|±hh:mm]
        func take(_ n: Int) -> Int? {
            guard rest.count >= n, let v = Int(rest.prefix(n)) else { return nil }
            rest = rest.dropFirst(n)
            return v
        }
        guard let hour = take(2), rest.first == ":" else { return nil }
        rest = rest.dropFirst()
        guard let minute = take(2) else { return nil }
        var second = 0
        if rest.first == ":" {
            rest = rest.dropFirst()
            guard let s = take(2) else { return nil }
            second = s
        }
        if rest.first == "." {
            rest = rest.drop(while: { $0 == "." || $0.isNumber })
        }
        // 24:00:00 is valid xs:time: midnight at the day's end, the next day's first instant.
        let endOfDay = hour == 24 && minute == 0 && second == 0
        guard hour < 24 || endOfDay, minute < 60, second < 61 else { return nil }
        if rest.isEmpty {
            if endOfDay { return date(year: day.year, month: day.month, day: day.day, hour: 23, minute: 59, second: 59).addingTimeInterval(1) }
            return date(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute, second: second)
        }
        var offset = 0
        if rest == "Z" || rest == "z" {
            offset = 0
        } else {
            guard let sign = rest.first, sign == "+" || sign == "-" else { return nil }
            rest = rest.dropFirst()
            guard let oh = take(2) else { return nil }
            if rest.first == ":" { rest = rest.dropFirst() }
            guard let om = take(2), rest.isEmpty, oh < 15, om < 60 else { return nil }
            offset = (oh * 3600 + om * 60) * (sign == "-" ? -1 : 1)
        }
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let comps = DateComponents(year: day.year, month: day.month, day: day.day, hour: endOfDay ? 0 : hour, minute: minute, second: second)
        guard let asUTC = utc.date(from: comps) else { return nil }
        return asUTC.addingTimeInterval(TimeInterval(-offset + (endOfDay ? 86_400 : 0)))
    }

    /// The offset a date-time text writes (`+02:00` → 7200), when it writes one other than UTC
    /// (`Z`, `+00:00` name no place's wall clock); nil otherwise.
    public static func writtenOffset(_ raw: String) -> Int? {
        let t = raw.trimmingCharacters(in: .whitespaces)
        guard t.count > 19, let sign = t.dropFirst(19).first(where: { $0 == "+" || $0 == "-" }) else { return nil }
        let after = t[t.lastIndex(of: sign)!...].dropFirst()
        let digits = after.filter { $0.isASCII && $0.isNumber }
        guard digits.count == 4, let h = Int(digits.prefix(2)), let m = Int(digits.suffix(2)), h < 15, m < 60 else { return nil }
        let seconds = (h * 3600 + m * 60) * (sign == "-" ? -1 : 1)
        return seconds == 0 ? nil : seconds
    }

    /// The instant `--now` or the config's `now` names: a date-time in the plausible years.
    public static func parseNow(_ raw: String) -> Date? {
        guard let day = Day(iso: raw), day.isPlausible else { return nil }
        return parse(raw, dateOnlyAsEndOfDay: false)
    }

    /// RFC 3339 with the Paris offset: `2026-06-27T12:00:00+02:00`.
    public static func rfc3339(_ date: Date) -> String {
        let c = components(date)
        let off = offset(at: date)
        let sign = off < 0 ? "-" : "+"
        let a = abs(off)
        return zeroPadded(c.year!, 4) + "-" + zeroPadded(c.month!, 2) + "-" + zeroPadded(c.day!, 2) + "T"
            + zeroPadded(c.hour!, 2) + ":" + zeroPadded(c.minute!, 2) + ":" + zeroPadded(c.second!, 2)
            + sign + zeroPadded(a / 3600, 2) + ":" + zeroPadded((a % 3600) / 60, 2)
    }
}
