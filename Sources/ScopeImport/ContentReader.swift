import Foundation
import ScopeCache
import ScopeModel

/// The read stage: finds every export (the config's sources, then `content/notices/`,
/// `content/programmations/` and `content/buyers/`), tells each one's format, maps foreign
/// records into Scope's fields, validates every record with the same decoders, then checks
/// what records say of each other (ids, buyers) and merges what two files say of one record.
public struct ContentReader {
    public let contentDirectory: URL
    public let site: SiteConfig
    /// What the last build made of the files not in Scope's own format, and what this one keeps.
    public let cache: ImportCache?
    /// What a format may read of the config, and its part of every cache key.
    let settings: ImportSettings
    let settingsKey: Fingerprint?

    public init(contentDirectory: URL, site: SiteConfig, cache: ImportCache? = nil) {
        self.contentDirectory = contentDirectory
        self.site = site
        self.cache = cache
        settings = ImportSettings(site)
        settingsKey = settings.fingerprint
    }

    public func read() -> ImportResult {
        var diagnostics: [Diagnostic] = []
        let files = SourceFiles.list(content: contentDirectory, site: site, diagnostics: &diagnostics)
        return read(files, diagnostics: diagnostics)
    }

    /// Exports handed over in memory (the fuzzing targets use this): each a name ending in
    /// `.json` or `.csv`, the folder it stands for (what a native file holds), and optionally
    /// its format.
    public func read(exports: [(name: String, data: Data, folder: RecordKind?, format: ExportFormat?)]) -> ImportResult {
        read(exports.map { SourceFile(url: URL(fileURLWithPath: "/" + $0.name), display: $0.name, folder: $0.folder, declared: $0.format,
                                      encoding: site.encoding, data: $0.data) }, diagnostics: [])
    }

