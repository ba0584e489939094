import Foundation
import ScopeModel

/// What was sent to whom, kept beside the subscriptions (`FILE.sent`): per address (its domain
/// in lower case), per notice and per programmation — two maps, so that no id can pass for
/// another kind's — the deadline and documents link it was sent with, so that a correction of
/// either is sent again, marked as such.
///
/// Kept through a bad night: an entry is forgotten only once its notice is closed (its recorded
/// deadline past, and the notice closed or gone), or, for what has no deadline, once it is gone
/// from the exports and was sent long ago. A broken export, a rejected row or an address written
/// otherwise never makes the next night send everything again.
public struct SentState: Codable, Equatable, Sendable {
    public struct Item: Codable, Equatable, Sendable {
        public var deadline: String?
        public var documents: String?
        /// The run that sent it (its "now").
        public var sent: String

        public init(deadline: String? = nil, documents: String? = nil, sent: String) {
            self.deadline = deadline
            self.documents = documents
            self.sent = sent
        }
    }

    public struct Sent: Codable, Equatable, Sendable {
        public var notices: [String: Item] = [:]
        public var programmations: [String: Item] = [:]
        public var isEmpty: Bool { notices.isEmpty && programmations.isEmpty }
        public init() {}
    }

    var version = 2
    public var sent: [String: Sent] = [:]

    public init() {}

    /// Version 1 kept one map per address, programmations under `p:` + id.
    private struct Version1: Decodable {
        var sent: [String: [String: Item]]
    }

    private struct Head: Decodable { var version: Int }

    static func decode(_ data: Data) throws -> SentState {
        let version = try JSONDecoder().decode(Head.self, from: data).version
        if version == 2 { return try JSONDecoder().decode(SentState.self, from: data) }
        guard version == 1 else { throw NotifyError("version \(version) of the state file is not one this Scope reads") }
        var state = SentState()
        for (email, items) in try JSONDecoder().decode(Version1.self, from: data).sent {
            var s = Sent()
            for (key, item) in items {
                if key.hasPrefix("p:") { s.programmations[String(key.dropFirst(2))] = item } else { s.notices[key] = item }
            }
            state.sent[email, default: Sent()] = s
        }
        return state
    }

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Records one message's items for its address.
    public mutating func record(_ entry: SentJournal.Entry) {
        var s = sent[entry.email] ?? Sent()
        s.notices.merge(entry.notices) { $1 }
        s.programmations.merge(entry.programmations) { $1 }
        sent[entry.email] = s
    }

    /// Forgets what can no longer be sent again: notices whose recorded deadline is past and that
    /// are closed or gone (`open`: the ids of the exports' open notices), and what has no deadline
    /// and is gone from the exports (`known`) since more than `keep` before `now`.
    func pruned(now: Date, open: Set<String>, knownNotices: Set<String>, knownProgrammations: Set<String>, keep: TimeInterval = 548 * 86_400) -> SentState {
        func past(_ text: String?) -> Bool { text.flatMap(SentState.date).map { $0 < now } ?? false }
        func old(_ item: Item) -> Bool { SentState.date(item.sent).map { now.timeIntervalSince($0) > keep } ?? false }
        var out = SentState()
        for (email, s) in sent {
            var k = Sent()
            k.notices = s.notices.filter { id, item in
                if open.contains(id) { return true }
                if item.deadline != nil { return !past(item.deadline) }
                return knownNotices.contains(id) || !old(item)
            }
            k.programmations = s.programmations.filter { id, item in knownProgrammations.contains(id) || !old(item) }
            if !k.isEmpty { out.sent[email] = k }
        }
        return out
    }

    /// The project's own RFC 3339 reading (no formatter made for each of a run's entries).
    static func date(_ text: String) -> Date? { ParisTime.parse(text) }
}

/// Where `scope notify` keeps what it sent, so that nothing is sent twice: a file and its
/// journal beside the subscriptions (`SentJournal`), or the sign-up service's database. Before a
/// message is handed to the relay it is recorded `pending`; then `sent` or `failed`. `load`
/// counts a message pending with no outcome as sent (it may have been delivered) and returns it.
/// `compact` keeps the state pruned at the end of a run.
public protocol SentLog: AnyObject {
    func load() throws -> (state: SentState, uncertain: [SentJournal.Entry])
    /// Proves the log writable before anything is sent.
    func open() throws
    func pending(_ e: SentJournal.Entry) throws
    func sent(_ id: String) throws
    func failed(_ id: String) throws
    func compact(_ state: SentState) throws
}

