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
            routes: views.paths)
        let (strings, format) = (t, format)
        if let site = siteValues(section: "notices").fingerprint, let card = noticeCards.fingerprint(i),
           let key = page.key(site: site, card: card, words: stringsFingerprint) {
            // The values are made only if the page is.
            return Made(key: key) {
                self.page("notice", title: n.title, site: self.siteValues(section: "notices"),
                          Self.withListFlags(page.values(item: self.views.noticeItem(i), strings: strings, format: format)))
            }
        }
        return render("notice", title: n.title, section: "notices", page.values(item: views.noticeItem(i), strings: strings, format: format))
    }

    func programmationPages() -> [PageJob] {
        catalog.programmations.indices.map { i in
            let e = catalog.programmations[i]
            return PageJob(html: views.paths.programmation(e)) { self.programmationPage(i) }
        }
    }

    func programmationPage(_ i: Int) -> Made {
        let e = catalog.programmations[i]
        let p = e.programmation
        var page = views.programmationItem(i)
        page["crumbs"] = views.crumbs([(t("nav.programmations"), Routes.programmations), (p.title, nil)])
        page["cpv"] = p.cpv.map { code -> [String: Any] in
            ["code": code.description, "label": self.cpvLabel(code)]
        }
        if let d = p.description { page["description_html"] = Markdown.html(d) }
        if let m = p.durationMonths { page["duration"] = format.count(m, "months") }
        if let nid = e.noticeID, let n = catalog.notice(id: nid) {
            page["notice"] = ["title": n.notice.title, "url": views.paths.url(views.paths.notice(n)),
                              "status_label": labels.status(n.status)]
        }
        return render("programmation", title: p.title, section: "programmations", page)
    }

    /// A CPV code's own name in the site's language (CPV 2008), else its division's.
    func cpvLabel(_ code: CPVCode) -> String { t.cpvLabel(code) }
}
