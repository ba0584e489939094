import Foundation
import ScopeModel
#if canImport(Glibc)
import Glibc
#endif

/// What rendering and writing cost, family by family (`scope build --report`): the files of a
/// family, how many were made (the others kept by their key, unrendered), and the CPU time
/// their jobs took on the writing threads (the key, the bytes, the comparing and writing), so
/// that a benchmark says where a build's CPU goes, page by page.
public struct RenderCost: Sendable, Equatable {
    public var files = 0
    public var made = 0
    public var cpuSeconds = 0.0
    /// Of which the files kept by their key: the key made and compared, nothing rendered.
    public var keptSeconds = 0.0

    public init() {}

    mutating func add(_ other: RenderCost) {
        files += other.files
        made += other.made
        cpuSeconds += other.cpuSeconds
        keptSeconds += other.keptSeconds
    }

    /// The family of a file of the site, by its path: a list's feeds and calendars, its
    /// subscribe page, a notice's own calendar, else the first folder it is under (`annonces`,
    /// `secteurs`…), or the file itself at the root.
    static func family(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if [Routes.rss, Routes.atom, Routes.jsonFeed, Routes.calendar].contains(name) { return "feeds" }
        if name == Routes.noticeCalendar { return "notice calendars" }
        if path.contains("/\(Routes.subscribeSegment)/") { return "feed pages" }
        return BuildReport.pageKind(path)
    }

    /// The CPU time this thread has used, in seconds.
    static func threadCPU() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
