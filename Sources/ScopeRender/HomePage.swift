import Foundation
import ScopeIndex
import ScopeModel

/// The home page: the platform's figures, what closes soon, what is new, and the ways in.
extension SiteRenderer {
    /// The sector whose figure the home page quotes beside the total ("dont 206 dans le BTP").
    static let headlineSector = "btp"

    func homePage() -> [PageJob] {
        [PageJob(html: "") { self.home() }]
    }

    /// The home page, kept by its key (see `HomePageValue`) before its values are made.
    func home() -> Made {
        let c = catalog, paths = views.paths
        let page = HomePageValue(
            notices: c.notices.count, open: c.openNotices.count, programmations: c.programmations.count, buyers: c.buyers.count, dataDate: c.dataDate,
            headline: c.sector(id: Self.headlineSector).map { .init(count: $0.allNotices.count, name: $0.name, path: paths.sector($0)) },
            closingSoon: c.openNotices.prefix(10).map { Card($0, of: noticeCards) },
            latest: c.latestNotices.lazy.filter { c.notices[$0].status.isOpen }.prefix(10).map { Card($0, of: noticeCards) },
            sectors: c.sectors.map { .init(id: $0.id, name: $0.name, path: paths.sector($0), open: $0.openNotices.count) },
            departments: c.departments.map { .init(id: $0.id, name: $0.name, path: paths.department($0), open: $0.openNotices.count) },
            chart: sectorChart(), map: departmentMap(), routes: paths)
        return made(page, "home", title: c.site.title, section: nil) { page.values(format: self.format) }
    }
}
