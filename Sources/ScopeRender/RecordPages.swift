import Foundation
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

    func noticePage(_ i: Int) -> String? {
        let e = catalog.notices[i]
        let n = e.notice
        var page = views.noticeItem(i)
        page["crumbs"] = views.crumbs([(t("nav.notices"), Paths.notices), (n.title, nil)])
        page["cpv"] = n.cpv.map { code -> [String: Any] in
            ["code": code.description, "division": self.cpvLabel(code)]
        }
        if let d = n.description { page["description_html"] = Markdown.html(d) }
        if let p = n.procedure { page["procedure"] = p }
        if let u = n.documentsURL { page["documents_url"] = u }
        if !n.lots.isEmpty {
            page["lots"] = n.lots.map { lot -> [String: Any] in
                var l: [String: Any] = ["number": lot.number, "title": lot.title]
                if let c = lot.cpv { l["cpv"] = c.description }
                if let v = lot.value { l["value"] = format.money(v) }
                return l
            }
        }
        if let pid = e.programmationID, let p = catalog.programmation(id: pid) {
            page["programmation"] = ["title": p.programmation.title, "url": views.paths.url(views.paths.programmation(p)),
                                     "expected": format.period(p.programmation.expectedPublication)]
        }
        return render("notice", title: n.title, section: "notices", page)
    }

    func programmationPages() -> [PageJob] {
        catalog.programmations.indices.map { i in
            let e = catalog.programmations[i]
            return PageJob(html: views.paths.programmation(e)) { self.programmationPage(i) }
        }
    }

    func programmationPage(_ i: Int) -> String? {
        let e = catalog.programmations[i]
        let p = e.programmation
        var page = views.programmationItem(i)
        page["crumbs"] = views.crumbs([(t("nav.programmations"), Paths.programmations), (p.title, nil)])
        page["cpv"] = p.cpv.map { code -> [String: Any] in
            ["code": code.description, "division": self.cpvLabel(code)]
        }
        if let d = p.description { page["description_html"] = Markdown.html(d) }
        if let m = p.durationMonths { page["duration"] = format.count(m, "months") }
        if let nid = e.noticeID, let n = catalog.notice(id: nid) {
            page["notice"] = ["title": n.notice.title, "url": views.paths.url(views.paths.notice(n)),
                              "status_label": labels.status(n.status)]
        }
        return render("programmation", title: p.title, section: "programmations", page)
    }

    /// A CPV division's name in the site's language.
    func cpvLabel(_ code: CPVCode) -> String {
        guard let d = CPVDivision.lookup(code.division) else { return "" }
        return t.language == "fr" ? d.labelFR : d.labelEN
    }
}
