import Foundation
import ScopeModel

/// Where a record starts and where the reading may resume after a broken one: a record's line,
/// an element whose chain of elements reaches the list's proven end, a broken record that
/// starts with the list's first key.
extension JSONRecordScanner.Walker {
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
