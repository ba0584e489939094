extension StringProtocol where UTF8View: BidirectionalCollection {
    /// The text without leading and trailing spaces, tabs and line breaks (ASCII, the
    /// no-break spaces and a stray byte order mark). Foundation's `trimmingCharacters(in:)`
    /// goes through NSString, costly for every field of every record; this returns the
    /// text itself when there is nothing to trim, which is nearly always.
    public var trimmed: String {
        let bytes = utf8
        if let first = bytes.first, let last = bytes.last, !Self.mayBeSpace(first), !Self.mayEndSpace(last) {
            return String(self)
        }
        let isSpace: (Unicode.Scalar) -> Bool = { s in
            s == " " || s == "\t" || s == "\n" || s == "\r" || s == "\u{00A0}" || s == "\u{202F}" || s == "\u{FEFF}"
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[first...last])
        return String(out)
    }

    /// A first byte that may start a space: ASCII blanks, or the lead byte of U+00A0,
    /// U+202F or U+FEFF.
    private static func mayBeSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0xC2 || b == 0xE2 || b == 0xEF
    }

    /// A last byte that may end a space: ASCII blanks, or the last byte of U+00A0 (A0),
    /// U+202F (AF) or U+FEFF (BF).
    private static func mayEndSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0xA0 || b == 0xAF || b == 0xBF
    }
}
