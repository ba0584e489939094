import Foundation
import ScopeIndex
import ScopeModel

/// Paginated lists: open notices, the archive of closed ones, every programmation; and the
/// same per sector and per department.
extension SiteRenderer {
    func noticeLists() -> [PageJob] {
        let feeds = feedLinks(folder: Routes.notices, title: t("lists.open_title"), calendar: true)
        var jobs = filteredNoticeLists(catalog.openNotices, base: Routes.notices, title: t("lists.open_title"),
                                       crumbs: [(t("nav.notices"), nil)], intro: t("lists.open_intro"), section: "notices",
                                       facet: nil, feeds: feeds,
                                       alternate: ["name": t("lists.closed_title"), "url": views.paths.url(Routes.archive)])
        // The same list, newest publication first.
        let newest = catalog.latestNotices.filter { catalog.notices[$0].status.isOpen }
        jobs += noticeList(newest, base: Routes.notices + Routes.newestSegment + "/", title: t("lists.newest_title"),
                           crumbs: [(t("nav.notices"), Routes.notices), (t("lists.newest_crumb"), nil)],
                           intro: t("lists.newest_intro"),
                           alternate: nil, section: "notices", feeds: feeds,
                           filters: filterLinks(base: Routes.notices, current: nil, newest: true))
        return jobs + archivePages()
    }

    /// Links to a list's contract-type filters and sort orders: static pages, no script.
    func filterLinks(base: String, current: ContractType?, newest: Bool, sorts: Bool = true) -> [String: Any] {
        var types: [[String: Any]] = [["name": t("lists.all_types"), "url": views.paths.url(base), "current": current == nil && !newest]]
        for (t, segment) in Routes.typeSegments {
            types.append(["name": labels.contractType(t), "url": views.paths.url(base + segment + "/"), "current": current == t])
        }
        var out: [String: Any] = ["types": types]
        if sorts {
            out["sorts"] = [
                ["name": self.t("lists.sort_deadline"), "url": views.paths.url(base), "current": !newest && current == nil],
                ["name": self.t("lists.sort_newest"), "url": views.paths.url(base + Routes.newestSegment + "/"), "current": newest],
            ]
        }
        return out
    }

