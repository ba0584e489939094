import Foundation
import ScopeConcurrency
import ScopeCache
import ScopeIndex
import ScopeModel

/// One entry of a feed, built once and written by every format (RSS, Atom, JSON Feed), so
/// that the three always agree. Its fields are read through it (`item.title`); its
/// fingerprint is their encoding, made once, and a feed's key takes it.
@dynamicMemberLookup
public struct FeedItem {
    public struct Fields: Encodable, Sendable {
        /// Never changes between builds: the page's absolute URL.
        public let id: String
        public let url: String
        public let title: String
        /// Plain text: buyer, contract type, place, deadline, estimated value.
        public let summary: String
        public let published: Date?
        public let updated: Date?
        /// Sector and department names.
        public let categories: [String]
    }

    public let fields: Fields
    /// Of every field: a feed's fingerprint is made of its items' (nil if they cannot be
    /// encoded: the feeds that hold it are then made every time).
    let fingerprint: Fingerprint?

    init(_ fields: Fields) {
        self.fields = fields
        fingerprint = Fingerprint.of(fields)
    }

    public subscript<T>(dynamicMember field: KeyPath<Fields, T>) -> T { fields[keyPath: field] }
}

/// A list of items with what a feed says of itself.
@dynamicMemberLookup
public struct FeedSpec {
    /// What the feed files say of themselves, whole: their key encodes it.
    public struct Head: Encodable, Sendable {
        /// Folder of the feed files, relative to the site's root (`secteurs/btp/`).
        public let folder: String
        public let title: String
        public let description: String
        /// The HTML page the feed follows.
        public let pagePath: String
        /// The feed's date: its newest item's, else the build's "now" (never the clock).
        public let updated: Date
    }

    public let head: Head
    public let items: [FeedItem]
    /// Open notices whose deadlines go into `echeances.ics` (notice feeds only), which has a
    /// key of its own.
    public let deadlines: [Int]?
    /// The sign-up service's form preset to this list (its page offers it; not in the files).
    public let email: String?

    init(folder: String, title: String, description: String, pagePath: String, items: [FeedItem], deadlines: [Int]?, updated: Date,
         email: String? = nil) {
        head = Head(folder: folder, title: title, description: description, pagePath: pagePath, updated: updated)
        self.items = items
        self.deadlines = deadlines
        self.email = email
    }

    public subscript<T>(dynamicMember field: KeyPath<Head, T>) -> T { head[keyPath: field] }

    /// What a feed file in `format` is made from, with the site's `context` (what its writer
    /// is given of the site: address, title, language, stylesheet line): the same fingerprint,
    /// the same bytes.
    func fingerprint(format: String, context: [String]) -> Fingerprint? {
        var f = Fingerprint()
        for text in [format] + context { f.add(text) }
        guard f.add(encoding: head) else { return nil }
        f.add(int: Int64(items.count))
        for item in items {
            guard let key = item.fingerprint else { return nil }
            f.add(key)
        }
        return f
    }
}

/// Builds feed items from catalog entries, each once: a notice is in several feeds and
/// calendars (all, its sectors, departments, buyer, pairs).
struct FeedItems {
    let catalog: Catalog
    let views: Views
    let notices: Memo<FeedItem>
    let programmations: Memo<FeedItem>
    /// Each notice's calendar text and fingerprint, each made once (its event is made for
    /// each: held for every open notice, events were a tenth of a full build's peak).
    let calendarTexts: Memo<String>
    let calendarFingerprints: Memo<Fingerprint?>
    /// The site's host, in every event's UID.
    let host: String
    var base: String { catalog.site.baseURL }

    init(catalog: Catalog, views: Views) {
        self.catalog = catalog
        self.views = views
        notices = Memo(count: catalog.notices.count)
        programmations = Memo(count: catalog.programmations.count)
        host = URL(string: catalog.site.baseURL)?.host ?? "scope"
        calendarTexts = Memo(count: catalog.notices.count)
        calendarFingerprints = Memo(count: catalog.notices.count)
    }

    /// Lets go of every item, text and fingerprint made.
    func release() {
        notices.clear()
        programmations.clear()
        calendarTexts.clear()
        calendarFingerprints.clear()
    }

    func calendarEvent(_ i: Int) -> CalendarEvent {
        let n = catalog.notices[i].notice
        return CalendarEvent(notice: n, item: notice(i), host: host, summary: views.strings("feeds.calendar_summary", ["title": n.title]))
    }

    func calendarEventText(_ i: Int) -> String { calendarTexts.value(i) { calendarEvent(i).text() } }

    func calendarEventFingerprint(_ i: Int) -> Fingerprint? { calendarFingerprints.value(i) { Fingerprint.of(calendarEvent(i)) } }

    func absolute(_ path: String) -> String { base + Sitemap.percentEncodePath(path) }

    func notice(_ i: Int) -> FeedItem { notices.value(i) { makeNotice(i) } }

    func programmation(_ i: Int) -> FeedItem { programmations.value(i) { makeProgrammation(i) } }

    private func makeNotice(_ i: Int) -> FeedItem {
        let e = catalog.notices[i]
        let n = e.notice
        var parts = [catalog.buyer(id: n.buyerID)?.buyer.name ?? n.buyerID, views.labels.contractType(n.contractType)]
        if let place = n.place { parts.append(place) }
        parts.append(views.strings("feeds.deadline", ["date": views.format.dateTime(n.deadline, offset: n.deadlineOffset)]))
        if let v = views.format.value(n.estimatedValue, n.valueBracket) { parts.append(views.strings("feeds.value", ["value": v])) }
        // A corrected notice says so first, and its item carries the correction's date.
        if let c = n.corrections.last {
            parts.insert(views.strings("feeds.corrected", ["date": views.format.day(c.published), "what": views.correction(c, offset: n.deadlineOffset)]), at: 0)
        }
        let url = absolute(views.paths.notice(e))
        return FeedItem(.init(id: url, url: url, title: n.title, summary: parts.joined(separator: " · "),
                              published: n.published.noonInParis, updated: n.lastChanged.noonInParis,
                              categories: categories(e.sectorIDs, n.departments)))
    }

    private func makeProgrammation(_ i: Int) -> FeedItem {
        let e = catalog.programmations[i]
        let p = e.programmation
        var parts = [catalog.buyer(id: p.buyerID)?.buyer.name ?? p.buyerID, views.labels.contractType(p.contractType),
                     views.strings("feeds.expected", ["period": views.format.period(p.expectedPublication)])]
        if let v = views.valueText(p) { parts.append(views.strings("feeds.value", ["value": v])) }
        let url = absolute(views.paths.programmation(e))
        let date = p.announced?.noonInParis
        return FeedItem(.init(id: url, url: url, title: p.title, summary: parts.joined(separator: " · "),
                              published: date, updated: date, categories: categories(e.sectorIDs, p.departments)))
    }

    func categories(_ sectors: [String], _ departments: [String]) -> [String] {
        sectors.compactMap { catalog.sector(id: $0)?.name } + departments.compactMap { Department.lookup($0)?.name }
    }
}
