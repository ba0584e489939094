import Foundation
import ScopeCache
import ScopeIndex
import ScopeModel

/// An iCalendar file (RFC 5545) of answer deadlines: one event per open notice, at its
/// deadline, with a UID that never changes, so a company can put the deadlines of its
/// trade in its own calendar. Times are written in UTC, which needs no VTIMEZONE. A list's
/// calendar holds its next deadlines only (`calendar_events`, and never past `byteLimit`),
/// and says so in its description. It is written from typed values alone (`Head`,
/// `CalendarEvent`), which its key encodes.
enum DeadlineCalendar {
    /// What a calendar says of itself, whole: its head is written from it, and its key is its
    /// encoding with its events' (see `CalendarEvent`) and the site's words.
    struct Head: Encodable {
        /// `X-WR-CALNAME`.
        let title: String
        /// A list's calendar: how many deadlines the list has and its page's address, which its
        /// description (`feeds.calendar_description`) gives with the number of events it holds.
        let listing: Listing?
        /// A notice's calendar: a reminder (an RFC 5545 duration before the deadline, and its
        /// text) in its event.
        let alarm: Alarm?

        struct Listing: Encodable {
            let total: Int
            let url: String
        }

        struct Alarm: Encodable {
            let trigger: String
            let text: String
        }

        func description(_ count: Int, strings: Strings) -> String? {
            listing.map { strings("feeds.calendar_description", ["count": String(count), "total": String($0.total), "url": $0.url]) }
        }
    }

    /// The calendar's key: its head, its events and the site's words (`words`), in which the
    /// description's wording is.
    static func key(_ notices: [Int], head: Head, items: FeedItems, words: Fingerprint) -> Fingerprint? {
        var f = Fingerprint()
        f.add(Routes.calendar)
        f.add(words)
        guard f.add(encoding: head) else { return nil }
        for i in notices {
            guard let event = items.calendarEventFingerprint(i) else { return nil }
            f.add(event)
        }
        return f
    }

    /// The file: the head, then the events in order until the next would carry the file past
    /// `byteLimit`; a list's description says how many it holds.
    static func render(_ notices: [Int], head: Head, items: FeedItems, strings: Strings) -> [UInt8] {
        func start(_ count: Int) -> String {
            var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Scope//Échéances des marchés publics//FR", "CALSCALE:GREGORIAN",
                         "METHOD:PUBLISH", "X-WR-CALNAME:" + escape(head.title), "X-WR-TIMEZONE:Europe/Paris"]
            if let text = head.description(count, strings: strings) { lines.append("X-WR-CALDESC:" + escape(text)) }
            return lines.map(fold).joined(separator: "\r\n") + "\r\n"
        }
        let end = "END:VCALENDAR\r\n"
        // A notice is in several calendars (all, its sector, department, buyer, pairs): its
        // event is written once.
        let events = notices.map { i -> String in
            if let alarm = head.alarm { return items.calendarEvent(i).text(alarm: alarm) }
            return items.calendarEventText(i)
        }
        // As many events as fit (the description for all of them is at least as long as the
        // one written), then the bytes written once into a buffer of their exact size: a large
        // calendar grown by doubling would be held several times over at its peak.
        var size = start(events.count).utf8.count + end.utf8.count, count = 0
        for e in events {
            guard size + e.utf8.count <= byteLimit else { break }
            size += e.utf8.count
            count += 1
        }
        let first = start(count)
        var out: [UInt8] = []
        out.reserveCapacity(first.utf8.count + end.utf8.count + events[..<count].reduce(0) { $0 + $1.utf8.count })
        out += first.utf8
        for e in events[..<count] { out += e.utf8 }
        out += end.utf8
        return out
    }

    /// No calendar is larger (bytes): clients refuse or stall on larger subscriptions.
    static let byteLimit = 1_000_000

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
