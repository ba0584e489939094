import Foundation
import ScopeIndex
import ScopeModel

/// One calendar per open notice (`annonces/ID/echeance.ics`): its deadline as one event, with
/// a reminder two days before, for the notice page's "add to my calendar". The event is the
/// deadline calendars' own (same UID), so a calendar that has both shows it once.
extension SiteRenderer {
    static let reminder = "-P2D"

    func noticeCalendars() -> [PageJob] {
        // The head is made when the file is, not with the plan: one per open notice, held
        // until then, would be two sentences with its title each for every open notice at once.
        catalog.openNotices.map { i in
            PageJob(path: views.paths.noticeCalendar(catalog.notices[i]), made: {
                let n = self.catalog.notices[i].notice
                let head = DeadlineCalendar.Head(title: self.t("feeds.calendar_summary", ["title": n.title]), listing: nil,
                                                 alarm: .init(trigger: Self.reminder, text: self.t("feeds.reminder", ["title": n.title])))
                return Made(key: DeadlineCalendar.key([i], head: head, items: self.feedItems, words: self.stringsFingerprint)) {
                    DeadlineCalendar.render([i], head: head, items: self.feedItems, strings: self.t)
                }
            })
        }
    }
}
