import Foundation
import ScopeModel

/// Reads a JSON export: an array of records, or an object holding one (the first array
/// member, or the member named after the kind, `notices`, `programmations`, `buyers`).
struct JSONRecordReader {
    let displayPath: String
    let kind: RecordKind

    func read(_ data: Data) -> (records: [RawRecord], problems: [Diagnostic]) {
        switch Self.parse(data, displayPath: displayPath) {
        case .failure(let f): return ([], [f.diagnostic])
        case .success(let root): return records(in: root)
        }
    }

    /// Why a file is not JSON: the message for the publisher, and the parser's reason alone
    /// (for the record-by-record reading that may follow).
    struct Failure: Error {
        let diagnostic: Diagnostic
        let reason: String
    }

    /// The file's JSON, or the error that names it.
    static func parse(_ data: Data, displayPath: String) -> Result<RawValue, Failure> {
        var warnings: [Diagnostic] = []
        return parse(data, displayPath: displayPath, warnings: &warnings)
    }

    /// The same, with a warning for each key met twice in one object (its line and column):
    /// the second value is the one read.
    static func parse(_ data: Data, displayPath: String, warnings: inout [Diagnostic]) -> Result<RawValue, Failure> {
        var duplicates: [Int] = []
        let result = parseNoting(data, displayPath: displayPath, duplicateKeys: &duplicates)
        guard !duplicates.isEmpty, case .success = result else { return result }
        warnings += duplicateKeyWarnings(duplicates, in: [UInt8](data), displayPath: displayPath)
        return result
    }

