import Foundation
import ScopeConcurrency
import ScopeModel

/// Finds the elements of a JSON export's list of records — the file's array, or the array an
/// object holds — and parses each with `JSONParser`.
///
/// - A valid file is parsed whole; a large array (1 MB and more) is cut at the commas between
///   its elements into parts parsed on every core.
/// - A file that does not parse whole is read element by element: a broken element is
///   rejected by itself (its line, column, reason and id if readable), and the scan resumes at
///   the next element boundary it can prove — an object that parses whole and is followed by
///   more such objects up to the array's own end (and, for an array inside an object, the
///   object's end and the file's), or up to another broken record. One stray quote costs one
///   record, never the records after it.
struct JSONRecordScanner {
    /// Files smaller than this are parsed on one core.
    static let parallelBytes = 1 << 20

    /// A file read whole, or element by element.
    struct Document {
        var root: RawValue
        var duplicateKeys: [Int]
        /// Set when the file did not parse whole and its list of records was read element by element.
        var salvage: Salvage?
    }

    struct Salvage {
        /// The first fault, with its line and column.
        var reason: String
        /// Record-level errors (a kind set: each a record read and rejected) and file-level ones.
        var problems: [Diagnostic]
        /// For each element kept in the list, its index in the file's list.
        var sourceIndex: [Int]
        /// The member of the root object that holds the list, nil for a root array.
        var listKey: String?
    }

    let data: Data
    let displayPath: String
    let kind: RecordKind

    /// The file's document, or the fault that stops it (with its line and column).
    func read() -> Result<Document, JSONParser.Fault> {
        data.withUnsafeBytes { raw in
            let b = raw.bindMemory(to: UInt8.self)
            var start = 0
            if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { start = 3 }
            while start < b.count, JSONParser.isSpace(b[start]) { start += 1 }
            if b.count - start >= Self.parallelBytes, let doc = Self.parallel(b, from: start) { return .success(doc) }
            var p = JSONParser(b, at: start)
            if let v = p.value() {
                p.skipSpace()
                if p.i == b.count { return .success(Document(root: v, duplicateKeys: p.duplicates)) }
            }
            let fault = p.fault ?? JSONParser.Fault(offset: p.i, reason: "\(p.found) after the end of the JSON text")
            var walker = Walker(b: b, displayPath: displayPath, kind: kind)
            guard let doc = walker.salvage(from: start, fault: fault) else { return .failure(fault) }
            return .success(doc)
        }
    }

    /// Line and column (in characters, as an editor counts them) of a byte offset, from the file's start.
    static func lineAndColumn(_ b: UnsafeBufferPointer<UInt8>, _ offset: Int) -> (line: Int, column: Int) {
        var line = 1, lineStart = 0
        for k in 0..<min(offset, b.count) where b[k] == 0x0A { line += 1; lineStart = k + 1 }
        return (line, column(b, from: lineStart, to: offset))
    }

    /// The column of `offset` on the line starting at `lineStart`: UTF-8 lead bytes counted.
    static func column(_ b: UnsafeBufferPointer<UInt8>, from lineStart: Int, to offset: Int) -> Int {
        var n = 1
        for k in lineStart..<min(offset, b.count) where b[k] & 0xC0 != 0x80 { n += 1 }
        return n
    }

    // MARK: The parallel path

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

    // MARK: Element by element

    struct Walker {
        let b: UnsafeBufferPointer<UInt8>
        let displayPath: String
        let kind: RecordKind
        var elements: [RawValue] = []
        var sourceIndex: [Int] = []
        var problems: [Diagnostic] = []
        var duplicates: [Int] = []
        /// Whether the chain of elements from a candidate start reaches a proven end.
        var proven: [Int: Bool] = [:]
        var listKey: String?
        var prefix = "$"
        /// In a file of one record a line (or pretty-printed), the spaces before each record's
        /// `{` at the start of its line, as before the first: every such line starts a record.
        var recordIndent: [UInt8]?
        /// The first key of the list's first record (`"id"`), as bytes: in a file of one line, a
        /// broken object that starts with it after a comma is a broken record, not lost bytes.
        var firstKey: [UInt8]?

