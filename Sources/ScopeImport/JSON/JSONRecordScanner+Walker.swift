import Foundation
import ScopeModel

/// Element by element: a file that does not parse whole, read one element at a time, resuming
/// at the next boundary it can prove.
extension JSONRecordScanner {
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
    }
}
