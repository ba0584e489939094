import Foundation
import ScopeModel

/// A JSON array of records that does not parse as a whole (a file cut short, a missing comma)
/// is read element by element, so that one broken record does not lose the others: the
/// elements are found by their nesting (strings and escapes respected), each parsed alone; a
/// broken or unfinished one is rejected with its position and line. Two records with no comma
/// between them are two elements, each read.
enum JSONSalvage {
    static func records(_ data: Data, displayPath: String, kind: RecordKind, error: String) -> (records: [RawRecord], problems: [Diagnostic])? {
        let bytes = [UInt8](data)
        var i = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        func skipSpace() { while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 } }
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "[") else { return nil }
        i += 1
        var records: [RawRecord] = []
        var problems: [Diagnostic] = []
        var index = 0
        var line = 1 + bytes[..<i].filter { $0 == 0x0A }.count
        var ended = false
        var repeated: [Int] = []
        while true {
        while !ended {
            // Count lines as we skip, so each element knows where it starts.
            while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { if bytes[i] == 0x0A { line += 1 }; i += 1 }
            if i >= bytes.count { break }
            if bytes[i] == UInt8(ascii: "]") { ended = true; break }
            let start = i, startLine = line
            var depth = 0, inString = false, escaped = false
            var closed = false
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x0A { line += 1 }
                if inString {
                    if escaped { escaped = false } else if b == UInt8(ascii: "\\") { escaped = true } else if b == UInt8(ascii: "\"") { inString = false }
                } else if b == UInt8(ascii: "\"") { inString = true }
                else if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") { depth += 1 }
                else if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") {
                    if depth == 0 { closed = true; ended = true; break }  // the array's own end
                    depth -= 1
                    if depth == 0 {
                        // The record's end. A record that follows with no comma between is a
                        // record of its own, not part of this one (the file's message says where
                        // the comma is missing).
                        var k = i + 1
                        while k < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[k]) { k += 1 }
                        if k < bytes.count, bytes[k] == UInt8(ascii: "{") { i += 1; closed = true; break }
                    }
                } else if b == UInt8(ascii: ","), depth == 0 { closed = true; break }
                i += 1
            }
            let element = Data(bytes[start..<i])
            let loc = SourceLocation(file: displayPath, position: .jsonPath("$[\(index)]"))
            if !closed && (depth > 0 || inString) {
                problems.append(Diagnostic(.error, at: loc, kind: kind, recordID: idGuess(element), field: nil,
                                           "the file ends inside this record (line \(startLine)), as if cut short; record rejected"))
            } else if !element.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
                do {
                    let value = RawValue(json: try JSONSerialization.jsonObject(with: element, options: [.fragmentsAllowed]))
                    repeated += JSONFastParse.duplicateKeys(element).map { $0 + start }
                    if case .object(let fields) = value {
                        records.append(RawRecord(fields: fields, location: loc))
                    } else {
                        problems.append(Diagnostic(.error, at: loc, kind: kind, recordID: nil, field: nil,
                                                   "expected an object, found \(value.excerpt); record rejected"))
                    }
                } catch {
                    // The parser's place, counted from the file's start.
                    problems.append(Diagnostic(.error, at: loc, kind: kind, recordID: idGuess(element), field: nil,
                                               "not valid JSON: \(JSONRecordReader.describe(error, in: bytes, from: start)); record rejected"))
                }
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: ",") { i += 1 }
            index += 1
        }
        // The array closed, yet the file goes on ("[r1],r2]", "[r1][r2]"): what follows is
        // read as more of its records, and said.
        guard ended else { break }
        var k = i + 1
        while k < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[k]) { k += 1 }
        guard k < bytes.count else { break }
        let closedLine = line
        while i < k { if bytes[i] == 0x0A { line += 1 }; i += 1 }
        let excerpt = String(decoding: bytes[k..<min(k + 40, bytes.count)], as: UTF8.self)
        problems.append(Diagnostic(.error, at: SourceLocation(file: displayPath, position: .line(closedLine)), kind: nil, recordID: nil, field: nil,
                                   "the array closes on line \(closedLine) but the file goes on (\"\(excerpt)\"…); what follows is read as more of its records"))
        if bytes[i] == UInt8(ascii: ",") || bytes[i] == UInt8(ascii: "[") { i += 1 }
        ended = false
        }
        problems += JSONRecordReader.duplicateKeyWarnings(repeated, in: bytes, displayPath: displayPath)
        let read = records.count + problems.filter { $0.kind != nil }.count
        problems.insert(Diagnostic(.error, at: SourceLocation(file: displayPath, position: .none), kind: nil, recordID: nil, field: nil,
                                   "not valid JSON (\(error)); its \(read == 1 ? "1 record was" : "\(read) records were") read one by one, "
                                   + "\(problems.filter { $0.kind != nil }.count) rejected"), at: 0)
        return (records, problems)
    }

    /// The `"id"` of a broken record, when it can be seen.
    static func idGuess(_ element: Data) -> String? {
        let text = String(decoding: element, as: UTF8.self)
        guard let r = text.range(of: #""id"\s*:\s*"([^"\\]*)""#, options: .regularExpression) else { return nil }
        let m = text[r]
        guard let q = m.dropLast().lastIndex(of: "\"") else { return nil }
        return String(m[m.index(after: q)..<m.index(before: m.endIndex)])
    }
}