        /// The bytes of the first key (quotes included) of the object that opens the list, or nil.
        static func firstKey(_ b: UnsafeBufferPointer<UInt8>, after open: Int) -> [UInt8]? {
            var k = open + 1
            while k < b.count, JSONParser.isSpace(b[k]) { k += 1 }
            guard k < b.count, b[k] == UInt8(ascii: "{") else { return nil }
            return key(b, in: k)
        }

        /// The first key (quotes included) of the object opening at `q`, or nil.
        static func key(_ b: UnsafeBufferPointer<UInt8>, in q: Int) -> [UInt8]? {
            var k = q + 1
            while k < b.count, JSONParser.isSpace(b[k]) { k += 1 }
            guard k < b.count, b[k] == UInt8(ascii: "\"") else { return nil }
            var end = k + 1
            while end < b.count, b[end] != UInt8(ascii: "\""), end - k < 80 { end += b[end] == UInt8(ascii: "\\") ? 2 : 1 }
            guard end < b.count, b[end] == UInt8(ascii: "\"") else { return nil }
            return Array(b[k...end])
        }

        /// Whether `q`, after a comma, opens an object that starts with the records' first key and
        /// does not parse: a broken record of its own (a nested object of a broken record parses).
        func startsBrokenRecord(_ q: Int) -> Bool {
            guard let firstKey, startsElement(q), Self.key(b, in: q) == firstKey else { return false }
            var p = JSONParser(b, at: q)
            return p.value() == nil
        }

        /// The white space on the first record's line before its `{`, when the record starts a
        /// line of its own after the list's `[`; nil otherwise.
        static func indent(_ b: UnsafeBufferPointer<UInt8>, after open: Int) -> [UInt8]? {
            var k = open + 1, lineStart: Int?
            while k < b.count, JSONParser.isSpace(b[k]) {
                if b[k] == 0x0A { lineStart = k + 1 }
                k += 1
            }
            guard let lineStart, k < b.count, b[k] == UInt8(ascii: "{") else { return nil }
            return Array(b[lineStart..<k])
        }

        /// Whether `q` is a `{` that starts its line with the records' indentation, after a comma
        /// or another record's end: in a line-structured file, a record's start whatever its content.
        func startsRecordLine(_ q: Int) -> Bool {
            guard let indent = recordIndent, q >= indent.count + 1 else { return false }
            let lineStart = q - indent.count
            guard b[lineStart - 1] == 0x0A, indent.indices.allSatisfy({ b[lineStart + $0] == indent[$0] }) else { return false }
            var k = lineStart - 1
            while k >= 0, JSONParser.isSpace(b[k]) { k -= 1 }
            return k >= 0 && (b[k] == UInt8(ascii: ",") || b[k] == UInt8(ascii: "}"))
        }

        init(b: UnsafeBufferPointer<UInt8>, displayPath: String, kind: RecordKind) {
            self.b = b
            self.displayPath = displayPath
            self.kind = kind
        }

