import Foundation
import ScopeImport
import ScopeIndex
import ScopeModel
import ScopeOutput

/// What a build or a check tells the publisher: per kind, records read, built and rejected;
/// per source, the same; every diagnostic; pages per kind; time per stage.
public struct BuildReport: Sendable {
    public struct KindCount: Sendable { public var read = 0, built = 0, rejected = 0 }

    public var counts: [RecordKind: KindCount] = [:]
    public var sources: [SourceStats] = []
    public var diagnostics: [Diagnostic] = []
    public var pages: [String: Int] = [:]
    public var files = WriteCounts()
    public var stages: [(String, Double)] = []
    /// What rendering and writing cost, by family of files (see `RenderCost`).
    public var render: [String: RenderCost] = [:]
    public var openNotices = 0
    /// Export files whose bytes the last build read the same: their mapping was taken from
    /// `.site.records`, not parsed again.
    public var cachedFiles = 0
    /// Told of each stage as it ends (progress lines); not part of the report.
    var onStage: (@Sendable (String, Double) -> Void)?

    public init() {}

    mutating func record(imported: ImportResult, catalog: Catalog?) {
        sources = imported.sources
        diagnostics = imported.diagnostics + (catalog?.diagnostics ?? [])
        for kind in RecordKind.allCases {
            var c = KindCount()
            c.read = imported.read(kind)
            c.rejected = imported.rejected(kind)
            switch kind {
            case .notice: c.built = imported.notices.count
            case .programmation: c.built = imported.programmations.count
            case .buyer: c.built = imported.buyers.count
            case .award: c.built = imported.awards.count
            }
            counts[kind] = c
        }
        openNotices = catalog?.openNotices.count ?? 0
    }

    mutating func time<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        stages.append((stage, seconds))
        onStage?(stage, seconds)
        return value
    }

    /// The first folder of a written path, to count pages by kind.
    static func pageKind(_ path: String) -> String {
        // On bytes: the first folder's name (a path in no folder is its own kind).
        let u = path.utf8
        guard u.contains(0x2F), let start = u.firstIndex(where: { $0 != 0x2F }) else { return path }
        return String(path[start..<(u[start...].firstIndex(of: 0x2F) ?? u.endIndex)])
    }

    public var rejectedTotal: Int { counts.values.reduce(0) { $0 + $1.rejected } }

    /// The report as plain lines: diagnostics first (file by file, in the order each file
    /// reads), then the summary.
    public func text(includeDiagnostics: Bool = true) -> String {
        var lines: [String] = []
        if includeDiagnostics {
            for d in diagnostics {
                lines.append(d.description)
            }
            if !diagnostics.isEmpty { lines.append("") }
        }
        lines.append("Records        read    built  rejected")
        for kind in RecordKind.allCases {
            let c = counts[kind] ?? KindCount()
            lines.append(kind.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)
                         + pad(c.read, 6) + pad(c.built, 9) + pad(c.rejected, 10))
        }
        lines.append("")
        lines.append("Sources")
        for s in sources {
            if s.kind == .buyer, s.read == 0 {
                lines.append("  \(s.file) (\(s.format.rawValue)): buyers made from its records \(s.imported)")
                continue
            }
            var line = "  \(s.file) (\(s.format.rawValue)): \(s.kind.rawValue)s read \(s.read), imported \(s.imported), rejected \(s.rejected)"
            if !s.reasons.isEmpty {
                line += " (" + s.reasons.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + ")"
            }
            if s.updates > 0 { line += ", applied to other notices \(s.updates)" }
            if s.leftOut > 0 { line += ", left out \(s.leftOut)" }
            if s.merged > 0 { line += ", merged \(s.merged)" }
            lines.append(line)
        }
        if cachedFiles > 0 {
            lines.append("  \(cachedFiles) export file\(cachedFiles == 1 ? "" : "s") unchanged since the last build, not parsed again")
        }
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        let errors = diagnostics.count - warnings
        lines.append("")
        lines.append("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"); \(openNotices) notices open")
        if !pages.isEmpty {
            let kinds = pages.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            lines.append("Files: \(pages.values.reduce(0, +)) made (\(kinds))")
            lines.append("Files written \(files.written) (\(files.bytesWritten / 1024) KiB), unchanged \(files.unchanged), removed \(files.removed)")
        }
        if !stages.isEmpty {
            lines.append("Time: " + stages.map { String(format: "%@ %.2f s", $0.0, $0.1) }.joined(separator: ", "))
        }
        return lines.map(Terminal.safe).joined(separator: "\n")  // names and values from data never drive the terminal
    }

    /// The report as JSON, for `--report FILE`: what a monitoring job reads after the night.
    public func json() -> Data {
        func position(_ l: SourceLocation) -> Any {
            switch l.position {
            case .line(let n): return ["line": n]
            case .jsonPath(let p): return ["json_path": p]
            case .none: return NSNull()
            }
        }
        let root: [String: Any] = [
            "records": Dictionary(uniqueKeysWithValues: RecordKind.allCases.map { k -> (String, Any) in
                let c = counts[k] ?? KindCount()
                return (k.rawValue, ["read": c.read, "built": c.built, "rejected": c.rejected])
            }),
            "sources": sources.map { ["file": $0.file, "format": $0.format.rawValue, "kind": $0.kind.rawValue, "read": $0.read,
                                      "imported": $0.imported, "rejected": $0.rejected, "left_out": $0.leftOut, "merged": $0.merged, "updates": $0.updates,
                                      "reasons": $0.reasons] },
            "diagnostics": diagnostics.map { d -> [String: Any] in
                ["severity": d.severity.rawValue, "file": d.location.file, "position": position(d.location),
                 "kind": d.kind?.rawValue ?? NSNull(), "id": d.recordID ?? NSNull(), "field": d.field ?? NSNull(), "message": d.message]
            },
            "pages": pages,
            "files": ["written": files.written, "unchanged": files.unchanged, "removed": files.removed, "bytes_written": files.bytesWritten],
            "open_notices": openNotices,
            "files_not_parsed_again": cachedFiles,
            "stages": stages.map { ["stage": $0.0, "seconds": ($0.1 * 1000).rounded() / 1000] },
            "render": render.mapValues {
                ["files": $0.files, "made": $0.made, "cpu_seconds": ($0.cpuSeconds * 1000).rounded() / 1000,
                 "kept_cpu_seconds": ($0.keptSeconds * 1000).rounded() / 1000]
            },
        ]
        return (try? JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
    }

    private func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: " ", count: max(0, width - s.count)) + s
    }
}
