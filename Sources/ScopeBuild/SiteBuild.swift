import Foundation
import ScopeCache
import ScopeImport
import ScopeIndex
import ScopeModel
import ScopeOutput
import ScopeRender

/// The whole pipeline, stage by stage: read exports → validate and normalise → index →
/// render → write. Configuration and templates are checked before any record is read, and
/// nothing reaches the output folder until every file has been written.
public enum SiteBuild {
    /// Reads and validates the content, writes nothing (`scope check`).
    public static func check(content: URL, now: Date? = nil) throws -> BuildReport {
        var stages = StageRunner()
        let loaded = try load(content: content, baseURL: nil, now: now, stages: &stages)
        // The pages as the build reads them: a name or link it would refuse fails here too.
        _ = try stages.run("pages") { try ContentPagesLoader.load(content.appendingPathComponent("pages")) }
        let imported = try read(content: content, loaded, stages: &stages)
        let catalog = try index(imported, loaded, stages: &stages)
        stages.note { $0.record(imported: imported, catalog: catalog) }
        return stages.report
    }

    /// The content read and indexed as a build does, for commands that work from the records
    /// (`scope notify`): the config, the catalog and what the read stage said.
    public static func catalog(content: URL, now: Date? = nil) throws -> (site: SiteConfig, catalog: Catalog, imported: ImportResult) {
        var stages = StageRunner()
        let loaded = try load(content: content, baseURL: nil, now: now, stages: &stages)
        let imported = try read(content: content, loaded, stages: &stages)
        return (loaded.site, try index(imported, loaded, stages: &stages), imported)
    }

    /// What a run knows before it reads a record: the config (with `--base-url`), the sector
    /// mapping, and the instant it runs at, resolved once.
    struct Loaded {
        let site: SiteConfig
        let mapping: SectorMapping
        /// The instant given (`--now`), else the config's `now`, else the clock.
        let now: Date
    }

    /// The config stage, as every command runs it.
    static func load(content: URL, baseURL: String?, now: Date?, stages: inout StageRunner) throws -> Loaded {
        try stages.run("config") {
            let (site, mapping) = try loadConfig(content: content, baseURL: baseURL)
            return Loaded(site: site, mapping: mapping, now: now ?? site.now ?? Date())
        }
    }

    /// The read stage, as `check`, `notify` and `build` run it: the exports read, through
    /// `cache` if given.
    static func read(content: URL, _ loaded: Loaded, cache: ImportCache? = nil, stages: inout StageRunner) throws -> ImportResult {
        try stages.run("read") { ContentReader(contentDirectory: content, site: loaded.site, cache: cache).read() }
    }

    /// The index stage, as `check`, `notify` and `build` run it: the catalog of what was read.
    static func index(_ imported: ImportResult, _ loaded: Loaded, stages: inout StageRunner) throws -> Catalog {
        try stages.run("index") {
            Catalog(notices: imported.notices, programmations: imported.programmations, buyers: imported.buyers, awards: imported.awards,
                    site: loaded.site, mapping: loaded.mapping, now: loaded.now)
        }
    }

    /// Called as files are written (done, total) and when a stage ends (its name, its seconds).
    public struct Progress: Sendable {
        public var files: @Sendable (Int, Int) -> Void
        public var stage: @Sendable (String, Double) -> Void
        public init(files: @escaping @Sendable (Int, Int) -> Void = { _, _ in },
                    stage: @escaping @Sendable (String, Double) -> Void = { _, _ in }) {
            self.files = files
            self.stage = stage
        }
    }

    /// The build, stage by stage. Nothing reaches the output folder before the swap; the
    /// staging folder is settled by `PreviousSite.holding` on every other way out.
    public static func build(_ options: BuildOptions, progress: Progress = Progress()) throws -> BuildReport {
        let cancellation = options.cancellation ?? BuildCancellation()
        var stages = StageRunner(cancellation: cancellation, onStage: progress.stage)
        do {
            return try build(options, stages: &stages, progress: progress)
        } catch let failure as StageFailure {
            throw BuildError("\(failure); nothing was written")
        }
    }

