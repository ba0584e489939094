import Foundation
import ScopeIndex
import ScopeModel

/// The home page: the platform's figures, what closes soon, what is new, and the ways in.
extension SiteRenderer {
    /// The sector whose figure the home page quotes beside the total ("dont 206 dans le BTP").
    static let headlineSector = "btp"

    func homePage() -> [PageJob] {
        [PageJob(html: "") {
            let c = self.catalog
            var figures: [String: Any] = [
                "notices": self.format.count(c.notices.count, "notices"),
                "open": self.format.count(c.openNotices.count, "open_notices"),
                "programmations": self.format.count(c.programmations.count, "programmations"),
                "buyers": self.format.count(c.buyers.count, "public_buyers"),
            ]
            if let btp = c.sector(id: Self.headlineSector) {
                figures["headline_sector"] = ["count": self.format.grouped(btp.allNotices.count), "name": btp.name,
                                              "url": self.views.paths.url(self.views.paths.sector(btp))]
            }
            let soon = c.openNotices.prefix(10)
            let latest = c.latestNotices.lazy.filter { c.notices[$0].status.isOpen }.prefix(10)
            var page: [String: Any] = [
                "figures": figures,
                "closing_soon": Array(soon).map(self.noticeCard),
                "latest": Array(latest).map(self.noticeCard),
                "sectors": c.sectors.map { f in
                    ["id": f.id, "name": f.name, "url": self.views.paths.url(self.views.paths.sector(f)), "open": f.openNotices.count]
                },
                "departments": c.departments.map { f in
                    ["name": f.name, "code": f.id, "url": self.views.paths.url(self.views.paths.department(f)), "open": f.openNotices.count]
                },
                "notices_url": self.views.paths.url(Routes.notices),
                "search_url": self.views.paths.url(SearchIndex.folder),
                "week_url": self.views.paths.url(SearchIndex.folder) + "?statut=o&within=7",
                "alerts_url": self.views.paths.url(Routes.alerts),
                "programmations_url": self.views.paths.url(Routes.programmations),
                "buyers_url": self.views.paths.url(Routes.buyers),
                "sector_chart": self.sectorChart(),
            ]
            if let map = self.departmentMap() { page["map"] = map }
            return self.render("home", title: c.site.title, section: nil, page)
        }]
    }
}
