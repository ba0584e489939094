import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Symbolic links in the folders a build reads (content, layouts) are followed only to what
/// lies inside the folder they are in; one rule for exports, pages and assets.
public enum FileLinks {
    /// The path with every symbolic link on it resolved, or nil when it leads nowhere.
    public static func resolved(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        return realpath(path, &buffer).map { String(cString: $0) }
    }

    /// Where `path` leads when it is a symbolic link to something outside `folder` (or to
    /// nothing: "(nowhere)"); nil when it is no link, or a link inside the folder.
    public static func outsideTarget(of path: String, folder: String) -> String? {
        var st = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFLNK else { return nil }
        let root = resolved(folder) ?? folder
        guard let target = resolved(path) else { return "(nowhere)" }
        return target.hasPrefix(root + "/") ? nil : target
    }
}
