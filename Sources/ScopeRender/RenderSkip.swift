import Foundation
import ScopeCache
import ScopeModel
import Synchronization

/// Lets the writer skip making a file whose key is the one the current site's file was made
/// with: the file is kept as it is (see `StagedOutput.keep`). The previous keys come from the
/// manifest the last build left beside the site; this build's are collected for the next one.
public final class RenderSkip: Sendable {
    public let previous: [String: Fingerprint]
    private let made = Mutex<[String: Fingerprint]>([:])

    public init(previous: [String: Fingerprint]) { self.previous = previous }

    /// Records a file's key for the next build and, when the current site's file was made with
    /// the same one, keeps it (`keep`: false when the current site has no such file): true when
    /// it was kept (nothing to make).
    public func keeps(_ path: String, _ f: Fingerprint, keep: (String) -> Bool) -> Bool {
        made.withLock { $0[path] = f }
        return previous[path] == f && keep(path)
    }

    /// This build's fingerprints, by path.
    public var fingerprints: [String: Fingerprint] { made.withLock { $0 } }

}
