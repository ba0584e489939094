import Foundation
import ScopeConcurrency
import ScopeCache
import ScopeIndex
import ScopeModel

/// What a job makes: its file's key, a fingerprint of exactly what its writer is given (the
/// same key, the same bytes; nil for a file always made), and its bytes, made only when the
/// writer needs them. The writer, not the renderer, decides to keep the current file or to
/// write (see `RenderSkip`).
public struct Made {
    /// What a large file's maker is given: a piece of its bytes to write after the others.
    public typealias Put = ([UInt8]) throws -> Void

    public let key: Fingerprint?
    /// The bytes, whole (a file made in pieces gathers them).
    public let bytes: () -> [UInt8]
    /// For a large file, its bytes a piece at a time, never held whole: the writer writes each
    /// as it comes. Nil for the others.
    public let pieces: ((Put) throws -> Void)?

    public init(key: Fingerprint?, bytes: @escaping () -> [UInt8]) {
        self.key = key
        self.bytes = bytes
        pieces = nil
    }

    public init(key: Fingerprint?, pieces: @escaping (Put) throws -> Void) {
        self.key = key
        self.pieces = pieces
        bytes = {
            var all: [UInt8] = []
            try? pieces { all += $0 }
            return all
        }
    }
}

/// One file of the site to write: its path under the output folder and how to make it.
/// Making is deferred so that the writer can run jobs on every core and never hold the whole
/// site in memory.
public struct PageJob {
    public let path: String
    public let make: () -> Made

    /// A file made without a key: its bytes are made every time (the writer still keeps the
    /// current file when they are its bytes).
    public init(path: String, _ bytes: @escaping () -> [UInt8]) {
        self.path = path
        self.make = { Made(key: nil, bytes: bytes) }
    }

    /// A file whose key is computed first, its bytes only if the current file was not made
    /// with that key (always, for a nil key).
    public init(path: String, key: @escaping () -> Fingerprint?, _ bytes: @escaping () -> [UInt8]) {
        self.path = path
        self.make = { Made(key: key(), bytes: bytes) }
    }

    /// A large file whose key is computed first, then, if the current file was not made with
    /// it, its bytes given to the writer a piece at a time (see `Made.pieces`).
    public init(path: String, key: @escaping () -> Fingerprint?, pieces: @escaping (Made.Put) throws -> Void) {
        self.path = path
        self.make = { Made(key: key(), pieces: pieces) }
    }

    /// A file made with its key (a page made through `SiteRenderer.render`).
    init(path: String, made: @escaping () -> Made) {
        self.path = path
        self.make = made
    }

    /// An HTML page at a folder's `index.html`, made through `SiteRenderer.render`.
    init(html path: String, _ make: @escaping () -> Made) {
        self.init(path: Routes.file(path), made: make)
    }

    /// The file's bytes, whatever its key.
    public func render() -> [UInt8] { make().bytes() }
}

/// The render stage: from the catalog, the templates and the content pages, the list of
/// every file of the site. Each page family has its own file in this folder.
///
/// A class: every job of the plan keeps a closure that holds the renderer until the file is
/// written, and a struct of its size (2 kB, with the catalog and views by value) was copied
/// into each of them. Its state is set once, in `init`; what it makes on the rendering
/// threads is in `Memo`s.
public final class SiteRenderer: @unchecked Sendable {
    let catalog: Catalog
    let templates: TemplateSet
    let pages: [ContentPage]
    let views: Views
    let site: SiteContext
    let noticeCards: CardSet
    let programmationCards: CardSet
    /// The site's values with its header and footer, made once per navigation section.
    let sectionSites: Memo<SiteValues>
    let feedItems: FeedItems
    static let sections = ["", "notices", "programmations", "sectors", "departments", "buyers", "search", "alerts"]
    /// Of the site's language and every word of its translations (pages fingerprinted by
    /// their inputs use words the templates do not show as such: crumbs, labels, formats).
    let stringsFingerprint: Fingerprint

    public init(catalog: Catalog, templates: TemplateSet, pages: [ContentPage], cards: CardCache = CardCache()) {
        self.catalog = catalog
        self.templates = templates
        self.pages = pages
        self.views = Views(catalog: catalog, strings: templates.strings)
        self.site = SiteContext(catalog: catalog, pages: pages, views: views)
        let views = self.views
        var words = Fingerprint()
        words.add(templates.strings.language)
        for key in templates.strings.keys {
            words.add(key)
            words.add(templates.strings.text(key) ?? "")
        }
        self.stringsFingerprint = words
        self.noticeCards = CardSet(partial: "partials/notice-item", count: catalog.notices.count, templates: templates,
                                   cache: cards, words: words, format: views.format, labels: views.labels,
                                   card: { views.noticeCard($0) })
        self.programmationCards = CardSet(partial: "partials/programmation-item", count: catalog.programmations.count,
                                          templates: templates, cache: cards, words: words, format: views.format, labels: views.labels,
                                          card: { views.programmationCard($0) })
        self.sectionSites = Memo(count: Self.sections.count)
        self.feedItems = FeedItems(catalog: catalog, views: views)
    }

