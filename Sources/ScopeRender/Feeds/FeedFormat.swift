import ScopeModel

/// The formats a list is published in beside its page, as data: the plan (which files to
/// write), a list's links, its subscribe page and the alerts page's OPML iterate this one list,
/// so that a new format is one case here, its writer and its words.
enum FeedFormat: String, CaseIterable, Sendable {
    case rss, atom, json
    /// The deadline calendar: notice lists only.
    case ics

    /// Its file in a list's folder.
    var file: String {
        switch self {
        case .rss: Routes.rss
        case .atom: Routes.atom
        case .json: Routes.jsonFeed
        case .ics: Routes.calendar
        }
    }

    /// The words that name it on the subscribe page, and that say how to subscribe.
    var label: String {
        switch self {
        case .rss: "subscribe.rss"
        case .atom: "subscribe.atom"
        case .json: "subscribe.json"
        case .ics: "subscribe.ics"
        }
    }

    var how: String {
        switch self {
        case .rss: "feed_subscribe.how_rss"
        case .atom: "feed_subscribe.how_atom"
        case .json: "feed_subscribe.how_json"
        case .ics: "feed_subscribe.how_ics"
        }
    }

    /// Made from a list's latest items (the calendar is made from its next deadlines).
    static let itemFeeds: [FeedFormat] = [.rss, .atom, .json]

    /// A list's formats, in the order its pages show them: the calendar for notice lists.
    static func of(calendar: Bool) -> [FeedFormat] { allCases.filter { calendar || $0 != .ics } }
}
