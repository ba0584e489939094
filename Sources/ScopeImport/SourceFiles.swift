import Foundation
import ScopeModel
#if canImport(Glibc)
import Glibc
#endif

/// One export file to read: where it is, the content folder it lies in (which says what a
/// native file holds), and the format the config declares for it.
struct SourceFile {
    let url: URL
    let display: String
    let folder: RecordKind?
    let declared: ExportFormat?
    let encoding: TextEncoding
    /// The bytes, when they are not read from `url` (exports handed over in memory).
    var data: Data? = nil
}

/// Every export to read, in a fixed order: the config's sources in the order they are
/// declared (each glob's matches in path order), then the content folders (`notices/`,
/// `programmations/`, `buyers/`) in path order. A file is read once even if two of these name it.
enum SourceFiles {
    static func list(content: URL, site: SiteConfig, diagnostics: inout [Diagnostic]) -> [SourceFile] {
        var out: [SourceFile] = []
        var seen: Set<String> = []
        let config = SourceFinder.displayPath(content.appendingPathComponent(ConfigLoader.configFile))
        for spec in site.sources {
            let pattern = spec.pattern.hasPrefix("/") ? spec.pattern : content.appendingPathComponent(spec.pattern).path
            let matches = glob(pattern)
            if matches.isEmpty {
                diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: config, position: spec.line.map { .line($0) } ?? .none),
                                              kind: nil, recordID: nil, field: "sources",
                                              "no file matches \"\(spec.pattern)\""))
            }
            for path in matches {
                let url = URL(fileURLWithPath: path).standardizedFileURL
                if seen.insert(url.path).inserted {
                    out.append(SourceFile(url: url, display: SourceFinder.displayPath(url), folder: folderKind(of: url, content: content),
                                          declared: spec.format, encoding: spec.encoding ?? site.encoding))
                }
            }
        }
        for kind in [RecordKind.notice, .programmation, .buyer] {
            for found in SourceFinder.files(in: content.appendingPathComponent(kind.folder), content: content, diagnostics: &diagnostics) {
                let u = found.url.standardizedFileURL
                if seen.insert(u.path).inserted {
                    out.append(SourceFile(url: u, display: SourceFinder.displayPath(u), folder: kind, declared: nil, encoding: site.encoding,
                                          data: found.data))
                }
            }
        }
        return out
    }

    static func folderKind(of url: URL, content: URL) -> RecordKind? {
        let p = url.path, c = content.standardizedFileURL.path
        return [RecordKind.notice, .programmation, .buyer].first { p.hasPrefix(c + "/" + $0.folder + "/") }
    }

    /// Regular files matching a shell pattern, sorted.
    static func glob(_ pattern: String) -> [String] {
        var g = glob_t()
        defer { globfree(&g) }
        guard Glibc.glob(pattern, 0, nil, &g) == 0 else { return [] }
        var paths: [String] = []
        for i in 0..<Int(g.gl_pathc) {
            guard let p = g.gl_pathv[i].map({ String(cString: $0) }) else { continue }
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: p, isDirectory: &isDir), !isDir.boolValue { paths.append(p) }
        }
        return paths.sorted()
    }
}
