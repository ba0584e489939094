import Foundation
import Synchronization

/// Counts per key in a sliding window, in memory: a restart forgets them, which costs a
/// bot nothing it could not get by waiting. Keys are never written anywhere.
final class RateLimiter: Sendable {
    private let hits = Mutex<[String: [Date]]>([:])

    func allow(_ key: String, limit: Int, per window: TimeInterval, now: Date) -> Bool {
        hits.withLock { hits in
            if hits.count > 10_000 { hits = hits.filter { $0.value.last.map { now.timeIntervalSince($0) < window } ?? false } }
            var list = hits[key, default: []].filter { now.timeIntervalSince($0) < window }
            guard list.count < limit else { hits[key] = list; return false }
            list.append(now)
            hits[key] = list
            return true
        }
    }
}
