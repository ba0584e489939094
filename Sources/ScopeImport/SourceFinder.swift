import Foundation
import ScopeModel

/// Lists the export files of a folder: `.json` and `.csv`, recursively, in path order so that
/// every run reads them in the same order.
enum SourceFinder {
    static func files(in folder: URL, diagnostics: inout [Diagnostic]) -> [URL] {
        let fm = FileManager.default
        guard let walker = fm.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var found: [URL] = []
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let name = url.lastPathComponent
            if name.hasPrefix(".") { continue }
            switch url.pathExtension.lowercased() {
            case "json", "csv": found.append(url)
            default:
                diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: displayPath(url), position: .none),
                                              kind: nil, recordID: nil, field: nil, "not a .json or .csv file, ignored"))
            }
        }
        return found.sorted { $0.path < $1.path }
    }

    /// The path relative to the current folder where it lies below it, else absolute.
    static func displayPath(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let p = url.standardizedFileURL.path
        return p.hasPrefix(cwd + "/") ? String(p.dropFirst(cwd.count + 1)) : p
    }
}
