import Foundation
import ScopeIndex
import ScopeModel

/// Paginated lists: open notices, the archive of closed ones, every programmation; and the
/// same per sector and per department.
extension SiteRenderer {
    func noticeLists() -> [PageJob] {
        let feeds = FeedLinks(title: t("lists.open_title"), folder: Routes.notices, calendar: true, email: follow([]))
        var jobs = filteredNoticeLists(catalog.openNotices, base: Routes.notices, title: t("lists.open_title"),
                                       crumbs: [Crumb(t("nav.notices"), nil)], intro: t("lists.open_intro"), section: "notices",
                                       facet: nil, feeds: feeds,
                                       alternate: PageLink(name: t("lists.closed_title"), path: Routes.archive))
        // The same list, newest publication first.
        let newest = catalog.latestNotices.filter { catalog.notices[$0].status.isOpen }
        let base = Routes.notices + Routes.newestSegment + "/"
        jobs += noticeList(newest, head(.notices, newest, base: base, section: "notices", heading: t("lists.newest_title"),
                                        intro: t("lists.newest_intro"),
                                        crumbs: [Crumb(t("nav.notices"), Routes.notices), Crumb(t("lists.newest_crumb"), nil)],
                                        feeds: feeds, filters: filterLinks(base: Routes.notices, current: nil, newest: true)),
                           byPublication: true)
        return jobs + archivePages()
    }

    /// What the pages of a list share.
    func head(_ kind: ListHead.Kind, _ items: [Int], base: String, section: String?, heading: String, intro: String,
              crumbs: [Crumb], alternate: PageLink? = nil, facet: FacetTabs? = nil, feeds: FeedLinks? = nil,
              filters: ListFilters? = nil) -> ListHead {
        ListHead(kind: kind, base: base, section: section, heading: heading, intro: intro, total: items.count, crumbs: crumbs,
                 alternate: alternate, facet: facet, feeds: feeds, filters: filters, routes: views.paths)
    }

    /// Links to a list's contract-type filters and sort orders: static pages, no script.
    func filterLinks(base: String, current: ContractType?, newest: Bool, sorts: Bool = true) -> ListFilters {
        var types = [ListFilters.Choice(name: t("lists.all_types"), path: base, current: current == nil && !newest)]
        for (t, segment) in Routes.typeSegments {
            types.append(.init(name: labels.contractType(t), path: base + segment + "/", current: current == t))
        }
        let orders: [ListFilters.Choice] = !sorts ? [] : [
            .init(name: t("lists.sort_deadline"), path: base, current: !newest && current == nil),
            .init(name: t("lists.sort_newest"), path: base + Routes.newestSegment + "/", current: newest),
        ]
        return .notices(types: types, sorts: orders)
    }

    /// A list of open notices, and the same list for each contract type under `base/travaux/`…
    func filteredNoticeLists(_ items: [Int], base: String, title: String, crumbs: [Crumb], intro: String,
                             section: String, facet: FacetTabs?, feeds: FeedLinks?,
                             alternate: PageLink? = nil, sorts: Bool = true) -> [PageJob] {
        var jobs = noticeList(items, head(.notices, items, base: base, section: section, heading: title, intro: intro, crumbs: crumbs,
                                          alternate: alternate, facet: facet, feeds: feeds,
                                          filters: filterLinks(base: base, current: nil, newest: false, sorts: sorts)))
        let crumbBase = crumbs.dropLast() + [Crumb(crumbs.last!.name, base)]
        for (t, segment) in Routes.typeSegments {
            let subset = items.filter { catalog.notices[$0].notice.contractType == t }
            let label = labels.contractType(t)
            jobs += noticeList(subset, head(.notices, subset, base: base + segment + "/", section: section,
                                            heading: self.t("lists.titled", ["title": title, "part": label]), intro: intro,
                                            crumbs: crumbBase + [Crumb(label, nil)], facet: facet, feeds: feeds,
                                            filters: filterLinks(base: base, current: t, newest: false, sorts: sorts)))
        }
        return jobs
    }

