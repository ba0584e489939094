import Foundation
import ScopeBuild
import ScopeImport
import ScopeIndex
import ScopeModel
import ScopeRender

/// What `scope notify` is asked to do.
public struct NotifyOptions {
    public var content: URL
    public var layouts: URL
    public var subscriptions: URL
    /// Default: the subscriptions file's path + `.sent`.
    public var state: URL?
    public var from: String
    public var smtp: String?
    /// Certificates to trust for the relay (a private authority), beside the system's.
    public var smtpCA: String?
    public var outbox: URL?
    public var now: Date?
    public var dryRun = false
    /// Messages per second at most.
    public var rate: Double = 5
    /// Tries after the first, for a relay that fails for a while (4xx, a cut connection).
    public var retries = 2
    public var retryDelay: Double = 2
    /// Seconds the relay may take to answer one message.
    public var smtpTimeout = 60
    /// The whole run's bound, in seconds: past it, what is left waits for the next run.
    public var maxTime: Double = 3600
    /// Addresses in a row whose messages the relay failed to take before the run stops trying it.
    public var breaker = 3
    /// Subscriptions given whole (the sign-up service's confirmed ones): `subscriptions` is then
    /// only named in messages, not read.
    public var given: [Subscription]?
    /// Where what was sent is kept; default: a `SentJournal` at `stateFile`.
    public var sentLog: SentLog?
    /// Each address's links to manage and to stop its alerts (the sign-up service's), put in
    /// its digest and its `List-Unsubscribe` header.
    public var links: (@Sendable (String) -> MailLinks?)?

    public init(content: URL, layouts: URL, subscriptions: URL, from: String, smtp: String? = nil, outbox: URL? = nil) {
        self.content = content
        self.layouts = layouts
        self.subscriptions = subscriptions
        self.from = from
        self.smtp = smtp
        self.outbox = outbox
    }

    public var stateFile: URL { state ?? URL(fileURLWithPath: subscriptions.path + ".sent") }
}

/// What a run did: subscriptions read and rejected, addresses, e-mails sent, failed (left for
/// the next run), skipped (nothing new).
public struct NotifyReport: Sendable {
    public var subscriptionsRead = 0
    public var rejected: [String] = []
    public var addresses = 0
    public var sent = 0
    public var failed: [(address: String, reason: String)] = []
    public var skipped = 0
    /// One line per message, as `--dry-run` and the log show it.
    public var lines: [String] = []
    public var stoppedBy: String?
    /// Messages a run stopped before knowing whether the relay took them: counted as sent.
    public var uncertain: [String] = []

    public func text() -> String {
        var out = rejected + lines
        out += uncertain.map { "\($0): a message may have been delivered (the relay took it but did not say so): it is not sent again" }
        out += failed.map { "\($0.address): not sent, left for the next run: \($0.reason)" }
        if let s = stoppedBy { out.append("stopped by \(s): what was sent is recorded") }
        out.append("Subscriptions read \(subscriptionsRead), rejected \(rejected.count); addresses \(addresses): "
                   + "e-mails sent \(sent), failed \(failed.count), skipped (nothing new) \(skipped)")
        return out.map(Terminal.safe).joined(separator: "\n")
    }

