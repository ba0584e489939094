import Foundation
import ScopeCache
import ScopeIndex
import ScopeModel

/// An iCalendar file (RFC 5545) of answer deadlines: one event per open notice, at its
/// deadline, with a UID that never changes, so a company can put the deadlines of its
/// trade in its own calendar. Times are written in UTC, which needs no VTIMEZONE. A list's
/// calendar holds its next deadlines only (`calendar_events`, and never past `byteLimit`),
/// and says so in its description.
enum DeadlineCalendar {
    /// `alarm`: a reminder (an RFC 5545 duration before the deadline, and its text) in each
    /// event, for a calendar of one notice.
    /// `describe`: the calendar's description for the number of events it holds. Events are
    /// taken in order until the next would carry the file past `byteLimit`.
    static func render(_ notices: [Int], title: String, catalog: Catalog, items: FeedItems,
                       summary: (String) -> String, alarm: (String, String)? = nil,
                       describe: ((Int) -> String)? = nil) -> [UInt8] {
        let host = URL(string: catalog.site.baseURL)?.host ?? "scope"
        func head(_ count: Int) -> String {
            var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Scope//Échéances des marchés publics//FR", "CALSCALE:GREGORIAN",
                         "METHOD:PUBLISH", "X-WR-CALNAME:" + escape(title), "X-WR-TIMEZONE:Europe/Paris"]
            if let describe { lines.append("X-WR-CALDESC:" + escape(describe(count))) }
            return lines.map(fold).joined(separator: "\r\n") + "\r\n"
        }
        let end = "END:VCALENDAR\r\n"
        // A notice is in several calendars (all, its sector, department, buyer, pairs): its
        // event is made once.
        let events = notices.map { i -> String in
            if let (trigger, text) = alarm {
                let plain = event(i, catalog: catalog, items: items, host: host, summary: summary)
                let reminder = ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:" + escape(text), "TRIGGER:" + trigger, "END:VALARM"]
                    .map { fold($0) + "\r\n" }.joined()
                return String(plain.dropLast("END:VEVENT\r\n".count)) + reminder + "END:VEVENT\r\n"
            }
            return items.calendarEvents.value(i) { event(i, catalog: catalog, items: items, host: host, summary: summary) }
        }
        // As many events as fit (the description for all of them is at least as long as the
        // one written), then the bytes written once into a buffer of their exact size: a large
        // calendar grown by doubling would be held several times over at its peak.
        var size = head(events.count).utf8.count + end.utf8.count, count = 0
        for e in events {
            guard size + e.utf8.count <= byteLimit else { break }
            size += e.utf8.count
            count += 1
        }
        let first = head(count)
        var out: [UInt8] = []
        out.reserveCapacity(first.utf8.count + end.utf8.count + events[..<count].reduce(0) { $0 + $1.utf8.count })
        out += first.utf8
        for e in events[..<count] { out += e.utf8 }
        out += end.utf8
        return out
    }

    /// No calendar is larger (bytes): clients refuse or stall on larger subscriptions.
    static let byteLimit = 1_000_000

    /// What a calendar is made from: the site's address, the calendar's title, the wording of
    /// an event's summary, and each event's (its notice's feed item, id and deadline). The
    /// same fingerprint, the same bytes: a calendar none of whose events changed is kept.
    static func fingerprint(_ notices: [Int], title: String, catalog: Catalog, items: FeedItems,
                            summary: (String) -> String, describe: ((Int) -> String)? = nil) -> Fingerprint {
        var f = Fingerprint()
        // The summary's wording, shown by a title no notice has.
        for text in [Routes.calendar, catalog.site.baseURL, title, summary("\u{0}"), describe?(notices.count) ?? ""] { f.add(text) }
        for i in notices {
            f.add(items.calendarFingerprints.value(i) {
                let n = catalog.notices[i].notice
                var event = Fingerprint()
                event.add(items.notice(i).fingerprint)
                for text in [n.id, String(n.deadline.timeIntervalSince1970)] { event.add(text) }
                return event
            })
        }
        return f
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
        var text = clean
        return text.withUTF8 { b in  // the five are ASCII: bytes are enough
            var out: [UInt8] = []
            out.reserveCapacity(b.count + 8)
            for c in b {
                switch c {
                case 0x5C: out += [0x5C, 0x5C]
                case 0x3B: out += [0x5C, 0x3B]
                case 0x2C: out += [0x5C, 0x2C]
                case 0x0A: out += [0x5C, 0x6E]
                case 0x0D: continue
                default: out.append(c)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Lines longer than 75 octets are folded (CRLF and a space), never inside a character.
    static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        return foldByScalars(line) ?? foldByCharacters(line)
    }

    /// `fold` for any line, character by character.
    static func foldByCharacters(_ line: String) -> String {
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

    /// `fold` on bytes, for a line whose every scalar is a character of its own (see
    /// `SingleScalarCharacters`); nil for another line.
    static func foldByScalars(_ line: String) -> String? {
        var line = line
        return line.withUTF8 { b -> String? in
            guard SingleScalarCharacters.hold(b) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(b.count + b.count / 37)
            var i = 0, current = 0
            while i < b.count {
                let n = b[i] < 0x80 ? 1 : b[i] < 0xE0 ? 2 : 3  // the only lengths `hold` lets through
                if current + n > 75 {
                    out += [0x0D, 0x0A, 0x20]
                    current = 1
                }
                out += b[i..<(i + n)]
                current += n
                i += n
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
