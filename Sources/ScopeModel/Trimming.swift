extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks (ASCII and the
    /// no-break spaces). Foundation's `trimmingCharacters(in:)` goes through NSString and
    /// showed up in profiles of large imports; this does not.
    public var trimmed: String {
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
}