        /// The document with its list of records read element by element, or nil when the
        /// fault is not inside that list (then nothing of the file can be trusted).
        mutating func salvage(from start: Int, fault: JSONParser.Fault) -> Document? {
            guard start < b.count else { return nil }
            let (line, column) = lineAndColumn(fault.offset)
            cursor = (0, 1)
            let reason = "at line \(line), column \(column): \(fault.reason)"
            if b[start] == UInt8(ascii: "[") {
                guard start + 1 < b.count, b[start + 1] != 0 else { return nil }  // UTF-16 says itself elsewhere
                _ = list(open: start, inObject: false)
                return finish(root: .list(elements), reason: reason)
            }
            guard b[start] == UInt8(ascii: "{") else { return nil }
            // An object: its members parsed one by one; the first list that does not parse is read element by element.
            var fields: [String: RawValue] = [:]
            var p = JSONParser(b, at: start + 1)
            p.skipSpace()
            if p.i < b.count, b[p.i] == UInt8(ascii: "}") { return nil }
            while true {
                guard p.i < b.count, b[p.i] == UInt8(ascii: "\""), case .string(let key)? = p.value() else { return nil }
                p.skipSpace()
                guard p.i < b.count, b[p.i] == UInt8(ascii: ":") else { return nil }
                p.i += 1
                p.skipSpace()
                let at = p.i
                if let v = p.value() {
                    fields[key] = v
                } else if listKey == nil, at < b.count, b[at] == UInt8(ascii: "["), (p.fault?.offset ?? at) >= at {
                    listKey = key
                    prefix = "$.\(key)"
                    // A file cut short inside its list: the records before the cut are still read.
                    guard let end = list(open: at, inObject: true) else {
                        fields[key] = .list(elements)
                        return finish(root: .object(fields), reason: reason)
                    }
                    fields[key] = .list(elements)
                    p = JSONParser(b, at: end)
                } else {
                    return nil
                }
                duplicates += p.duplicates
                p.duplicates = []
                p.skipSpace()
                guard p.i < b.count else { return nil }
                if b[p.i] == UInt8(ascii: "}") { break }
                guard b[p.i] == UInt8(ascii: ",") else { return nil }
                p.i += 1
                p.skipSpace()
            }
            p.i += 1
            p.skipSpace()
            guard p.i == b.count, listKey != nil else { return nil }
            return finish(root: .object(fields), reason: reason)
        }

        func finish(root: RawValue, reason: String) -> Document {
            let rejected = problems.filter { $0.kind != nil }.count
            let read = elements.count + rejected
            let summary = Diagnostic(.error, at: SourceLocation(file: displayPath, position: .none), kind: nil, recordID: nil, field: nil,
                                     "not valid JSON \(reason); its \(read == 1 ? "1 record was" : "\(read) records were") read one by one, "
                                     + "\(rejected) rejected")
            return Document(root: root, duplicateKeys: duplicates,
                            salvage: Salvage(reason: reason, problems: [summary] + problems, sourceIndex: sourceIndex, listKey: listKey))
        }

        func location(_ index: Int) -> SourceLocation { SourceLocation(file: displayPath, position: .jsonPath("\(prefix)[\(index)]")) }

        /// The last line counted: lines are asked for in the file's order, so counting goes on from there.
        var cursor = (offset: 0, line: 1)

        mutating func line(_ offset: Int) -> Int {
            if offset < cursor.offset { cursor = (0, 1) }
            var (k, n) = cursor
            let end = min(offset, b.count)
            while k < end { if b[k] == 0x0A { n += 1 }; k += 1 }
            cursor = (end, n)
            return n
        }

        mutating func lineAndColumn(_ offset: Int) -> (line: Int, column: Int) {
            let n = line(offset)
            var k = min(offset, b.count)
            while k > 0, b[k - 1] != 0x0A { k -= 1 }
            return (n, JSONRecordScanner.column(b, from: k, to: offset))
        }

        mutating func skipSpace(_ i: inout Int) { while i < b.count, JSONParser.isSpace(b[i]) { i += 1 } }

