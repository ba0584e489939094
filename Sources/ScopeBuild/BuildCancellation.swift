import Foundation
import Synchronization

/// Asked by the command line when SIGINT or SIGTERM arrives: the build stops at the next stage
/// or batch of files and gives its staging folder back as the spare, so nothing of it is left
/// beside the site and the next build starts from the spare, not from nothing.
public final class BuildCancellation: Sendable {
    private let received = Mutex<Int32?>(nil)

    public init() {}

    public func cancel(signal: Int32) {
        received.withLock { if $0 == nil { $0 = signal } }
    }

    /// The signal that asked to stop, if any.
    public var signal: Int32? { received.withLock { $0 } }

    func check() throws {
        if let s = signal { throw BuildCancelled(signal: s) }
    }
}

/// The build stopped on a signal; the previous site is as it was.
public struct BuildCancelled: Error, CustomStringConvertible, Sendable {
    public let signal: Int32
    public var description: String {
        "stopped by \(signal == SIGINT ? "SIGINT" : signal == SIGTERM ? "SIGTERM" : "signal \(signal)"); the previous site was left as it was"
    }
}