    func read(_ files: [SourceFile], diagnostics: [Diagnostic]) -> ImportResult {
        var result = ImportResult(notices: [], programmations: [], buyers: [], diagnostics: diagnostics, sources: [])

        // 1. Every file into records in Scope's fields. Native files are validated at once and
        // their raw records dropped (memory stays one file's worth); foreign ones wait for what
        // other files say of them. A format that waits for buyers (DECP) comes last: it keeps the
        // awards of known buyers.
        var imports: [FileImport] = []
        var decoded: [Int: DecodedFile] = [:]
        var waiting: [(Int, ParsedExport)] = []
        // One file after the other: two parsed at once cost more CPU than they saved time
        // (docs/performance.md, "Foreign exports not parsed again").
        for file in files {
            var (fi, deferred) = importCached(file)
            if let deferred { waiting.append((imports.count, deferred)) }
            if fi.format == .scope {
                decoded[imports.count] = decode(fi)
                fi.mapped = []
            }
            imports.append(fi)
        }
        var knownBuyers = Set(decoded.values.flatMap { $0.buyers.map(\.0.id) })
        knownBuyers.formUnion(imports.flatMap { $0.buyers.map(\.buyer.id) })
        let context = ImportContext(site: settings, knownBuyers: knownBuyers)
        for (i, document) in waiting { FormatRegistry.named(imports[i].format)?.read(document: document, into: &imports[i], context: context) }
        // A file that gave nothing says so: a shape no importer reads is never passed over in silence.
        for i in imports.indices where imports[i].read.values.reduce(0, +) == 0 && imports[i].awards.isEmpty && imports[i].updates.isEmpty
            && imports[i].problems.allSatisfy({ $0.severity == .warning && $0.message.hasPrefix("the key ") }) {
            let said = Diagnostic(.warning, at: SourceLocation(file: imports[i].file, position: .none), kind: nil, recordID: nil, field: nil,
                                  "no record found in this file (read as \(imports[i].format.rawValue)"
                                  + (imports[i].shape.map { "; it holds \($0)" } ?? "") + ")")
            if decoded[i] != nil { decoded[i]!.diagnostics.append(said) } else { imports[i].problems.append(said) }
        }

        // 2. BOAMP corrections, cancellations and awards, applied to the notices they name.
        ImportUpdates.apply(&imports)
        // 3. APProch's SIREN buyers: matched to a known buyer's SIRET, else a buyer of their own.
        ImportUpdates.resolveSIRENs(&imports, known: &knownBuyers)
        // 3b. Buyers known only by their name: the buyer of that name known by its SIRET, if one.
        ImportUpdates.resolveNamedBuyers(&imports, native: decoded.sorted { $0.key < $1.key }.flatMap { $0.value.buyers.map(\.0) })

        // 4. Validation of the rest; results kept in file order.
        var notices: [Notice] = []
        var programmations: [Programmation] = []
        var nativeBuyers: [(Buyer, SourceLocation)] = []
        var stats: [String: SourceStats] = [:]  // "file\tkind"
        var statOrder: [String] = []
        func stat(_ file: String, _ format: ExportFormat, _ kind: RecordKind, _ change: (inout SourceStats) -> Void) {
            let key = file + "\t" + kind.rawValue
            if stats[key] == nil { stats[key] = SourceStats(file: file, format: format, kind: kind); statOrder.append(key) }
            change(&stats[key]!)
        }
        for (i, fi) in imports.enumerated() {
            let d = decoded.removeValue(forKey: i) ?? decode(fi)
            imports[i].mapped = []
            for kind in RecordKind.allCases where (fi.read[kind] ?? 0) > 0 {
                stat(fi.file, fi.format, kind) {
                    $0.read = fi.read[kind]!
                    $0.leftOut = fi.leftOut[kind] ?? 0
                    $0.merged = fi.merged[kind] ?? 0
                    $0.rejected = (fi.unmapped[kind] ?? 0) + (d.rejected[kind] ?? 0)
                    $0.imported = d.imported[kind] ?? 0
                    $0.reasons = d.reasons[kind] ?? [:]
                    if kind == .notice { $0.updates = fi.applied }
                }
            }
            // The first file's records are taken as they are, not copied one by one (one
            // notices file is the common case).
            if notices.isEmpty { notices = d.notices } else { notices += d.notices }
            if programmations.isEmpty { programmations = d.programmations } else { programmations += d.programmations }
            nativeBuyers += d.buyers
            if fi.read[.award] != nil { stat(fi.file, fi.format, .award) { $0.imported = fi.awards.count } }
            result.diagnostics += d.diagnostics
        }

        // 5. What records say of each other.
        var rejectedAt: [(SourceLocation, RecordKind)] = []
        var mergedAt: [(SourceLocation, RecordKind)] = []
        var buyers = unique(nativeBuyers.map { ($0.0.id, $0.1, $0.0) }, kind: .buyer, into: &result.diagnostics, rejected: &rejectedAt)
        var buyerIDs = Set(buyers.map(\.id))
        // Buyers an importer made: the first of an id wins; a native buyer of the same id wins over it.
        var made: [(Buyer, Int)] = []  // (buyer, index of its file)
        for (i, fi) in imports.enumerated() {
            for b in fi.buyers where buyerIDs.insert(b.buyer.id).inserted { made.append((b.buyer, i)) }
        }
        // When two files tie, the newer export (modified later) wins: a file's time is looked up
        // only when one of its records ties, not for every file of every build.
        var onDisk: [String: URL] = [:]
        for f in files where f.data == nil { onDisk[f.display] = f.url }
        var times: [String: Double] = [:]
        func modified(_ at: SourceLocation) -> Double {
            if let t = times[at.file] { return t }
            let date = onDisk[at.file].flatMap { (try? FileManager.default.attributesOfItem(atPath: $0.path))?[.modificationDate] as? Date }
            times[at.file] = date?.timeIntervalSince1970 ?? 0
            return times[at.file]!
        }
        let keptNotices = Merge.records(notices, kind: .notice, id: \.id, source: \.source, date: { $0.published },
                                        corrections: { $0.corrections.count }, modified: modified,
                                        fill: Merge.fillNotice, into: &result.diagnostics, rejected: &rejectedAt, merged: &mergedAt)
        let keptProgrammations = Merge.records(programmations, kind: .programmation, id: \.id, source: \.source, date: { $0.announced },
                                               modified: modified,
                                               fill: Merge.fillProgrammation, into: &result.diagnostics, rejected: &rejectedAt, merged: &mergedAt)
        result.notices = keptNotices.allSatisfy({ buyerIDs.contains($0.buyerID) }) ? keptNotices : keptNotices.filter { n in
            if buyerIDs.contains(n.buyerID) { return true }
            result.diagnostics.append(Diagnostic(.error, at: n.source, kind: .notice, recordID: n.id, field: "buyer",
                                                 "unknown buyer \"\(n.buyerID)\" (no such id under buyers/); record rejected"))
            rejectedAt.append((n.source, .notice))
            return false
        }
        result.programmations = keptProgrammations.allSatisfy({ buyerIDs.contains($0.buyerID) }) ? keptProgrammations : keptProgrammations.filter { p in
            if buyerIDs.contains(p.buyerID) { return true }
            result.diagnostics.append(Diagnostic(.error, at: p.source, kind: .programmation, recordID: p.id, field: "buyer",
                                                 "unknown buyer \"\(p.buyerID)\" (no such id under buyers/); record rejected"))
            rejectedAt.append((p.source, .programmation))
            return false
        }
        for (loc, kind) in rejectedAt {
            let key = loc.file + "\t" + kind.rawValue
            stats[key]?.imported -= 1
            stats[key]?.rejected += 1
        }
        for (loc, kind) in mergedAt {
            let key = loc.file + "\t" + kind.rawValue
            stats[key]?.imported -= 1
            stats[key]?.merged += 1
        }
        // An award that concludes a notice of the exports is its buyer's, as the notice names it.
        let noticeBuyer = Dictionary(result.notices.map { ($0.id, $0.buyerID) }, uniquingKeysWith: { a, _ in a })
        for i in imports.indices {
            for (j, a) in imports[i].awards.enumerated() {
                if let n = a.notice, let b = noticeBuyer[n], b != a.buyerID { imports[i].awards[j] = a.buyer(b) }
            }
        }
        // Made buyers are kept only where a kept record names them.
        var named = Set(result.notices.map(\.buyerID)).union(result.programmations.map(\.buyerID))
        named.formUnion(imports.flatMap(\.awards).map(\.buyerID))
        for (b, i) in made where named.contains(b.id) {
            buyers.append(b)
            stat(imports[i].file, imports[i].format, .buyer) { $0.imported += 1 }
        }
        buyerIDs = Set(buyers.map(\.id))
        // An award in two files: the first read is kept, the other merged into it, with a warning.
        var awardAt: [String: SourceLocation] = [:]
        result.awards = imports.flatMap(\.awards).filter { a in
            guard buyerIDs.contains(a.buyerID) else { return false }
            guard let first = awardAt[a.id] else { awardAt[a.id] = a.source; return true }
            result.diagnostics.append(Diagnostic(.warning, at: a.source, kind: .award, recordID: a.id, field: "id",
                                                 "also at \(first); merged: the award read first is shown"))
            let key = a.source.file + "\t" + RecordKind.award.rawValue
            stats[key]?.imported -= 1
            stats[key]?.merged += 1
            return false
        }
        // Exports are often in id order already: checked before sorting (moving whole records).
        if !result.notices.isSorted(by: \.id) { result.notices.sort { $0.id < $1.id } }
        if !result.programmations.isSorted(by: \.id) { result.programmations.sort { $0.id < $1.id } }
        result.buyers = buyers.sorted { $0.id < $1.id }
        result.awards.sort { $0.id < $1.id }
        result.sources = statOrder.map { stats[$0]! }
        return result
    }

    /// The format a JSON export's content shows (for tests and tools).
    public static func detectFormat(json data: Data) -> ExportFormat {
        guard case .success(let root) = JSONRecordReader.parse(data, displayPath: "") else { return .scope }
        return FormatRegistry.detect(.json(root)).name
    }

    private func unique<T>(_ items: [(String, SourceLocation, T)], kind: RecordKind, into diagnostics: inout [Diagnostic],
                           rejected: inout [(SourceLocation, RecordKind)]) -> [T] {
        var first: [String: SourceLocation] = [:]
        var out: [T] = []
        for (id, loc, item) in items {
            if let earlier = first[id] {
                diagnostics.append(Diagnostic(.error, at: loc, kind: kind, recordID: id, field: "id",
                                              "duplicate id, first seen at \(earlier); record rejected"))
                rejected.append((loc, kind))
                continue
            }
            first[id] = loc
            out.append(item)
        }
        return out
    }
}

extension Array {
    /// Whether the elements are in strictly increasing order of `key`.
    func isSorted(by key: (Element) -> String) -> Bool {
        indices.dropFirst().allSatisfy { key(self[$0 - 1]) < key(self[$0]) }
    }
}
