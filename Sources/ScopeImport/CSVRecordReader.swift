import CSV
import Foundation
import ScopeModel

/// Reads a CSV export: a header row of field names, `;` or `,` (detected from the header),
/// UTF-8 with or without a byte order mark, quoted fields that hold delimiters and newlines.
/// Each record remembers the line it starts on.
struct CSVRecordReader {
    let displayPath: String
    let kind: RecordKind

    func read(_ text: String) -> (records: [RawRecord], problems: [Diagnostic]) {
        var body = text
        if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
        let fileLocation = SourceLocation(file: displayPath, position: .none)
        if body.trimmed.isEmpty {
            return ([], [Diagnostic(.error, at: fileLocation, kind: nil, recordID: nil, field: nil, "empty file, no records read")])
        }
        let delimiter = Self.detectDelimiter(body)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: body, hasHeaderRow: true, trimFields: false, delimiter: delimiter)
        } catch {
            return ([], [Diagnostic(.error, at: SourceLocation(file: displayPath, position: .line(1)), kind: nil,
                                    recordID: nil, field: nil, "cannot read the CSV header: \(error)")])
        }
        let header = (reader.headerRow ?? []).map { $0.trimmed }
        var records: [RawRecord] = []
        var problems: [Diagnostic] = []
        var line = 2 + Self.newlines(in: reader.headerRow ?? [])
        while let row = reader.next() {
            let start = line
            line += 1 + Self.newlines(in: row)
            if row.allSatisfy({ $0.trimmed.isEmpty }) { continue }
            let loc = SourceLocation(file: displayPath, position: .line(start))
            if row.count != header.count {
                let idGuess = header.firstIndex(of: "id").flatMap { $0 < row.count ? row[$0] : nil }
                problems.append(Diagnostic(.error, at: loc, kind: kind, recordID: idGuess, field: nil,
                                           "row has \(row.count) fields, the header has \(header.count); record rejected"))
                continue
            }
            var fields: [String: RawValue] = [:]
            for (name, value) in zip(header, row) where !name.isEmpty {
                fields[name] = .string(value)
            }
            records.append(RawRecord(fields: fields, location: loc))
        }
        if let error = reader.error {
            problems.append(Diagnostic(.error, at: SourceLocation(file: displayPath, position: .line(line)), kind: nil,
                                       recordID: nil, field: nil,
                                       "CSV cannot be read past this line (\(error)); the rest of the file was not read"))
        }
        return (records, problems)
    }

    /// The delimiter that splits the header line into the most fields.
    static func detectDelimiter(_ text: String) -> UnicodeScalar {
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        var counts: [Character: Int] = [";": 0, ",": 0, "\t": 0]
        var quoted = false
        for c in firstLine {
            if c == "\"" { quoted.toggle() } else if !quoted, counts[c] != nil { counts[c]! += 1 }
        }
        let best = counts.max { a, b in a.value == b.value ? a.key > b.key : a.value < b.value }!
        return best.value == 0 ? "," : best.key.unicodeScalars.first!
    }

    static func newlines(in row: [String]) -> Int {
        var n = 0
        for field in row { for b in field.utf8 where b == 0x0A { n += 1 } }
        return n
    }
}
