/// Zero-padded digits (`7` → `"07"`; with `radix: 16`, hashes' fixed-width hex), for dates and
/// times built on every page. `String(format:)` goes through Foundation's formatter, costly
/// at that rate; this gives the same text for non-negative numbers.
@inlinable
public func zeroPadded<T: BinaryInteger>(_ n: T, _ width: Int, radix: Int = 10) -> String {
    let digits = String(n, radix: radix)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
