/// Every address of the site, in one place: its folders, the segments lists use beside the
/// records, its files, the search index's files, and the names no record, sub-sector or
/// content page may take, derived from them. Routes are relative to the site's folder; a
/// folder's path ends in `/`, and its page is the folder's `index.html`. Links are the base
/// URL's path (`root`), then the path.
public struct Routes: Sendable, Encodable {
    public let root: String

    public init(site: SiteConfig) { root = site.rootPath }

    // MARK: Folders

    public static let notices = "annonces/"
    public static let programmations = "programmations/"
    public static let sectors = "secteurs/"
    public static let departments = "departements/"
    public static let buyers = "acheteurs/"
    public static let alerts = "alertes/"
    public static let search = "recherche/"
    public static let assets = "assets/"
    /// Closed notices, by month of their deadline.
    public static let archive = notices + archivesSegment + "/"

    // MARK: Segments that lists use beside the records

    /// `…/page/2/`
    public static let pageSegment = "page"
    /// `annonces/archives/`, `acheteurs/ID/archives/`
    public static let archivesSegment = "archives"
    /// `secteurs/ID/programmations/`, `acheteurs/ID/programmations/`
    public static let programmationsSegment = "programmations"
    /// `acheteurs/ID/annonces/`
    public static let buyerNoticesSegment = "annonces"
    /// `annonces/recentes/`: newest first.
    public static let newestSegment = "recentes"
    /// A list's feeds as a page (`secteurs/btp/abonnement/`): each address to copy, and how.
    public static let subscribeSegment = "abonnement"
    /// `annonces/travaux/`…: one kind of contract.
    public static let typeSegments: [(ContractType, String)] = [(.works, "travaux"), (.supplies, "fournitures"), (.services, "services")]
    /// `acheteurs/par-departement/31/`, `acheteurs/par-type/commune/`
    public static let buyersByDepartment = "par-departement"
    public static let buyersByKind = "par-type"

    // MARK: Files

    public static let index = "index.html"
    public static let rss = "rss.xml"
    public static let atom = "atom.xml"
    public static let jsonFeed = "feed.json"
    /// A list's deadline calendar.
    public static let calendar = "echeances.ics"
    /// A notice's own calendar, in its folder.
    public static let noticeCalendar = "echeance.ics"
    public static let opml = alerts + "flux.opml"
    public static let feedStyle = assets + "flux.xsl"
    public static let stylesheet = assets + "style.css"
    /// The script that says, in the browser, how long an open notice has left.
    public static let deadlinesScript = assets + "echeances.js"
    public static let searchScript = assets + "recherche.js"
    public static let alertsScript = assets + "alertes.js"
    /// The copy buttons of a feed's page.
    public static let copyScript = assets + "copie.js"
    public static let sitemap = "sitemap.xml"
    /// Past the protocol's limit per file, `sitemap.xml` is an index of these (from 1).
    public static func sitemapPart(_ k: Int) -> String { "sitemap-\(k).xml" }
    public static let robots = "robots.txt"
    public static let notFound = "404.html"

    // MARK: The search index's files (see docs/search.md)

    public enum SearchFiles {
        public static let meta = search + "meta.json"
        /// Every document's fields, for the pages that show them without the index.
        public static let data = search + "donnees.json"
        /// A facet's documents (`f/NAME.json`); `name` is a safe file name.
        public static func facet(_ name: String) -> String { search + "f/" + name + ".json" }
        /// A shard of the buyers' directory.
        public static func buyers(_ key: String) -> String { search + "b/" + key + ".json" }
        /// A shard of the places' directory.
        public static func places(_ key: String) -> String { search + "l/" + key + ".json" }
        /// A sort order's ranks, shard `n`.
        public static func ranks(_ name: String, _ n: Int) -> String { search + "k/\(name)/\(n).json" }
        /// Documents, shard `n`.
        public static func documents(_ n: Int) -> String { search + "docs/\(n).json" }
        /// A shard of the dictionary.
        public static func dictionary(_ shard: String) -> String { search + "d/" + shard + ".json" }
        /// A term's postings; `name` is a safe file name.
        public static func term(_ shard: String, _ name: String) -> String { search + "t/" + shard + "/" + name + ".json" }
        /// A term's postings as the dictionary names them (its shard's folder, then the term).
        public static func termKey(_ shard: String, _ name: String) -> String { shard + "/" + name }
    }

    // MARK: Derived

    /// A list's programmations, in its folder.
    public static func programmations(of folder: String) -> String { folder + programmationsSegment + "/" }

    /// A content page (`content/pages/SLUG.md`).
    public static func contentPage(_ slug: String) -> String { slug + "/" }

    /// The period of a list of programmations (`page/a-venir-2027-t1/`): their kind (coming,
    /// late, published, given up), then the year, or the quarter, of their expected publication.
    public static func programmationPeriod(kind: String, year: Int?, quarter: Int?) -> String {
        (programmationKindSegments[kind] ?? kind) + (year.map { "-\($0)" } ?? "") + (quarter.map { "-t\($0)" } ?? "")
    }
    /// The kinds of programmations as their lists' periods name them.
    static let programmationKindSegments = ["coming": "a-venir", "late": "en-retard", "published": "publiees", "cancelled": "abandonnees"]

    /// Page `n` (from 1) of a paginated list at `base`.
    public static func page(_ base: String, _ n: Int) -> String { n == 1 ? base : base + pageSegment + "/\(n)/" }

    /// The link for a folder path (`annonces/x/` → `/annonces/x/`).
    public func url(_ path: String) -> String { root + path }

    /// The file for a folder path (`annonces/x/` → `annonces/x/index.html`).
    public static func file(_ path: String) -> String { path.isEmpty ? index : path + index }

    /// Segments the lists use beside notice, programmation and buyer pages, and the files in
    /// a list's folder: no record, and no sub-sector, may take them (its page would be a list's).
    public static var reservedSegments: Set<String> {
        Set([pageSegment, archivesSegment, programmationsSegment, buyerNoticesSegment, newestSegment, subscribeSegment, buyersByDepartment, buyersByKind,
             index, rss, atom, jsonFeed, calendar, noticeCalendar] + typeSegments.map(\.1))
    }

    /// First segments no content page may take: the site's own folders, and names kept for it.
    public static var reservedTopLevel: Set<String> {
        Set([notices, programmations, sectors, departments, buyers, alerts, search, assets].map { String($0.dropLast()) }
            + ["feeds", "flux", "index", pageSegment])
    }
}
