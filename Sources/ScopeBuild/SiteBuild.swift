import Dispatch
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
        var report = BuildReport()
        let (site, mapping) = try report.time("config") { try loadConfig(content: content, baseURL: nil) }
        // The pages as the build reads them: a name or link it would refuse fails here too.
        _ = try ContentPagesLoader.load(content.appendingPathComponent("pages"))
        let imported = read(content: content, site: site, report: &report)
        report.record(imported: imported, catalog: index(imported, site: site, mapping: mapping, now: now, report: &report))
        return report
    }

    /// The content read and indexed as a build does, for commands that work from the records
    /// (`scope notify`): the config, the catalog and what the read stage said.
    public static func catalog(content: URL, now: Date? = nil) throws -> (site: SiteConfig, catalog: Catalog, imported: ImportResult) {
        let (site, mapping) = try loadConfig(content: content, baseURL: nil)
        var report = BuildReport()
        let imported = read(content: content, site: site, report: &report)
        return (site, index(imported, site: site, mapping: mapping, now: now, report: &report), imported)
    }

    /// "Now" for a run: the instant given (`--now`), else the config's `now`, else the clock.
    static func now(_ given: Date?, _ site: SiteConfig) -> Date { given ?? site.now ?? Date() }

    /// The read stage, timed in `report`, as `check`, `notify` and `build` run it: the exports
    /// read, through `cache` if given.
    static func read(content: URL, site: SiteConfig, cache: ImportCache? = nil, report: inout BuildReport) -> ImportResult {
        report.time("read") { ContentReader(contentDirectory: content, site: site, cache: cache).read() }
    }

    /// The index stage, timed in `report`, as `check`, `notify` and `build` run it: the catalog
    /// of what was read, at `now` (see `now(_:_:)`).
    static func index(_ imported: ImportResult, site: SiteConfig, mapping: SectorMapping, now: Date?, report: inout BuildReport) -> Catalog {
        report.time("index") {
            Catalog(notices: imported.notices, programmations: imported.programmations, buyers: imported.buyers, awards: imported.awards,
                    site: site, mapping: mapping, now: Self.now(now, site))
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

    public static func build(_ options: BuildOptions, progress: Progress = Progress()) throws -> BuildReport {
        // Whose folder the output is, before anything is read or moved.
        do {
            try StagedOutput.checkOwnership(options.output, protecting: [options.content, options.layouts], force: options.force)
        } catch {
            throw BuildError("\(error); nothing was written")
        }
        var report = BuildReport()
        report.onStage = progress.stage
        let (site, mapping) = try report.time("config") { try loadConfig(content: options.content, baseURL: options.baseURL) }
        let templates: TemplateSet
        do {
            templates = try report.time("templates") { try TemplateSet(directory: options.layouts, language: site.language) }
        } catch let e as TemplateError {
            throw BuildError(e.description)
        }
        let pages = try ContentPagesLoader.load(options.content.appendingPathComponent("pages"))

        // The previous site is taken in hand beside reading and indexing (see PreviousSite).
        let cardsKey = Self.cardsKey(templates)
        let previousSite = PreviousSite(options, cardsKey: cardsKey)
        // Read while the lock is taken on the other thread: an entry is found only by the hash of
        // the bytes it was made from, and the file is replaced whole by a rename, never rewritten.
        let importCache = ImportCache(contentsOf: StagedOutput.besideURL(for: options.output.standardizedFileURL, .records))
        var imported = read(content: options.content, site: site, cache: importCache, report: &report)
        report.cachedFiles = importCache.filesFound
        let cancellation = options.cancellation ?? BuildCancellation()
        do { try cancellation.check() } catch { previousSite.giveBack(); throw error }
        if options.strict {
            let rejected = RecordKind.allCases.reduce(0) { $0 + imported.rejected($1) }
            let fileErrors = imported.diagnostics.filter { $0.severity == .error && $0.kind == nil }.count
            if rejected + fileErrors > 0 {
                report.record(imported: imported, catalog: nil)
                previousSite.giveBack()
                throw StrictFailure(report: report, rejected: rejected, fileErrors: fileErrors)
            }
        }

        let catalog = index(imported, site: site, mapping: mapping, now: options.now, report: &report)
        report.record(imported: imported, catalog: catalog)
        // The catalog holds every record from here on; the read stage's arrays would be a
        // second copy of each record's fields for the rest of the build.
        imported.dropRecords()
        do { try cancellation.check() } catch { previousSite.giveBack(); throw error }

        // Pages whose whole template context is what the current site's file was made from are
        // kept as they are, not rendered again (the fingerprints of the last build, if any).
        let (output, previous, cards) = try report.time("previous site") { try previousSite.wait() }
        let skip = RenderSkip(previous: previous)
        let renderer = SiteRenderer(catalog: catalog, templates: templates, pages: pages, cards: cards)
        var jobs = report.time("plan") { renderer.plan() }
        if let clash = Self.clash(in: jobs.map(\.path)) {
            output.giveBack()
            throw BuildError("\(clash); nothing was written")
        }
        report.pages = Dictionary(grouping: jobs.map(\.path), by: BuildReport.pageKind).mapValues(\.count)
        do { try cancellation.check() } catch { output.giveBack(); throw error }

        do {
            try report.time("render and write") { try write(&jobs, to: output, skip: skip, cancellation: cancellation, progress: progress.files) }
            output.stopWarming()
            try cancellation.check()
            renderer.releaseFeedItems()
            try report.time("cards and assets") {
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
            try report.time("swap") { try output.commit { keys[$0]?.description } }
            report.files = output.counts
        } catch let stop as BuildCancelled {
            // What was written is as good a spare as any: the next build compares every file.
            output.giveBack()
            throw stop
        } catch {
            output.abandon()
            throw BuildError("\(error); the previous site was left as it was")
        }
        if !options.freesMemory { UnfreedMemory.keep([imported, catalog, skip, cards]) }
        return report
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

    /// Renders and writes every job on all cores, in small batches taken by whichever core is
    /// free, from the end of the plan: the search index, feeds and sitemaps there are the
    /// longest jobs, and started first they do not leave one core working alone at the end.
    /// A job whose key is the current file's keeps that file; the others are made and written.
    /// `jobs` is emptied: each job is let go once its file is written, and with it what only
    /// it held (the search index's postings, the feeds' and calendars' items, the sitemap's
    /// paths), so that the site's values are not all held at once.
    static func write(_ jobs: inout [PageJob], to output: StagedOutput, skip: RenderSkip, cancellation: BuildCancellation,
                      progress: @escaping @Sendable (Int, Int) -> Void) throws {
        let batch = 32
        let state = WriteState()
        let paths = jobs.map(\.path)
        var makers: [(() -> Made)?] = jobs.map(\.make)
        jobs = []
        let count = paths.count
        makers.withUnsafeMutableBufferPointer { makers in
            // Each index is taken by one batch only, so no two threads touch the same element.
            let makers = makers
            DispatchQueue.concurrentPerform(iterations: (count + batch - 1) / batch) { b in
                let end = count - b * batch, start = max(0, end - batch)
                if let s = cancellation.signal { state.fail(BuildCancelled(signal: s)); return }
                for i in start..<end {
                    if state.failed { return }
                    guard let make = makers[i] else { continue }
                    makers[i] = nil
                    do {
                        let made = make()
                        if let key = made.key, skip.keeps(paths[i], key, keep: output.keep) { continue }
                        if let pieces = made.pieces { try output.write(paths[i], pieces: pieces) } else { try output.write(paths[i], made.bytes()) }
                    } catch { state.fail(error); return }
                }
                progress(state.finished(end - start), count)
            }
        }
        if let e = state.error { throw e }
    }
}

/// The output folder made ready on another thread while the exports are read and indexed: the
/// lock taken, the staging folder made (the spare tree renamed, or the current site hard-linked),
/// the last build's fingerprints read (`.site.manifest`) and its card texts mapped
/// (`.site.cards`): one core's work on a large site, while the reading leaves the other idle.
final class PreviousSite {
    private let ready: Deferred<Result<(StagedOutput, [String: Fingerprint], CardCache), Error>>

    init(_ options: BuildOptions, cardsKey: String) {
        let output = options.output
        ready = Deferred {
            Result {
                // The lock first: the fingerprints read are then this site's.
                let staged = try StagedOutput(output: output, protecting: [options.content, options.layouts], force: options.force,
                                              stamp: CodeStamp.current)
                // The write stage's lookups begin now, on threads that wait for the disk while
                // the exports are read and the plan made (see InodeWarmer).
                staged.startWarming()
                let previous = staged.takeManifest().compactMapValues { Fingerprint(hex: Substring($0)) }
                let cards = CardCache(contentsOf: StagedOutput.besideURL(for: output.standardizedFileURL, .cards), key: cardsKey)
                return (staged, previous, cards)
            }
        }
    }

    /// The staging folder, the previous fingerprints and card texts; the error of making them.
    func wait() throws -> (StagedOutput, [String: Fingerprint], CardCache) { try ready.value.get() }

    /// For a build that stops before writing: the staging folder goes back to being the spare.
    func giveBack() {
        if let (staged, _, _) = try? wait() { staged.giveBack() }
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

/// What a build leaves unfreed for its process's end (see `BuildOptions.freesMemory`).
enum UnfreedMemory {
    nonisolated(unsafe) private static var kept: [Any] = []
    private static let lock = NSLock()

    static func keep(_ values: [Any]) {
        lock.lock()
        kept += values
        lock.unlock()
    }
}

final class WriteState: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var error: Error?
    private var done = 0
    var failed: Bool { lock.lock(); defer { lock.unlock() }; return error != nil }
    func finished(_ n: Int) -> Int { lock.lock(); defer { lock.unlock() }; done += n; return done }
    func fail(_ e: Error) { lock.lock(); if error == nil { error = e }; lock.unlock() }
}