    /// The archive: notices no longer open, by the month of their deadline, newest month first.
    func archivePages() -> [PageJob] {
        var months: [(key: String, label: String, notices: [Int])] = []
        for i in catalog.closedNotices {  // latest deadline first
            let d = ParisTime.day(of: catalog.notices[i].notice.deadline)
            let month = ExpectedPeriod.month(year: d.year, month: d.month)
            if months.last?.key == month.description { months[months.count - 1].notices.append(i) }
            else { months.append((month.description, format.period(month).capitalizedFirst, [i])) }
        }
        var jobs = [PageJob(html: Routes.archive) {
            self.facetIndex(FacetIndexPage(
                heading: self.t("lists.closed_title"),
                intro: self.t("lists.archive_intro", ["count": self.format.count(self.catalog.closedNotices.count, "notices")]),
                crumbs: [Crumb(self.t("nav.notices"), Routes.notices), Crumb(self.t("lists.archive_crumb"), nil)],
                rows: months.map { .init(name: $0.label, path: Routes.archive + $0.key + "/", code: nil, open: .init($0.notices.count, "notices"),
                                         programmations: nil, awards: 0) },
                chart: nil, map: nil, routes: self.views.paths), section: "notices")
        }]
        for m in months {
            jobs += noticeList(m.notices, head(.notices, m.notices, base: Routes.archive + m.key + "/", section: "notices",
                                               heading: t("lists.titled", ["title": t("lists.closed_title"), "part": m.label]),
                                               intro: t("lists.archive_month_intro", ["month": t.language == "fr" ? m.label.lowercased() : m.label]),
                                               crumbs: [Crumb(t("nav.notices"), Routes.notices), Crumb(t("lists.archive_crumb"), Routes.archive),
                                                        Crumb(m.label, nil)],
                                               alternate: PageLink(name: t("lists.open_title"), path: Routes.notices)),
                               onePeriod: true)
        }
        return jobs
    }

    /// A list of notices, cut at the bounds of their periods (`ListPaging`): their deadline's
    /// day, or their publication's for a list newest first.
    func noticeList(_ items: [Int], _ head: ListHead, byPublication: Bool = false, onePeriod: Bool = false) -> [PageJob] {
        let days = items.map { i in
            byPublication ? catalog.notices[i].notice.published : ParisTime.day(of: catalog.notices[i].notice.deadline)
        }
        let paging = ListPaging(days: days, size: catalog.site.pageSize, base: head.base, onePeriod: onePeriod) { unit, day in
            switch unit {
            case .month: return self.format.period(.month(year: day.year, month: day.month))
            case .week: return self.t("lists.period_week", ["day": self.format.day(day.monday)])
            case .day: return self.format.day(day)
            }
        }
        return pages(paging, head) { here in
            self.t(byPublication ? "lists.period_published" : "lists.period_deadline", ["period": here])
        } records: { range in
            .notices(items[range].map { Card($0, of: self.noticeCards) })
        }
    }

    /// The pages of a list cut by `ListPaging`: each knows its neighbours, the first links each
    /// period's first page and has `chart` above its records. `here` says where a page is from
    /// its period (and its number in it, past the first); `records` are a page's.
    func pages(_ paging: ListPaging, _ head: ListHead, chart: String? = nil, here: @escaping (String) -> String,
               records: @escaping (Range<Int>) -> ListPage.Records) -> [PageJob] {
        let parts = paging.parts, later = head.withoutCounts()
        // The first page of each period, for the list's first page to link to.
        let periods = parts.count < 2 ? [] : parts.filter { $0.number == 1 }.map { PageLink(name: $0.period ?? "", path: $0.path) }
        return parts.indices.map { k in
            let part = parts[k]
            return PageJob(html: part.path) {
                let shown = part.period.map { period in
                    here(part.number == 1 ? period : self.t("lists.period_page", ["period": period, "n": String(part.number)]))
                }
                let place = ListPage.Place(first: k == 0, label: part.period, number: part.number, here: shown,
                                           prev: k > 0 ? parts[k - 1].path : nil, next: k + 1 < parts.count ? parts[k + 1].path : nil,
                                           periods: k == 0 ? periods : [])
                return self.render(ListPage(head: k == 0 ? head : later, place: place, records: records(part.range), chart: k == 0 ? chart : nil))
            }
        }
    }

