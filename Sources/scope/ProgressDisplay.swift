import Foundation
import ScopeBuild
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// On a terminal, a progress bar while files are written and a line per stage; in CI or a
/// pipe, a plain line per stage only.
enum ProgressDisplay {
    static func make() -> SiteBuild.Progress {
        let terminal = isatty(STDERR_FILENO) == 1
        let last = LastShown()
        return SiteBuild.Progress(
            files: { done, total in
                guard terminal, total > 0 else { return }
                let percent = done * 100 / total
                guard last.advance(to: percent) else { return }
                let width = 30
                let filled = width * done / total
                let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
                FileHandle.standardError.write(Data("\r  render and write [\(bar)] \(percent)% (\(done)/\(total))".utf8))
            },
            stage: { name, seconds in
                let clear = terminal ? "\r\u{1B}[K" : ""
                FileHandle.standardError.write(Data(String(format: "%@scope: %@ done in %.2f s\n", clear, name, seconds).utf8))
            })
    }
}

final class LastShown: Sendable {
    private let shown = Mutex(-1)
    /// Whether `percent` is new (so the bar is redrawn at most a hundred times).
    func advance(to percent: Int) -> Bool {
        shown.withLock { value in
            guard percent > value else { return false }
            value = percent
            return true
        }
    }
}