    private static func build(_ options: BuildOptions, stages: inout StageRunner, progress: Progress) throws -> BuildReport {
        // Whose folder the output is, before anything is read or moved.
        try stages.run("output folder") {
            try StagedOutput.checkOwnership(options.output, protecting: [options.content, options.layouts], force: options.force)
        }
        let loaded = try load(content: options.content, baseURL: options.baseURL, now: options.now, stages: &stages)
        let (templates, pages) = try layouts(options, loaded, stages: &stages)

        // The previous site is taken in hand beside reading and indexing (see PreviousSite).
        let cardsKey = Self.cardsKey(templates)
        return try PreviousSite.holding(options, cardsKey: cardsKey) { previousSite in
            // Read while the lock is taken on the other thread: an entry is found only by the hash of
            // the bytes it was made from, and the file is replaced whole by a rename, never rewritten.
            let importCache = ImportCache(contentsOf: StagedOutput.besideURL(for: options.output.standardizedFileURL, .records))
            var imported = try read(content: options.content, loaded, cache: importCache, stages: &stages)
            stages.note { $0.cachedFiles = importCache.filesFound }
            if options.strict {
                let rejected = RecordKind.allCases.reduce(0) { $0 + imported.rejected($1) }
                let fileErrors = imported.diagnostics.filter { $0.severity == .error && $0.kind == nil }.count
                if rejected + fileErrors > 0 {
                    stages.note { $0.record(imported: imported, catalog: nil) }
                    throw StrictFailure(report: stages.report, rejected: rejected, fileErrors: fileErrors)
                }
            }

            let catalog = try index(imported, loaded, stages: &stages)
            stages.note { $0.record(imported: imported, catalog: catalog) }
            // The catalog holds every record from here on; the read stage's arrays would be a
            // second copy of each record's fields for the rest of the build.
            imported.dropRecords()

            // Pages whose whole template context is what the current site's file was made from are
            // kept as they are, not rendered again (the fingerprints of the last build, if any).
            let (previous, cards) = try stages.run("previous site") { try previousSite.wait() }
            let skip = RenderSkip(previous: previous)
            let renderer = SiteRenderer(catalog: catalog, templates: templates, pages: pages, cards: cards)
            var jobs = try plan(renderer, stages: &stages)

            let cancellation = stages.cancellation
            try previousSite.write { output in
                let costs = try stages.run("render and write") {
                    defer { output.stopWarming() }
                    return try write(&jobs, to: output, skip: skip, cancellation: cancellation, measure: options.measuresRender,
                                     progress: progress.files)
                }
                stages.note { $0.render = costs }
                renderer.releaseFeedItems()
                try stages.run("cards and assets") {
                    // Only spares the next build work: if it cannot be written, the last one's stays,
                    // its texts still those of their fingerprints.
                    try? output.writeBeside(.cards) { put in try renderer.writeCards(previous: cards, key: cardsKey, into: put) }
                    try? output.writeBeside(.records) { put in try importCache.write(into: put) }
                    let assets = options.layouts.appendingPathComponent("assets")
                    if FileManager.default.fileExists(atPath: assets.path) {
                        try output.copyTree(from: assets, to: Routes.assets)
                    }
                }
                let keys = skip.fingerprints
                try stages.run("swap") { try output.commit { keys[$0]?.description } }
                stages.note { $0.files = output.counts }
            }
            if !options.freesMemory { UnfreedMemory.keep([imported, catalog, skip, cards]) }
            return stages.report
        }
    }

