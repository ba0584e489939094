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
        w.member("feed_url", site + feed.folder + FeedSpec.json)
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
        return Array((w.text + "\n").utf8)
    }
}

/// A small JSON writer with a fixed member order (so the bytes are stable) and the escaping
/// RFC 8259 asks for; `<`, `>` and `&` are escaped too, so the text is inert in HTML.
struct JSONWriter {
    private(set) var text = ""
    private var needsComma = [false]

    mutating func open(_ bracket: String) {
        separate()
        text += bracket
        needsComma.append(false)
    }

    mutating func close(_ bracket: String) {
        needsComma.removeLast()
        text += bracket
    }

    mutating func key(_ k: String) {
        separate()
        text += Self.quote(k) + ":"
        needsComma[needsComma.count - 1] = false
    }

    mutating func member(_ k: String, _ v: String) {
        key(k)
        value(v)
    }

    mutating func value(_ v: String) {
        separate()
        text += Self.quote(v)
    }

    mutating func value(_ v: Int) {
        separate()
        text += String(v)
    }

    mutating func member(_ k: String, _ v: Int) {
        key(k)
        value(v)
    }

    mutating func member(_ k: String, strings: [String]) {
        key(k)
        open("[")
        for s in strings { value(s) }
        close("]")
    }

    private mutating func separate() {
        if needsComma[needsComma.count - 1] { text += "," }
        needsComma[needsComma.count - 1] = true
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for u in XMLSafe.text(s).unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                    out += String(format: "\\u%04x", u.value)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
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
