import Foundation
import ScopeModel

/// Scope's own records (docs/records.md), JSON or CSV: taken as they are, with a warning per
/// field it does not know. It claims whatever no other format does.
struct ScopeFormat: ImportFormat {
    let name = ExportFormat.scope
    var extensions: Set<String> { ["json", "csv"] }
    var readsRows: Bool { true }
    func claims(fields: Set<String>) -> Bool { true }

    func read(rows: [RawRecord], kind: RecordKind, into out: inout FileImport, context: ImportContext) {
        out.read[kind, default: 0] += rows.count
        let known: Set<String>
        switch kind {
        case .notice: known = NoticeDecoder.fields
        case .programmation: known = ProgrammationDecoder.fields
        case .buyer, .award: known = BuyerDecoder.fields
        }
        Self.reportUnknownFields(rows, known: known, file: out.file, kind: kind, into: &out.problems)
        out.mapped += rows.map { MappedRecord(kind: kind, record: $0) }
    }

    /// One warning per unknown field per file, with how many records carry it.
    static func reportUnknownFields(_ records: [RawRecord], known: Set<String>, file: String, kind: RecordKind,
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
}