    /// A list page, kept by its key (see `ListPage`) before its values are made.
    func render(_ list: ListPage) -> Made {
        made(list, list.head.kind.template, title: list.title(t), section: list.head.section) {
            list.values(strings: self.t, format: self.format)
        }
    }

    func programmationLists() -> [PageJob] {
        let all = catalog.programmationOrder
        let filters = ListFilters.programmations(
            sectors: catalog.sectors.filter { !$0.programmations.isEmpty }.map { f in
                .init(name: f.name, code: nil, count: f.programmations.count, path: Routes.programmations(of: views.paths.sector(f)))
            },
            departments: catalog.departments.filter { !$0.programmations.isEmpty }.map { f in
                .init(name: f.name, code: f.id, count: f.programmations.count, path: Routes.programmations(of: views.paths.department(f)))
            })
        return programmationList(all, head(.programmations, all, base: Routes.programmations, section: "programmations",
                                           heading: t("nav.programmations"), intro: t("lists.programmations_intro"),
                                           crumbs: [Crumb(t("nav.programmations"), nil)],
                                           feeds: FeedLinks(title: t("feeds.programmations_title"), folder: Routes.programmations, calendar: false),
                                           filters: filters),
                                 chart: quarterChart(all, id: "chart-quarters", title: t("lists.programmations_chart")))
    }

    /// A list of programmations, cut by their kind (coming, late, published, given up), each
    /// kind by the year or the quarter of their expected publication when it holds more than a
    /// page or 20 pages' worth (`ListPaging`), then by the site's page size: a programmation
    /// added, moved or gone changes its period's pages and the list's first, not every page
    /// after it. `chart` above the first page.
    func programmationList(_ items: [Int], _ head: ListHead, chart: String? = nil) -> [PageJob] {
        let size = catalog.site.pageSize
        let kinds = items.map(programmationKind)
        let perKind = Dictionary(kinds.map { ($0, 1) }, uniquingKeysWith: +)
        // Nil: the kind whole; false: by year; true: by quarter.
        func byQuarter(_ k: Int) -> Bool? {
            let n = perKind[kinds[k]] ?? 0
            return n <= size ? nil : n > 20 * size
        }
        let keys: [String]? = items.count <= size ? nil : items.indices.map { k in
            let expected = catalog.programmations[items[k]].programmation.expectedPublication
            let unit = byQuarter(k)
            return Routes.programmationPeriod(kind: kinds[k].rawValue, year: unit == nil ? nil : expected.year,
                                              quarter: unit == true ? expected.quarter : nil)
        }
        let paging = ListPaging(periods: keys, count: items.count, size: size, base: head.base) { k in
            let expected = catalog.programmations[items[k]].programmation.expectedPublication
            guard let quarter = byQuarter(k) else { return t(kinds[k].heading) }
            return t("lists.programmation_period", ["kind": t(kinds[k].heading),
                                                    "period": quarter ? format.quarter(expected.year, expected.quarter) : String(expected.year)])
        }
        return pages(paging, head, chart: chart, here: { $0 }) { range in
            .programmations(self.programmationRuns(items[range]))
        }
    }

    /// Coming, late, published or given up: the runs of `Catalog.programmationOrder`.
    func programmationKind(_ i: Int) -> ListPage.ProgrammationKind {
        let p = catalog.programmations[i]
        switch p.status {
        case .planned where p.isLate: return .late
        case .planned: return .coming
        case .published: return .published
        case .cancelled: return .cancelled
        }
    }

    /// A page of programmations cut where their kind changes (coming, late, published, given
    /// up): the order of `Catalog.programmationOrder`.
    func programmationRuns(_ part: ArraySlice<Int>) -> [ListPage.Run] {
        var runs: [ListPage.Run] = []
        var run: [Int] = []
        func flush() {
            guard let first = run.first else { return }
            runs.append(ListPage.Run(kind: programmationKind(first), cards: run.map { Card($0, of: programmationCards) }))
            run = []
        }
        for i in part {
            if let last = run.last, programmationKind(last) != programmationKind(i) { flush() }
            run.append(i)
        }
        flush()
        return runs
    }

