import Foundation
import ScopeModel

/// The read stage: finds every export under `content/notices/`, `content/programmations/`
/// and `content/buyers/`, reads JSON and CSV, validates each record, then checks what
/// records say of each other (unique ids, known buyers).
public struct ContentReader {
    public let contentDirectory: URL
    public let site: SiteConfig

    public init(contentDirectory: URL, site: SiteConfig) {
        self.contentDirectory = contentDirectory
        self.site = site
    }

    public func read() -> ImportResult {
        var result = ImportResult(notices: [], programmations: [], buyers: [], diagnostics: [], sources: [])
        var buyers: [(Buyer, SourceLocation)] = []
        var notices: [Notice] = []
        var programmations: [Programmation] = []
        for kind in RecordKind.allCases {
            for file in SourceFinder.files(in: contentDirectory.appendingPathComponent(kind.folder), diagnostics: &result.diagnostics) {
                let display = SourceFinder.displayPath(file)
                let (records, problems) = readRecords(file, display: display, kind: kind)
                var fileDiagnostics = problems
                var stats = SourceStats(file: display, kind: kind)
                // Record-level problems (a non-object, a ragged row) are records read and rejected.
                stats.rejected = problems.filter { $0.kind != nil }.count
                stats.read = records.count + stats.rejected
                let known: Set<String>
                switch kind {
                case .notice: known = NoticeDecoder.fields
                case .programmation: known = ProgrammationDecoder.fields
                case .buyer: known = BuyerDecoder.fields
                }
                reportUnknownFields(records, known: known, file: display, kind: kind, into: &fileDiagnostics)
                // Records decode on every core; results are kept in file order.
                let decoded = Self.parallelMap(records) { record -> (Decoded?, [Diagnostic]) in
                    switch kind {
                    case .notice:
                        let (n, d) = NoticeDecoder.decode(record, site: site)
                        return (n.map(Decoded.notice), d)
                    case .programmation:
                        let (p, d) = ProgrammationDecoder.decode(record, site: site)
                        return (p.map(Decoded.programmation), d)
                    case .buyer:
                        let (b, d) = BuyerDecoder.decode(record, site: site)
                        return (b.map { Decoded.buyer($0, record.location) }, d)
                    }
                }
                for (value, d) in decoded {
                    fileDiagnostics += d
                    switch value {
                    case .notice(let n)?: notices.append(n)
                    case .programmation(let p)?: programmations.append(p)
                    case .buyer(let b, let loc)?: buyers.append((b, loc))
                    case nil: break
                    }
                    if value == nil { stats.rejected += 1 } else { stats.imported += 1 }
                }
                // In the order the file reads (a stable sort keeps each record's messages together).
                result.diagnostics += fileDiagnostics.enumerated()
                    .sorted { ($0.element.location.order, $0.offset) < ($1.element.location.order, $1.offset) }.map(\.element)
                result.sources.append(stats)
            }
        }
        // Cross-record checks: the first record of an id wins (files in path order, then position).
        var rejectedAt: [SourceLocation] = []
        result.buyers = unique(buyers.map { ($0.0.id, $0.1, $0.0) }, kind: .buyer, into: &result.diagnostics, rejected: &rejectedAt)
        let buyerIDs = Set(result.buyers.map(\.id))
        let keptNotices = unique(notices.map { ($0.id, $0.source, $0) }, kind: .notice, into: &result.diagnostics, rejected: &rejectedAt)
        let keptProgrammations = unique(programmations.map { ($0.id, $0.source, $0) }, kind: .programmation,
                                        into: &result.diagnostics, rejected: &rejectedAt)
        result.notices = keptNotices.filter { n in
            if buyerIDs.contains(n.buyerID) { return true }
            result.diagnostics.append(Diagnostic(.error, at: n.source, kind: .notice, recordID: n.id, field: "buyer",
                                                 "unknown buyer \"\(n.buyerID)\" (no such id under buyers/); record rejected"))
            rejectedAt.append(n.source)
            return false
        }
        result.programmations = keptProgrammations.filter { p in
            if buyerIDs.contains(p.buyerID) { return true }
            result.diagnostics.append(Diagnostic(.error, at: p.source, kind: .programmation, recordID: p.id, field: "buyer",
                                                 "unknown buyer \"\(p.buyerID)\" (no such id under buyers/); record rejected"))
            rejectedAt.append(p.source)
            return false
        }
        for loc in rejectedAt {
            if let i = result.sources.firstIndex(where: { $0.file == loc.file }) {
                result.sources[i].imported -= 1
                result.sources[i].rejected += 1
            }
        }
        result.notices.sort { $0.id < $1.id }
        result.programmations.sort { $0.id < $1.id }
        result.buyers.sort { $0.id < $1.id }
        return result
    }

