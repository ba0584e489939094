import Foundation
import ScopeIndex
import ScopeModel

/// Paginated lists: open notices, the archive of closed ones, every programmation; and the
/// same per sector and per department.
extension SiteRenderer {
    /// Path segments of the static filters and sort orders of notice lists.
    static let typeSegments: [(ContractType, String)] = [(.works, "travaux"), (.supplies, "fournitures"), (.services, "services")]
    static let newestSegment = "recentes"

    func noticeLists() -> [PageJob] {
        let feeds = feedLinks(folder: Paths.notices, title: "Annonces ouvertes", calendar: true)
        let intro = "Les appels d'offres auxquels on peut encore répondre, la date limite la plus proche en premier."
        var jobs = filteredNoticeLists(catalog.openNotices, base: Paths.notices, title: "Annonces ouvertes",
                                       crumbs: [("Annonces", nil)], intro: intro, section: "notices", facet: nil, feeds: feeds,
                                       alternate: ["name": "Annonces clôturées", "url": views.paths.url(Paths.archive)])
        // The same list, newest publication first.
        let newest = catalog.latestNotices.filter { catalog.notices[$0].status.isOpen }
        jobs += noticeList(newest, base: Paths.notices + Self.newestSegment + "/", title: "Annonces ouvertes, les plus récentes",
                           crumbs: [("Annonces", Paths.notices), ("Les plus récentes", nil)],
                           intro: "Les appels d'offres auxquels on peut encore répondre, les derniers publiés en premier.",
                           alternate: nil, section: "notices", feeds: feeds,
                           filters: filterLinks(base: Paths.notices, current: nil, newest: true))
        return jobs + archivePages()
    }

