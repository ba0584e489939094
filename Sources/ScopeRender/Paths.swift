import ScopeIndex
import ScopeModel

/// Where each page lives. Links are root-relative (the base URL's path, then these), and
/// each page is a folder with an `index.html`, so URLs end in `/`.
public struct Paths: Sendable {
    public let root: String

    public init(site: SiteConfig) { root = site.rootPath }

    public static let notices = "annonces/"
    public static let archive = "annonces/archives/"
    public static let programmations = "programmations/"
    public static let sectors = "secteurs/"
    public static let departments = "departements/"
    public static let buyers = "acheteurs/"
    public static let alerts = "alertes/"

    public func notice(_ e: NoticeEntry) -> String { Paths.notices + e.slug + "/" }
    public func programmation(_ e: ProgrammationEntry) -> String { Paths.programmations + e.slug + "/" }
    public func sector(_ f: Facet) -> String { Paths.sectors + f.slug + "/" }
    public func department(_ f: Facet) -> String { Paths.departments + f.slug + "/" }
    public func buyer(_ e: BuyerEntry) -> String { Paths.buyers + e.slug + "/" }

    /// Page `n` (from 1) of a paginated list at `base`.
    public static func page(_ base: String, _ n: Int) -> String { n == 1 ? base : base + "page/\(n)/" }

    /// The link for a folder path (`annonces/x/` → `/annonces/x/`).
    public func url(_ path: String) -> String { root + path }

    /// The file for a folder path (`annonces/x/` → `annonces/x/index.html`).
    public static func file(_ path: String) -> String { path.isEmpty ? "index.html" : path + "index.html" }
}
