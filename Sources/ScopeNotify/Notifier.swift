import Foundation
import ScopeBuild
import ScopeIndex
import ScopeModel
import ScopeRender

/// What `scope notify` is asked to do.
public struct NotifyOptions: Sendable {
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

    public func text() -> String {
        var out = rejected + lines
        out += failed.map { "\($0.address): not sent, left for the next run: \($0.reason)" }
        if let s = stoppedBy { out.append("stopped by \(s): what was sent is recorded") }
        out.append("Subscriptions read \(subscriptionsRead), rejected \(rejected.count); addresses \(addresses): "
                   + "e-mails sent \(sent), failed \(failed.count), skipped (nothing new) \(skipped)")
        return out.joined(separator: "\n")
    }

    public func json() -> Data {
        let root: [String: Any] = [
            "subscriptions": ["read": subscriptionsRead, "rejected": rejected.count], "addresses": addresses,
            "sent": sent, "failed": failed.map { ["address": $0.address, "reason": $0.reason] }, "skipped": skipped,
            "problems": rejected, "stopped_by": stoppedBy as Any,
        ]
        return (try? JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
    }
}

/// `scope notify`: each subscriber's digest of the open notices that match and were not sent
/// yet, sent once the relay accepts it, recorded at once.
public enum Notifier {
    public static func run(_ o: NotifyOptions, stop: @Sendable () -> String? = { nil }, log: (String) -> Void = { _ in }) throws -> NotifyReport {
        guard let from = MailAddress(parsing: o.from) else { throw NotifyError("--from: not an e-mail address: \"\(o.from)\"") }
        guard (o.smtp == nil) != (o.outbox == nil) || o.dryRun else { throw NotifyError("give --smtp URL or --outbox DIR (one of them)") }
        let (site, catalog, _) = try SiteBuild.catalog(content: o.content, now: o.now)
        let now = o.now ?? site.now ?? Date()
        var report = NotifyReport()
        let (subscriptions, problems, read) = try SubscriptionReader.read(o.subscriptions, catalog: catalog)
        report.subscriptionsRead = read
        report.rejected = problems.map(\.description)

        let stateURL = o.stateFile
        let lock = try StateLock(stateURL)
        defer { lock.release() }
        var state = try SentState.load(stateURL)

        var delivery: Delivery?
        if !o.dryRun {
            if let smtp = o.smtp { delivery = try SMTPRelay(url: smtp, from: from, caFile: o.smtpCA) }
            else if let outbox = o.outbox { delivery = try Outbox(folder: outbox) }
        }
        var languages: [String: MailLanguage] = [:]
        var matcher = Matcher(catalog: catalog)
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
        var lastSend = Date.distantPast
        for email in order {
            if let s = stop() { report.stoppedBy = s; break }
            let subs = byAddress[email]!
            let sent = state.sent[email] ?? [:]
            var digest = Digest(email: email, language: subs.first { $0.language != nil }?.language ?? site.language, subscriptions: subs)
            var notices = Set<Int>()
            for s in subs { notices.formUnion(matcher.notices(for: s)) }
            let newestFirst = notices.sorted { a, b in
                let x = catalog.notices[a].notice, y = catalog.notices[b].notice
                return (x.published, y.id) > (y.published, x.id)
            }
            for i in newestFirst {
                let n = catalog.notices[i].notice
                guard let before = sent[n.id] else { digest.new.append(i); continue }
                if before.deadline != ParisTime.rfc3339(n.deadline) || before.documents != n.documentsURL { digest.corrected.append(i) }
            }
            var programmations = Set<Int>()
            for s in subs { programmations.formUnion(matcher.programmations(for: s)) }
            // Soonest expected publication first, as the site lists them.
            digest.programmations = catalog.programmationOrder.filter {
                programmations.contains($0) && sent["p:" + catalog.programmations[$0].programmation.id] == nil
            }
            guard !digest.isEmpty else { report.skipped += 1; continue }

            let words: MailLanguage
            if let w = languages[digest.language] { words = w } else {
                words = try MailLanguage(layouts: o.layouts, language: digest.language)
                languages[digest.language] = words
            }
            let message = composer.message(digest, to: MailAddress(email)!, words: words)
            let line = "\(email): \(message.subject) (\(digest.new.count) new, \(digest.corrected.count) corrected, \(digest.programmations.count) planned)"
            guard var d = delivery else { report.lines.append(line); continue }
            // A bounded rate.
            let wait = 1 / max(o.rate, 0.01) - Date().timeIntervalSince(lastSend)
            if wait > 0 { Thread.sleep(forTimeInterval: wait) }
            var failure: DeliveryFailure?
            for attempt in 0...max(0, o.retries) {
                do {
                    try d.send(message)
                    failure = nil
                    break
                } catch let f as DeliveryFailure {
                    failure = f
                    if f.permanent || attempt == o.retries { break }
                    Thread.sleep(forTimeInterval: o.retryDelay * Double(attempt + 1))
                }
            }
            delivery = d
            lastSend = Date()
            if let failure {
                report.failed.append((email, failure.description))
                log("\(email): not sent: \(failure.description)")
                continue
            }
            // Accepted: recorded before anything else happens.
            var record = sent
            for i in digest.new + digest.corrected {
                let n = catalog.notices[i].notice
                record[n.id] = SentState.Item(deadline: ParisTime.rfc3339(n.deadline), documents: n.documentsURL, sent: nowText)
            }
            for i in digest.programmations { record["p:" + catalog.programmations[i].programmation.id] = SentState.Item(sent: nowText) }
            state.sent[email] = record
            try state.save(stateURL)
            report.sent += 1
            report.lines.append(line)
            log(line)
        }
        if !o.dryRun && report.stoppedBy == nil {
            // What no subscription asks any more, and notices no export has, are forgotten.
            let known = Set(catalog.notices.map(\.notice.id)).union(catalog.programmations.map { "p:" + $0.programmation.id })
            var kept = SentState()
            for (email, items) in state.sent where byAddress[email] != nil {
                kept.sent[email] = items.filter { known.contains($0.key) }
            }
            if kept != state { try kept.save(stateURL) }
        }
        return report
    }
}

/// One `scope notify` at a time per state file: a second one would send the same digests.
struct StateLock {
    let fd: Int32

    init(_ state: URL) throws {
        let path = state.path + ".lock"
        fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw NotifyError("cannot open \(path): \(String(cString: strerror(errno)))") }
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
