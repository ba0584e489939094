import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The lock file beside the site (`.site.lock`): one build writes a site at a time. Taken
/// without waiting (a second build fails at once, naming the lock), held until this value is
/// let go; the kernel lets it go with a killed process.
final class OutputLock: Sendable {
    private let fd: Int32

    init(beside output: URL) throws {
        let path = StagedOutput.besidePath(output, "lock")
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { throw OutputError("cannot open the lock file \(path): \(String(cString: strerror(errno)))") }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw OutputError("another build is writing \(output.path) (lock \(path) is held)")
        }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
