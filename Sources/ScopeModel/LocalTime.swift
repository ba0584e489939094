import Foundation

/// The wall-clock time of a notice's place. Metropolitan France is Europe/Paris; the overseas
/// departments have their own zones. A source that writes the buyer's hour with a wrong offset
/// (BOAMP: `+00:00` on a Paris hour, or a fixed `+01:00` in summer) is read by its digits in the
/// place's zone: the hour shown is the hour the buyer wrote.
public enum LocalTime {
    /// The time zone of a department code (`971`, `974`, `31`…); Europe/Paris when not overseas.
    public static func zone(department: String?) -> TimeZone {
        let id: String
        switch department ?? "" {
        case "971": id = "America/Guadeloupe"
        case "972": id = "America/Martinique"
        case "973": id = "America/Cayenne"
        case "974": id = "Indian/Reunion"
        case "975": id = "America/Miquelon"
        case "976": id = "Indian/Mayotte"
        default: id = "Europe/Paris"
        }
        return TimeZone(identifier: id) ?? ParisTime.zone
    }

    /// `text`'s date and wall-clock time (`2026-02-16T12:00:00.000+01:00`, `…T12:00:00+00:00`,
    /// `…T12:00:00`, `…T12:00`), its offset set aside, as RFC 3339 in `zone` with the offset the
    /// zone has at that moment; a bare date stays a bare date. Nil when `text` is neither.
    public static func wallClock(_ text: String, in zone: TimeZone) -> String? {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard let day = Day(iso: t) else { return nil }
        if t.count == 10 { return t }
        let rest = Array(t.utf8.dropFirst(11))
        func number(_ at: Int) -> Int? {
            guard at + 2 <= rest.count, rest[at] >= 0x30, rest[at] <= 0x39, rest[at + 1] >= 0x30, rest[at + 1] <= 0x39 else { return nil }
            return Int(rest[at] - 0x30) * 10 + Int(rest[at + 1] - 0x30)
        }
        guard let hour = number(0), rest.count >= 5, rest[2] == UInt8(ascii: ":"), let minute = number(3), hour < 24, minute < 60 else { return nil }
        var second = 0
        if rest.count >= 8, rest[5] == UInt8(ascii: ":") {
            guard let s = number(6), s < 60 else { return nil }
            second = s
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        guard let instant = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute, second: second))
        else { return nil }
        let offset = zone.secondsFromGMT(for: instant)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(String(t.prefix(10)))T\(two(hour)):\(two(minute)):\(two(second))\(offset < 0 ? "-" : "+")\(two(abs(offset) / 3600)):\(two(abs(offset) % 3600 / 60))"
    }
}
