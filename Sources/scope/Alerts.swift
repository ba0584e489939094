import ArgumentParser
import Foundation
import ScopeAlerts
import ScopeModel
import ScopeNotify
#if canImport(Glibc)
import Glibc
#endif

/// `scope alerts`: the e-mail sign-up service and its keys.
struct Alerts: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The e-mail alerts sign-up service: no account, double opt-in, signed links to manage and stop.",
        subcommands: [AlertsServe.self, AlertsRotateKey.self]
    )
}

struct AlertsServe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the sign-up, confirmation, manage and stop pages behind the site's web server.",
        discussion: """
        Keeps the alerts in DATABASE (SQLite) and the keys that sign its links in DATABASE.keys. Put it behind the site's own \
        web server under the path of --public-url (see the README), so that its pages share the site's origin and stylesheet. \
        scope notify --database DATABASE sends the digests of the confirmed alerts.
        """
    )

    @Option(name: .long, help: "The SQLite file of the alerts (made if missing).") var database: String
    @OptionGroup var folders: SiteFolders
    @Option(name: .long, help: "Address and port to listen on, e.g. 127.0.0.1:8081.") var listen: String = "127.0.0.1:8081"
    @Option(name: .long, help: "The service's public address, e.g. https://marches.example.org/alertes-email/ (links in e-mails).")
    var publicURL: String
    @Option(name: .long, help: "The sender of the confirmation e-mails.") var from: String
    @Option(name: .long, help: "The relay: smtp://[USER:PASSWORD@]HOST:PORT (STARTTLS) or smtps://…") var smtp: String?
    @Option(name: .long, help: "A PEM file of certificates to trust for the relay.") var smtpCa: String?
    @Option(name: .long, help: "Write the confirmation e-mails as .eml files into this folder instead.") var outbox: String?

    func validate() throws {
        if (smtp == nil) == (outbox == nil) { throw ValidationError("give --smtp URL or --outbox DIR (one of them)") }
        guard let url = URL(string: publicURL), ["http", "https"].contains(url.scheme ?? ""), url.host != nil, url.query == nil else {
            throw ValidationError("--public-url must be an absolute http(s) address without a query")
        }
        guard Self.split(listen) != nil else { throw ValidationError("--listen must be HOST:PORT, e.g. 127.0.0.1:8081") }
        guard MailAddress(parsing: from) != nil else { throw ValidationError("--from: not an e-mail address: \"\(from)\"") }
    }

    static func split(_ s: String) -> (String, Int)? {
        guard let colon = s.lastIndex(of: ":"), let port = Int(s[s.index(after: colon)...]), (0...65535).contains(port) else { return nil }
        let host = String(s[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return host.isEmpty ? nil : (host, port)
    }

    func run() async throws {
        setvbuf(stdout, nil, _IOLBF, 0)
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        func url(_ p: String) -> URL { URL(fileURLWithPath: p, relativeTo: cwd).standardizedFileURL }
        let sender = MailAddress(parsing: from)!
        let setup: AlertSetup
        let service: AlertService
        do {
            setup = try AlertSetup(database: url(database).path, content: folders.contentURL)
            let mail = try MailSender(smtp: smtp, outbox: outbox.map(url), from: sender, caFile: smtpCa.map { url($0).path })
            service = try setup.service(content: folders.contentURL, layouts: folders.layoutsURL, publicURL: publicURL, from: sender, mail: mail)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(2)
        }
        if setup.site.alertsService.map({ $0 != service.settings.publicURL }) ?? true {
            print("note: config.yaml's alerts.service is not \(service.settings.publicURL): the site's e-mail links and scope notify's "
                  + "links use alerts.service")
        }
        let (host, port) = Self.split(listen)!
        let prefix = URL(string: service.settings.publicURL)!.path.hasSuffix("/") ? URL(string: service.settings.publicURL)!.path
            : URL(string: service.settings.publicURL)!.path + "/"
        let channel = try await AlertServer.start(service, host: host, port: port, prefix: prefix)
        print("Alerts sign-up on http://\(host):\(channel.localAddress?.port ?? port)\(prefix) for \(service.settings.publicURL) (Ctrl-C stops)")
        try await channel.closeFuture.get()
    }
}

struct AlertsRotateKey: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rotate-key",
        abstract: "Put a new key first in DATABASE.keys; links signed by the two before it keep working."
    )

    @Option(name: .long, help: "The SQLite file of the alerts.") var database: String

    func run() throws {
        let ids = try LinkSigner.rotate(database: database)
        print("Keys now: \(ids.joined(separator: ", ")) (the first signs; restart scope alerts serve to use it)")
    }
}
