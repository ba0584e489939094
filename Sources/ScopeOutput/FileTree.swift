import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A folder's files, walked with `readdir`: the staging folder's when the spare has no list,
/// the current site's when it is linked into a new staging folder.
public enum FileTree {
    /// The regular files under a folder, relative to it.
    public static func files(under root: String) -> [String] {
        var files: [String] = []
        walk(root) { rel, isFolder in if !isFolder { files.append(rel) } }
        return files
    }

    /// Calls `visit` with each regular file and folder under `root` (relative path, whether it
    /// is a folder), a folder before what it holds; symbolic links and others are skipped.
    /// `readdir` gives each entry's type, so no `stat` per file (FileManager's enumerator and a
    /// `lstat` each are slow on a large site).
    public static func walk(_ root: String, _ visit: (String, Bool) throws -> Void) rethrows {
        func list(_ rel: String) throws {
            guard let dir = opendir(rel.isEmpty ? root : root + "/" + rel) else { return }
            var entries: [(String, Bool)] = []
            while let entry = readdir(dir) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
                }
                if name == "." || name == ".." { continue }
                let path = rel.isEmpty ? name : rel + "/" + name
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) {  // file systems that do not say
                    var st = stat()
                    guard lstat(root + "/" + path, &st) == 0 else { continue }
                    type = (st.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR) : (st.st_mode & S_IFMT) == S_IFREG ? Int32(DT_REG) : -1
                }
                if type == Int32(DT_DIR) || type == Int32(DT_REG) { entries.append((path, type == Int32(DT_DIR))) }
            }
            closedir(dir)
            for (path, isFolder) in entries {
                try visit(path, isFolder)
                if isFolder { try list(path) }
            }
        }
        try list("")
    }

    /// Mirrors a folder with hard links (a copy where linking is refused); returns the files.
    public static func linkTree(from source: String, to destination: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: destination, withIntermediateDirectories: true)
        var files: [String] = []
        try walk(source) { rel, isFolder in
            let from = source + "/" + rel, to = destination + "/" + rel
            if isFolder {
                mkdir(to, 0o755)
            } else {
                if link(from, to) != 0 { try FileManager.default.copyItem(atPath: from, toPath: to) }
                files.append(rel)
            }
        }
        return files
    }
}
