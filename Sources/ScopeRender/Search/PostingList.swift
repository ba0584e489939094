/// A sorted list of document numbers, written compactly for the browser: gaps as base-64
/// variable-length numbers (`d:`), or, when denser, a bit set in base 64 (`b:`). Both decode
/// in a few lines of JavaScript.
public enum PostingList {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    public static func encode(_ sorted: [Int], universe: Int) -> String {
        let gaps = deltaEncoding(sorted)
        let bitsetLength = (universe + 5) / 6
        if bitsetLength + 2 < gaps.count + 2 { return "b:" + bitset(sorted, universe: universe) }
        return "d:" + gaps
    }

    /// Each gap (first number, then differences) in groups of five bits, low first; the sixth
    /// bit says another group follows.
    static func deltaEncoding(_ sorted: [Int]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(sorted.count)
        var previous = -1
        for n in sorted {
            var gap = n - previous - 1
            previous = n
            repeat {
                var group = gap & 31
                gap >>= 5
                if gap > 0 { group |= 32 }
                out.append(alphabet[group])
            } while gap > 0
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Six documents per character, lowest number in the lowest bit.
    static func bitset(_ sorted: [Int], universe: Int) -> String {
        var groups = [Int](repeating: 0, count: (universe + 5) / 6)
        for n in sorted { groups[n / 6] |= 1 << (n % 6) }
        return String(decoding: groups.map { alphabet[$0] }, as: UTF8.self)
    }

    /// The inverse of `encode`, for tests.
    public static func decode(_ s: String) -> [Int] {
        let value: [UInt8: Int] = Dictionary(uniqueKeysWithValues: alphabet.enumerated().map { ($1, $0) })
        let body = Array(s.utf8.dropFirst(2))
        var out: [Int] = []
        if s.hasPrefix("b:") {
            for (i, c) in body.enumerated() {
                let v = value[c]!
                for bit in 0..<6 where v & (1 << bit) != 0 { out.append(i * 6 + bit) }
            }
            return out
        }
        var previous = -1, gap = 0, shift = 0
        for c in body {
            let v = value[c]!
            gap |= (v & 31) << shift
            if v & 32 != 0 { shift += 5; continue }
            previous += gap + 1
            out.append(previous)
            gap = 0
            shift = 0
        }
        return out
    }
}
