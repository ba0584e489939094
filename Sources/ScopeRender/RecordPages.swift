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

    /// A notice's page. Unchanged pages are 99% of a nightly rebuild's, so the page is kept
    /// by a fingerprint of what it is made from, before its context is built: the section's
    /// site values and templates, the card's values (the notice as lists show it), the site's
    /// words and address, libcmark's version, and every field read below. A value added to the page must be added
    /// to `inputs` too (`NightlyTests.testEveryFieldOfANoticeReachesItsPage` changes each one).
    func noticePage(_ i: Int) -> Made {
        let e = catalog.notices[i]
        let n = e.notice
        let programmation = e.programmationID.flatMap { catalog.programmation(id: $0) }
        if var inputs = siteValues(section: "notices").fingerprint, let card = noticeCards.fingerprint(i) {
            inputs.add("notice page")
            inputs.add(card)
            inputs.add(stringsFingerprint)
            inputs.add(views.paths.url(""))
            inputs.add(n.title)
            inputs.add(String(n.cpv.count))
            for code in n.cpv { inputs.add(code.description); inputs.add(cpvLabel(code)) }
            inputs.add(Markdown.version)
            for text in [n.description, n.procedure, n.documentsURL, noticeCalendarURL(i)] { inputs.add(text ?? "\u{0}") }
            inputs.add(String(n.corrections.count))
            for c in n.corrections { inputs.add(views.correction(c)) }
            inputs.add(String(n.lots.count))
            for lot in n.lots {
                for text in [String(lot.number), lot.title, lot.cpv?.description, lot.cpv.map(cpvLabel), lot.value.map(format.money),
                             lot.deadline.map(format.dateTime)] { inputs.add(text ?? "\u{0}") }
            }
            if let p = programmation {
                for text in [p.programmation.title, views.paths.programmation(p), format.period(p.programmation.expectedPublication)] { inputs.add(text) }
            } else {
                inputs.add("\u{0}")
            }
            // The context is made only if the page is.
            return Made(key: inputs) {
                self.page("notice", title: n.title, site: self.siteValues(section: "notices"),
                          Self.withListFlags(self.noticePageValues(i, programmation)))
            }
        }
        return render("notice", title: n.title, section: "notices", noticePageValues(i, programmation))
    }

    /// What the notice template sees of the notice (`noticePage` fingerprints every input).
    private func noticePageValues(_ i: Int, _ programmation: ProgrammationEntry?) -> [String: Any] {
        let e = catalog.notices[i]
        let n = e.notice
        var page = views.noticeItem(i)
        page["crumbs"] = views.crumbs([(t("nav.notices"), Routes.notices), (n.title, nil)])
        page["cpv"] = n.cpv.map { code -> [String: Any] in
            ["code": code.description, "label": self.cpvLabel(code)]
        }
        if let d = n.description { page["description_html"] = Markdown.html(d) }
        if let p = n.procedure { page["procedure"] = p }
        if let u = n.documentsURL { page["documents_url"] = u }
        if let ics = noticeCalendarURL(i) { page["calendar_url"] = ics }
        if !n.lots.isEmpty {
            page["lots"] = n.lots.map { lot -> [String: Any] in
                var l: [String: Any] = ["number": lot.number, "title": lot.title]
                if let c = lot.cpv { l["cpv"] = c.description; l["cpv_label"] = cpvLabel(c) }
                if let v = lot.value { l["value"] = format.money(v) }
                if let d = lot.deadline { l["deadline"] = format.dateTime(d) }
                return l
            }
            page["lots_have_cpv"] = n.lots.contains { $0.cpv != nil }
            page["lots_have_deadline"] = n.lots.contains { $0.deadline != nil }
            page["lots_have_value"] = n.lots.contains { $0.value != nil }
        }
        if let p = programmation {
            page["programmation"] = ["title": p.programmation.title, "url": views.paths.url(views.paths.programmation(p)),
                                     "expected": format.period(p.programmation.expectedPublication)]
        }
        if !n.corrections.isEmpty {
            page["corrections"] = n.corrections.map { c -> [String: Any] in
                let text = views.correction(c)
                return ["text": text.prefix(1).uppercased() + text.dropFirst()]  // a sentence of its own here
            }
        }
        return page
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
    func cpvLabel(_ code: CPVCode) -> String {
        if let label = code.label(language: t.language) { return label }
        guard let d = CPVDivision.lookup(code.division) else { return "" }
        return t.language == "fr" ? d.labelFR : d.labelEN
    }
}
