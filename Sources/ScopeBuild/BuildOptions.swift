import Foundation

/// What `scope build` is asked to do.
public struct BuildOptions: Sendable {
    public var content: URL
    public var layouts: URL
    public var output: URL
    /// Overrides the config's base URL.
    public var baseURL: String?
    /// Overrides the config's pinned "now" and the clock.
    public var now: Date?
    /// Fail (and write nothing) when any record is rejected.
    public var strict: Bool
    /// Whether the build frees its records, pages and caches before it returns. The command
    /// line does not: its process ends right after, and the system takes the memory back at
    /// once, where freeing a large build's objects one by one takes a while.
    public var freesMemory = true
    /// Time each file's job and count it by family for the report's render costs (`--report`,
    /// see `RenderCost`): two readings of the thread's CPU clock a file, a system call each, and
    /// the file's family worked out from its path, so only when asked.
    public var measuresRender = false
    /// Take an output folder that holds files Scope did not make (they are deleted).
    public var force = false
    /// Set by a signal handler: the build stops and cleans up (see `BuildCancellation`).
    public var cancellation: BuildCancellation?

    public init(content: URL, layouts: URL, output: URL, baseURL: String? = nil, now: Date? = nil, strict: Bool = false) {
        self.content = content
        self.layouts = layouts
        self.output = output
        self.baseURL = baseURL
        self.now = now
        self.strict = strict
    }
}

/// Why a build stopped without touching the site.
public struct BuildError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
