/// The rows of a CSV text, in one pass over its bytes (RFC 4180, as exports really are):
/// a field that starts with a quote is quoted when a quote followed by the delimiter, a line end
/// or the end closes it (`""` inside is a quote). Two departures keep a file's other rows:
///
/// - A quote followed by anything else (`"Cœur de ville" : travaux`, an ordinary title in a `;`
///   file) does not close the field: the field is read as written, quotes and all, to the next
///   delimiter or line end.
/// - A quote that never closes rejects its own row, and reading goes on at the next line.
///
/// A row whose quoted field ran over several lines, and which then has the wrong number of
/// fields, is given back for the reader to reject: its lines are read again as rows, each on its
/// own line (`singleLine`), so no byte is read more than twice.
struct CSVScanner {
    struct Row {
        /// The line the row starts on (1 is the first).
        var line: Int
        var fields: [String]
        /// Lines the row runs over after its first.
        var spanned: Int
        /// Where a quote that never closes opens: its column (characters, from 1).
        var unclosedQuote: Int?
        /// The offset of the row's first byte and of the byte after its end.
        var start: Int
        var end: Int
    }

    let bytes: [UInt8]
    let delimiter: UInt8
    var i = 0
    var line = 1
    /// Quoted fields end on their line (when lines are read again).
    var singleLine = false
    /// A scan for a closing quote from here reached the end: any later one would too.
    private var noCloseAfter = Int.max

    init(_ bytes: [UInt8], delimiter: UInt8) {
        self.bytes = bytes
        self.delimiter = delimiter
    }

    var atEnd: Bool { i >= bytes.count }

    private func isLineEnd(_ b: UInt8) -> Bool { b == 0x0A || b == 0x0D }

    /// Skips one line end (LF, CR or CRLF) at `i`.
    private mutating func skipLineEnd() {
        guard i < bytes.count else { return }
        if bytes[i] == 0x0D { i += 1; if i < bytes.count, bytes[i] == 0x0A { i += 1; line += 1 }; return }
        if bytes[i] == 0x0A { i += 1; line += 1 }
    }

    /// Moves to the start of the line after `offset`'s, counting the lines passed.
    mutating func resume(afterLineOf offset: Int) {
        i = offset
        while i < bytes.count, !isLineEnd(bytes[i]) { i += 1 }
        skipLineEnd()
    }

    /// The next row, or nil at the end.
    mutating func next() -> Row? {
        guard i < bytes.count else { return nil }
        let start = i, startLine = line
        var lineStart = i
        var fields: [String] = []
        var unclosed: Int?
        while true {
            // One field from i.
            if i < bytes.count, bytes[i] == 0x22, let (value, end, lines, lastLineStart) = quoted(from: i) {
                fields.append(value)
                i = end
                line += lines
                if lines > 0 { lineStart = lastLineStart }
            } else {
                if i < bytes.count, bytes[i] == 0x22, unclosed == nil, closeIsMissing(from: i) { unclosed = 1 + bytes[lineStart..<i].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) } }
                let s = i
                while i < bytes.count, bytes[i] != delimiter, !isLineEnd(bytes[i]) { i += 1 }
                fields.append(String(decoding: bytes[s..<i], as: UTF8.self))
            }
            if i < bytes.count, bytes[i] == delimiter { i += 1; continue }
            let end = i, spanned = line - startLine
            skipLineEnd()
            return Row(line: startLine, fields: fields, spanned: spanned, unclosedQuote: unclosed, start: start, end: end)
        }
    }

    /// Whether the quote at `q` (which no proper quote closes) never closes: no quote follows it
    /// on its line. A quote on its line closes it, if improperly (`"Cœur de ville" : …`): the
    /// field is then read as written.
    private mutating func closeIsMissing(from q: Int) -> Bool {
        var k = q + 1
        while k < bytes.count, !isLineEnd(bytes[k]) {
            if bytes[k] == 0x22 { return false }
            k += 1
        }
        return true
    }

    /// The quoted field opening at `q` when a proper quote closes it: its value, the offset after
    /// the closing quote, the line ends inside it and the offset where its last line starts.
    private mutating func quoted(from q: Int) -> (String, Int, Int, Int)? {
        if q > noCloseAfter { return nil }
        var out: [UInt8] = []
        var k = q + 1, lines = 0, lastLineStart = q
        while k < bytes.count {
            let b = bytes[k]
            if b == 0x22 {
                if k + 1 < bytes.count, bytes[k + 1] == 0x22 { out.append(0x22); k += 2; continue }
                // A proper close: the delimiter, a line end or the end after it.
                let after = k + 1
                guard after == bytes.count || bytes[after] == delimiter || isLineEnd(bytes[after]) else { return nil }
                return (String(decoding: out, as: UTF8.self), after, lines, lastLineStart)
            }
            if b == 0x0A {
                if singleLine { return nil }
                lines += 1
                lastLineStart = k + 1
            } else if b == 0x0D, singleLine {
                return nil
            }
            out.append(b)
            k += 1
        }
        noCloseAfter = min(noCloseAfter, q)
        return nil
    }
}
