import Dispatch
import Foundation

/// Loops over indices on every core, each index in one task only: the one place the build
/// splits work between threads (chunks sized here, results kept in order here), so that the
/// reading, the search index and the writer do not each carry their own chunking.
public enum Parallel {
    /// The cores a loop spreads over.
    public static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `0..<count` cut into `runs` consecutive ranges of near-equal size (`cores × 4` unless
    /// given, never more than `count`): `body` makes one value per range, on every core; the
    /// values come back in the ranges' order.
    public static func map<T>(count: Int, runs: Int? = nil, _ body: @Sendable (Range<Int>) -> T) -> [T] {
        let runs = max(1, min(runs ?? cores * 4, count))
        guard count > 0 else { return [] }
        var out = [T?](repeating: nil, count: runs)
        out.withUnsafeMutableBufferPointer { buffer in
            // Each run writes its own element only; the array is read once the loop returns.
            let slots = Shared(buffer)
            DispatchQueue.concurrentPerform(iterations: runs) { r in
                slots.pointer[r] = body((count * r / runs)..<(count * (r + 1) / runs))
            }
        }
        return out.map { $0! }
    }

    /// `items.map(transform)` on every core, in order; on one core below `serialBelow` items,
    /// where starting threads costs more than it spares.
    public static func map<S: Sendable, T>(_ items: [S], serialBelow: Int = 256, _ transform: @Sendable (S) -> T) -> [T] {
        guard items.count >= serialBelow, cores > 1 else { return items.map(transform) }
        return map(count: items.count) { range in range.map { transform(items[$0]) } }.flatMap { $0 }
    }

    /// `body` over `0..<count` in batches of `batch` consecutive indices, taken by whichever
    /// core is free, from the end of the range back to its start (the writer's plan ends with its
    /// longest jobs: started first, they do not leave one core working alone at the end).
    public static func forEachBatch(count: Int, batch: Int, fromEnd: Bool = false, _ body: @Sendable (Range<Int>) -> Void) {
        guard count > 0 else { return }
        let batch = max(1, batch)
        DispatchQueue.concurrentPerform(iterations: (count + batch - 1) / batch) { b in
            if fromEnd {
                let end = count - b * batch
                body(max(0, end - batch)..<end)
            } else {
                body((b * batch)..<min(count, (b + 1) * batch))
            }
        }
    }
}

/// Memory a loop's tasks share under the loop's rule: each task writes its own elements only,
/// and reads the rest only while no task writes them (bytes being parsed, a plan's jobs each
/// taken by one batch). The toolkit's one unchecked promise: what keeps it is said where it is
/// used.
public struct Shared<Pointer>: @unchecked Sendable {
    public let pointer: Pointer
    public init(_ pointer: Pointer) { self.pointer = pointer }
}