    /// Links to a list's contract-type filters and sort orders: static pages, no script.
    func filterLinks(base: String, current: ContractType?, newest: Bool, sorts: Bool = true) -> [String: Any] {
        var types: [[String: Any]] = [["name": "Tous les types", "url": views.paths.url(base), "current": current == nil && !newest]]
        for (t, segment) in Self.typeSegments {
            types.append(["name": Labels.contractType(t), "url": views.paths.url(base + segment + "/"), "current": current == t])
        }
        var out: [String: Any] = ["types": types]
        if sorts {
            out["sorts"] = [
                ["name": "Date limite la plus proche", "url": views.paths.url(base), "current": !newest && current == nil],
                ["name": "Les plus récentes", "url": views.paths.url(base + Self.newestSegment + "/"), "current": newest],
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
        for (t, segment) in Self.typeSegments {
            let subset = items.filter { catalog.notices[$0].notice.contractType == t }
            let label = Labels.contractType(t)
            jobs += noticeList(subset, base: base + segment + "/", title: "\(title) — \(label)", crumbs: crumbBase + [(label, nil)],
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
            let key = String(format: "%04d-%02d", d.year, d.month)
            if months.last?.key == key { months[months.count - 1].notices.append(i) }
            else { months.append((key, Format.period(.month(year: d.year, month: d.month)).capitalizedFirst, [i])) }
        }
        var jobs = [PageJob(html: Paths.archive) {
            let rows: [[String: Any]] = months.map { m in
                ["name": m.label, "url": self.views.paths.url(Paths.archive + m.key + "/"),
                 "open": Format.count(m.notices.count, "annonce", "annonces"), "programmations": ""]
            }
            return self.render("facet-index", title: "Annonces clôturées", section: "notices", [
                "heading": "Annonces clôturées",
                "intro": "Les annonces dont la date limite est passée, attribuées ou annulées, par mois de date limite. \(Format.count(self.catalog.closedNotices.count, "annonce", "annonces")).",
                "facets": rows,
                "crumbs": self.views.crumbs([("Annonces", Paths.notices), ("Clôturées", nil)]),
            ])
        }]
        for m in months {
            jobs += noticeList(m.notices, base: Paths.archive + m.key + "/", title: "Annonces clôturées — \(m.label)",
                               crumbs: [("Annonces", Paths.notices), ("Clôturées", Paths.archive), (m.label, nil)],
                               intro: "Date limite en \(m.label.lowercased()), la plus récente en premier.",
                               alternate: ["name": "Annonces ouvertes", "url": views.paths.url(Paths.notices)], section: "notices")
        }
        return jobs
    }

    func noticeList(_ items: [Int], base: String, title: String, crumbs: [(String, String?)], intro: String,
                    alternate: [String: Any]?, section: String?, facet: [String: Any]? = nil,
                    feeds: [String: Any]? = nil, filters: [String: Any]? = nil) -> [PageJob] {
        let parts = chunks(items)
        return parts.enumerated().map { k, part in
            let path = Paths.page(base, k + 1)
            return PageJob(html: path) {
                var page: [String: Any] = [
                    "heading": title,
                    "intro": intro,
                    "count": Format.count(items.count, "annonce", "annonces"),
                    "notices": part.map(self.noticeCard),
                    "crumbs": self.views.crumbs(crumbs),
                ]
                if let alternate { page["alternate"] = alternate }
                if let facet { page["facet"] = facet }
                if let feeds { page["feeds"] = feeds }
                if let filters { page["filters"] = filters }
                if let p = self.views.pagination(base: base, page: k + 1, pages: parts.count) { page["pagination"] = p }
                let full = parts.count > 1 ? "\(title) — page \(k + 1)" : title
                return self.render("notice-list", title: full, section: section, page)
            }
        }
    }

    func programmationLists() -> [PageJob] {
        programmationList(catalog.programmationOrder, base: Paths.programmations, title: "Programmations",
                          crumbs: [("Programmations", nil)],
                          intro: "Les achats que les acheteurs publics prévoient de lancer dans les 6 à 18 prochains mois, la date prévue la plus proche en premier.",
                          section: "programmations",
                          feeds: feedLinks(folder: Paths.programmations, title: "Programmations", calendar: false),
                          chart: quarterChart(catalog.programmationOrder, id: "chart-quarters",
                                              title: "Programmations par trimestre de publication prévue, sur 18 mois"))
    }

    func programmationList(_ items: [Int], base: String, title: String, crumbs: [(String, String?)], intro: String,
                           section: String?, facet: [String: Any]? = nil, feeds: [String: Any]? = nil,
                           chart: String? = nil) -> [PageJob] {
        let parts = chunks(items)
        return parts.enumerated().map { k, part in
            let path = Paths.page(base, k + 1)
            return PageJob(html: path) {
                var page: [String: Any] = [
                    "heading": title,
                    "intro": intro,
                    "count": Format.count(items.count, "programmation", "programmations"),
                    "programmations": part.map(self.programmationCard),
                    "crumbs": self.views.crumbs(crumbs),
                ]
                if let facet { page["facet"] = facet }
                if let feeds { page["feeds"] = feeds }
                if let chart, k == 0 { page["chart"] = chart }
                if let p = self.views.pagination(base: base, page: k + 1, pages: parts.count) { page["pagination"] = p }
                let full = parts.count > 1 ? "\(title) — page \(k + 1)" : title
                return self.render("programmation-list", title: full, section: section, page)
            }
        }
    }

    func sectorPages() -> [PageJob] {
        facetPages(catalog.sectors, base: Paths.sectors, path: views.paths.sector, label: "Secteurs", section: "sectors",
                   indexTitle: "Secteurs d'activité",
                   indexIntro: "Chaque secteur regroupe des divisions du vocabulaire commun des marchés publics (CPV).",
                   pictures: ["chart": sectorChart()])
    }

    func departmentPages() -> [PageJob] {
        facetPages(catalog.departments, base: Paths.departments, path: views.paths.department, label: "Départements",
                   section: "departments", indexTitle: "Départements",
                   indexIntro: "Les annonces et programmations par département d'exécution.", showCode: true,
                   pictures: ["chart": departmentChart()].merging(departmentMap().map { ["map": $0] } ?? [:]) { a, _ in a })
    }

    /// The index of a facet, then per value: its open notices and its programmations.
    func facetPages(_ facets: [Facet], base: String, path: @escaping (Facet) -> String, label: String, section: String,
                    indexTitle: String, indexIntro: String, showCode: Bool = false, pictures: [String: String] = [:]) -> [PageJob] {
        var jobs = [PageJob(html: base) {
            let rows: [[String: Any]] = facets.map { f in
                var r: [String: Any] = [
                    "name": f.name, "url": self.views.paths.url(path(f)),
                    "open": Format.count(f.openNotices.count, "annonce ouverte", "annonces ouvertes"),
                    "programmations": Format.count(f.programmations.count, "programmation", "programmations"),
                ]
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
            let facetInfo: [String: Any] = [
                "name": name,
                "notices_url": views.paths.url(fpath),
                "programmations_url": views.paths.url(fpath + "programmations/"),
                "open_count": Format.count(f.openNotices.count, "annonce ouverte", "annonces ouvertes"),
                "programmation_count": Format.count(f.programmations.count, "programmation", "programmations"),
            ]
            jobs += filteredNoticeLists(f.openNotices, base: fpath, title: name, crumbs: [(label, base), (name, nil)],
                                        intro: "Annonces ouvertes, la date limite la plus proche en premier.",
                                        section: section, facet: facetInfo.merging(["on_notices": true]) { a, _ in a },
                                        feeds: feedLinks(folder: fpath, title: "Annonces — \(name)", calendar: true), sorts: false)
            jobs += programmationList(f.programmations, base: fpath + "programmations/", title: "\(name) — programmations",
                                      crumbs: [(label, base), (name, fpath), ("Programmations", nil)],
                                      intro: "Achats prévus, la date de publication prévue la plus proche en premier.",
                                      section: section, facet: facetInfo.merging(["on_programmations": true]) { a, _ in a },
                                      feeds: feedLinks(folder: fpath + "programmations/", title: "Programmations — \(name)", calendar: false))
        }
        return jobs
    }
}