    /// A warning for each repeated key, at `offsets` in `bytes` (the file's).
    static func duplicateKeyWarnings(_ offsets: [Int], in bytes: [UInt8], displayPath: String) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        var line = 1, lineStart = 0, at = 0
        for offset in offsets.sorted() where offset < bytes.count {
            while at < offset { if bytes[at] == 0x0A { line += 1; lineStart = at + 1 }; at += 1 }
            var end = offset + 1
            while end < bytes.count, bytes[end] != UInt8(ascii: "\""), end - offset < 80 { end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1 }
            let key = String(decoding: bytes[(offset + 1)..<min(end, bytes.count)], as: UTF8.self)
            warnings.append(Diagnostic(.warning, at: SourceLocation(file: displayPath, position: .line(line)), kind: nil, recordID: nil, field: key,
                                       "the key \"\(key)\" appears twice in one object (line \(line), column \(offset - lineStart + 1)); "
                                       + "its second value is read, the first ignored"))
        }
        return warnings
    }

    private static func parseNoting(_ data: Data, displayPath: String, duplicateKeys: inout [Int]) -> Result<RawValue, Failure> {
        let fileLocation = SourceLocation(file: displayPath, position: .none)
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            return .failure(Failure(diagnostic: Diagnostic(.error, at: fileLocation, kind: nil, recordID: nil, field: nil,
                                                           "empty file, no records read"), reason: "empty file"))
        }
        if data.count >= JSONArraySplit.minimumBytes, let elements = JSONArraySplit.elements(data, duplicateKeys: &duplicateKeys) {
            return .success(.list(elements))
        }
        if let (value, dups) = JSONFastParse.parse(data) {
            duplicateKeys = dups
            return .success(value)
        }
        do {
            let value = RawValue(json: try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
            duplicateKeys = JSONFastParse.duplicateKeys(data)
            return .success(value)
        } catch {
            let reason = Self.describe(error, in: data, from: data.startIndex)
            return .failure(Failure(diagnostic: Diagnostic(.error, at: fileLocation, kind: nil, recordID: nil, field: nil,
                                                           "not valid JSON: \(reason); no record of this file was read"), reason: reason))
        }
    }

    /// The records of a parsed file: its array, or the array an object holds.
    func records(in root: RawValue) -> (records: [RawRecord], problems: [Diagnostic]) {
        let fileLocation = SourceLocation(file: displayPath, position: .none)
        let items: [RawValue]
        let prefix: String
        var extra: [Diagnostic] = []
        switch root {
        case .list(let l):
            items = l
            prefix = "$"
        case .object(let o):
            let key = Self.recordsKey(o, kind: kind)
            guard let key, case .list(let l) = o[key]! else {
                return ([], [Diagnostic(.error, at: fileLocation, kind: nil, recordID: nil, field: nil,
                                        "expected an array of records, or an object holding one; found an object without an array "
                                        + "(keys \(o.keys.sorted().prefix(8).joined(separator: ", "))\(o.count > 8 ? "…" : ""))")])
            }
            items = l
            prefix = "$.\(key)"
            // One list of records a file: any other is said, never dropped without a word.
            for other in o.keys.sorted() where other != key && !Self.apiMetadata.contains(other) {
                guard case .list(let more) = o[other]!, more.contains(where: { if case .object = $0 { return true } else { return false } }) else { continue }
                extra.append(Diagnostic(.error, at: SourceLocation(file: displayPath, position: .jsonPath("$.\(other)")), kind: nil, recordID: nil,
                                        field: other, "a second list of records (\(more.count) element\(more.count == 1 ? "" : "s")) beside \"\(key)\", "
                                        + "which is the one read: a file holds one list; these were not read (put them in a file of their own)"))
            }
        default:
            return ([], [Diagnostic(.error, at: fileLocation, kind: nil, recordID: nil, field: nil,
                                    "expected an array of records, found \(root.excerpt)")])
        }
        var records: [RawRecord] = []
        var problems = extra
        records.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            let loc = SourceLocation(file: displayPath, position: .jsonPath("\(prefix)[\(i)]"))
            guard case .object(let fields) = item else {
                problems.append(Diagnostic(.error, at: loc, kind: kind, recordID: nil, field: nil,
                                           "expected an object, found \(item.excerpt); record rejected"))
                continue
            }
            // Opendatasoft's API v1 wraps each record: `{"recordid": …, "fields": {…}}`.
            if let inner = Self.unwrapped(fields) {
                records.append(RawRecord(fields: inner, location: SourceLocation(file: displayPath, position: .jsonPath("\(prefix)[\(i)].fields"))))
                continue
            }
            records.append(RawRecord(fields: fields, location: loc))
        }
        return (records, problems)
    }

    /// Lists the Opendatasoft APIs put beside the records: not records.
    static let apiMetadata: Set<String> = ["facet_groups", "links", "parameters"]

    /// The member of an object that holds its records: the one named after the kind, else the
    /// API's names (`results` in Opendatasoft v2.1, `records` in v1), else the first list.
    static func recordsKey(_ o: [String: RawValue], kind: RecordKind?) -> String? {
        func isList(_ k: String) -> Bool { if case .list? = o[k] { return true } else { return false } }
        for k in [kind?.folder, "results", "records"].compactMap({ $0 }) where isList(k) { return k }
        return o.keys.sorted().first(where: isList)
    }

    /// The fields of an Opendatasoft API v1 record (`fields` beside `recordid` or `datasetid`).
    static func unwrapped(_ o: [String: RawValue]) -> [String: RawValue]? {
        guard case .object(let inner)? = o["fields"], o["recordid"] != nil || o["datasetid"] != nil else { return nil }
        return inner
    }

    /// The first record's fields of a parsed file (unwrapped as `records(in:)` does), to tell its format.
    static func firstRecord(in root: RawValue) -> [String: RawValue]? {
        let first: [String: RawValue]?
        switch root {
        case .list(let l): first = l.lazy.compactMap { Loose.object($0) }.first
        case .object(let o):
            first = recordsKey(o, kind: nil).flatMap { k in Loose.array(o[k]).lazy.compactMap { Loose.object($0) }.first }
        default: first = nil
        }
        guard let first else { return nil }
        return unwrapped(first) ?? first
    }

    /// The parser's message, with the line and column of the character it names, counted in
    /// `file` from `start` (where the parsed bytes begin in it).
    static func describe<C: BidirectionalCollection>(_ error: Error, in file: C, from start: C.Index) -> String where C.Element == UInt8 {
        var text = describe(error)
        if text.hasSuffix(".") { text.removeLast() }
        guard let r = text.range(of: #"character \d+"#, options: .regularExpression),
              let offset = Int(text[r].dropFirst("character ".count)),
              let end = file.index(start, offsetBy: offset, limitedBy: file.endIndex) else { return text }
        let before = file[..<end]
        let line = before.filter { $0 == 0x0A }.count + 1
        let column = before.count - (before.lastIndex(of: 0x0A).map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
        return text.replacingCharacters(in: r, with: "line \(line), column \(column)")
    }

    static func describe(_ error: Error) -> String {
        (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? error.localizedDescription
    }
}

extension Diagnostic: Error {}
