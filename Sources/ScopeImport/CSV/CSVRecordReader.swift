import Foundation
import ScopeModel

/// Reads a CSV export: a header row of field names, `;` or `,` (detected from the header),
/// UTF-8 with or without a byte order mark, quoted fields that hold delimiters and newlines.
/// Each record remembers the line it starts on. One pass over the bytes (`CSVScanner`): a quote
/// that never closes, or a row that ran over lines to the wrong number of fields, rejects its
/// own row and the lines after are read as rows, in linear time and memory.
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
        let bytes = Array(body.utf8)
        var scanner = CSVScanner(bytes, delimiter: UInt8(truncatingIfNeeded: Self.detectDelimiter(body).value))
        guard let headerRow = scanner.next() else {
            return ([], [Diagnostic(.error, at: fileLocation, kind: nil, recordID: nil, field: nil, "empty file, no records read")])
        }
        if let column = headerRow.unclosedQuote {
            return ([], [Diagnostic(.error, at: SourceLocation(file: displayPath, position: .line(1)), kind: nil, recordID: nil, field: nil,
                                    "the header's quote opened at column \(column) never closes: no row of this file could be read")])
        }
        let header = headerRow.fields.map { $0.trimmed }
        var records: [RawRecord] = []
        var problems = repeatedColumns(header)
        // The file's last line that is not blank, for "the N lines after it".
        var lastLine = 1 + bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        var k = bytes.count
        while k > 0, bytes[k - 1] == 0x0A || bytes[k - 1] == 0x0D || bytes[k - 1] == 0x20 || bytes[k - 1] == 0x09 {
            if bytes[k - 1] == 0x0A { lastLine -= 1 }
            k -= 1
        }
        var rereadUntil = -1
        while true {
            if scanner.i >= rereadUntil { scanner.singleLine = false }
            guard let row = scanner.next() else { break }
            if row.fields.allSatisfy({ $0.trimmed.isEmpty }) { continue }
            let loc = SourceLocation(file: displayPath, position: .line(row.line))
            // Two exports joined end to end: the second one's header (and byte order mark) in the middle.
            if row.fields.count == header.count, let first = row.fields.first, first.hasSuffix(header[0]),
               row.fields.map({ $0.replacingOccurrences(of: "\u{FEFF}", with: "").trimmed }) == header {
                problems.append(Diagnostic(.warning, at: loc, kind: nil, recordID: nil, field: nil,
                                           "the header row again (two exports joined?); skipped"))
                continue
            }
            let idGuess = header.firstIndex(of: "id").flatMap { $0 < row.fields.count ? row.fields[$0].trimmed : nil }
            if let column = row.unclosedQuote {
                let rest = max(0, lastLine - row.line)
                problems.append(Diagnostic(.error, at: loc, kind: kind, recordID: idGuess, field: nil,
                                           "a quote opened at column \(column) of this line never closes, so the rest of the file would be one field; "
                                           + "record rejected" + (rest > 0 ? ", and the \(rest) line\(rest == 1 ? "" : "s") after it read again as rows" : "")))
                continue
            }
            if row.fields.count != header.count {
                guard row.spanned > 0 else {
                    problems.append(Diagnostic(.error, at: loc, kind: kind, recordID: idGuess, field: nil,
                                               "row has \(row.fields.count) fields, the header has \(header.count); record rejected"))
                    continue
                }
                // A quote that opened a field by mistake swallowed the lines after it: reject this
                // row, read them again, each on its own line.
                let last = row.line + row.spanned
                let span = row.line + 1 == last ? "line \(last)" : "lines \(row.line + 1)–\(last)"
                problems.append(Diagnostic(.error, at: loc, kind: kind, recordID: idGuess, field: nil,
                                           "a quote opened on this line is not closed where the line ends, so the row ran on to line "
                                           + "\(last) with \(row.fields.count) fields (the header has \(header.count)); record rejected, "
                                           + "\(span) read again"))
                rereadUntil = row.end
                scanner.line = row.line
                scanner.resume(afterLineOf: row.start)
                scanner.singleLine = true
                continue
            }
            var fields: [String: RawValue] = [:]
            for (name, value) in zip(header, row.fields) where !name.isEmpty {
                fields[name] = .string(value)
            }
            records.append(RawRecord(fields: fields, location: loc))
        }
        return (records, problems)
    }

    /// A warning for each column name the header holds twice: the last such column is read.
    func repeatedColumns(_ header: [String]) -> [Diagnostic] {
        var columns: [String: [Int]] = [:]
        for (i, name) in header.enumerated() where !name.isEmpty { columns[name, default: []].append(i + 1) }
        return columns.filter { $0.value.count > 1 }.sorted { $0.value[0] < $1.value[0] }.map { name, at in
            Diagnostic(.warning, at: SourceLocation(file: displayPath, position: .line(1)), kind: nil, recordID: nil, field: name,
                       "the header names the column \"\(name)\" \(at.count) times (columns \(at.map(String.init).joined(separator: ", "))); "
                       + "column \(at.last!) is read, the others ignored")
        }
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

}
