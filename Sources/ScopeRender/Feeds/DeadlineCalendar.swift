import Foundation
import ScopeIndex
import ScopeModel

/// An iCalendar file (RFC 5545) of answer deadlines: one event per open notice, at its
/// deadline, with a UID that never changes, so a company can put the deadlines of its
/// trade in its own calendar. Times are written in UTC, which needs no VTIMEZONE.
enum DeadlineCalendar {
    static func render(_ notices: [Int], title: String, catalog: Catalog, items: FeedItems,
                       summary: (String) -> String) -> [UInt8] {
        let host = URL(string: catalog.site.baseURL)?.host ?? "scope"
        let lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Scope//Échéances des marchés publics//FR", "CALSCALE:GREGORIAN",
                     "METHOD:PUBLISH", "X-WR-CALNAME:" + escape(title), "X-WR-TIMEZONE:Europe/Paris"]
        var text = lines.map(fold).joined(separator: "\r\n") + "\r\n"
        for i in notices {
            // A notice is in several calendars (all, its sector, department, buyer, pairs): its
            // event is made once.
            text += items.calendarEvents.value(i) { event(i, catalog: catalog, items: items, host: host, summary: summary) }
        }
        text += "END:VCALENDAR\r\n"
        return Array(text.utf8)
    }

    /// One notice's VEVENT, folded, each line ending in CRLF.
    static func event(_ i: Int, catalog: Catalog, items: FeedItems, host: String, summary: (String) -> String) -> String {
        let n = catalog.notices[i].notice
        let item = items.notice(i)
        let lines = [
            "BEGIN:VEVENT",
            "UID:notice-" + escape(n.id) + "@" + host,
            // The notice's publication, not the clock: the same data gives the same file.
            "DTSTAMP:" + FeedDates.icalUTC(n.published.noonInParis),
            "DTSTART:" + FeedDates.icalUTC(n.deadline),
            "SUMMARY:" + escape(summary(n.title)),
            "DESCRIPTION:" + escape(item.summary + "\n" + item.url),
            "URL:" + item.url,
            "CATEGORIES:" + item.categories.map(escape).joined(separator: ","),
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
        return lines.map { fold($0) + "\r\n" }.joined()
    }

    /// TEXT escaping: backslash, semicolon, comma, newline (LF or CRLF); CR dropped. On
    /// Unicode scalars, not Characters: `;` and a combining mark make one Character.
    static func escape(_ s: String) -> String {
        let clean = XMLSafe.text(s)
        if !clean.utf8.contains(where: { $0 == 0x5C || $0 == 0x3B || $0 == 0x2C || $0 == 0x0A || $0 == 0x0D }) { return clean }
        var out = ""
        for u in clean.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// Lines longer than 75 octets are folded (CRLF and a space), never inside a character.
    static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var out = "", current = 0
        for ch in line {
            let n = String(ch).utf8.count
            if current + n > 75 {
                out += "\r\n "
                current = 1
            }
            out.append(ch)
            current += n
        }
        return out
    }
}