        /// Reads the list opened at `open`, element by element; the offset after its `]`, or nil
        /// when the file ends first.
        mutating func list(open: Int, inObject: Bool) -> Int? {
            var i = open + 1
            var index = 0
            recordIndent = Self.indent(b, after: open)
            firstKey = Self.firstKey(b, after: open)
            while true {
                skipSpace(&i)
                guard i < b.count else {
                    problems.append(Diagnostic(.error, at: SourceLocation(file: displayPath, position: .line(line(i))), kind: nil, recordID: nil, field: nil,
                                               "the file ends before the list of records closes (opened at line \(line(open))), as if cut short"))
                    return nil
                }
                if b[i] == UInt8(ascii: "]") {
                    i += 1
                    if inObject { return i }
                    // The array closed, yet the file goes on ("[r1],r2]", "[r1][r2]"): what
                    // follows is read as more of its records, and said.
                    var k = i
                    skipSpace(&k)
                    guard k < b.count else { return i }
                    let excerpt = String(decoding: UnsafeBufferPointer(rebasing: b[k..<min(k + 40, b.count)]), as: UTF8.self)
                    problems.append(Diagnostic(.error, at: SourceLocation(file: displayPath, position: .line(line(i - 1))), kind: nil, recordID: nil, field: nil,
                                               "the array closes on line \(line(i - 1)) but the file goes on (\"\(excerpt)\"…); what follows is read as more of its records"))
                    i = k
                    if b[i] == UInt8(ascii: ",") || b[i] == UInt8(ascii: "[") { i += 1 }
                    continue
                }
                if b[i] == UInt8(ascii: ",") {  // an empty element, "[a,,b]"
                    problems.append(Diagnostic(.warning, at: SourceLocation(file: displayPath, position: .line(line(i))), kind: nil, recordID: nil, field: nil,
                                               "two commas with no record between them; the second is ignored"))
                    i += 1
                    continue
                }
                var p = JSONParser(b, at: i)
                if let v = p.value() {
                    duplicates += p.duplicates
                    if case .object = v {
                        elements.append(v)
                        sourceIndex.append(index)
                    } else {
                        problems.append(Diagnostic(.error, at: location(index), kind: kind, recordID: nil, field: nil,
                                                   "expected an object, found \(v.excerpt); record rejected"))
                    }
                    index += 1
                    i = p.i
                    skipSpace(&i)
                    if i < b.count, b[i] == UInt8(ascii: ",") { i += 1; continue }
                    if i >= b.count || b[i] == UInt8(ascii: "]") { continue }
                    if b[i] == UInt8(ascii: "{") {
                        // Two records with no comma between them: each is read, and the gap said.
                        problems.append(Diagnostic(.warning, at: SourceLocation(file: displayPath, position: .line(line(i))), kind: nil, recordID: nil, field: nil,
                                                   "a comma is missing before the record that starts on line \(line(i)); both records are read"))
                        continue
                    }
                    // Something else after a whole record: skipped to the next record that reads whole.
                    let fault = JSONParser.Fault(offset: i, reason: "\(JSONParser.describe(b, at: i)) after a record, where ',' or ']' was expected")
                    guard let next = resume(after: i, fault: fault, index: nil, inObject: inObject) else { return nil }
                    i = next
                    continue
                }
                let fault = p.fault!
                let next = resume(after: i, fault: fault, index: index, inObject: inObject)
                index += 1
                guard let next else { return nil }
                i = next
            }
        }

