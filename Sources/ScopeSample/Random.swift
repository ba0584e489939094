/// SplitMix64: a small, fast generator whose sequence depends only on its seed, so a
/// sample is the same on every machine and every run.
struct SampleRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed &+ 0x9E3779B97F4A7C15 }

    mutating func next() -> UInt64 {
        state = state &+ 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }

    /// Uniform in 0..<n.
    mutating func int(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }

    mutating func int(in r: ClosedRange<Int>) -> Int { r.lowerBound + int(r.count) }

    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    mutating func chance(_ p: Double) -> Bool { unit() < p }

    mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }

    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) { items.swapAt(i, int(i + 1)) }
    }

    /// A value spread over orders of magnitude (log-uniform), rounded to `step`.
    mutating func amount(_ low: Double, _ high: Double, step: Double = 1000) -> Double {
        let v = low * pow(high / low, unit())
        return max(step, (v / step).rounded() * step)
    }
}

import Foundation
