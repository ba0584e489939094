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
        let fileLocation = SourceLocation(file: displayPath, position: .none)
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            return .failure(Failure(diagnostic: Diagnostic(.error, at: fileLocation, kind: nil, recordID: nil, field: nil,
                                                           "empty file, no records read"), reason: "empty file"))
        }
        if data.count >= JSONArraySplit.minimumBytes, let elements = JSONArraySplit.elements(data) {
            return .success(.list(elements))
        }
        if let value = JSONFastParse.value(data) { return .success(value) }
        do {
            return .success(RawValue(json: try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])))
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
        switch root {
        case .list(let l):
            items = l
            prefix = "$"
        case .object(let o):
            let key = o[kind.folder] != nil ? kind.folder : o.keys.sorted().first { if case .list = o[$0]! { return true } else { return false } }
            guard let key, case .list(let l) = o[key]! else {
                return ([], [Diagnostic(.error, at: fileLocation, kind: nil, recordID: nil, field: nil,
                                        "expected an array of records, or an object holding one; found an object without an array")])
            }
            items = l
            prefix = "$.\(key)"
        default:
            return ([], [Diagnostic(.error, at: fileLocation, kind: nil, recordID: nil, field: nil,
                                    "expected an array of records, found \(root.excerpt)")])
        }
        var records: [RawRecord] = []
        var problems: [Diagnostic] = []
        records.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            let loc = SourceLocation(file: displayPath, position: .jsonPath("\(prefix)[\(i)]"))
            guard case .object(let fields) = item else {
                problems.append(Diagnostic(.error, at: loc, kind: kind, recordID: nil, field: nil,
                                           "expected an object, found \(item.excerpt); record rejected"))
                continue
            }
            records.append(RawRecord(fields: fields, location: loc))
        }
        return (records, problems)
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
