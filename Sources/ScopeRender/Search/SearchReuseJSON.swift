import Foundation
import ScopeCache
import ScopeIndex
import ScopeModel

/// `recherche/donnees.json`, every open notice and programmation for reusers, written a piece at
/// a time, and its key.
extension SiteRenderer {
    /// Of everything `reuseJSON` writes: the site's address, the build's time and each
    /// document it lists (both parts of each, see `SearchIndex.Doc`).
    func reuseJSONKey(_ docs: [SearchIndex.Doc]) -> Fingerprint? {
        var f = Fingerprint()
        for text in [Routes.SearchFiles.data, catalog.site.baseURL, views.paths.root, ParisTime.rfc3339(catalog.now)] { f.add(text) }
        for d in docs where d.kind == "p" || d.isOpen {
            guard let shown = d.fingerprint else { return nil }
            f.add(shown)
        }
        return f
    }

    /// `recherche/donnees.json`: open notices and programmations with what a result shows,
    /// for reusers who want everything in one request. Given to `put` a megabyte at a time: it
    /// is the site's largest file (232 MB at a million notices).
    func reuseJSON(_ docs: [SearchIndex.Doc], _ put: Made.Put) throws {
        let piece = 1 << 20
        var w = JSONWriter()
        w.open("{")
        w.member("site", catalog.site.baseURL)
        w.member("generated", ParisTime.rfc3339(catalog.now))
        w.key("records"); w.open("[")
        for d in docs where d.kind == "p" || d.isOpen {
            w.open("{")
            w.member("kind", d.kind == "n" ? "notice" : "programmation")
            w.member("id", d.id)
            w.member("url", catalog.site.baseURL + String(d.url.dropFirst(views.paths.root.count)))
            w.member("title", d.title)
            w.member("buyer_id", d.buyerID)
            w.member("buyer", d.buyerName)
            w.member(d.kind == "n" ? "deadline" : "expected_publication", d.when)
            w.member("contract_type", d.type.rawValue)
            w.member("departments", strings: d.departments)
            w.member("sectors", strings: d.sectors)
            if let v = d.value { w.member("estimated_value", v) }
            w.close("}")
            try w.drain(put, piece: piece)
        }
        w.close("]")
        w.close("}")
        try w.drain(put)
    }
}
