import Foundation
import ScopeModel

/// RSS 2.0, with an `atom:link rel="self"` as the RSS Advisory Board recommends.
enum RSSFeed {
    /// `style`: the `xml-stylesheet` instruction for browsers, or nothing.
    static func render(_ feed: FeedSpec, site: String, language: String, style: String = "") -> [UInt8] {
        let self_ = site + feed.folder + Routes.rss
        var s = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + style + "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n"
        s += "<title>\(XML.escape(feed.title))</title>\n"
        s += "<link>\(XML.escape(site + feed.pagePath))</link>\n"
        s += "<description>\(XML.escape(feed.description))</description>\n"
        s += "<language>\(language)</language>\n"
        s += "<lastBuildDate>\(FeedDates.rfc822(feed.updated))</lastBuildDate>\n"
        s += "<atom:link href=\"\(XML.escape(self_))\" rel=\"self\" type=\"application/rss+xml\"/>\n"
        for item in feed.items {
            s += "<item>\n<title>\(XML.escape(item.title))</title>\n<link>\(XML.escape(item.url))</link>\n"
            s += "<guid isPermaLink=\"true\">\(XML.escape(item.id))</guid>\n"
            s += "<description>\(XML.escape(item.summary))</description>\n"
            if let d = item.published { s += "<pubDate>\(FeedDates.rfc822(d))</pubDate>\n" }
            for c in item.categories { s += "<category>\(XML.escape(c))</category>\n" }
            s += "</item>\n"
        }
        s += "</channel>\n</rss>\n"
        return Array(s.utf8)
    }
}
