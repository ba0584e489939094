import CSV
import Foundation
import ScopeModel

/// Reads a CSV export: a header row of field names, `;` or `,` (detected from the header),
/// UTF-8 with or without a byte order mark, quoted fields that hold delimiters and newlines.
/// Each record remembers the line it starts on.
struct CSVRecordReader {
    let displayPath: String
    let kind: RecordKind

    /// `lineOffset`: lines before this text in the file (when a part of it is read again).
    func read(_ text: String, lineOffset: Int = 0) -> (records: [RawRecord], problems: [Diagnostic]) {
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
        var lines: [Substring]?
        while let row = reader.next() {
            let start = line
            let spanned = Self.newlines(in: row)
            line += 1 + spanned
            if row.allSatisfy({ $0.trimmed.isEmpty }) { continue }
            let loc = SourceLocation(file: displayPath, position: .line(start + lineOffset))
            // Two exports joined end to end: the second one's header (and byte order mark) in the middle.
            if row.count == header.count, let first = row.first, first.hasSuffix(header[0]),
               row.map({ $0.replacingOccurrences(of: "\u{FEFF}", with: "").trimmed }) == header {
                problems.append(Diagnostic(.warning, at: loc, kind: nil, recordID: nil, field: nil,
                                           "the header row again (two exports joined?); skipped"))
                continue
            }
            if row.count != header.count {
                let idGuess = header.firstIndex(of: "id").flatMap { $0 < row.count ? row[$0] : nil }
                guard spanned > 0 else {
                    problems.append(Diagnostic(.error, at: loc, kind: kind, recordID: idGuess, field: nil,
                                               "row has \(row.count) fields, the header has \(header.count); record rejected"))
                    continue
                }
                // A quote that never closes swallows the lines after it: reject this row, read them again.
                if lines == nil { lines = body.split(separator: "\n", omittingEmptySubsequences: false) }
                let first = start
                var last = min(start + spanned, lines!.count)
                while last > first, lines![last - 1].trimmed.isEmpty { last -= 1 }
                let span = first + 1 == last ? "line \(last + lineOffset)" : "lines \(first + 1 + lineOffset)–\(last + lineOffset)"
                problems.append(Diagnostic(.error, at: loc, kind: kind, recordID: idGuess, field: nil,
                                           "a quote opened on this line is not closed where the line ends, so the row ran on to line "
                                           + "\(last + lineOffset) with \(row.count) fields (the header has \(header.count)); record rejected, "
                                           + "\(span) read again"))
                if first < last {
                    let again = ([lines![0]] + lines![first..<last]).joined(separator: "\n")
                    let (more, moreProblems) = read(again, lineOffset: lineOffset + first - 1)
                    records += more
                    problems += moreProblems.filter { !($0.kind == nil && $0.message.hasPrefix("empty file")) }
                }
                continue
            }
            var fields: [String: RawValue] = [:]
            for (name, value) in zip(header, row) where !name.isEmpty {
                fields[name] = .string(value)
            }
            records.append(RawRecord(fields: fields, location: loc))
        }
        if let error = reader.error {
            problems.append(Diagnostic(.error, at: SourceLocation(file: displayPath, position: .line(line + lineOffset)), kind: nil,
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