    /// The cards' texts for the next build, handed to `put` in pieces (see `CardCache`): those
    /// rendered now and those of `previous` still shown.
    public func writeCards(previous: CardCache, key: String, into put: ([UInt8]) throws -> Void) throws {
        try CardCache.write([noticeCards, programmationCards], previous: previous, key: key, into: put)
    }

    /// Lets go of the feeds' and calendars' items, made once for every feed and calendar that
    /// shows them: once every file is written, nothing reads them again.
    public func releaseFeedItems() { feedItems.release() }

    /// The site context of a section's pages: its navigation with the section marked, and
    /// `partials/header` and `partials/footer` rendered with it; with their fingerprint and
    /// the templates', which every page of the section starts from.
    struct SiteValues {
        let site: [String: Any]
        let fingerprint: Fingerprint?
    }

    func siteValues(section: String?) -> SiteValues {
        sectionSites.value(Self.sections.firstIndex(of: section ?? "") ?? 0) {
            var values = site.values(section: section, strings: t, format: format)
            values["header_html"] = templates.render("partials/header", ["site": values])
            values["footer_html"] = templates.render("partials/footer", ["site": values])
            var f = templates.fingerprint
            f.add("site")
            f.add(section ?? "")
            f.add(stringsFingerprint)
            return SiteValues(site: values, fingerprint: f.add(encoding: site) ? f : nil)
        }
    }

    /// The site's words, formats and labels (see `Strings`).
    var t: Strings { views.strings }
    var format: Format { views.format }
    var labels: Labels { views.labels }

    /// Every file, in a stable order (the order has no effect on the output).
    public func plan() -> [PageJob] {
        // The feeds are planned on one core (their items are made there) while the search
        // index is made on every core, so that no core waits for the other.
        let feeds = FeedPlan(catalog: catalog, views: views, items: feedItems)
        let planned = Deferred { feeds.all() }
        var jobs: [PageJob] = []
        jobs += homePage()
        jobs += noticePages()
        jobs += noticeCalendars()
        jobs += programmationPages()
        jobs += noticeLists()
        jobs += programmationLists()
        let pairs = pairLinks(feeds.pairs)
        jobs += sectorPages(pairs: pairs.bySector, trades: subsectorLinks(feeds.trades))
        jobs += departmentPages(pairs: pairs.byDepartment)
        let tradePairs = tradePairLinks(feeds.tradePairs)
        jobs += pairPages(feeds.pairs, trades: tradePairs.byPair)
        jobs += subsectorPages(feeds.trades, departments: tradePairs.byTrade)
        jobs += tradePairPages(feeds.tradePairs)
        jobs += buyerPages()
        jobs += contentPages()
        let search = searchFiles()
        let allFeeds = planned.value
        // The writer takes jobs from the end: the search files first, so that the index is let
        // go before the feeds' calendars make their events (pages keep their order here, which
        // is the sitemap's).
        jobs += feedFiles(allFeeds)
        jobs.append(opml(allFeeds))
        jobs += alertsPage(feeds)
        jobs += search
        jobs += notFoundPage()
        jobs += sitemapFiles(htmlPaths: jobs.filter { $0.path.hasSuffix(Routes.index) }.map(\.path))
        jobs.append(robots())
        return jobs
    }

    /// The bytes of a page template (`page` with its list flags already added).
    func page(_ template: String, title: String, site: SiteValues, _ page: [String: Any]) -> [UInt8] {
        Array(templates.render(template, ["site": site.site, "page": page, "title": title, "is_home": template == "home"]).utf8)
    }

    /// Adds `has_K` (the list is not empty) and `K_plural` (more than one) beside each list of
    /// a page, so that templates can wrap a list or choose a plural without logic.
    static func withListFlags(_ page: [String: Any]) -> [String: Any] {
        var out = page
        for (key, value) in page {
            guard let list = value as? [Any] else { continue }
            out["has_" + key] = !list.isEmpty
            out[key + "_plural"] = list.count > 1
        }
        return out
    }

}
