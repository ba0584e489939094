import Foundation
import ScopeModel
#if canImport(Glibc)
import Glibc
#endif

/// Lists the export files of a folder (the extensions some format reads: `.json`, `.csv`, `.xml`), recursively, in path order so that
/// every run reads them in the same order. A symbolic link is read when it points to a file
/// inside the content folder; any other is reported and not read (a file elsewhere is named
/// under `sources:` in the config instead).
enum SourceFinder {
    static func files(in folder: URL, content: URL, diagnostics: inout [Diagnostic]) -> [URL] {
        let fm = FileManager.default
        guard let walker = fm.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey]) else { return [] }
        var found: [URL] = []
        for case let url as URL in walker {
            let name = url.lastPathComponent
            if name.hasPrefix(".") { continue }
            var st = stat()
            guard lstat(url.path, &st) == 0 else { continue }
            if (st.st_mode & S_IFMT) == S_IFLNK {
                var t = stat()
                let isFile = stat(url.path, &t) == 0 && (t.st_mode & S_IFMT) == S_IFREG
                let outside = FileLinks.outsideTarget(of: url.path, folder: content.path)
                guard isFile, outside == nil else {
                    let target = outside ?? FileLinks.resolved(url.path) ?? "(nowhere)"
                    diagnostics.append(Diagnostic(.error, at: SourceLocation(file: displayPath(url), position: .none), kind: nil, recordID: nil, field: nil,
                                                  "a symbolic link to \(target), " + (isFile ? "outside the content folder" : "which is not a file")
                                                  + ": not read (name a file elsewhere under sources: in config.yaml)"))
                    continue
                }
            } else if (st.st_mode & S_IFMT) != S_IFREG {
                continue
            }
            if FormatRegistry.extensions.contains(url.pathExtension.lowercased()) {
                found.append(url)
            } else {
                let known = FormatRegistry.extensions.sorted().map { "." + $0 }.joined(separator: ", ")
                diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: displayPath(url), position: .none),
                                              kind: nil, recordID: nil, field: nil, "not an export Scope reads (\(known)), ignored"))
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
