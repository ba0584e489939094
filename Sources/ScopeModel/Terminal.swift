/// Text from data (a file name, a subscription row, a title) as it may reach a terminal or a
/// log: control characters (ESC sequences that recolour or move the cursor, a newline that would
/// forge a summary line) and the bidirectional overrides that reorder what a reader sees are
/// each shown as `�`.
public enum Terminal {
    public static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(isUnsafe(s) ? "\u{FFFD}" : s) }
        return String(out)
    }

    /// C0 and C1 controls (tab aside), DEL, and the bidirectional embeddings, overrides and isolates.
    public static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