    /// The site rendered into memory as a build makes it from nothing (no previous site, no files
    /// beside it, no assets copied): for tests of what is rendered, without a disk.
    public static func render(_ options: BuildOptions) throws -> (report: BuildReport, files: [String: [UInt8]]) {
        var stages = StageRunner(cancellation: options.cancellation ?? BuildCancellation())
        do {
            let loaded = try load(content: options.content, baseURL: options.baseURL, now: options.now, stages: &stages)
            let (templates, pages) = try layouts(options, loaded, stages: &stages)
            let imported = try read(content: options.content, loaded, stages: &stages)
            let catalog = try index(imported, loaded, stages: &stages)
            stages.note { $0.record(imported: imported, catalog: catalog) }
            let renderer = SiteRenderer(catalog: catalog, templates: templates, pages: pages, cards: CardCache())
            var jobs = try plan(renderer, stages: &stages)
            let output = MemoryOutput(), cancellation = stages.cancellation
            let costs = try stages.run("render and write") {
                try write(&jobs, to: output, skip: RenderSkip(previous: [:]), cancellation: cancellation, measure: options.measuresRender,
                          progress: { _, _ in })
            }
            stages.note { $0.render = costs }
            return (stages.report, output.files)
        } catch let failure as StageFailure {
            throw BuildError("\(failure)")
        }
    }

    /// The templates and the content pages, as every build loads them.
    static func layouts(_ options: BuildOptions, _ loaded: Loaded, stages: inout StageRunner) throws -> (TemplateSet, [ContentPage]) {
        let templates = try stages.run("templates") { try TemplateSet(directory: options.layouts, language: loaded.site.language) }
        let pages = try stages.run("pages") { try ContentPagesLoader.load(options.content.appendingPathComponent("pages")) }
        return (templates, pages)
    }

    /// The plan stage: every file of the site as a job, none two at one path.
    static func plan(_ renderer: SiteRenderer, stages: inout StageRunner) throws -> [PageJob] {
        let jobs = try stages.run("plan") {
            let jobs = renderer.plan()
            if let clash = Self.clash(in: jobs.map(\.path)) { throw BuildError(clash) }
            return jobs
        }
        stages.note { $0.pages = Dictionary(grouping: jobs.map(\.path), by: BuildReport.pageKind).mapValues(\.count) }
        return jobs
    }

    static func loadConfig(content: URL, baseURL: String?) throws -> (SiteConfig, SectorMapping) {
        do {
            var site = try ConfigLoader.loadSite(contentDirectory: content)
            if let baseURL {
                guard let u = URL(string: baseURL), u.scheme == "http" || u.scheme == "https", u.host != nil else {
                    throw BuildError("--base-url must be an absolute http(s) URL, found \"\(baseURL)\"")
                }
                site.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
            }
            return (site, try ConfigLoader.loadSectors(contentDirectory: content))
        } catch let e as ConfigError {
            throw BuildError(e.description)
        }
    }

    /// Two outputs at one path, or a file where another output needs a folder (a content page
    /// `sitemap.xml.md` would make the sitemap a folder): what is wrong, or nil.
    static func clash(in paths: [String]) -> String? {
        var files = Set<String>()
        files.reserveCapacity(paths.count)
        for p in paths where !files.insert(p).inserted { return "two pages would be written at \(p)" }
        for p in paths {
            var end = p.endIndex
            while let slash = p[..<end].lastIndex(of: "/") {
                let folder = String(p[..<slash])
                if files.contains(folder) { return "\(folder) would be both a file of the site and the folder of \(p)" }
                end = slash
            }
        }
        return nil
    }

    /// What the card texts beside the site are valid for: this program and these templates and
    /// words (see `CardCache`).
    static func cardsKey(_ templates: TemplateSet) -> String {
        CodeStamp.current + " " + templates.fingerprint.description
    }
}

/// `--strict` met a rejected record.
public struct StrictFailure: Error, CustomStringConvertible {
    public let report: BuildReport
    public let rejected: Int
    public let fileErrors: Int
    public var description: String {
        "--strict: \(rejected) record\(rejected == 1 ? "" : "s") rejected and \(fileErrors) unreadable file\(fileErrors == 1 ? "" : "s"); nothing was written"
    }
}

/// What a build leaves unfreed for its process's end (see `BuildOptions.freesMemory`): held by
/// one retain that is never released, so that the values are not freed one by one on return.
enum UnfreedMemory {
    private final class Held {
        let values: [Any]
        init(_ values: [Any]) { self.values = values }
    }

    static func keep(_ values: [Any]) { _ = Unmanaged.passRetained(Held(values)) }
}
