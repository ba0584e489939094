import Foundation
import ScopeCache
import ScopeIndex
import ScopeModel

/// Which feeds the site has: notices (all, per sector, per department, per buyer, per
/// sector × department pair that has notices) and programmations (all, per sector, per
/// department). A notice feed holds the facet's open notices, newest publication first,
/// the latest `feed_items`; its calendar holds every open notice's deadline.
struct FeedPlan {
    let catalog: Catalog
    let views: Views
    let items: FeedItems
    /// The date of a feed that never had an item: the epoch, which no night moves.
    static let never = Date(timeIntervalSince1970: 0)

    /// One sector × department pair that has notices.
    struct Pair {
        let sector: Facet
        let department: Facet
        /// Every notice of the pair, newest publication first; its open ones, soonest deadline
        /// first (what its page lists and the links to it count).
        let notices: [Int]
        let open: [Int]
    }

    /// Every sector × department pair that has notices, sectors in the catalog's order, then
    /// departments; computed once, for the feeds, the alerts page and the pair pages.
    let pairs: [Pair]

    /// A sub-sector of a sector (`sectors.yaml`), with its records.
    struct Trade {
        let sector: Facet
        let subsector: Subsector
        /// Every notice of it, newest publication first; its open ones, soonest deadline first.
        let notices: [Int]
        let open: [Int]
        let programmations: [Int]
    }

    /// Every sub-sector, in the order of `sectors.yaml`.
    let trades: [Trade]

    /// One sub-sector × department that has notices: "roofing in the Tarn".
    struct TradePair {
        let trade: Trade
        let department: Facet
        /// Every notice of it, newest publication first; its open ones, soonest deadline first.
        let notices: [Int]
        let open: [Int]
    }

    /// Every sub-sector × department that has notices, trades in order, then departments.
    let tradePairs: [TradePair]

    init(catalog: Catalog, views: Views, items: FeedItems) {
        self.catalog = catalog
        self.views = views
        self.items = items
        pairs = Self.pairs(of: catalog)
        trades = Self.trades(of: catalog)
        tradePairs = Self.tradePairs(of: trades, catalog: catalog)
    }

    /// Each trade's notices by department, in one pass over them.
    static func tradePairs(of trades: [Trade], catalog: Catalog) -> [TradePair] {
        trades.flatMap { trade in
            byDepartment(trade.notices, catalog: catalog).map {
                TradePair(trade: trade, department: $0.0, notices: $0.1, open: openIn($0.0, of: trade.open))
            }
        }
    }

    /// Of `open` (in its order), those open in `department`.
    static func openIn(_ department: Facet, of open: [Int]) -> [Int] {
        let there = Set(department.openNotices)
        return open.filter(there.contains)
    }

    /// Notices by the site's departments they are in, in the site's order (those that have some).
    static func byDepartment(_ notices: [Int], catalog: Catalog) -> [(Facet, [Int])] {
        let departmentIndex = Dictionary(uniqueKeysWithValues: catalog.departments.enumerated().map { ($1.id, $0) })
        var byDepartment = [[Int]](repeating: [], count: catalog.departments.count)
        for i in notices {
            for d in catalog.notices[i].notice.departments { if let k = departmentIndex[d] { byDepartment[k].append(i) } }
        }
        return catalog.departments.enumerated().filter { !byDepartment[$0.offset].isEmpty }.map { ($0.element, byDepartment[$0.offset]) }
    }

    /// A notice is in a sub-sector when one of its codes or its lots' is below one of its prefixes.
    static func trades(of catalog: Catalog) -> [Trade] {
        var out: [Trade] = []
        for s in catalog.sectors {
            guard let sector = catalog.mapping.sectors.first(where: { $0.id == s.id }) else { continue }
            for sub in sector.subsectors {
                let holds = { (i: Int) -> Bool in
                    let n = catalog.notices[i].notice
                    return sub.holds(n.cpv + n.lots.compactMap(\.cpv))
                }
                out.append(Trade(sector: s, subsector: sub, notices: s.allNotices.filter(holds), open: s.openNotices.filter(holds),
                                 programmations: s.programmations.filter { sub.holds(catalog.programmations[$0].programmation.cpv) }))
            }
        }
        return out
    }

    /// Each sector's notices by department, in one pass over them.
    static func pairs(of catalog: Catalog) -> [Pair] {
        catalog.sectors.flatMap { s in
            byDepartment(s.allNotices, catalog: catalog).map { Pair(sector: s, department: $0.0, notices: $0.1, open: openIn($0.0, of: s.openNotices)) }
        }
    }

