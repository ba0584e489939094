/// Where UTF-8 text can be cut and counted on bytes as if on `Character`s: text in which
/// every scalar is a Character of its own, so that no scalar joins its neighbours into one
/// (combining marks, joiners, prepended marks, CR before LF). Search words (`Tokenizer`) and
/// calendar lines (`DeadlineCalendar.fold`) take the byte path only for such text.
enum SingleScalarCharacters {
    /// ASCII but CR, U+0080–U+02FF (Latin letters, no marks) and U+2000–U+20AF (general
    /// punctuation, `€`) but the joiners U+200C and U+200D; false for anything else.
    static func hold(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 {
                if c == 0x0D { return false }
                i += 1
            } else if c >= 0xC2 && c <= 0xCB {
                i += 2
            } else if c == 0xE2, i + 2 < b.count, b[i + 1] >= 0x80 && b[i + 1] <= 0x82, !(b[i + 1] == 0x80 && (b[i + 2] == 0x8C || b[i + 2] == 0x8D)) {
                i += 3
            } else {
                return false
            }
        }
        return true
    }
}
