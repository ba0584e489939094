import Foundation
import ScopeModel

/// Reads a JSON export: an array of records, or an object holding one (the first array
/// member, or the member named after the kind, `notices`, `programmations`, `buyers`).
struct JSONRecordReader {
    let displayPath: String
    let kind: RecordKind

    func read(_ data: Data) -> (records: [RawRecord], problems: [Diagnostic]) {
        var warnings: [Diagnostic] = []
        switch Self.parse(data, displayPath: displayPath, kind: kind, warnings: &warnings) {
        case .failure(let f): return ([], [f.diagnostic])
        case .success(let doc):
            let (records, problems) = records(in: doc.root, salvage: doc.salvage)
            return (records, warnings + (doc.salvage?.problems ?? []) + problems)
        }
    }

    /// Why a file is not JSON: the message for the publisher, and the parser's reason alone.
    struct Failure: Error {
        let diagnostic: Diagnostic
        let reason: String
    }

    /// The file's JSON, or the error that names it.
    static func parse(_ data: Data, displayPath: String) -> Result<RawValue, Failure> {
        var warnings: [Diagnostic] = []
        return parse(data, displayPath: displayPath, kind: .notice, warnings: &warnings).flatMap { doc in
            doc.salvage == nil ? .success(doc.root) : .failure(Failure(diagnostic: Diagnostic(
                .error, at: SourceLocation(file: displayPath, position: .none), kind: nil, recordID: nil, field: nil,
                "not valid JSON \(doc.salvage!.reason); no record of this file was read"), reason: doc.salvage!.reason))
        }
    }

    /// The file's document — whole, or its list of records read element by element when it
    /// does not parse whole — with a warning for each key met twice in one object (its line and
    /// column: the second value is the one read); or the error that names the file.
    static func parse(_ data: Data, displayPath: String, kind: RecordKind, warnings: inout [Diagnostic]) -> Result<JSONRecordScanner.Document, Failure> {
        let fileLocation = SourceLocation(file: displayPath, position: .none)
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            return .failure(Failure(diagnostic: Diagnostic(.error, at: fileLocation, kind: nil, recordID: nil, field: nil,
                                                           "empty file, no records read"), reason: "empty file"))
        }
        switch JSONRecordScanner(data: data, displayPath: displayPath, kind: kind).read() {
        case .success(let doc):
            if !doc.duplicateKeys.isEmpty { warnings += duplicateKeyWarnings(doc.duplicateKeys, in: [UInt8](data), displayPath: displayPath) }
            return .success(doc)
        case .failure(let fault):
            let (line, column) = data.withUnsafeBytes { JSONRecordScanner.lineAndColumn($0.bindMemory(to: UInt8.self), fault.offset) }
            let reason = "at line \(line), column \(column): \(fault.reason)"
            return .failure(Failure(diagnostic: Diagnostic(.error, at: fileLocation, kind: nil, recordID: nil, field: nil,
                                                           "not valid JSON \(reason); no record of this file was read"), reason: reason))
        }
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

    /// The records of a parsed file: its array, or the array an object holds.
    /// Its elements keep their place in the file (`$[i]`): a file read element by element
    /// gives each kept element's index in `salvage`.
    func records(in root: RawValue, salvage: JSONRecordScanner.Salvage? = nil) -> (records: [RawRecord], problems: [Diagnostic]) {
        let fileLocation = SourceLocation(file: displayPath, position: .none)
        let items: [RawValue]
        let prefix: String
        var extra: [Diagnostic] = []
        switch root {
        case .list(let l):
            items = l
            prefix = "$"
        case .object(let o):
            let key = salvage?.listKey ?? Self.recordsKey(o, kind: kind)
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
        for (k, item) in items.enumerated() {
            let i = salvage.map { $0.sourceIndex[k] } ?? k
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
}

extension Diagnostic: Error {}
