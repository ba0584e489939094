import Foundation
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
}
