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
        // A quote that never closes would make the rest of the file one field of one row.
        if let open = Self.unclosedQuote(body, delimiter: delimiter) {
            return readAround(open, in: body, delimiter: delimiter, lineOffset: lineOffset)
        }
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
        if lineOffset == 0 { problems += repeatedColumns(header) }
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
                if lines == nil { lines = Self.lines(body) }
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

    /// Where a quoted field opens that no quote closes before the text ends: its line (1 is the
    /// header) and column, or nil. A quote opens a field only at its start (RFC 4180).
    static func unclosedQuote(_ text: String, delimiter: UnicodeScalar) -> (line: Int, column: Int)? {
        let d = UInt8(truncatingIfNeeded: delimiter.value)
        var quoted = false, fieldStart = true
        var line = 1, lineStart = 0, openLine = 0, openColumn = 0
        var bytes = text.utf8.makeIterator()
        var offset = -1, pending: UInt8?
        while let b = pending ?? bytes.next() {
            pending = nil
            offset += 1
            if quoted {
                if b == 0x22 {
                    if let next = bytes.next() {
                        if next == 0x22 { offset += 1; continue }
                        pending = next
                    }
                    quoted = false
                    fieldStart = false
                } else if b == 0x0A {
                    line += 1; lineStart = offset + 1
                }
                continue
            }
            switch b {
            case 0x22 where fieldStart:
                quoted = true
                openLine = line
                openColumn = offset - lineStart + 1
            case d: fieldStart = true
            case 0x0A: fieldStart = true; line += 1; lineStart = offset + 1
            case 0x0D: break
            default: fieldStart = false
            }
        }
        return quoted ? (openLine, openColumn) : nil
    }

    /// The rows before an unclosed quote's line, that row rejected with where its quote
    /// opened, and the lines after it read again as rows of their own.
    private func readAround(_ open: (line: Int, column: Int), in body: String, delimiter: UnicodeScalar,
                            lineOffset: Int) -> (records: [RawRecord], problems: [Diagnostic]) {
        // Cut on the bytes the quote scan counted, or the recursion would not end.
        let lines = Self.lines(body)
        guard open.line > 1 else {
            return ([], [Diagnostic(.error, at: SourceLocation(file: displayPath, position: .line(1 + lineOffset)), kind: nil, recordID: nil, field: nil,
                                    "the header's quote opened at column \(open.column) never closes: no row of this file could be read")])
        }
        var (records, problems) = read(lines[0..<(open.line - 1)].joined(separator: "\n") + "\n", lineOffset: lineOffset)
        let header = lines[0].split(separator: Character(delimiter), omittingEmptySubsequences: false).map { $0.trimmed }
        let cells = lines[open.line - 1].split(separator: Character(delimiter), omittingEmptySubsequences: false)
        let id = header.firstIndex(of: "id").flatMap { $0 < cells.count ? String(cells[$0]).trimmed : nil }
        var end = lines.count
        while end > open.line, lines[end - 1].trimmed.isEmpty { end -= 1 }
        let rest = end - open.line
        problems.append(Diagnostic(.error, at: SourceLocation(file: displayPath, position: .line(open.line + lineOffset)), kind: kind, recordID: id, field: nil,
                                   "a quote opened at column \(open.column) of this line never closes, so the rest of the file would be one field; "
                                   + "record rejected" + (rest > 0 ? ", and the \(rest) line\(rest == 1 ? "" : "s") after it read again as rows" : "")))
        if rest > 0 {
            let again = ([lines[0]] + lines[open.line...]).joined(separator: "\n")
            let (more, moreProblems) = read(again, lineOffset: lineOffset + open.line - 1)
            records += more
            problems += moreProblems.filter { !($0.kind == nil && $0.message.hasPrefix("empty file")) }
        }
        return (records, problems)
    }

    /// The text's lines, cut at the bytes "\n" as line numbers count them (a "\r\n" is one
    /// Character: cutting on Characters would count other lines than the messages).
    static func lines(_ text: String) -> [Substring] {
        text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring(String(decoding: $0, as: UTF8.self)) }
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
