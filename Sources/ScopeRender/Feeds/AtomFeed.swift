import Foundation
import ScopeModel

/// Atom 1.0 (RFC 4287). An entry without a date of its own takes the feed's.
enum AtomFeed {
    /// `style`: the `xml-stylesheet` instruction for browsers, or nothing.
    static func render(_ feed: FeedSpec, site: String, siteTitle: String, language: String, style: String = "") -> [UInt8] {
        let self_ = site + feed.folder + Routes.atom
        var s = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + style + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(language)\">\n"
        s += "<id>\(XML.escape(self_))</id>\n"
        s += "<title>\(XML.escape(feed.title))</title>\n"
        s += "<subtitle>\(XML.escape(feed.description))</subtitle>\n"
        s += "<updated>\(ParisTime.rfc3339(feed.updated))</updated>\n"
        s += "<link rel=\"self\" type=\"application/atom+xml\" href=\"\(XML.escape(self_))\"/>\n"
        s += "<link rel=\"alternate\" type=\"text/html\" href=\"\(XML.escape(site + feed.pagePath))\"/>\n"
        s += "<author><name>\(XML.escape(siteTitle))</name></author>\n"
        for item in feed.items {
            s += "<entry>\n<id>\(XML.escape(item.id))</id>\n<title>\(XML.escape(item.title))</title>\n"
            s += "<link rel=\"alternate\" type=\"text/html\" href=\"\(XML.escape(item.url))\"/>\n"
            s += "<updated>\(ParisTime.rfc3339(item.updated ?? feed.updated))</updated>\n"
            if let d = item.published { s += "<published>\(ParisTime.rfc3339(d))</published>\n" }
            s += "<summary>\(XML.escape(item.summary))</summary>\n"
            for c in item.categories { s += "<category term=\"\(XML.escape(c))\"/>\n" }
            s += "</entry>\n"
        }
        s += "</feed>\n"
        return Array(s.utf8)
    }
}
