import Foundation
import ScopeIndex
import ScopeModel

/// One calendar per open notice (`annonces/ID/echeance.ics`): its deadline as one event, with
/// a reminder two days before, for the notice page's "add to my calendar". The event is the
/// deadline calendars' own (same UID), so a calendar that has both shows it once.
extension SiteRenderer {
    static let reminder = "-P2D"

    func noticeCalendars() -> [PageJob] {
        catalog.openNotices.map { i in
            let n = catalog.notices[i].notice
            let path = views.paths.noticeCalendar(catalog.notices[i])
            let head = DeadlineCalendar.Head(title: t("feeds.calendar_summary", ["title": n.title]), listing: nil,
                                             alarm: .init(trigger: Self.reminder, text: t("feeds.reminder", ["title": n.title])))
            return PageJob(path: path, key: { DeadlineCalendar.key([i], head: head, items: self.feedItems, words: self.stringsFingerprint) }) {
                DeadlineCalendar.render([i], head: head, items: self.feedItems, strings: self.t)
            }
        }
    }
}
