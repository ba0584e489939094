import Foundation
import ScopeModel

/// Text clean-up shared by every reader: exports carry control characters, odd spaces and
/// numbers written the French way.
public enum Text {
    /// One line: control characters and bidirectional overrides dropped (tabs and newlines
    /// become spaces), runs of spaces folded, trimmed.
    public static func clean(_ s: String) -> String {
        if isPlainLine(s) { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var lastSpace = true
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v == 0x09 || v == 0x0A || v == 0x0D || v == 0xA0 || v == 0x202F || v == 0x20 {
                if !lastSpace { out.append(" "); lastSpace = true }
            } else if v < 0x20 || (0x7F...0x9F).contains(v) || v == 0xFEFF || v == 0xFFFE || v == 0xFFFF || isBidiControl(v) {
                continue
            } else {
                out.unicodeScalars.append(scalar)
                lastSpace = false
            }
        }
        if out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    /// The embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): text that shows
    /// in another order than it reads ("fdp.exe"), in a title, a feed, a calendar or a subject.
    static func isBidiControl(_ v: UInt32) -> Bool { (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) }

    /// Several lines: control characters other than newline and tab, and bidirectional
    /// overrides, dropped; CRLF made LF.
    public static func cleanMultiline(_ s: String) -> String {
        if isPlainText(s) { return s.trimmed }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v == 0x0D { continue }
            if (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v) || v == 0xFEFF || v == 0xFFFE || v == 0xFFFF || isBidiControl(v) { continue }
            out.unicodeScalars.append(scalar)
        }
        return out.trimmed
    }

    /// Nothing to clean in a line: no control character, no no-break space, no doubled or
    /// edge space. Checked on bytes, as nearly every field passes.
    static func isPlainLine(_ s: String) -> Bool {
        var previousSpace = true
        for b in s.utf8 {
            if b < 0x20 || b == 0x7F || b == 0xC2 || b == 0xE2 || b == 0xEF { return false }
            if b == 0x20 { if previousSpace { return false }; previousSpace = true } else { previousSpace = false }
        }
        return !previousSpace || s.isEmpty
    }

    /// Nothing to clean in a text but its edges: no control character other than newline and
    /// tab, no carriage return, no C1 control or byte order mark.
    static func isPlainText(_ s: String) -> Bool {
        var before: UInt8 = 0, previous: UInt8 = 0
        for b in s.utf8 {
            if (b < 0x20 && b != 0x0A && b != 0x09) || b == 0x7F { return false }
            if previous == 0xC2 && b < 0xA0 { return false }  // U+0080–U+009F
            if previous == 0xEF && b == 0xBB { return false }  // U+FEFF and neighbours
            if before == 0xE2, (previous == 0x80 && (0xAA...0xAE).contains(b)) || (previous == 0x81 && (0xA6...0xA9).contains(b)) { return false }
            before = previous
            previous = b
        }
        return true
    }

    /// `1 200 000`, `1200000.50`, `1 200 000,50 €`, `1.2e6` → a number.
    static func parseAmount(_ raw: String) -> Double? {
        var t = raw.trimmed
        for junk in ["€", "EUR", "eur", "\u{00A0}", "\u{202F}", " "] { t = t.replacingOccurrences(of: junk, with: "") }
        if t.contains(",") && !t.contains(".") { t = t.replacingOccurrences(of: ",", with: ".") }
        // Decimal digits, one decimal point, and a spreadsheet's exponent ("1E+19") only: Double
        // also reads "0x10" (16), "inf" and "nan".
        var number = t.hasPrefix("-") ? t.dropFirst() : Substring(t)
        if let e = number.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            var exponent = number[number.index(after: e)...]
            if exponent.first == "+" || exponent.first == "-" { exponent = exponent.dropFirst() }
            guard !exponent.isEmpty, exponent.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            number = number[..<e]
        }
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        return Double(t)
    }
}
