import Foundation
import ScopeModel

/// One notice's deadline as a calendar holds it: the typed value its VEVENT is written from,
/// and whose encoding keys every calendar that holds it.
struct CalendarEvent: Encodable {
    /// Never changes between builds: `notice-ID@HOST`.
    let uid: String
    /// The notice's publication, not the clock: the same data gives the same file.
    let stamp: Date
    let deadline: Date
    /// `feeds.calendar_summary` with the notice's title.
    let summary: String
    /// The feed item's summary and the page's address.
    let description: String
    let url: String
    let categories: [String]
    /// Where it is performed: its place, then its departments ("Millau, Aveyron (12)").
    let location: String

    /// A notice's place and departments, as its calendar event says them.
    static func location(_ n: Notice) -> String {
        let departments = n.departments.map { code in Department.lookup(code).map { "\($0.name) (\(code))" } ?? code }
        return ([n.place].compactMap { $0 } + departments).joined(separator: ", ")
    }

    init(notice n: Notice, item: FeedItem, host: String, summary: String) {
        uid = "notice-" + n.id + "@" + host
        stamp = n.published.noonInParis
        deadline = n.deadline
        self.summary = summary
        description = item.summary + "\n" + item.url
        url = item.url
        categories = item.categories
        location = Self.location(n)
    }

    /// The VEVENT, folded, each line ending in CRLF; with `alarm`, a reminder inside it.
    func text(alarm: DeadlineCalendar.Head.Alarm? = nil) -> String {
        let escape = DeadlineCalendar.escape
        var lines = [
            "BEGIN:VEVENT",
            "UID:" + escape(uid),
            "DTSTAMP:" + FeedDates.icalUTC(stamp),
            "DTSTART:" + FeedDates.icalUTC(deadline),
            "SUMMARY:" + escape(summary),
            "DESCRIPTION:" + escape(description),
            "URL:" + url,
            "LOCATION:" + escape(location),
            "CATEGORIES:" + categories.map(escape).joined(separator: ","),
            "TRANSP:TRANSPARENT",
        ]
        if let alarm {
            lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:" + escape(alarm.text), "TRIGGER:" + alarm.trigger, "END:VALARM"]
        }
        lines.append("END:VEVENT")
        return lines.map { DeadlineCalendar.fold($0) + "\r\n" }.joined()
    }
}
