import Foundation
import ScopeBuild

/// Buyers' names by id, for the form and the manage page ("Mairie d'Albi", not its SIRET): read
/// from the exports on a thread of their own when the service starts, so that it answers at
/// once, and again, at most once an hour, when an id it does not know is asked for (a buyer new
/// since, followed from its page). Until then a buyer is shown by its id. Only the names are
/// kept, not the records.
public final class BuyerNames: @unchecked Sendable {
    private let content: URL
    private var names: [String: String] = [:]
    private var lastRead = Date.distantPast
    private var reading = false
    private let lock = NSLock()

    init(content: URL) {
        self.content = content
    }

    func start() { refresh() }

    func name(_ id: String) -> String? {
        lock.lock()
        let found = names[id]
        let stale = found == nil && Date().timeIntervalSince(lastRead) > 3600
        lock.unlock()
        if stale { refresh() }
        return found
    }

    private func refresh() {
        lock.lock()
        guard !reading else { lock.unlock(); return }
        reading = true
        lastRead = Date()
        lock.unlock()
        Thread {
            var read: [String: String] = [:]
            if let catalog = try? SiteBuild.catalog(content: self.content).catalog {
                for b in catalog.buyers { read[b.buyer.id] = b.buyer.name }
            }
            self.lock.lock()
            if !read.isEmpty { self.names = read }
            self.reading = false
            self.lock.unlock()
        }.start()
    }
}
