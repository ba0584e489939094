import Foundation
import ScopeModel

/// Dates as each feed format wants them, always with the Paris offset.
enum FeedDates {
    static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// RFC 822 (as RSS 2.0 uses it, with a four-digit year): `Mon, 02 Nov 2026 12:00:00 +0100`.
    static func rfc822(_ date: Date) -> String {
        let c = ParisTime.components(date)
        let off = ParisTime.offset(at: date)
        let sign = off < 0 ? "-" : "+"
        let a = abs(off)
        return String(format: "%@, %02d %@ %04d %02d:%02d:%02d %@%02d%02d", days[c.weekday! - 1], c.day!, months[c.month! - 1],
                      c.year!, c.hour!, c.minute!, c.second!, sign, a / 3600, (a % 3600) / 60)
    }

    /// iCalendar UTC form: `20261201T110000Z`.
    static func icalUTC(_ date: Date) -> String {
        let c = ParisTime.civil(Int(date.timeIntervalSince1970.rounded(.down)))
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }
}
