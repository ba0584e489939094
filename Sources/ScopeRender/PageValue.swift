import Foundation
import ScopeCache

/// A page made from one typed value, whole: its template's values are made from this value
/// and the site's words alone, so its key is this value's encoding (cards by their
/// fingerprints) with the section's site values (templates, words, navigation) and libcmark's
/// version. A field a page comes to show is in its key by construction, with no list of
/// inputs kept beside it.
protocol PageValue: Encodable {
    /// The family's name in its keys, so that two families' equal encodings differ.
    static var family: String { get }
}

extension PageValue {
    /// `site` (see `SiteRenderer.SiteValues`), the family's name, libcmark's version and this
    /// value's encoding; nil if it cannot be encoded (a card that cannot be fingerprinted).
    func key(site: Fingerprint) -> Fingerprint? {
        var f = site
        f.add(Self.family)
        f.add(Markdown.version)
        return f.add(encoding: self) ? f : nil
    }
}

extension SiteRenderer {
    /// A page of `section` made from `value` by `template`, kept by its key before `values`
    /// (what the template sees, made only if the page is rendered) is called.
    func made<Value: PageValue>(_ value: Value, _ template: String, title: String, section: String?,
                                values: @escaping () -> [String: Any]) -> Made {
        let site = siteValues(section: section)
        return Made(key: site.fingerprint.flatMap { value.key(site: $0) }) {
            self.page(template, title: title, site: site, Self.withListFlags(values()))
        }
    }
}
