import Foundation
import ScopeCache
import ScopeConcurrency
import ScopeOutput
import ScopeRender

/// The output folder made ready on another thread while the exports are read and indexed: the
/// lock taken, the staging folder made (the spare tree renamed, or the current site hard-linked),
/// the last build's fingerprints read (`.site.manifest`) and its card texts mapped
/// (`.site.cards`): one core's work on a large site, while the reading leaves the other idle.
final class PreviousSite {
    private let ready: Deferred<Result<(StagedOutput, [String: Fingerprint], CardCache), Error>>
    private var writing = false

    private init(_ options: BuildOptions, cardsKey: String) {
        let output = options.output
        ready = Deferred {
            Result {
                // The lock first: the fingerprints read are then this site's.
                let staged = try StagedOutput(output: output, protecting: [options.content, options.layouts], force: options.force,
                                              stamp: CodeStamp.current)
                // The write stage's lookups begin now, on threads that wait for the disk while
                // the exports are read and the plan made (see InodeWarmer).
                staged.startWarming()
                let previous = staged.takeManifest().compactMapValues { Fingerprint(hex: Substring($0)) }
                let cards = CardCache(contentsOf: StagedOutput.besideURL(for: output.standardizedFileURL, .cards), key: cardsKey)
                return (staged, previous, cards)
            }
        }
    }

    /// Runs the rest of a build with the previous site being made ready, and settles the
    /// staging folder on every way out but the swap: given back as the spare when the build
    /// stops before writing or on a signal (what was written is as good a spare as any: the
    /// next build compares every file), dropped when writing failed. The error says which.
    static func holding<T>(_ options: BuildOptions, cardsKey: String, _ body: (PreviousSite) throws -> T) throws -> T {
        let previous = PreviousSite(options, cardsKey: cardsKey)
        do {
            return try body(previous)
        } catch let stop as BuildCancelled {
            previous.settle(abandon: false)
            throw stop
        } catch let failure as StrictFailure {
            previous.settle(abandon: false)
            throw failure
        } catch {
            let wrote = previous.writing
            previous.settle(abandon: wrote)
            throw BuildError("\(error); \(wrote ? "the previous site was left as it was" : "nothing was written")")
        }
    }

    /// The previous fingerprints and card texts, once the staging folder is ready; the error of
    /// making it.
    func wait() throws -> (previous: [String: Fingerprint], cards: CardCache) {
        let (_, previous, cards) = try ready.value.get()
        return (previous, cards)
    }

    /// The writing stages, given the staging folder: from here a failure drops it.
    func write<T>(_ body: (StagedOutput) throws -> T) throws -> T {
        let (output, _, _) = try ready.value.get()
        writing = true
        return try body(output)
    }

    private func settle(abandon: Bool) {
        guard let (staged, _, _) = try? ready.value.get() else { return }
        if abandon { staged.abandon() } else { staged.giveBack() }
    }
}
