import Foundation

/// A large export that is one JSON array, parsed on every core: the array is cut at commas
/// between its elements (found by their nesting, strings and escapes respected) into parts of
/// about equal size, each part parsed as an array of its own, and the elements joined in
/// order (each part by `JSONFastParse`, else `JSONSerialization`). `JSONSerialization` alone
/// reads one file on one core, the other idle.
///
/// Anything it is not sure of goes back to parsing the file whole, which says what is wrong
/// and where: a file that is not an array, one with bytes after its end, an unfinished one,
/// UTF-16, or any part that does not parse. So the elements, their order (the `$[i]` paths of
/// messages) and every error message are the whole-file parse's own.
enum JSONArraySplit {
    /// Files smaller than this are parsed whole: splitting would not pay.
    static let minimumBytes = 1 << 20

    /// The array's elements, or nil when the file is to be parsed whole.
    static func elements(_ data: Data, parts: Int = ProcessInfo.processInfo.activeProcessorCount * 4) -> [RawValue]? {
        var duplicates: [Int] = []
        return elements(data, parts: parts, duplicateKeys: &duplicates)
    }

    /// The same, and the byte offsets in `data` (from its start) of keys repeated in their object.
    static func elements(_ data: Data, parts: Int = ProcessInfo.processInfo.activeProcessorCount * 4, duplicateKeys: inout [Int]) -> [RawValue]? {
        guard parts > 1, let ranges = partRanges(data, parts: parts), ranges.count > 1 else { return nil }
        var results = [[RawValue]?](repeating: nil, count: ranges.count)
        var repeated = [[Int]](repeating: [], count: ranges.count)
        results.withUnsafeMutableBufferPointer { out in
            repeated.withUnsafeMutableBufferPointer { keys in
                let out = out, keys = keys
                DispatchQueue.concurrentPerform(iterations: ranges.count) { p in
                    var part = Data(capacity: ranges[p].count + 2)
                    part.append(UInt8(ascii: "["))
                    part.append(data[ranges[p]])
                    part.append(UInt8(ascii: "]"))
                    // Offsets in the part, less its "[", are offsets from the range's start.
                    let shift = ranges[p].lowerBound - data.startIndex - 1
                    if let (value, dups) = JSONFastParse.parse(part), case .list(let list) = value {
                        out[p] = list
                        keys[p] = dups.map { $0 + shift }
                    } else if let list = try? JSONSerialization.jsonObject(with: part) as? [Any] {
                        out[p] = list.map(RawValue.init(json:))
                        keys[p] = JSONFastParse.duplicateKeys(part).map { $0 + shift }
                    }
                }
            }
        }
        duplicateKeys = repeated.flatMap { $0 }
        var all: [RawValue] = []
        all.reserveCapacity(results.reduce(0) { $0 + ($1?.count ?? 0) })
        for r in results {
            guard let r else { return nil }
            all += r
        }
        return all
    }

    /// The byte ranges of the parts: between the array's `[` and `]`, cut at commas that
    /// separate its elements; nil unless the file is one UTF-8 array with nothing after it.
    static func partRanges(_ data: Data, parts: Int) -> [Range<Int>]? {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [Range<Int>]? in
            let bytes = raw.bindMemory(to: UInt8.self)
            let n = bytes.count
            func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }
            var i = 0
            if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
            while i < n, isSpace(bytes[i]) { i += 1 }
            // An array, and not UTF-16 (whose second byte would be 0).
            guard i + 1 < n, bytes[i] == UInt8(ascii: "["), bytes[i + 1] != 0 else { return nil }
            let base = data.startIndex
            let step = max(1, (n - i) / parts)
            var target = i + step
            var start = i + 1
            var ranges: [Range<Int>] = []
            var depth = 1
            var j = i + 1
            while j < n {
                let b = bytes[j]
                if b == UInt8(ascii: "\"") {
                    // Skip the string: to the quote that no backslash escapes.
                    j += 1
                    while j < n {
                        let c = bytes[j]
                        if c == UInt8(ascii: "\\") { j += 2; continue }
                        if c == UInt8(ascii: "\"") { break }
                        j += 1
                    }
                    if j >= n { return nil }
                } else if b == UInt8(ascii: "[") || b == UInt8(ascii: "{") {
                    depth += 1
                } else if b == UInt8(ascii: "]") || b == UInt8(ascii: "}") {
                    depth -= 1
                    if depth == 0 {
                        // The array's end: only white space may follow it.
                        guard b == UInt8(ascii: "]") else { return nil }
                        var k = j + 1
                        while k < n, isSpace(bytes[k]) { k += 1 }
                        guard k == n else { return nil }
                        ranges.append(base + start..<base + j)
                        // No part may be empty or start or end with a comma ("[1,,2]", "[1,]"):
                        // a part could then parse where the whole file does not.
                        for r in ranges {
                            var lo = r.lowerBound - base, hi = r.upperBound - base
                            while lo < hi, isSpace(bytes[lo]) { lo += 1 }
                            while hi > lo, isSpace(bytes[hi - 1]) { hi -= 1 }
                            guard lo < hi, bytes[lo] != UInt8(ascii: ","), bytes[hi - 1] != UInt8(ascii: ",") else { return nil }
                        }
                        return ranges
                    }
                } else if b == UInt8(ascii: ","), depth == 1, j >= target {
                    ranges.append(base + start..<base + j)
                    start = j + 1
                    target = j + step
                }
                j += 1
            }
            return nil  // unfinished
        }
    }
}