    enum Decoded {
        case notice(Notice)
        case programmation(Programmation)
        case buyer(Buyer, SourceLocation)
    }

    /// `map` on all cores, in order.
    static func parallelMap<T>(_ items: [RawRecord], _ transform: (RawRecord) -> T) -> [T] {
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        guard items.count > 256, workers > 1 else { return items.map(transform) }
        var out = [T?](repeating: nil, count: items.count)
        let chunk = (items.count + workers * 4 - 1) / (workers * 4)
        out.withUnsafeMutableBufferPointer { buffer in
            let base = buffer
            DispatchQueue.concurrentPerform(iterations: (items.count + chunk - 1) / chunk) { c in
                for i in (c * chunk)..<min((c + 1) * chunk, items.count) { base[i] = transform(items[i]) }
            }
        }
        return out.map { $0! }
    }

    private func readRecords(_ file: URL, display: String, kind: RecordKind) -> ([RawRecord], [Diagnostic]) {
        let whole = SourceLocation(file: display, position: .none)
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return ([], [Diagnostic(.error, at: whole, kind: nil, recordID: nil, field: nil, "cannot read the file")])
        }
        switch file.pathExtension.lowercased() {
        case "json":
            return JSONRecordReader(displayPath: display, kind: kind).read(data)
        default:
            guard let text = String(data: data, encoding: .utf8) else {
                return ([], [Diagnostic(.error, at: whole, kind: nil, recordID: nil, field: nil,
                                        "not UTF-8 text; save the export as UTF-8 (no record of this file was read)")])
            }
            return CSVRecordReader(displayPath: display, kind: kind).read(text)
        }
    }

    /// One warning per unknown field per file, with how many records carry it.
    private func reportUnknownFields(_ records: [RawRecord], known: Set<String>, file: String, kind: RecordKind,
                                     into diagnostics: inout [Diagnostic]) {
        var counts: [String: (Int, SourceLocation)] = [:]
        for r in records {
            for key in r.fields.keys where !known.contains(key) {
                counts[key] = ((counts[key]?.0 ?? 0) + 1, counts[key]?.1 ?? r.location)
            }
        }
        for (key, (n, loc)) in counts.sorted(by: { $0.key < $1.key }) {
            diagnostics.append(Diagnostic(.warning, at: loc, kind: kind, recordID: nil, field: key,
                                          "unknown field, ignored (in \(n) record\(n > 1 ? "s" : "") of this file)"))
        }
    }

    private func unique<T>(_ items: [(String, SourceLocation, T)], kind: RecordKind, into diagnostics: inout [Diagnostic],
                           rejected: inout [SourceLocation]) -> [T] {
        var first: [String: SourceLocation] = [:]
        var out: [T] = []
        for (id, loc, item) in items {
            if let earlier = first[id] {
                diagnostics.append(Diagnostic(.error, at: loc, kind: kind, recordID: id, field: "id",
                                              "duplicate id, first seen at \(earlier); record rejected"))
                rejected.append(loc)
                continue
            }
            first[id] = loc
            out.append(item)
        }
        return out
    }
}
