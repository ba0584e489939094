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
                "notices": Format.count(c.notices.count, "annonce", "annonces"),
                "open": Format.count(c.openNotices.count, "annonce ouverte", "annonces ouvertes"),
                "programmations": Format.count(c.programmations.count, "programmation", "programmations"),
                "buyers": Format.count(c.buyers.count, "acheteur public", "acheteurs publics"),
            ]
            if let btp = c.sector(id: Self.headlineSector) {
                figures["headline_sector"] = ["count": Format.grouped(btp.allNotices.count), "name": btp.name,
                                              "url": self.views.paths.url(self.views.paths.sector(btp))]
            }
            let soon = c.openNotices.prefix(10)
            let latest = c.latestNotices.lazy.filter { c.notices[$0].status.isOpen }.prefix(10)
            var page: [String: Any] = [
                "figures": figures,
                "closing_soon": Array(soon).map(self.noticeCard),
                "latest": Array(latest).map(self.noticeCard),
                "sectors": c.sectors.map { f in
                    ["name": f.name, "url": self.views.paths.url(self.views.paths.sector(f)), "open": f.openNotices.count]
                },
                "departments": c.departments.map { f in
                    ["name": f.name, "code": f.id, "url": self.views.paths.url(self.views.paths.department(f)), "open": f.openNotices.count]
                },
                "notices_url": self.views.paths.url(Paths.notices),
                "programmations_url": self.views.paths.url(Paths.programmations),
                "buyers_url": self.views.paths.url(Paths.buyers),
                "sector_chart": self.sectorChart(),
            ]
            if let map = self.departmentMap() { page["map"] = map }
            return self.render("home", title: c.site.title, section: nil, page)
        }]
    }
}
