import Foundation
import ScopeBuild
import Synchronization

/// Buyers' names by id, for the form and the manage page ("Mairie d'Albi", not its SIRET): read
/// from the exports on a thread of their own when the service starts, so that it answers at
/// once, and again, at most once an hour, when an id it does not know is asked for (a buyer new
/// since, followed from its page). Until then a buyer is shown by its id. Only the names are
/// kept, not the records.
public final class BuyerNames: Sendable {
    private let content: URL
    private let state = Mutex<(names: [String: String], lastRead: Date, reading: Bool)>(([:], .distantPast, false))

    init(content: URL) {
        self.content = content
    }

    func start() { refresh() }

    func name(_ id: String) -> String? {
        let (found, stale) = state.withLock { s in
            let found = s.names[id]
            return (found, found == nil && Date().timeIntervalSince(s.lastRead) > 3600)
        }
        if stale { refresh() }
        return found
    }

    private func refresh() {
        let starts = state.withLock { s in
            guard !s.reading else { return false }
            s.reading = true
            s.lastRead = Date()
            return true
        }
        guard starts else { return }
        Thread {
            var read: [String: String] = [:]
            if let catalog = try? SiteBuild.catalog(content: self.content).catalog {
                for b in catalog.buyers { read[b.buyer.id] = b.buyer.name }
            }
            self.state.withLock { s in
                if !read.isEmpty { s.names = read }
                s.reading = false
            }
        }.start()
    }
}
