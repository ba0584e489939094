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
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Scope//Échéances des marchés publics//FR", "CALSCALE:GREGORIAN",
                     "METHOD:PUBLISH", "X-WR-CALNAME:" + escape(title), "X-WR-TIMEZONE:Europe/Paris"]
        for i in notices {
            let e = catalog.notices[i]
            let n = e.notice
            let item = items.notice(i)
            lines += [
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
        }
        lines.append("END:VCALENDAR")
        return Array(lines.map(fold).joined(separator: "\r\n").appending("\r\n").utf8)
    }

    /// TEXT escaping: backslash, semicolon, comma, newline.
    static func escape(_ s: String) -> String {
        var out = ""
        for ch in XMLSafe.text(s) {
            switch ch {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            case "\r": continue
            default: out.append(ch)
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
