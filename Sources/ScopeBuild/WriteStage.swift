import Foundation
import ScopeConcurrency
import ScopeOutput
import ScopeRender

extension SiteBuild {
    /// Renders and writes every job on all cores, in small batches taken by whichever core is
    /// free, from the end of the plan: the search index, feeds and sitemaps there are the
    /// longest jobs, and started first they do not leave one core working alone at the end.
    /// A job whose key is the current file's keeps that file; the others are made and written.
    /// `jobs` is emptied: each job is let go once its file is written, and with it what only
    /// it held (the search index's postings, the feeds' and calendars' items, the sitemap's
    /// paths), so that the site's values are not all held at once.
    /// `measure`: each job timed and counted by family (see `BuildOptions.measuresRender`);
    /// otherwise no family is worked out and the costs come back empty.
    static func write(_ jobs: inout [PageJob], to output: some SiteOutput, skip: RenderSkip, cancellation: BuildCancellation,
                      measure: Bool, progress: @escaping @Sendable (Int, Int) -> Void) throws -> [String: RenderCost] {
        // The first error, how many files are done (for the progress line), what each family cost.
        let state = Locked<(error: Error?, done: Int, costs: [String: RenderCost])>((nil, 0, [:]))
        let paths = jobs.map(\.path)
        var makers: [(() -> Made)?] = jobs.map(\.make)
        jobs = []
        let count = paths.count
        makers.withUnsafeMutableBufferPointer { makers in
            // Each index is taken by one batch only, so no two threads touch the same element.
            let makers = Shared(makers)
            Parallel.forEachBatch(count: count, batch: 32, fromEnd: true) { batch in
                func fail(_ e: Error) { state.withLock { if $0.error == nil { $0.error = e } } }
                if let s = cancellation.signal { return fail(BuildCancelled(signal: s)) }
                var costs: [String: RenderCost] = [:]
                for i in batch {
                    if state.withLock({ $0.error != nil }) { return }
                    guard let make = makers.pointer[i] else { continue }
                    makers.pointer[i] = nil
                    let start = measure ? RenderCost.threadCPU() : 0
                    let wrote: Bool
                    do {
                        let made = make()
                        wrote = !(made.key.map { skip.keeps(paths[i], $0, keep: output.keep) } ?? false)
                        if wrote {
                            if let pieces = made.pieces { try output.write(paths[i], pieces: pieces) } else { try output.write(paths[i], made.bytes()) }
                        }
                    } catch { return fail(error) }
                    if measure {
                        let seconds = RenderCost.threadCPU() - start
                        var cost = RenderCost()
                        cost.files = 1
                        cost.made = wrote ? 1 : 0
                        cost.cpuSeconds = seconds
                        cost.keptSeconds = wrote ? 0 : seconds
                        costs[RenderCost.family(paths[i]), default: RenderCost()].add(cost)
                    }
                }
                let done = state.withLock { s in
                    for (family, cost) in costs { s.costs[family, default: RenderCost()].add(cost) }
                    s.done += batch.count
                    return s.done
                }
                FaultPoint.files(done, cancellation)
                progress(done, count)
            }
        }
        let end = state.value
        if let e = end.error { throw e }
        return end.costs
    }
}