    /// A list of open notices, and the same list for each contract type under `base/travaux/`…
    func filteredNoticeLists(_ items: [Int], base: String, title: String, crumbs: [(String, String?)], intro: String,
                             section: String, facet: [String: Any]?, feeds: [String: Any]?,
                             alternate: [String: Any]? = nil, sorts: Bool = true) -> [PageJob] {
        var jobs = noticeList(items, base: base, title: title, crumbs: crumbs, intro: intro, alternate: alternate, section: section,
                              facet: facet, feeds: feeds, filters: filterLinks(base: base, current: nil, newest: false, sorts: sorts))
        let crumbBase = crumbs.dropLast() + [(crumbs.last!.0, Optional(base))]
        for (t, segment) in Routes.typeSegments {
            let subset = items.filter { catalog.notices[$0].notice.contractType == t }
            let label = labels.contractType(t)
            jobs += noticeList(subset, base: base + segment + "/", title: self.t("lists.titled", ["title": title, "part": label]), crumbs: crumbBase + [(label, nil)],
                               intro: intro, alternate: nil, section: section, facet: facet, feeds: feeds,
                               filters: filterLinks(base: base, current: t, newest: false, sorts: sorts))
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
            let rows: [[String: Any]] = months.map { m in
                ["name": m.label, "url": self.views.paths.url(Routes.archive + m.key + "/"),
                 "open": self.format.count(m.notices.count, "notices"), "programmations": ""]
            }
            return self.render("facet-index", title: self.t("lists.closed_title"), section: "notices", [
                "heading": self.t("lists.closed_title"),
                "intro": self.t("lists.archive_intro", ["count": self.format.count(self.catalog.closedNotices.count, "notices")]),
                "facets": rows,
                "crumbs": self.views.crumbs([(self.t("nav.notices"), Routes.notices), (self.t("lists.archive_crumb"), nil)]),
            ])
        }]
        for m in months {
            jobs += noticeList(m.notices, base: Routes.archive + m.key + "/", title: t("lists.titled", ["title": t("lists.closed_title"), "part": m.label]),
                               crumbs: [(t("nav.notices"), Routes.notices), (t("lists.archive_crumb"), Routes.archive), (m.label, nil)],
                               intro: t("lists.archive_month_intro", ["month": t.language == "fr" ? m.label.lowercased() : m.label]),
                               alternate: ["name": t("lists.open_title"), "url": views.paths.url(Routes.notices)], section: "notices")
        }
        return jobs
    }

    func noticeList(_ items: [Int], base: String, title: String, crumbs: [(String, String?)], intro: String,
                    alternate: [String: Any]?, section: String?, facet: [String: Any]? = nil,
                    feeds: [String: Any]? = nil, filters: [String: Any]? = nil) -> [PageJob] {
        let parts = chunks(items)
        return parts.enumerated().map { k, part in
            let path = Routes.page(base, k + 1)
            return PageJob(html: path) {
                var page: [String: Any] = [
                    "heading": title,
                    "intro": intro,
                    "count": self.format.count(items.count, "notices"),
                    "notices": part.map(self.noticeCard),
                    "crumbs": self.views.crumbs(crumbs),
                ]
                if let alternate { page["alternate"] = alternate }
                if let facet { page["facet"] = facet }
                if let feeds { page["feeds"] = feeds }
                if let filters { page["filters"] = filters }
                if let p = self.views.pagination(base: base, page: k + 1, pages: parts.count) { page["pagination"] = p }
                let full = parts.count > 1 ? self.t("lists.page", ["title": title, "n": String(k + 1)]) : title
                return self.render("notice-list", title: full, section: section, page)
            }
        }
    }

    func programmationLists() -> [PageJob] {
        programmationList(catalog.programmationOrder, base: Routes.programmations, title: t("nav.programmations"),
                          crumbs: [(t("nav.programmations"), nil)],
                          intro: t("lists.programmations_intro"),
                          section: "programmations",
                          feeds: feedLinks(folder: Routes.programmations, title: t("feeds.programmations_title"), calendar: false),
                          chart: quarterChart(catalog.programmationOrder, id: "chart-quarters",
                                              title: t("lists.programmations_chart")),
                          filters: [
                              "sectors": catalog.sectors.filter { !$0.programmations.isEmpty }.map { f in
                                  ["name": f.name, "count": f.programmations.count,
                                   "url": views.paths.url(Routes.programmations(of: views.paths.sector(f)))]
                              },
                              "departments": catalog.departments.filter { !$0.programmations.isEmpty }.map { f in
                                  ["name": f.name, "code": f.id, "count": f.programmations.count,
                                   "url": views.paths.url(Routes.programmations(of: views.paths.department(f)))]
                              },
                          ])
    }

    func programmationList(_ items: [Int], base: String, title: String, crumbs: [(String, String?)], intro: String,
                           section: String?, facet: [String: Any]? = nil, feeds: [String: Any]? = nil,
                           chart: String? = nil, filters: [String: Any]? = nil) -> [PageJob] {
        let parts = chunks(items)
        return parts.enumerated().map { k, part in
            let path = Routes.page(base, k + 1)
            return PageJob(html: path) {
                var page: [String: Any] = [
                    "heading": title,
                    "intro": intro,
                    "count": self.format.count(items.count, "programmations"),
                    "groups": self.programmationGroups(Array(part)),
                    "crumbs": self.views.crumbs(crumbs),
                ]
                if let facet { page["facet"] = facet }
                if let feeds { page["feeds"] = feeds }
                if let chart, k == 0 { page["chart"] = chart }
                if let filters { page["filters"] = filters }
                if let p = self.views.pagination(base: base, page: k + 1, pages: parts.count) { page["pagination"] = p }
                let full = parts.count > 1 ? self.t("lists.page", ["title": title, "n": String(k + 1)]) : title
                return self.render("programmation-list", title: full, section: section, page)
            }
        }
    }

    /// A page of programmations cut where their kind changes (coming, late, published, given
    /// up), each run under its heading: the order of `Catalog.programmationOrder`.
    func programmationGroups(_ part: [Int]) -> [[String: Any]] {
        // Each kind: its anchor, heading and sentence.
        func kind(_ i: Int) -> (String, String, String) {
            let p = catalog.programmations[i]
            switch p.status {
            case .planned where p.isLate: return ("late", "lists.programmations_late", "lists.programmations_late_intro")
            case .planned: return ("coming", "lists.programmations_coming", "lists.programmations_coming_intro")
            case .published: return ("published", "lists.programmations_published", "lists.programmations_published_intro")
            case .cancelled: return ("cancelled", "lists.programmations_cancelled", "lists.programmations_cancelled_intro")
            }
        }
        var groups: [[String: Any]] = []
        var run: [Int] = []
        func flush() {
            guard let first = run.first else { return }
            let (id, title, intro) = kind(first)
            groups.append(["id": "programmations-" + id, "title": t(title), "intro": t(intro), "programmations": run.map(programmationCard)])
            run = []
        }
        for i in part {
            if let last = run.last, kind(last).0 != kind(i).0 { flush() }
            run.append(i)
        }
        flush()
        return groups
    }

    func sectorPages(pairs: [String: [[String: Any]]], trades: [String: [[String: Any]]]) -> [PageJob] {
        facetPages(catalog.sectors, base: Routes.sectors, path: views.paths.sector, label: t("nav.sectors"), section: "sectors",
                   indexTitle: t("lists.sectors_title"), indexIntro: t("lists.sectors_intro"),
                   pictures: ["chart": sectorChart()],
                   narrow: [(t("lists.narrow_by_trade"), trades), (t("lists.narrow_by_department"), pairs)])
    }

    func departmentPages(pairs: [String: [[String: Any]]]) -> [PageJob] {
        facetPages(catalog.departments, base: Routes.departments, path: views.paths.department, label: t("nav.departments"),
                   section: "departments", indexTitle: t("nav.departments"),
                   indexIntro: t("lists.departments_intro"), showCode: true,
                   pictures: ["chart": departmentChart()].merging(departmentMap().map { ["map": $0] } ?? [:]) { a, _ in a },
                   narrow: [(t("lists.narrow_by_sector"), pairs)])
    }

    /// The index of a facet, then per value: its open notices and its programmations.
    func facetPages(_ facets: [Facet], base: String, path: @escaping (Facet) -> String, label: String, section: String,
                    indexTitle: String, indexIntro: String, showCode: Bool = false, pictures: [String: String] = [:],
                    narrow: [(title: String, links: [String: [[String: Any]]])] = []) -> [PageJob] {
        var jobs = [PageJob(html: base) {
            let rows: [[String: Any]] = facets.map { f in
                var r: [String: Any] = [
                    "name": f.name, "url": self.views.paths.url(path(f)),
                    "open": self.format.count(f.openNotices.count, "open_notices"),
                    "programmations": self.format.count(f.programmations.count, "programmations"),
                ]
                if f.awardCount > 0 { r["awards"] = self.format.count(f.awardCount, "awards") }
                if showCode { r["code"] = f.id }
                return r
            }
            var page: [String: Any] = ["heading": indexTitle, "intro": indexIntro, "facets": rows, "crumbs": self.views.crumbs([(label, nil)])]
            for (k, v) in pictures { page[k] = v }
            return self.render("facet-index", title: indexTitle, section: section, page)
        }]
        for f in facets {
            let fpath = path(f)
            let name = showCode ? "\(f.name) (\(f.id))" : f.name
            var facetInfo: [String: Any] = [
                "name": name,
                "notices_url": views.paths.url(fpath),
                "programmations_url": views.paths.url(Routes.programmations(of: fpath)),
                "open_count": format.count(f.openNotices.count, "open_notices"),
                "programmation_count": format.count(f.programmations.count, "programmations"),
            ]
            // The ways down: this sector's trades and its departments, or this department's sectors.
            let ways: [[String: Any]] = narrow.compactMap { way in
                guard let links = way.links[f.id], !links.isEmpty else { return nil }
                return ["title": way.title, "links": links]
            }
            if !ways.isEmpty { facetInfo["narrows"] = ways }
            jobs += filteredNoticeLists(f.openNotices, base: fpath, title: name, crumbs: [(label, base), (name, nil)],
                                        intro: t("lists.facet_intro"),
                                        section: section, facet: facetInfo.merging(["on_notices": true]) { a, _ in a },
                                        feeds: feedLinks(folder: fpath, title: t("feeds.notices_of", ["name": name]), calendar: true), sorts: false)
            jobs += programmationList(f.programmations, base: Routes.programmations(of: fpath), title: t("lists.facet_programmations_title", ["name": name]),
                                      crumbs: [(label, base), (name, fpath), (t("nav.programmations"), nil)],
                                      intro: t("lists.facet_programmations_intro"),
                                      section: section, facet: facetInfo.merging(["on_programmations": true]) { a, _ in a },
                                      feeds: feedLinks(folder: Routes.programmations(of: fpath), title: t("feeds.programmations_of", ["name": name]), calendar: false))
        }
        return jobs
    }
}
