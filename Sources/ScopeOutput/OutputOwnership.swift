import Foundation
import ScopeModel
#if canImport(Glibc)
import Glibc
#endif

/// Which folders a build may replace. A build moves the output folder's files aside and deletes
/// those it no longer makes, so it takes only the very folder Scope made: the one whose device
/// and inode the manifest beside it names (`.site.manifest`, written by every build for the
/// folder that becomes the site). The marker file (`.scope-site`) says to a person that the
/// folder is Scope's, but proves nothing: `cp -a site/. www/` or `rsync -a` copies it into a
/// web root that also holds the publisher's own files, and such a folder is refused.
/// Everything is checked before anything moves.
public enum OutputOwnership {
    /// The file every build leaves at the root of the site.
    public static let markerName = ".scope-site"
    static let markerBytes = Array("This folder is a site made by Scope (scope build): each build replaces its files.\n".utf8)

    /// How the output folder was found.
    enum Standing {
        /// Not there, or an empty folder.
        case new
        /// The manifest beside it names this very folder (device and inode).
        case manifested
        /// Not Scope's, taken over because the publisher said so (`--force`).
        case forced
    }

    /// Throws, naming the path, unless a build may write `output`: not empty, not `/`, the home
    /// folder or above it, not a symbolic link, neither inside nor around a `protected` folder
    /// (content, layouts), not a file, and, when it holds anything, made by Scope (or `force`).
    /// The spare beside it must be a real folder made by Scope too.
    @discardableResult
    static func check(_ output: URL, protecting protected: [URL], force: Bool) throws -> Standing {
        let path = output.standardizedFileURL.path
        guard !path.isEmpty, path != "/" else { throw OutputError("refusing to write the site into \"/\": give --output a folder of its own") }
        let real = realLocation(path)
        let home = realLocation(NSHomeDirectory())
        if real == home || home.hasPrefix(real == "/" ? "/" : real + "/") {
            throw OutputError("refusing to write the site into \(path): it is the home folder or holds it; give --output a folder of its own")
        }
        for folder in protected {
            let p = realLocation(folder.standardizedFileURL.path)
            if real == p || real.hasPrefix(p + "/") || p.hasPrefix(real + "/") {
                throw OutputError("refusing to write the site into \(path): it is, holds or lies inside \(folder.standardizedFileURL.path), "
                                  + "which the build reads; give --output a folder of its own")
            }
        }
        var st = stat()
        guard lstat(path, &st) == 0 else { return .new }
        if (st.st_mode & S_IFMT) == S_IFLNK {
            throw OutputError("refusing to write the site into \(path): it is a symbolic link, which Scope never follows; give the folder it points to")
        }
        guard (st.st_mode & S_IFMT) == S_IFDIR else {
            throw OutputError("refusing to write the site into \(path): it is a file, not a folder")
        }
        let standing: Standing
        if manifestNames(st, beside: output) {
            standing = .manifested
        } else if let entries = try? FileManager.default.contentsOfDirectory(atPath: path), entries.isEmpty {
            standing = .new
        } else if force {
            standing = .forced
        } else if isMarked(path) {
            throw OutputError("refusing to write the site into \(path): it holds Scope's \(markerName) marker, but it is not the folder Scope made "
                              + "(the manifest beside it, \(StagedOutput.besidePath(output, "manifest")), does not name this folder: a site copied "
                              + "with cp -a or rsync brings the marker along), and a build replaces everything there; build into a folder of "
                              + "Scope's own and copy or serve that, or pass --force to hand this one over to Scope (its other files are then deleted)")
        } else {
            let count = (try? FileManager.default.contentsOfDirectory(atPath: path).count) ?? 0
            throw OutputError("refusing to write the site into \(path): it holds \(count) file\(count == 1 ? "" : "s") or folder\(count == 1 ? "" : "s") "
                              + "and was not made by Scope (no \(markerName) in it), and a build replaces everything there; "
                              + "choose a new or empty folder, or pass --force to hand this one over to Scope (its files are then deleted)")
        }
        try checkSpare(beside: output, standing: standing)
        return standing
    }

    /// `.site.spare` (the site before the current one) must be a real folder that Scope made:
    /// the build takes it as its staging folder and deletes what it does not make again.
    static func checkSpare(beside output: URL, standing: Standing) throws {
        let spare = StagedOutput.besidePath(output, "spare")
        var st = stat()
        guard lstat(spare, &st) == 0 else { return }
        if (st.st_mode & S_IFMT) == S_IFLNK {
            throw OutputError("refusing to build: \(spare) is a symbolic link, which Scope never follows; remove it (Scope keeps the previous site there)")
        }
        guard (st.st_mode & S_IFMT) == S_IFDIR else {
            throw OutputError("refusing to build: \(spare) is a file, not the previous site Scope keeps there; remove it")
        }
        // The spare is the site before the current one; a site made before the marker (its
        // manifest names it, but it holds no marker) has a spare without one too.
        let legacy = standing == .manifested && !isMarked(output.standardizedFileURL.path)
        guard isMarked(spare) || legacy || isEmptyFolder(spare) else {
            throw OutputError("refusing to build: \(spare) was not made by Scope (no \(markerName) in it), and a build deletes its files; "
                              + "move it away or remove it")
        }
    }

    static func isMarked(_ folder: String) -> Bool {
        var st = stat()
        return lstat(folder + "/" + markerName, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    }

    static func isEmptyFolder(_ folder: String) -> Bool {
        (try? FileManager.default.contentsOfDirectory(atPath: folder))?.isEmpty == true
    }

    /// Whether the manifest beside `output` names this very folder (device and inode).
    static func manifestNames(_ folder: stat, beside output: URL) -> Bool {
        guard let fd = Optional(open(StagedOutput.besidePath(output, "manifest"), O_RDONLY | O_CLOEXEC | O_NOFOLLOW)), fd >= 0 else { return false }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: 256)
        let n = head.withUnsafeMutableBytes { read(fd, $0.baseAddress!, 256) }
        guard n > 0, let line = String(validating: head[..<n].prefix { $0 != 0x0A }, as: UTF8.self) else { return false }
        let words = line.split(separator: " ")
        return words.count >= 4 && words[0] == "scope-manifest" && words[2] == "\(folder.st_dev)" && words[3] == "\(folder.st_ino)"
    }

    /// The path with its folders' symbolic links resolved (the last part kept as it is, since
    /// it may not exist yet and a link there is refused on its own).
    static func realLocation(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let parent = url.deletingLastPathComponent().path
        guard url.path != "/" else { return "/" }
        let resolved = FileLinks.resolved(parent) ?? realLocation(parent)
        return (resolved == "/" ? "" : resolved) + "/" + url.lastPathComponent
    }
}

extension StagedOutput {
    /// Throws, naming the path, unless a build may write `output` (see `OutputOwnership`).
    public static func checkOwnership(_ output: URL, protecting: [URL], force: Bool) throws {
        try OutputOwnership.check(output, protecting: protecting, force: force)
    }
}
