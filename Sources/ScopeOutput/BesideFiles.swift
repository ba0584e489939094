import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension StagedOutput {
    /// What a build leaves beside the site for the next one.
    public enum BesideFile: String, CaseIterable, Sendable {
        /// The fingerprints of the site's files (`.site.manifest`, see `Manifest`).
        case manifest
        /// The texts of the site's cards (`.site.cards`, see ScopeRender's `CardCache`).
        case cards
        /// The files of the spare folder (`.site.spare-files`, see `SpareList`).
        case spareFiles = "spare-files"
        /// What the exports not in Scope's own format were mapped into (`.site.records`, see
        /// ScopeImport's `ImportCache`).
        case records
    }

    /// `.site.NAME` beside `site/`, as a path.
    static func besidePath(_ output: URL, _ name: String) -> String {
        let out = output.standardizedFileURL
        return out.deletingLastPathComponent().appendingPathComponent(".\(out.lastPathComponent).\(name)").path
    }

    /// `.site.NAME` beside `site/`.
    public static func besideURL(for output: URL, _ file: BesideFile) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).\(file.rawValue)")
    }

    /// Writes a file beside the site, beside it first (`.site.NAME-PID`, removed by the next
    /// build if this one is killed) and then renamed over: `fill` hands its bytes to `put`, in
    /// as many pieces as it likes. Nothing is left behind when it fails.
    public func writeBeside(_ file: BesideFile, _ fill: (_ put: ([UInt8]) throws -> Void) throws -> Void) throws {
        let final = Self.besideURL(for: output, file).path
        let temporary = final + "-\(getpid())"
        do {
            let fd = try FileBytes.create(temporary)
            do {
                try fill { try FileBytes.writeAll(fd, $0, path: temporary) }
                close(fd)
            } catch {
                close(fd)
                throw error
            }
            guard rename(temporary, final) == 0 else { throw OutputError("cannot write \(final): \(String(cString: strerror(errno)))") }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Removes what a killed build left: a link or a file is unlinked (never what it points
    /// to), a folder removed with what it holds (links inside it are not followed either).
    static func removeLeftover(_ path: String) {
        var st = stat()
        guard lstat(path, &st) == 0 else { return }
        if (st.st_mode & S_IFMT) == S_IFDIR { try? FileManager.default.removeItem(atPath: path) } else { unlink(path) }
    }
}
