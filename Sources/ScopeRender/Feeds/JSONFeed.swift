import Foundation
import ScopeModel

/// JSON Feed 1.1 (https://jsonfeed.org/version/1.1), keys sorted so the bytes are stable.
enum JSONFeed {
    static func render(_ feed: FeedSpec, site: String, language: String) -> [UInt8] {
        var w = JSONWriter()
        w.open("{")
        w.member("version", "https://jsonfeed.org/version/1.1")
        w.member("title", feed.title)
        w.member("description", feed.description)
        w.member("home_page_url", site + feed.pagePath)
        w.member("feed_url", site + feed.folder + Routes.jsonFeed)
        w.member("language", language)
        w.key("items")
        w.open("[")
        for item in feed.items {
            w.open("{")
            w.member("id", item.id)
            w.member("url", item.url)
            w.member("title", item.title)
            w.member("content_text", item.summary)
            w.member("summary", item.summary)
            if let d = item.published { w.member("date_published", ParisTime.rfc3339(d)) }
            if let d = item.updated { w.member("date_modified", ParisTime.rfc3339(d)) }
            w.key("tags")
            w.open("[")
            for t in item.categories { w.value(t) }
            w.close("]")
            w.close("}")
        }
        w.close("]")
        w.close("}")
        w.newline()
        return w.bytes
    }
}

/// A small JSON writer with a fixed member order (so the bytes are stable) and the escaping
/// RFC 8259 asks for; `<`, `>` and `&` are escaped too, so the text is inert in HTML.
struct JSONWriter {
    /// The UTF-8 text written so far: the file's bytes, with no copy to make at the end.
    private(set) var bytes: [UInt8] = []
    private var needsComma = [false]

    mutating func open(_ bracket: String) {
        separate()
        bytes.append(contentsOf: bracket.utf8)
        needsComma.append(false)
    }

    mutating func close(_ bracket: String) {
        needsComma.removeLast()
        bytes.append(contentsOf: bracket.utf8)
    }

    mutating func key(_ k: String) {
        separate()
        append(quoted: k)
        bytes.append(0x3A)
        needsComma[needsComma.count - 1] = false
    }

    mutating func member(_ k: String, _ v: String) {
        key(k)
        value(v)
    }

    mutating func value(_ v: String) {
        separate()
        append(quoted: v)
    }

    mutating func value(_ v: Int) {
        separate()
        bytes.append(contentsOf: String(v).utf8)
    }

    mutating func member(_ k: String, _ v: Int) {
        key(k)
        value(v)
    }

    mutating func member(_ k: String, ints: [Int]) {
        key(k)
        open("[")
        for v in ints { value(v) }
        close("]")
    }

    mutating func member(_ k: String, strings: [String]) {
        key(k)
        open("[")
        for s in strings { value(s) }
        close("]")
    }

    /// A string, quoted and escaped as `quote` does; a plain one straight from its bytes.
    private mutating func append(quoted s: String) {
        if Self.isPlain(s) {
            bytes.append(0x22)
            bytes.append(contentsOf: s.utf8)
            bytes.append(0x22)
        } else {
            bytes.append(contentsOf: Self.quote(s).utf8)
        }
    }

    /// Ends the text with a line break.
    mutating func newline() { bytes.append(0x0A) }

    /// Gives the bytes written so far to `put` and starts again from none, once they are
    /// `piece` or more (all of them with no `piece`): a large file is written as it is made.
    mutating func drain(_ put: ([UInt8]) throws -> Void, piece: Int = 0) rethrows {
        guard !bytes.isEmpty, bytes.count >= piece else { return }
        try put(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    private mutating func separate() {
        if needsComma[needsComma.count - 1] { bytes.append(0x2C) }
        needsComma[needsComma.count - 1] = true
    }

    static func quote(_ s: String) -> String {
        // Nearly every text has nothing to escape or remove: no `"\\<>&`, no C0 control, no
        // U+2028/U+2029 and nothing XML forbids (0xEF leads U+FFFE/U+FFFF).
        if isPlain(s) { return "\"" + s + "\"" }
        var clean = XMLSafe.text(s)
        return clean.withUTF8 { b in
            var out: [UInt8] = [0x22]
            out.reserveCapacity(b.count + 16)
            var i = 0
            while i < b.count {
                let c = b[i]
                switch c {
                case 0x22: out += [0x5C, 0x22]
                case 0x5C: out += [0x5C, 0x5C]
                case 0x0A: out += [0x5C, 0x6E]
                case 0x0D: out += [0x5C, 0x72]
                case 0x09: out += [0x5C, 0x74]
                case 0x3C: out += Array("\\u003c".utf8)
                case 0x3E: out += Array("\\u003e".utf8)
                case 0x26: out += Array("\\u0026".utf8)
                case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9):
                    out += Array((b[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)  // line and paragraph separators
                    i += 2
                default:
                    if c < 0x20 { out += Array(String(format: "\\u%04x", c).utf8) } else { out.append(c) }
                }
                i += 1
            }
            out.append(0x22)
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whether `quote` has nothing to change inside the text.
    private static func isPlain(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { b in
            for i in b.indices {
                let c = b[i]
                if c < 0x20 || c == 0x22 || c == 0x5C || c == 0x3C || c == 0x3E || c == 0x26 || c == 0xEF { return false }
                if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0xA8 || b[i + 2] == 0xA9 { return false }
            }
            return true
        }
    }
}

/// Characters that no feed should carry (the ones XML 1.0 forbids), removed from text.
enum XMLSafe {
    static func text(_ s: String) -> String {
        // Nearly every text is already clean: no C0 control but tab and newlines, no U+FFFE/FFFF.
        if s.utf8.allSatisfy({ $0 >= 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) && !s.utf8.contains(0xEF) { return s }
        return String(String.UnicodeScalarView(s.unicodeScalars.filter(XML.isAllowed)))
    }
}
