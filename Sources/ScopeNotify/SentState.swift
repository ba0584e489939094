import Foundation

/// What was sent to whom, kept beside the subscriptions (`FILE.sent`): per address, per notice
/// (or `p:` + programmation), the deadline and documents link it was sent with, so that a
/// correction of either is sent again, marked as such. Written whole, to a temporary file then
/// renamed, after every message the relay accepted: a run killed mid-way has recorded every
/// message sent before it.
struct SentState: Codable, Equatable {
    struct Item: Codable, Equatable {
        var deadline: String?
        var documents: String?
        /// The run that sent it (its "now").
        var sent: String
    }

    var version = 1
    var sent: [String: [String: Item]] = [:]

    static func load(_ url: URL) throws -> SentState {
        guard FileManager.default.fileExists(atPath: url.path) else { return SentState() }
        let data = try Data(contentsOf: url)
        do { return try JSONDecoder().decode(SentState.self, from: data) } catch {
            throw NotifyError("\(url.path): not a state file Scope wrote (\(error)); move it away to start again")
        }
    }

    func save(_ url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(self)
        let tmp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
        try? FileManager.default.removeItem(at: tmp)
        guard FileManager.default.createFile(atPath: tmp.path, contents: data) else { throw NotifyError("cannot write \(tmp.path)") }
        let fd = open(tmp.path, O_RDONLY)
        if fd >= 0 { fsync(fd); close(fd) }
        guard rename(tmp.path, url.path) == 0 else { throw NotifyError("cannot replace \(url.path): \(String(cString: strerror(errno)))") }
    }
}
