import ArgumentParser
import Foundation
import ScopeAlerts
import ScopeBuild
import ScopeModel
import ScopeNotify

/// `scope notify`: the nightly e-mail digests, after `scope build`.
struct Notify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "E-mail each subscriber the open notices that match their alert and were not sent yet.",
        discussion: """
        Subscriptions: a CSV (;) or YAML file with email, sectors, departments, buyers, keywords (lists joined by |), \
        optionally language (fr, en) and programmations (yes/no). What was sent to whom is kept in FILE.sent (or --state), \
        recorded after each message the relay accepted: a refused or unsent digest goes out at the next run, none twice.
        Exit status: 0 all sent, 1 some subscriptions rejected or messages not sent, 2 nothing could be done.
        """
    )

    @OptionGroup var folders: SiteFolders

    @Option(name: .long, help: "The subscriptions file (.csv or .yaml).")
    var subscriptions: String?

    @Option(name: .long, help: "The database of scope alerts serve: its confirmed alerts, and what was sent, kept there.")
    var database: String?

    @Option(name: .long, help: "The sender, e.g. \"Marchés publics d'Occitanie <alertes@example.org>\".")
    var from: String

    @Option(name: .long, help: "The relay: smtp://[USER:PASSWORD@]HOST:PORT (STARTTLS) or smtps://…")
    var smtp: String?

    @Option(name: .long, help: "A PEM file of certificates to trust for the relay (a private authority).")
    var smtpCa: String?

    @Option(name: .long, help: "Write one .eml file per message into this folder instead (for the system's MTA).")
    var outbox: String?

    @Option(name: .long, help: "The state file (default: the subscriptions file + .sent).")
    var state: String?

    @OptionGroup var clock: NowOption

    @Option(name: .long, help: "Messages per second at most.")
    var rate: Double = 5

    @Option(name: .long, help: "Tries again after a failure that may pass (4xx, a cut connection).")
    var retries: Int = 2

    @Option(name: .long, help: "Seconds the relay may take to answer one message (default 60).")
    var smtpTimeout: Int = 60

    @Option(name: .long, help: "The whole run's bound in seconds (default 3600): what is left then waits for the next run.")
    var maxTime: Double = 3600

    @Flag(name: .long, help: "Say what would be sent; send nothing, record nothing.")
    var dryRun = false

    @Option(name: .long, help: "Also write the summary as JSON to this file.")
    var report: String?

    func validate() throws {
        if (smtp == nil) == (outbox == nil) && !dryRun { throw ValidationError("give --smtp URL or --outbox DIR (one of them), or --dry-run") }
        guard (subscriptions == nil) != (database == nil) else { throw ValidationError("give --subscriptions FILE or --database FILE (one of them)") }
        if database != nil, state != nil { throw ValidationError("--state is for --subscriptions: with --database, what was sent is kept in the database") }
        for (name, value) in [("--subscriptions", subscriptions ?? "x"), ("--database", database ?? "x")] where value.isEmpty {
            throw ValidationError("\(name) must not be empty")
        }
        guard rate > 0, retries >= 0, maxTime > 0, (1...3600).contains(smtpTimeout) else { throw ValidationError("--rate and --max-time must be above 0, --retries at least 0, --smtp-timeout from 1 to 3600") }
    }

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        func url(_ p: String) -> URL { URL(fileURLWithPath: p, relativeTo: cwd).standardizedFileURL }
        var options = NotifyOptions(content: folders.contentURL, layouts: folders.layoutsURL, subscriptions: url(subscriptions ?? database!), from: from,
                                    smtp: smtp, outbox: outbox.map(url))
        options.state = state.map(url)
        options.smtpCA = smtpCa.map { url($0).path }
        options.dryRun = dryRun
        options.rate = rate
        options.retries = retries
        options.maxTime = maxTime
        options.smtpTimeout = smtpTimeout
        options.now = clock.now?.date
        if let database {
            do {
                let setup = try AlertSetup(database: url(database).path, content: folders.contentURL)
                guard let service = setup.site.alertsService else {
                    throw NotifyError("config.yaml names no alerts.service: the digests' links to manage and stop need the service's address")
                }
                options.given = try setup.subscriptions()
                options.sentLog = setup.store.sentLog()
                // Made now, not at --now: a stop link stops the alerts made before it.
                options.links = setup.links(publicURL: service, now: Date())
            } catch {
                FileHandle.standardError.write(Data("error: \(error)\n".utf8))
                throw ExitCode(2)
            }
        }
        let cancellation = BuildCancellation()
        let watch = SignalWatch.start(cancellation, saying: "stopping after the message being sent; what was sent is recorded")
        defer { watch.forEach { $0.cancel() } }
        do {
            let r = try Notifier.run(options, stop: { cancellation.signal.map { "signal \($0)" } })
            print(r.text())
            if let report { try r.json().write(to: url(report)) }
            if cancellation.signal != nil { throw ExitCode(130) }
            if !r.failed.isEmpty || !r.rejected.isEmpty { throw ExitCode(1) }
        } catch let e as ExitCode {
            throw e
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))  // each data part made safe where it is said
            throw ExitCode(2)
        }
    }
}
