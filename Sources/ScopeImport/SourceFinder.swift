import Foundation
import ScopeModel
#if canImport(Glibc)
import Glibc
#endif

/// Lists the export files of a folder (the extensions some format reads: `.json`, `.csv`, `.xml`), recursively, in path order so that
/// every run reads them in the same order; a file whose name is not UTF-8 is read too, and said. A symbolic link is read when it points to a file
/// inside the content folder; any other is reported and not read (a file elsewhere is named
/// under `sources:` in the config instead).
enum SourceFinder {
    /// An export found: its place, and its bytes when its name is not UTF-8 (a URL cannot hold
    /// it; it is read through the raw path and shown with `�` for the bytes that are not text).
    struct Found {
        let url: URL
        var data: Data?
    }

    static func files(in folder: URL, content: URL, diagnostics: inout [Diagnostic]) -> [Found] {
        var found: [Found] = []
        walk(Array(folder.standardizedFileURL.path.utf8), shown: folder.standardizedFileURL.path, content: content, into: &found, diagnostics: &diagnostics)
        return found.sorted { $0.url.path < $1.url.path }
    }

    /// One folder, by its raw path (`readdir`'s names are bytes), and the folders below it.
    private static func walk(_ raw: [UInt8], shown: String, content: URL, into found: inout [Found], diagnostics: inout [Diagnostic]) {
        guard let dir = raw.withUnsafeBufferPointer({ b -> OpaquePointer? in
            var path = Array(b); path.append(0)
            return path.withUnsafeBufferPointer { opendir(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self)) }
        }) else { return }
        defer { closedir(dir) }
        var entries: [[UInt8]] = []
        while let e = readdir(dir) {
            let name = withUnsafeBytes(of: e.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if name.first == UInt8(ascii: ".") { continue }
            entries.append(name)
        }
        for name in entries.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let path = raw + [UInt8(ascii: "/")] + name
            let text = String(validating: name, as: UTF8.self)
            let shownPath = shown + "/" + (text ?? String(decoding: name, as: UTF8.self))
            var cpath = path.map { CChar(bitPattern: $0) }
            cpath.append(0)
            var st = stat()
            guard lstat(cpath, &st) == 0 else { continue }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                walk(path, shown: shownPath, content: content, into: &found, diagnostics: &diagnostics)
                continue
            }
            let url = URL(fileURLWithPath: shownPath)
            if (st.st_mode & S_IFMT) == S_IFLNK {
                var t = stat()
                let isFile = stat(cpath, &t) == 0 && (t.st_mode & S_IFMT) == S_IFREG
                let outside = text == nil ? "(a name that is not UTF-8)" : FileLinks.outsideTarget(of: url.path, folder: content.path)
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
            guard FormatRegistry.extensions.contains(url.pathExtension.lowercased()) else {
                let known = FormatRegistry.extensions.sorted().map { "." + $0 }.joined(separator: ", ")
                diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: displayPath(url), position: .none),
                                              kind: nil, recordID: nil, field: nil, "not an export Scope reads (\(known)), ignored"))
                continue
            }
            guard text == nil else { found.append(Found(url: url)); continue }
            // A name that is not UTF-8 (an export saved on an old system): read, and said.
            let fd = open(cpath, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { continue }
            let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
            let data = (try? handle.readToEnd()) ?? Data()
            diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: displayPath(url), position: .none), kind: nil, recordID: nil, field: nil,
                                          "the file's name is not UTF-8 (shown with \u{FFFD} for the bytes that are not); read all the same: "
                                          + "rename it in UTF-8 so that every tool can name it"))
            found.append(Found(url: url, data: data))
        }
    }

    /// The path relative to the current folder where it lies below it, else absolute.
    static func displayPath(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let p = url.standardizedFileURL.path
        return p.hasPrefix(cwd + "/") ? String(p.dropFirst(cwd.count + 1)) : p
    }
}
