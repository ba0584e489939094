import Foundation
import ScopeCache
import ScopeIndex
import ScopeModel

/// A page per notice and per programmation, with every field and the links between them.
extension SiteRenderer {
    func noticePages() -> [PageJob] {
        catalog.notices.indices.map { i in
            let e = catalog.notices[i]
            return PageJob(html: views.paths.notice(e)) { self.noticePage(i) }
        }
    }

    /// A notice's page, kept by its key (see `NoticePage`) before its values are made:
    /// unchanged pages are 99% of a nightly rebuild's.
    func noticePage(_ i: Int) -> Made {
        let e = catalog.notices[i]
        let n = e.notice
        let page = NoticePage(
            notice: n.unplaced, calendar: e.status.isOpen ? views.paths.noticeCalendar(e) : nil,
            programmation: e.programmationID.flatMap { catalog.programmation(id: $0) }.map {
                NoticePage.Link(title: $0.programmation.title, path: views.paths.programmation($0), expected: $0.programmation.expectedPublication)
            },
            card: Card(i, of: noticeCards), awards: catalog.awards(ofNotice: n.id).map(NoticePage.AwardResult.init),
            routes: views.paths)
        return made(page, "notice", title: n.title, section: "notices") { page.values(strings: self.t, format: self.format) }
    }

    func programmationPages() -> [PageJob] {
        catalog.programmations.indices.map { i in
            let e = catalog.programmations[i]
            return PageJob(html: views.paths.programmation(e)) { self.programmationPage(i) }
        }
    }

    /// A programmation's page, kept by its key (see `ProgrammationPage`) before its values are made.
    func programmationPage(_ i: Int) -> Made {
        let e = catalog.programmations[i]
        let p = e.programmation
        let page = ProgrammationPage(
            programmation: p.unplaced,
            notice: e.noticeID.flatMap { catalog.notice(id: $0) }.map {
                ProgrammationPage.Link(title: $0.notice.title, path: views.paths.notice($0), status: $0.status)
            },
            card: Card(i, of: programmationCards), routes: views.paths)
        return made(page, "programmation", title: p.title, section: "programmations") {
            page.values(strings: self.t, format: self.format, labels: self.labels)
        }
    }

    /// A CPV code's own name in the site's language (CPV 2008), else its division's.
    func cpvLabel(_ code: CPVCode) -> String { t.cpvLabel(code) }
}