/// The state on disk: `FILE.sent`, written whole at the end of a run, and `FILE.sent.journal`,
/// one line appended (and synced) before each message is handed to the relay ("pending") and one
/// after it was accepted ("sent") or surely not ("failed"). Loading replays the journal: a
/// message pending with no outcome was perhaps delivered (the run stopped between the two), so it
/// counts as sent — never twice — and is reported. Each message costs one short append: a run's
/// writes grow with its messages, not with their square.
public final class SentJournal: SentLog {
    public struct Entry: Codable, Sendable {
        public var id: String
        public var email: String
        public var notices: [String: SentState.Item] = [:]
        public var programmations: [String: SentState.Item] = [:]

        public init(id: String, email: String, notices: [String: SentState.Item] = [:], programmations: [String: SentState.Item] = [:]) {
            self.id = id
            self.email = email
            self.notices = notices
            self.programmations = programmations
        }
    }

    private struct Line: Codable {
        var pending: Entry?
        var sent: String?
        var failed: String?
    }

    let stateURL: URL
    var journalURL: URL { URL(fileURLWithPath: stateURL.path + ".journal") }
    private var fd: Int32 = -1

    init(_ stateURL: URL) { self.stateURL = stateURL }

    deinit { if fd >= 0 { close(fd) } }

    /// The state and the journal replayed on it; the messages whose outcome the journal lacks.
    public func load() throws -> (state: SentState, uncertain: [Entry]) {
        var state = SentState()
        if FileManager.default.fileExists(atPath: stateURL.path) {
            do { state = try SentState.decode(try Data(contentsOf: stateURL)) } catch {
                throw NotifyError("\(stateURL.path): not a state file Scope wrote (\(error)); move it away to start again")
            }
        }
        guard let data = FileManager.default.contents(atPath: journalURL.path) else { return (state, []) }
        var pending: [String: Entry] = [:]
        var order: [String] = []
        for raw in data.split(separator: 0x0A) where !raw.isEmpty {
            // A line cut by a crash is the last one: what it would have said is not known.
            guard let line = try? JSONDecoder().decode(Line.self, from: Data(raw)) else { continue }
            if let p = line.pending { pending[p.id] = p; order.append(p.id) }
            if let id = line.sent, let p = pending.removeValue(forKey: id) { state.record(p) }
            if let id = line.failed { pending[id] = nil }
        }
        let uncertain = order.compactMap { pending[$0] }
        for p in uncertain { state.record(p) }
        return (state, uncertain)
    }

    /// Opens the journal for this run, proving the state's folder writable before anything is sent.
    public func open() throws {
        fd = Glibc.open(journalURL.path, O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw NotifyError("cannot write \(journalURL.path): \(String(cString: strerror(errno))); nothing was sent") }
    }

    public func pending(_ e: Entry) throws { try append(Line(pending: e)) }
    public func sent(_ id: String) throws { try append(Line(sent: id)) }
    public func failed(_ id: String) throws { try append(Line(failed: id)) }

    private func append(_ line: Line) throws {
        var bytes = [UInt8](try JSONEncoder().encode(line))
        bytes.append(0x0A)
        let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
        guard n == bytes.count, fsync(fd) == 0 else {
            throw NotifyError("cannot write \(journalURL.path): \(String(cString: strerror(errno)))")
        }
    }

    /// Writes the whole state (a temporary file, synced, then renamed) and empties the journal.
    public func compact(_ state: SentState) throws {
        let url = stateURL
        let tmp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
        try? FileManager.default.removeItem(at: tmp)
        guard FileManager.default.createFile(atPath: tmp.path, contents: try state.encoded()) else { throw NotifyError("cannot write \(tmp.path)") }
        let t = Glibc.open(tmp.path, O_RDONLY)
        if t >= 0 { fsync(t); close(t) }
        guard rename(tmp.path, url.path) == 0 else { throw NotifyError("cannot replace \(url.path): \(String(cString: strerror(errno)))") }
        if fd >= 0 { close(fd); fd = -1 }
        unlink(journalURL.path)
    }
}
