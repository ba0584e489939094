import Foundation
import ScopeModel

/// JSON Feed 1.1 (https://jsonfeed.org/version/1.1), keys sorted so the bytes are stable.
enum JSONFeed {
    static func render(_ feed: FeedSpec, site: String, language: String) -> [UInt8] {
        let items: [[String: Any]] = feed.items.map { item in
            var o: [String: Any] = ["id": item.id, "url": item.url, "title": XMLSafe.text(item.title),
                                    "content_text": XMLSafe.text(item.summary), "summary": XMLSafe.text(item.summary),
                                    "tags": item.categories]
            if let d = item.published { o["date_published"] = ParisTime.rfc3339(d) }
            if let d = item.updated { o["date_modified"] = ParisTime.rfc3339(d) }
            return o
        }
        let root: [String: Any] = [
            "version": "https://jsonfeed.org/version/1.1",
            "title": feed.title,
            "description": feed.description,
            "home_page_url": site + feed.pagePath,
            "feed_url": site + feed.folder + FeedSpec.json,
            "language": language,
            "items": items,
        ]
        var data = (try? JSONSerialization.data(withJSONObject: root, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
        data.append(0x0A)
        return [UInt8](data)
    }
}

/// Characters that no feed should carry (the ones XML 1.0 forbids), removed from text.
enum XMLSafe {
    static func text(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter { v in
            let x = v.value
            return x == 0x9 || x == 0xA || x == 0xD || (0x20...0xD7FF).contains(x) || (0xE000...0xFFFD).contains(x) || x >= 0x10000
        }))
    }
}
