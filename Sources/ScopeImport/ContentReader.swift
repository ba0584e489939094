import Foundation
import ScopeConcurrency
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

    /// One file's records, validated.
    struct DecodedFile {
        var notices: [Notice] = []
        var programmations: [Programmation] = []
        var buyers: [(Buyer, SourceLocation)] = []
        /// The file's messages, in the order the file reads.
        var diagnostics: [Diagnostic] = []
        var imported: [RecordKind: Int] = [:]
        /// Rejected by validation (the importer's own rejections are counted in the import).
        var rejected: [RecordKind: Int] = [:]
        /// The fields at fault in every rejection of the file, importer's and validation's.
        var reasons: [RecordKind: [String: Int]] = [:]
    }

    /// Validates a file's records, on every core.
    func decode(_ fi: FileImport) -> DecodedFile {
        var out = DecodedFile()
        var fileDiagnostics = fi.problems
        for d in fi.problems where d.severity == .error && d.kind != nil {
            out.reasons[d.kind!, default: [:]][d.field ?? "record", default: 0] += 1
        }
        let site = self.site
        let results = Parallel.map(fi.mapped) { m -> (Decoded?, [Diagnostic]) in
            let (value, ds): (Decoded?, [Diagnostic])
            switch m.kind {
            case .notice:
                let (n, d) = NoticeDecoder.decode(m.record, site: site)
                (value, ds) = (n.map(Decoded.notice), d)
            case .programmation:
                let (p, d) = ProgrammationDecoder.decode(m.record, site: site)
                (value, ds) = (p.map(Decoded.programmation), d)
            case .buyer, .award:
                let (b, d) = BuyerDecoder.decode(m.record, site: site)
                (value, ds) = (b.map { Decoded.buyer($0, m.record.location) }, d)
            }
            guard fi.format != .scope else { return (value, ds) }
            return (value, ds.map { Diagnostic($0.severity, at: $0.location, kind: $0.kind, recordID: $0.recordID,
                                               field: m.exportField($0.field), $0.message) })
        }
        for (m, (value, d)) in zip(fi.mapped, results) {
            fileDiagnostics += d
            switch value {
            case .notice(let n)?: out.notices.append(n)
            case .programmation(let p)?: out.programmations.append(p)
            case .buyer(let b, let loc)?: out.buyers.append((b, loc))
            case nil:
                out.rejected[m.kind, default: 0] += 1
                for e in d where e.severity == .error { out.reasons[m.kind, default: [:]][e.field ?? "record", default: 0] += 1 }
            }
            if value != nil { out.imported[m.kind, default: 0] += 1 }
        }
        // In the order the file reads (a stable sort keeps each record's messages together).
        out.diagnostics = fileDiagnostics.enumerated()
            .sorted { ($0.element.location.order, $0.offset) < ($1.element.location.order, $1.offset) }.map(\.element)
        return out
    }

    enum Decoded {
        case notice(Notice)
        case programmation(Programmation)
        case buyer(Buyer, SourceLocation)
    }

    /// One file, from the cache when the last build read the same bytes the same way.
    func importCached(_ file: SourceFile) -> (FileImport, ParsedExport?) {
        guard let cache, let settingsKey, let data = file.data ?? FileManager.default.contents(atPath: file.url.path) else {
            return importFile(file)
        }
        let key = ImportCache.key(file, data: data, settings: settingsKey)
        if let fi = cache.lookup(key) { return (fi, nil) }
        var read = file
        read.data = data
        let (fi, deferred) = importFile(read)
        if deferred == nil, fi.format != .scope { cache.store(fi, key: key) }
        return (fi, deferred)
    }

    /// One file: its text, its format (declared, or told from its content), its records in
    /// Scope's fields. A file whose format waits for every buyer comes back parsed, to be read then.
    func importFile(_ file: SourceFile) -> (FileImport, ParsedExport?) {
        let display = file.display
        var fi = FileImport(file: display, format: file.declared ?? .scope)
        let whole = SourceLocation(file: display, position: .none)
        let context = ImportContext(site: settings)
        guard let data = file.data ?? FileManager.default.contents(atPath: file.url.path) else {
            fi.problems.append(Diagnostic(.error, at: whole, kind: nil, recordID: nil, field: nil, "cannot read the file"))
            return (fi, nil)
        }
        let declared = file.declared.flatMap(FormatRegistry.named)
        let ext = file.url.pathExtension.lowercased()
        if ext == "xml" || declared?.extensions == ["xml"] {
            switch XMLTree.parse(data) {
            case .failure(let f):
                fi.problems.append(Diagnostic(.error, at: SourceLocation(file: display, position: .line(f.line)), kind: nil, recordID: nil,
                                              field: nil, "not well-formed XML: \(f.message) (line \(f.line)); no record of this file was read"))
                return (fi, nil)
            case .success(let root):
                fi.shape = "an XML document whose root is <\(root.name)>"
                let document = ParsedExport.xml(root)
                let format = declared ?? FormatRegistry.all.first { $0.claims(document) } ?? EFormsFormat()
                fi.format = format.name
                guard !format.readsRows, format.extensions.contains("xml") else {
                    fi.problems.append(Diagnostic(.error, at: whole, kind: nil, recordID: nil, field: nil,
                                                  "\(format.name.rawValue) exports are not XML; this file was not read"))
                    return (fi, nil)
                }
                if format.waitsForBuyers { return (fi, document) }
                format.read(document: document, into: &fi, context: context)
                return (fi, nil)
            }
        }
        if ext == "json" {
            var json = data
            if file.encoding != .utf8 {
                switch TextDecoding.text(data, encoding: file.encoding, file: display) {
                case .failure(let d): fi.problems.append(d); return (fi, nil)
                case .success(let s): json = Data(s.utf8)
                }
            }
            let doc: JSONRecordScanner.Document
            switch JSONRecordReader.parse(json, displayPath: display, kind: file.folder ?? .notice, warnings: &fi.problems) {
            case .failure(let failure):
                if file.encoding == .utf8, case .failure(let e) = TextDecoding.text(data, encoding: .utf8, file: display) {
                    fi.problems.append(e)
                    return (fi, nil)
                }
                fi.problems.append(failure.diagnostic)
                return (fi, nil)
            case .success(let d): doc = d
            }
            let root = doc.root
            if let salvage = doc.salvage {
                // A file that did not parse whole: its records one by one, for the formats that read rows.
                let records = JSONRecordReader.firstRecord(in: root)
                let format = declared ?? FormatRegistry.detect(fields: Set(records?.keys.map { $0 } ?? []))
                fi.format = format.name
                guard format.readsRows else {
                    fi.problems.append(Diagnostic(.error, at: whole, kind: nil, recordID: nil, field: nil,
                                                  "not valid JSON \(salvage.reason); no record of this file was read"))
                    return (fi, nil)
                }
                let kind = format.rowKind ?? file.folder ?? Self.nativeKind(of: root)
                let (rows, problems) = JSONRecordReader(displayPath: display, kind: kind).records(in: root, salvage: salvage)
                take(rows, Self.relabelled(salvage.problems, kind: kind) + problems, kind: kind, format: format, into: &fi)
                return (fi, nil)
            }
            fi.shape = Self.describe(root)
            let document = ParsedExport.json(root)
            let format = declared ?? FormatRegistry.detect(document)
            fi.format = format.name
            if format.waitsForBuyers { return (fi, document) }
            if format.readsRows {
                let kind = format.rowKind ?? file.folder ?? Self.nativeKind(of: root)
                let (records, problems) = JSONRecordReader(displayPath: display, kind: kind).records(in: root)
                take(records, problems, kind: kind, format: format, into: &fi)
            } else {
                format.read(document: document, into: &fi, context: context)
            }
            return (fi, nil)
        }
        let text: String
        switch TextDecoding.text(data, encoding: file.encoding, file: display) {
        case .failure(let d): fi.problems.append(d); return (fi, nil)
        case .success(let s): text = s
        }
        let (records, problems) = CSVRecordReader(displayPath: display, kind: file.folder ?? .notice).read(text)
        let fields = Set(records.first?.fields.keys.map { $0 } ?? [])
        let format = declared ?? FormatRegistry.detect(fields: fields)
        fi.format = format.name
        guard format.readsRows, format.extensions.contains("csv") else {
            fi.problems.append(Diagnostic(.error, at: whole, kind: nil, recordID: nil, field: nil,
                                          "\(format.name.rawValue.uppercased()) exports are not CSV; this CSV file was not read"))
            return (fi, nil)
        }
        let kind = format.rowKind ?? file.folder ?? Self.nativeKind(fields: fields)
        take(records, Self.relabelled(problems, kind: kind), kind: kind, format: format, into: &fi)
        return (fi, nil)
    }

    /// Record-level messages (those with a kind) given the kind the file's format reads.
    static func relabelled(_ problems: [Diagnostic], kind: RecordKind) -> [Diagnostic] {
        problems.map { d in d.kind == nil ? d : Diagnostic(d.severity, at: d.location, kind: kind, recordID: d.recordID, field: d.field, d.message) }
    }

    /// Hands a file's records to its format.
    private func take(_ records: [RawRecord], _ problems: [Diagnostic], kind: RecordKind, format: any ImportFormat, into fi: inout FileImport) {
        // Record-level problems (a non-object, a ragged row) are records read and rejected.
        let recordProblems = problems.filter { $0.kind != nil }.count
        fi.problems += problems
        fi.read[kind, default: 0] += recordProblems
        fi.unmapped[kind, default: 0] += recordProblems
        format.read(rows: records, kind: kind, into: &fi, context: ImportContext(site: settings))
    }

    /// A JSON document in a few words: "an object with keys a, b, c", "an empty array".
    static func describe(_ root: RawValue) -> String {
        switch root {
        case .list(let l): return l.isEmpty ? "an empty array" : "an array of \(l.count) element\(l.count == 1 ? "" : "s")"
        case .object(let o):
            let keys = o.keys.sorted()
            return o.isEmpty ? "an empty object" : "an object with keys " + keys.prefix(8).joined(separator: ", ") + (keys.count > 8 ? "…" : "")
        default: return root.excerpt
        }
    }

    /// A native file outside the content folders holds what its fields say.
    static func nativeKind(fields: Set<String>) -> RecordKind {
        if fields.contains("deadline") { return .notice }
        if fields.contains("expected_publication") { return .programmation }
        return fields.contains("kind") ? .buyer : .notice
    }

    static func nativeKind(of root: RawValue) -> RecordKind {
        var first: RawValue?
        switch root {
        case .list(let l): first = l.first
        case .object: return nativeKind(fields: Set(JSONRecordReader.firstRecord(in: root)?.keys.map { $0 } ?? []))
        default: break
        }
        return nativeKind(fields: Set(Loose.object(first)?.keys.map { $0 } ?? []))
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
