import Foundation
import ScopeBuild
import ScopeImport
import ScopeModel
import ScopeNotify
import ScopeRender

/// What `scope alerts serve` and `scope notify --database` open: the store, the link keys
/// beside it, and the site's configuration, sectors and pages from `content/`.
public struct AlertSetup {
    public let store: SQLiteAlertStore
    public let signer: LinkSigner
    public let site: SiteConfig
    public let mapping: SectorMapping

    public init(database: String, content: URL) throws {
        store = try SQLiteAlertStore(path: database)
        signer = try LinkSigner.load(database: database)
        site = try ConfigLoader.loadSite(contentDirectory: content)
        mapping = try ConfigLoader.loadSectors(contentDirectory: content)
    }

    /// The service, its pages in the site's look from `layouts`.
    public func service(content: URL, layouts: URL, publicURL: String, from: MailAddress, mail: MailSender,
                        clock: @escaping @Sendable () -> Date = { Date() }) throws -> AlertService {
        let pages = try ServicePages(layouts: layouts, site: site,
                                     pages: ContentPagesLoader.load(content.appendingPathComponent("pages")))
        let buyers = BuyerNames(content: content)
        buyers.start()
        return AlertService(store: store, signer: signer, site: site, mapping: mapping, pages: pages, mail: mail,
                            settings: .init(publicURL: publicURL, from: from), buyers: buyers, clock: clock)
    }

    /// The confirmed alerts as `scope notify` matches them, one subscription each.
    public func subscriptions() throws -> [Subscription] {
        try store.confirmed().map { $0.choice.subscription(email: $0.email) }
    }

    /// Each address's links to the service at `publicURL`, made at `now`.
    public func links(publicURL: String, now: Date) -> @Sendable (String) -> MailLinks? {
        Self.links(signer: signer, publicURL: publicURL, now: now)
    }

    static func links(signer: LinkSigner, publicURL: String, now: Date) -> @Sendable (String) -> MailLinks? {
        let base = publicURL.hasSuffix("/") ? publicURL : publicURL + "/"
        return { email in
            MailLinks(manage: base + "gerer?t=" + signer.sign(.manage, subject: email, email: email, issued: now),
                      stop: base + "arreter?t=" + signer.sign(.stop, subject: email, email: email, issued: now))
        }
    }
}