    /// An index of facets, kept by its key (see `FacetIndexPage`) before its values are made.
    func facetIndex(_ page: FacetIndexPage, section: String) -> Made {
        made(page, "facet-index", title: page.heading, section: section) { page.values(strings: self.t, format: self.format) }
    }

    func sectorPages(pairs: [String: [FacetTabs.Counted]], trades: [String: [FacetTabs.Counted]]) -> [PageJob] {
        facetPages(catalog.sectors, base: Routes.sectors, path: views.paths.sector, label: t("nav.sectors"), section: "sectors",
                   indexTitle: t("lists.sectors_title"), indexIntro: t("lists.sectors_intro"),
                   chart: sectorChart(),
                   narrow: [(t("lists.narrow_by_trade"), trades), (t("lists.narrow_by_department"), pairs)])
    }

    func departmentPages(pairs: [String: [FacetTabs.Counted]]) -> [PageJob] {
        facetPages(catalog.departments, base: Routes.departments, path: views.paths.department, label: t("nav.departments"),
                   section: "departments", indexTitle: t("nav.departments"),
                   indexIntro: t("lists.departments_intro"), showCode: true,
                   chart: departmentChart(), map: departmentMap(),
                   narrow: [(t("lists.narrow_by_sector"), pairs)])
    }

    /// The index of a facet, then per value: its open notices and its programmations.
    func facetPages(_ facets: [Facet], base: String, path: @escaping (Facet) -> String, label: String, section: String,
                    indexTitle: String, indexIntro: String, showCode: Bool = false, chart: String? = nil, map: String? = nil,
                    narrow: [(title: String, links: [String: [FacetTabs.Counted]])] = []) -> [PageJob] {
        var jobs = [PageJob(html: base) {
            self.facetIndex(FacetIndexPage(
                heading: indexTitle, intro: indexIntro, crumbs: [Crumb(label, nil)],
                rows: facets.map { f in
                    .init(name: f.name, path: path(f), code: showCode ? f.id : nil, open: .init(f.openNotices.count, "open_notices"),
                          programmations: .init(f.programmations.count, "programmations"), awards: f.awardCount)
                },
                chart: chart, map: map, routes: self.views.paths), section: section)
        }]
        for f in facets {
            let fpath = path(f)
            let name = showCode ? "\(f.name) (\(f.id))" : f.name
            // The ways down: this sector's trades and its departments, or this department's sectors.
            let tabs = FacetTabs(name: name, noticesPath: fpath, programmationsPath: Routes.programmations(of: fpath),
                                 open: f.openNotices.count, programmations: f.programmations.count,
                                 narrows: narrow.map { FacetTabs.Narrow(title: $0.title, links: $0.links[f.id] ?? []) })
            jobs += filteredNoticeLists(f.openNotices, base: fpath, title: name, crumbs: [Crumb(label, base), Crumb(name, nil)],
                                        intro: t("lists.facet_intro"), section: section, facet: tabs,
                                        feeds: FeedLinks(title: t("feeds.notices_of", ["name": name]), folder: fpath, calendar: true,
                                                         email: follow([(section == "sectors" ? "sec" : "dep", f.id)])), sorts: false)
            let programmations = Routes.programmations(of: fpath)
            jobs += programmationList(f.programmations, head(.programmations, f.programmations, base: programmations, section: section,
                                                             heading: t("lists.facet_programmations_title", ["name": name]),
                                                             intro: t("lists.facet_programmations_intro"),
                                                             crumbs: [Crumb(label, base), Crumb(name, fpath), Crumb(t("nav.programmations"), nil)],
                                                             facet: tabs.on(.programmations),
                                                             feeds: FeedLinks(title: t("feeds.programmations_of", ["name": name]),
                                                                              folder: programmations, calendar: false)))
        }
        return jobs
    }
}
