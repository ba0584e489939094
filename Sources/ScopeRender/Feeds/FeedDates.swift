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
        return days[c.weekday! - 1] + ", " + zeroPadded(c.day!, 2) + " " + months[c.month! - 1] + " " + zeroPadded(c.year!, 4) + " "
            + zeroPadded(c.hour!, 2) + ":" + zeroPadded(c.minute!, 2) + ":" + zeroPadded(c.second!, 2) + " "
            + sign + zeroPadded(a / 3600, 2) + zeroPadded((a % 3600) / 60, 2)
    }

    /// iCalendar UTC form: `20261201T110000Z`.
    static func icalUTC(_ date: Date) -> String {
        let c = ParisTime.civil(Int(date.timeIntervalSince1970.rounded(.down)))
        return zeroPadded(c.year!, 4) + zeroPadded(c.month!, 2) + zeroPadded(c.day!, 2) + "T"
            + zeroPadded(c.hour!, 2) + zeroPadded(c.minute!, 2) + zeroPadded(c.second!, 2) + "Z"
    }
}
