import Foundation

/// What a publisher sets in `content/config.yaml`: the site's identity, its region and its
/// list sizes. Everything has a default except the title.
public struct SiteConfig: Sendable {
    public var title: String
    public var description: String
    /// Absolute URL of the site's root, ending in `/`.
    public var baseURL: String
    /// `fr` or `en`.
    public var language: String
    /// The region whose departments the site covers; nil for a national site.
    public var region: String?
    /// The site's departments, in code order (the region's, or all of France).
    public var departments: [Department]
    /// Records per list page.
    public var pageSize: Int
    /// Items per feed.
    public var feedItems: Int
    /// Events per deadline calendar of a list: its next deadlines, soonest first (a calendar
    /// also stops before 1 MB, which calendar clients open without complaint).
    public var calendarEvents = 1000
    /// A pinned "now" (the sample uses one so that it looks alive on any day); `--now` wins.
    public var now: Date?
    /// Exports declared in the config, read before the content folders.
    public var sources: [SourceSpec] = []
    /// The encoding of the exports (UTF-8 unless declared).
    public var encoding: TextEncoding = .utf8
    /// Where a company subscribes to e-mail alerts (the publisher's form), shown on the alerts page.
    public var alertsSubscribeURL: String?
    /// The address of Scope's own sign-up service (`scope alerts serve --public-url`), ending in
    /// "/": the site's e-mail links go there, with the choice in the query, and digests sent
    /// from its database carry its links to manage and stop.
    public var alertsService: String?
    /// How a subscriber stops the alerts: an https URL or a mailto: address, where `{email}`
    /// stands for the subscriber's address (`List-Unsubscribe` of every digest).
    public var alertsUnsubscribe: String?

    public init(title: String, description: String = "", baseURL: String = "http://localhost:8000/",
                language: String = "fr", region: String? = nil, departments: [Department]? = nil,
                pageSize: Int = 50, feedItems: Int = 50, now: Date? = nil) {
        self.title = title
        self.description = description
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.language = language
        self.region = region
        self.departments = departments ?? (region.map(Department.inRegion) ?? Department.all)
        self.pageSize = pageSize
        self.feedItems = feedItems
        self.now = now
    }

    /// The path part of the base URL (`/` or `/occitanie/`), which every link starts with.
    public var rootPath: String {
        guard let url = URL(string: baseURL), !url.path.isEmpty else { return "/" }
        let p = url.path
        return p.hasSuffix("/") ? p : p + "/"
    }

    /// Whether a department belongs to the site.
    public func covers(_ code: String) -> Bool {
        departments.contains { $0.code == code }
    }
}