    /// Every feed of the site, in a fixed order.
    func all() -> [FeedSpec] {
        let paths = views.paths
        let c = catalog
        var feeds: [FeedSpec] = []
        let t = views.strings
        feeds.append(notices(title: t("feeds.notices_title"), description: t("feeds.all_description"),
                             folder: Routes.notices, page: Routes.notices, newestFirst: c.latestNotices))
        for s in c.sectors {
            feeds.append(notices(title: t("feeds.notices_of", ["name": s.name]), description: t("feeds.sector_description", ["name": s.name]),
                                 folder: paths.sector(s), page: paths.sector(s), newestFirst: s.allNotices, follow: [("sec", s.id)]))
        }
        for d in c.departments {
            feeds.append(notices(title: t("feeds.notices_of_department", ["name": d.name, "code": d.id]),
                                 description: t("feeds.department_description", ["name": d.name, "code": d.id]),
                                 folder: paths.department(d), page: paths.department(d), newestFirst: d.allNotices, follow: [("dep", d.id)]))
        }
        for b in c.buyers {
            let all = (b.openNotices + b.closedNotices).sorted { c.latestRank[$0] < c.latestRank[$1] }
            feeds.append(notices(title: t("feeds.notices_of", ["name": b.buyer.name]), description: t("feeds.buyer_description", ["name": b.buyer.name]),
                                 folder: paths.buyer(b), page: paths.buyer(b), newestFirst: all, follow: [("buyer", b.buyer.id)]))
        }
        for p in pairs {
            feeds.append(notices(title: t("feeds.notices_of_pair", ["sector": p.sector.name, "department": p.department.name,
                                                                     "code": p.department.id]),
                                 description: t("feeds.pair_description", ["sector": p.sector.name, "department": p.department.name,
                                                                           "code": p.department.id]),
                                 folder: paths.pair(p), page: paths.pair(p), newestFirst: p.notices,
                                 follow: [("sec", p.sector.id), ("dep", p.department.id)]))
        }
        for trade in trades {
            let name = trade.subsector.name
            feeds.append(notices(title: t("feeds.notices_of", ["name": name]), description: t("feeds.sector_description", ["name": name]),
                                 folder: paths.trade(trade), page: paths.trade(trade),
                                 newestFirst: trade.notices, follow: [("sec", trade.sector.id), ("sub", trade.subsector.id)]))
        }
        for p in tradePairs {
            let words = ["sector": p.trade.subsector.name, "department": p.department.name, "code": p.department.id]
            feeds.append(notices(title: t("feeds.notices_of_pair", words), description: t("feeds.pair_description", words),
                                 folder: paths.tradePair(p), page: paths.tradePair(p), newestFirst: p.notices,
                                 follow: [("sec", p.trade.sector.id), ("sub", p.trade.subsector.id), ("dep", p.department.id)]))
        }
        feeds.append(programmations(title: t("feeds.programmations_title"), folder: Routes.programmations, page: Routes.programmations,
                                    items: c.programmationOrder))
        for s in c.sectors {
            let f = Routes.programmations(of: paths.sector(s))
            feeds.append(programmations(title: t("feeds.programmations_of", ["name": s.name]), folder: f, page: f, items: s.programmations))
        }
        for d in c.departments {
            let f = Routes.programmations(of: paths.department(d))
            feeds.append(programmations(title: t("feeds.programmations_of_department", ["name": d.name, "code": d.id]), folder: f, page: f, items: d.programmations))
        }
        return feeds
    }

    func notices(title: String, description: String, folder: String, page: String, newestFirst: [Int],
                 follow choice: [(String, String)] = []) -> FeedSpec {
        let open = newestFirst.filter { catalog.notices[$0].status.isOpen }
        let latest = Array(open.prefix(catalog.site.feedItems))
        let byDeadline = open.sorted {
            let a = catalog.notices[$0].notice, b = catalog.notices[$1].notice
            return a.deadline != b.deadline ? a.deadline < b.deadline : a.id < b.id
        }
        // A feed with nothing open says when its last notice left it (the latest deadline
        // passed, or the day a closed one last changed); with none at all, the epoch. Not the
        // build's time, nor the site's data date, which move every night for nothing.
        let updated = latest.map { catalog.notices[$0].notice.lastChanged.noonInParis }.max()
            ?? newestFirst.map { i -> Date in
                let n = catalog.notices[i].notice
                return n.deadline <= catalog.now ? n.deadline : n.lastChanged.noonInParis
            }.max() ?? Self.never
        return FeedSpec(folder: folder, title: title, description: description, pagePath: page,
                        items: latest.map(items.notice), deadlines: byDeadline, updated: updated,
                        email: SiteRenderer.follow(catalog.site.alertsService, choice))
    }