    public func json() -> Data {
        let root: [String: Any] = [
            "subscriptions": ["read": subscriptionsRead, "rejected": rejected.count], "addresses": addresses,
            "sent": sent, "failed": failed.map { ["address": $0.address, "reason": $0.reason] }, "skipped": skipped,
            "problems": rejected, "stopped_by": stoppedBy as Any, "uncertain": uncertain,
        ]
        return (try? JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
    }
}

/// `scope notify`: each subscriber's digest of the open notices that match and were not sent
/// yet, sent once the relay accepts it, recorded at once.
public enum Notifier {
    public static func run(_ o: NotifyOptions, stop: @escaping @Sendable () -> String? = { nil }, log: (String) -> Void = { _ in }) throws -> NotifyReport {
        guard let from = MailAddress(parsing: o.from) else { throw NotifyError("--from: not an e-mail address: \"\(o.from)\"") }
        guard (o.smtp == nil) != (o.outbox == nil) || o.dryRun else { throw NotifyError("give --smtp URL or --outbox DIR (one of them)") }
        let (site, catalog, imported) = try SiteBuild.catalog(content: o.content, now: o.now)
        let now = catalog.now  // the instant the catalog was made at, resolved once
        // A night whose exports were not read whole sends nothing: what it lacks would look closed or gone.
        let unread = Self.unreadFiles(imported)
        if !unread.isEmpty {
            throw NotifyError("the exports were not read whole, so nothing was sent and nothing recorded:\n"
                              + unread.map { "  " + Terminal.safe($0) }.joined(separator: "\n")
                              + "\nfix them (scope check says the same) and run scope notify again")
        }
        var report = NotifyReport()
        let (subscriptions, problems, read) = try o.given.map { ($0, [], $0.count) } ?? SubscriptionReader.read(o.subscriptions, catalog: catalog)
        report.subscriptionsRead = read
        report.rejected = problems.map(\.description)

        let stateURL = o.stateFile
        let lock = try StateLock(stateURL)
        defer { lock.release() }
        let journal: SentLog = o.sentLog ?? SentJournal(stateURL)
        var (state, uncertain) = try journal.load()
        report.uncertain = uncertain.map(\.email)
        if !o.dryRun { try journal.open() }

        var delivery: Delivery?
        if !o.dryRun {
            if let smtp = o.smtp {
                let relay = try SMTPRelay(url: smtp, from: from, caFile: o.smtpCA)
                relay.timeout = o.smtpTimeout
                relay.stopping = { stop() != nil }
                delivery = relay
            }
            else if let outbox = o.outbox { delivery = try Outbox(folder: outbox) }
        }
        var languages: [String: MailLanguage] = [:]
        var matcher = Matcher(catalog: catalog, trades: try TradeWords(layouts: o.layouts, language: catalog.site.language))
        let composer = Composer(catalog: catalog, from: from, now: now)

        // One digest per address, in the order the file first names them.
        var order: [String] = []
        var byAddress: [String: [Subscription]] = [:]
        for s in subscriptions {
            if byAddress[s.email] == nil { order.append(s.email) }
            byAddress[s.email, default: []].append(s)
        }
        report.addresses = order.count
        let nowText = ParisTime.rfc3339(now)
        let started = Date()
        var lastSend = Date.distantPast
        var failedInARow = 0
        /// Sleeps in short steps, so that a signal is heard at once; false when stopped.
        func pause(_ seconds: Double) -> Bool {
            let end = Date().addingTimeInterval(seconds)
            while Date() < end {
                if let s = stop() { report.stoppedBy = s; return false }
                Thread.sleep(forTimeInterval: min(0.1, max(0, end.timeIntervalSinceNow)))
            }
            return true
        }
        for email in order {
            if report.stoppedBy != nil { break }
            if let s = stop() { report.stoppedBy = s; break }
            if Date().timeIntervalSince(started) > o.maxTime {
                report.stoppedBy = "the run's time limit (\(Int(o.maxTime)) s): the rest is left for the next run"
                break
            }
            if failedInARow >= o.breaker {
                report.stoppedBy = "the relay failed for \(failedInARow) addresses in a row: the rest is left for the next run"
                break
            }
            let subs = byAddress[email]!
            let sent = state.sent[email] ?? SentState.Sent()
            var digest = Digest(email: email, language: subs.first { $0.language != nil }?.language ?? site.language, subscriptions: subs)
            var notices = Set<Int>()
            for s in subs { notices.formUnion(matcher.notices(for: s)) }
            let newestFirst = notices.sorted { a, b in
                let x = catalog.notices[a].notice, y = catalog.notices[b].notice
                return (x.published, y.id) > (y.published, x.id)
            }
            for i in newestFirst {
                let n = catalog.notices[i].notice
                guard let before = sent.notices[n.id] else { digest.new.append(i); continue }
                if before.deadline != ParisTime.rfc3339(n.deadline) || before.documents != n.documentsURL { digest.corrected.append(i) }
            }
            var programmations = Set<Int>()
            for s in subs { programmations.formUnion(matcher.programmations(for: s)) }
            // Soonest expected publication first, as the site lists them.
            digest.programmations = catalog.programmationOrder.filter {
                programmations.contains($0) && sent.programmations[catalog.programmations[$0].programmation.id] == nil
            }
            guard !digest.isEmpty else { report.skipped += 1; continue }

            let words: MailLanguage
            if let w = languages[digest.language] { words = w } else {
                words = try MailLanguage(layouts: o.layouts, language: digest.language)
                languages[digest.language] = words
            }
            let message = composer.message(digest, to: MailAddress(email)!, words: words, links: o.links?(email))
            let line = "\(email): \(message.subject) (\(digest.new.count) new, \(digest.corrected.count) corrected, \(digest.programmations.count) planned)"
            guard var d = delivery else { report.lines.append(line); continue }
            // A bounded rate.
            let wait = 1 / max(o.rate, 0.01) - Date().timeIntervalSince(lastSend)
            if wait > 0, !pause(wait) { break }
            // Recorded as pending before it is handed over: a crash between the two is seen at the next run.
            var entry = SentJournal.Entry(id: message.messageID, email: email)
            for i in digest.new + digest.corrected {
                let n = catalog.notices[i].notice
                entry.notices[n.id] = SentState.Item(deadline: ParisTime.rfc3339(n.deadline), documents: n.documentsURL, sent: nowText)
            }
            for i in digest.programmations { entry.programmations[catalog.programmations[i].programmation.id] = SentState.Item(sent: nowText) }
            try journal.pending(entry)
            var failure: DeliveryFailure?
            for attempt in 0...max(0, o.retries) {
                do {
                    try d.send(message)
                    failure = nil
                    break
                } catch let f as DeliveryFailure {
                    failure = f
                    if f.permanent || f.uncertain || attempt == o.retries { break }
                    if !pause(o.retryDelay * Double(attempt + 1)) { break }
                }
            }
            delivery = d
            lastSend = Date()
            if let failure, !failure.uncertain {
                try journal.failed(entry.id)
                report.failed.append((email, failure.description))
                log(Terminal.safe("\(email): not sent: \(failure.description)"))
                failedInARow += failure.permanent ? 0 : 1
                continue
            }
            failedInARow = 0
            try journal.sent(entry.id)
            state.record(entry)
            if failure != nil {
                report.uncertain.append(email)
                continue
            }
            report.sent += 1
            report.lines.append(line)
            log(Terminal.safe(line))
        }
        if !o.dryRun {
            // Forgotten: only what can no longer be sent again (see SentState.pruned).
            let open = Set(catalog.notices.filter { $0.notice.deadline >= now }.map(\.notice.id))
            let kept = state.pruned(now: now, open: open, knownNotices: Set(catalog.notices.map(\.notice.id)),
                                    knownProgrammations: Set(catalog.programmations.map(\.programmation.id)))
            try journal.compact(kept)
        }
        return report
    }

    /// The export files that gave no record because of an error (not valid, not readable).
    static func unreadFiles(_ imported: ImportResult) -> [String] {
        var read: [String: Int] = [:]
        for s in imported.sources { read[s.file, default: 0] += s.read }
        var out: [String] = []
        for d in imported.diagnostics where d.severity == .error && d.kind == nil && (read[d.location.file] ?? 0) == 0 {
            out.append(d.description)
        }
        return out
    }
}

/// One `scope notify` at a time per state file: a second one would send the same digests.
struct StateLock {
    let fd: Int32

    init(_ state: URL) throws {
        let path = state.path + ".lock"
        fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw NotifyError("cannot open \(path): \(String(cString: strerror(errno))); nothing was sent") }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw NotifyError("another scope notify is using \(state.path) (\(path) is locked)")
        }
    }

    func release() {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
