import Foundation
import ScopeConcurrency

/// The parallel path: a valid array of 1 MB and more, cut at the commas between its elements.
extension JSONRecordScanner {
    /// A valid root array of 1 MB and more, its parts parsed on every core; nil when anything
    /// is not certain (then the file is parsed on one core, which finds and says what is wrong).
    static func parallel(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Document? {
        let parts = ProcessInfo.processInfo.activeProcessorCount * 4
        guard parts > 1, start + 1 < b.count, b[start] == UInt8(ascii: "["), b[start + 1] != 0,
              let ranges = partRanges(b, open: start, parts: parts), ranges.count > 1 else { return nil }
        // One task per part; a part that does not parse as the elements of the list sends the
        // whole file to the element-by-element reading.
        // The file's bytes, read by every part and written by none.
        let bytes = Shared(b)
        let parsed: [(items: [RawValue]?, duplicates: [Int])] = Parallel.map(count: ranges.count, runs: ranges.count) { part in
            let range = ranges[part.lowerBound], b = bytes.pointer
            var p = JSONParser(b, at: range.lowerBound)
            var items: [RawValue] = []
            while true {
                p.skipSpace()
                guard let v = p.value() else { return (nil, []) }
                items.append(v)
                p.skipSpace()
                if p.i == range.upperBound { break }
                guard p.i < range.upperBound, b[p.i] == UInt8(ascii: ",") else { return (nil, []) }
                p.i += 1
            }
            return (items, p.duplicates)
        }
        let results = parsed.map(\.items), repeated = parsed.map(\.duplicates)
        var all: [RawValue] = []
        all.reserveCapacity(results.reduce(0) { $0 + ($1?.count ?? 0) })
        for r in results {
            guard let r else { return nil }
            all += r
        }
        return Document(root: .list(all), duplicateKeys: repeated.flatMap { $0 })
    }

    /// The parts' byte ranges: between the array's `[` and `]`, cut at commas that separate its
    /// elements (found by nesting, strings and escapes respected); nil unless the array ends the file.
    static func partRanges(_ b: UnsafeBufferPointer<UInt8>, open: Int, parts: Int) -> [Range<Int>]? {
        let n = b.count
        let step = max(1, (n - open) / parts)
        var target = open + step, start = open + 1, depth = 1, j = open + 1
        var ranges: [Range<Int>] = []
        while j < n {
            let c = b[j]
            if c == UInt8(ascii: "\"") {
                j += 1
                while j < n, b[j] != UInt8(ascii: "\"") { j += b[j] == UInt8(ascii: "\\") ? 2 : 1 }
                if j >= n { return nil }
            } else if c == UInt8(ascii: "[") || c == UInt8(ascii: "{") {
                depth += 1
            } else if c == UInt8(ascii: "]") || c == UInt8(ascii: "}") {
                depth -= 1
                if depth == 0 {
                    guard c == UInt8(ascii: "]") else { return nil }
                    var k = j + 1
                    while k < n, JSONParser.isSpace(b[k]) { k += 1 }
                    guard k == n else { return nil }
                    ranges.append(start..<j)
                    return ranges
                }
            } else if c == UInt8(ascii: ","), depth == 1, j >= target {
                ranges.append(start..<j)
                start = j + 1
                target = j + step
            }
            j += 1
        }
        return nil
    }
}