        /// Says what is lost from `start` and finds where records read again: the offset of the
        /// next proven record start, or nil when none follows.
        mutating func resume(after start: Int, fault: JSONParser.Fault, index: Int?, inObject: Bool) -> Int? {
            var next: Int?
            var q = max(fault.offset, start + 1)
            while q < b.count {
                if b[q] == UInt8(ascii: "{"), startsRecordLine(q) || (startsElement(q) && chainIsProven(q, inObject: inObject)) || startsBrokenRecord(q) {
                    next = q
                    break
                }
                q += 1
            }
            let end = next ?? b.count
            let region = UnsafeBufferPointer(rebasing: b[start..<end])
            let firstLine = line(start)
            let (faultLine, column) = lineAndColumn(fault.offset)
            // The skipped bytes end on the line before the next record's, or the file's last.
            var lastLine = next.map { line($0) } ?? line(b.count)
            if let next, isLineStart(next), lastLine > firstLine { lastLine -= 1 }
            let ids = Self.ids(in: UnsafeBufferPointer(rebasing: region.prefix(1 << 16)))
            let span = lastLine > firstLine ? "lines \(firstLine)–\(lastLine)" : "line \(firstLine)"
            let skipped = next == nil ? "" : "; reading goes on at line \(line(next!))"
            if let index {
                let cut = next == nil && fault.reason.hasPrefix("the file ends")  // the last record, cut short
                let message = cut
                    ? "the file ends inside this record (line \(firstLine)), as if cut short; record rejected"
                    : "not valid JSON at line \(faultLine), column \(column): \(fault.reason); record rejected (\(span) skipped\(skipped))"
                problems.append(Diagnostic(.error, at: location(index), kind: kind, recordID: ids.first, field: nil,
                                           message + (ids.count > 1 ? "; the skipped bytes also name \(ids.dropFirst().prefix(5).map { "\"\($0)\"" }.joined(separator: ", "))" : "")))
            } else {
                problems.append(Diagnostic(.error, at: SourceLocation(file: displayPath, position: .line(faultLine)), kind: ids.isEmpty ? nil : kind,
                                           recordID: ids.first, field: nil,
                                           "not valid JSON at line \(faultLine), column \(column): \(fault.reason); \(span) skipped\(skipped)"))
            }
            return next
        }

        /// Whether only white space stands between the line's start and `q`.
        func isLineStart(_ q: Int) -> Bool {
            var k = q - 1
            while k >= 0, b[k] == 0x20 || b[k] == 0x09 { k -= 1 }
            return k < 0 || b[k] == 0x0A
        }

        /// Whether `q` can start an element: after a comma, the list's `[`, or another element's end.
        func startsElement(_ q: Int) -> Bool {
            var k = q - 1
            while k >= 0, JSONParser.isSpace(b[k]) { k -= 1 }
            guard k >= 0 else { return false }
            return b[k] == UInt8(ascii: ",") || b[k] == UInt8(ascii: "[") || b[k] == UInt8(ascii: "}")
        }

        /// Whether the objects from `q` on, one after another, reach the list's end — and that
        /// end the file's (for a list inside an object, the object's end and then the file's) —
        /// or another broken record. A nested list of objects inside a broken record never does:
        /// what follows its `]` is the record's own fields.
        mutating func chainIsProven(_ q: Int, inObject: Bool) -> Bool {
            var visited: [Int] = []
            var at = q
            var outcome = false
            while true {
                if let known = proven[at] { outcome = known; break }
                visited.append(at)
                var p = JSONParser(b, at: at)
                // Another broken record ends the chain (but not the candidate itself); any
                // value is an element (a bare value is read and rejected as not a record).
                guard let v = p.value() else { outcome = at != q; break }
                if at == q, case .object = v {} else if at == q { break }
                var i = p.i
                skipSpace(&i)
                if i >= b.count { outcome = true; break }  // cut short after a whole record
                if b[i] == UInt8(ascii: ",") {
                    i += 1
                    skipSpace(&i)
                    if i >= b.count { outcome = true; break }
                    at = i
                    continue
                }
                if b[i] == UInt8(ascii: "{") { at = i; continue }
                guard b[i] == UInt8(ascii: "]") else { break }
                outcome = endsDocument(after: i + 1, inObject: inObject)
                break
            }
            for v in visited { proven[v] = outcome }
            return outcome
        }

        /// Whether the bytes after the list's `]` end the document: white space (a root
        /// array), or the rest of the root object's members, its `}` and white space.
        func endsDocument(after i: Int, inObject: Bool) -> Bool {
            var p = JSONParser(b, at: i)
            p.skipSpace()
            if !inObject { return p.i == b.count }
            while p.i < b.count, b[p.i] == UInt8(ascii: ",") {
                p.i += 1
                p.skipSpace()
                guard p.i < b.count, b[p.i] == UInt8(ascii: "\""), p.value() != nil else { return false }
                p.skipSpace()
                guard p.i < b.count, b[p.i] == UInt8(ascii: ":") else { return false }
                p.i += 1
                p.skipSpace()
                guard p.value() != nil else { return false }
                p.skipSpace()
            }
            guard p.i < b.count, b[p.i] == UInt8(ascii: "}") else { return false }
            p.i += 1
            p.skipSpace()
            return p.i == b.count
        }

        /// The `"id"` values seen in skipped bytes, in order, each once.
        static func ids(in region: UnsafeBufferPointer<UInt8>) -> [String] {
            let text = String(decoding: region, as: UTF8.self)
            var out: [String] = []
            var from = text.startIndex
            while let r = text.range(of: #""id"\s*:\s*"([^"\\]{1,80})""#, options: .regularExpression, range: from..<text.endIndex) {
                let m = text[r].dropLast()
                if let q = m.lastIndex(of: "\"") {
                    let id = String(m[m.index(after: q)...])
                    if !out.contains(id) { out.append(id) }
                }
                from = r.upperBound
                if out.count > 6 { break }
            }
            return out
        }
    }
}
