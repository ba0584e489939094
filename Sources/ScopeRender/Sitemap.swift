import Foundation
import ScopeIndex
import ScopeModel

/// `sitemap.xml` listing every page; past 50,000 URLs (the protocol's limit per file) it
/// becomes a sitemap index pointing at `sitemap-1.xml`, `sitemap-2.xml`…
extension SiteRenderer {
    public static let sitemapLimit = 50_000

    func sitemapFiles(htmlPaths: [String]) -> [PageJob] {
        Sitemap.files(htmlPaths: htmlPaths, baseURL: catalog.site.baseURL, lastmod: ParisTime.rfc3339(catalog.now),
                      limit: Self.sitemapLimit)
    }

}

/// The sitemap files for a list of written pages.
public enum Sitemap {
    /// `sitemap.xml` alone up to `limit` URLs; past it, `sitemap-1.xml`… and an index.
    public static func files(htmlPaths: [String], baseURL base: String, lastmod: String, limit: Int) -> [PageJob] {
        let urls = htmlPaths.sorted().map { path -> String in
            let folder = path.hasSuffix(Routes.index) ? String(path.dropLast(Routes.index.count)) : path
            return base + percentEncodePath(folder)
        }
        func urlset(_ part: ArraySlice<String>) -> [UInt8] {
            var s = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            for u in part { s += "<url><loc>\(XML.escape(u))</loc></url>\n" }
            s += "</urlset>\n"
            return Array(s.utf8)
        }
        if urls.count <= limit {
            return [PageJob(path: Routes.sitemap) { urlset(urls[...]) }]
        }
        let parts = stride(from: 0, to: urls.count, by: limit).map { urls[$0..<min($0 + limit, urls.count)] }
        var jobs = parts.enumerated().map { k, part in PageJob(path: Routes.sitemapPart(k + 1)) { urlset(part) } }
        jobs.append(PageJob(path: Routes.sitemap) {
            var s = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            for k in parts.indices {
                s += "<sitemap><loc>\(XML.escape(base + Routes.sitemapPart(k + 1)))</loc><lastmod>\(lastmod)</lastmod></sitemap>\n"
            }
            s += "</sitemapindex>\n"
            return Array(s.utf8)
        })
        return jobs
    }

    static func percentEncodePath(_ path: String) -> String {
        // Nearly every path is lower-case letters, digits, `-` and `/`: kept as it is.
        if path.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x2F }) { return path }
        return path.addingPercentEncoding(withAllowedCharacters: pathAllowed) ?? path
    }

    /// What a path keeps unencoded: RFC 3986's path characters less the sub-delimiters.
    private static let pathAllowed: CharacterSet = {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#[]@!$&'()*+,;=")
        return allowed
    }()
}

/// Escaping for XML text and attributes; characters XML 1.0 forbids are removed.
public enum XML {
    public static func escape(_ s: String) -> String {
        // What XML forbids removed (`XMLSafe`), then the five markup characters escaped as
        // HTML's are, but for the apostrophe's entity.
        HTMLEscaping.escape(XMLSafe.text(s), apostrophe: apostrophe)
    }

    private static let apostrophe = Array("&apos;".utf8)

    /// The characters XML 1.0 allows in a document.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v) || v >= 0x10000
    }
}
