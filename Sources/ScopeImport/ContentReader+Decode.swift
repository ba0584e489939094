import Foundation
import ScopeCache
import ScopeConcurrency
import ScopeModel

/// A file's records in Scope's fields, through the decoders every record goes through, on
/// every core.
extension ContentReader {
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
}