    /// Programmations not given up, newest announcement first (undated ones after, soonest expected first).
    func programmations(title: String, folder: String, page: String, items list: [Int]) -> FeedSpec {
        let live = list.filter { catalog.programmations[$0].status != .cancelled }
        let ordered = live.enumerated().sorted { x, y in
            let a = catalog.programmations[x.element].programmation.announced, b = catalog.programmations[y.element].programmation.announced
            switch (a, b) {
            case let (a?, b?) where a != b: return a > b
            case (_?, nil): return true
            case (nil, _?): return false
            default: return x.offset < y.offset
            }
        }.map(\.element)
        let latest = Array(ordered.prefix(catalog.site.feedItems))
        let updated = latest.compactMap { catalog.programmations[$0].programmation.announced?.noonInParis }.max()
            ?? list.compactMap { catalog.programmations[$0].programmation.announced?.noonInParis }.max() ?? Self.never
        return FeedSpec(folder: folder, title: title, description: views.strings("feeds.programmations_description"),
                        pagePath: page, items: latest.map(items.programmation), deadlines: nil, updated: updated,
                        email: SiteRenderer.follow(catalog.site.alertsService, []))
    }
}

extension SiteRenderer {
    /// The feed files: RSS, Atom and JSON Feed for every list, and a deadline calendar for
    /// every notice list.
    func feedFiles(_ feeds: [FeedSpec]) -> [PageJob] {
        let site = catalog.site
        var jobs: [PageJob] = [feedStyle()]
        // The jobs' closures hold the renderer (a reference) and their own values, not copies of
        // the site's settings or of the feed items (a kilobyte each, for 100,000s of files).
        for f in feeds {
            let fullTitle = "\(f.title) — \(site.title)"
            let spec = FeedSpec(folder: f.folder, title: fullTitle, description: f.description, pagePath: f.pagePath,
                                items: f.items, deadlines: f.deadlines, updated: f.updated)
            jobs.append(feedSubscribePage(f))
            // A feed file whose fingerprint is the current site's file's is kept unrendered.
            for format in FeedFormat.itemFeeds {
                jobs.append(PageJob(path: f.folder + format.file, key: { self.feedKey(spec, format: format) }) { self.feed(spec, format: format) })
            }
            if let deadlines = f.deadlines {
                // The next deadlines, soonest first; the description says how many of how many.
                let next = Array(deadlines.prefix(site.calendarEvents))
                let head = DeadlineCalendar.Head(title: t("feeds.calendar_title", ["title": fullTitle]),
                                                 listing: .init(total: deadlines.count, url: feedItems.absolute(f.pagePath)), alarm: nil)
                jobs.append(PageJob(path: f.folder + FeedFormat.ics.file,
                                    key: { DeadlineCalendar.key(next, head: head, items: self.feedItems, words: self.stringsFingerprint) }) {
                    DeadlineCalendar.render(next, head: head, items: self.feedItems, strings: self.t)
                })
            }
        }
        return jobs
    }

    /// A feed file's key: its format, what its writer is given of the site, and the feed.
    func feedKey(_ spec: FeedSpec, format: FeedFormat) -> Fingerprint? {
        let site = catalog.site
        return spec.fingerprint(format: format.file, context: [site.baseURL, site.title, site.language, feedStyleInstruction])
    }

    /// A feed file in one of the item formats (see `FeedFormat.itemFeeds`).
    func feed(_ spec: FeedSpec, format: FeedFormat) -> [UInt8] {
        let site = catalog.site
        switch format {
        case .rss: return RSSFeed.render(spec, site: site.baseURL, language: site.language, style: feedStyleInstruction)
        case .atom:
            return AtomFeed.render(spec, site: site.baseURL, siteTitle: site.title, language: site.language, style: feedStyleInstruction)
        case .json: return JSONFeed.render(spec, site: site.baseURL, language: site.language)
        case .ics: preconditionFailure("a list's calendar is made from its deadlines (see feedFiles)")
        }
    }
}
