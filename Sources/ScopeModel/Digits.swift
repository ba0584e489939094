/// Zero-padded decimal text (`7` → `"07"`), for dates and times built on every page.
/// `String(format:)` goes through Foundation's formatter and showed in profiles of large
/// builds; this gives the same text for the non-negative numbers dates are made of.
public func zeroPadded(_ n: Int, _ width: Int) -> String {
    let digits = String(n)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
