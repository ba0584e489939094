import Foundation
import ScopeIndex
import ScopeModel

/// One calendar per open notice (`annonces/ID/echeance.ics`): its deadline as one event, with
/// a reminder two days before, for the notice page's "add to my calendar". The event is the
/// deadline calendars' own (same UID), so a calendar that has both shows it once.
extension SiteRenderer {
    static let reminder = "-P2D"

    func noticeCalendarURL(_ i: Int) -> String? {
        guard catalog.notices[i].status.isOpen else { return nil }
        return views.paths.url(views.paths.notice(catalog.notices[i]) + Routes.noticeCalendar)
    }

    func noticeCalendars() -> [PageJob] {
        let items = feedItems
        let summary = { self.t("feeds.calendar_summary", ["title": $0]) }
        return catalog.openNotices.map { i in
            let n = catalog.notices[i].notice
            let path = views.paths.notice(catalog.notices[i]) + Routes.noticeCalendar
            let title = summary(n.title)
            let alarm = t("feeds.reminder", ["title": n.title])
            return PageJob(path: path, key: {
                var f = DeadlineCalendar.fingerprint([i], title: title, catalog: self.catalog, items: items, summary: summary)
                f.add(alarm)
                f.add(Self.reminder)
                return f
            }) {
                DeadlineCalendar.render([i], title: title, catalog: self.catalog, items: items, summary: summary,
                                               alarm: (Self.reminder, alarm))
            }
        }
    }
}
