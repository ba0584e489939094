import Foundation

/// How text becomes search terms, in French: lower case, accents and ligatures folded
/// (`Rénovation` → `renovation`, `œuvre` → `oeuvre`), stop words dropped, plurals lightly
/// stemmed (`réseaux` → `reseau`, `écoles` → `ecole`), CPV codes kept as their eight digits
/// and record ids kept whole. `layouts/assets/recherche.js` applies the same rules to queries;
/// the two must change together.
public enum Tokenizer {
    public static let stopWords: Set<String> = [
        "a", "au", "aux", "avec", "ce", "ces", "dans", "de", "des", "du", "en", "et", "l", "la", "le", "les", "leur",
        "leurs", "d", "ou", "par", "pour", "sur", "un", "une", "y", "qu", "que", "qui", "se", "sa", "son", "ses",
        "the", "of", "and", "n", "s", "c", "j", "m", "t", "est", "sont", "entre", "vers", "chez", "sans", "sous",
    ]

    /// Lower case, no accents, ligatures spelt out. Other characters are kept.
    public static func fold(_ s: String) -> String {
        foldLatin(s) ?? foldUnicode(s)
    }

    /// `fold` for text made of ASCII, Latin-1, `œ`/`Œ` and general punctuation (nearly all
    /// French text), on bytes; nil when another character needs Unicode's lower-casing.
    /// `foldUnicode`'s answer, several times faster (word splitting showed in profiles).
    static func foldLatin(_ s: String) -> String? {
        var s = s
        return s.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    out.append(b >= 0x41 && b <= 0x5A ? b + 32 : b == 0x27 ? 0x20 : b)
                    i += 1
                    continue
                }
                guard i + 1 < bytes.count else { return nil }
                let c = bytes[i + 1]
                switch b {
                case 0xC2:  // U+0080–U+00BF: no case
                    out += [b, c]
                case 0xC3:  // U+00C0–U+00FF
                    var v = 0xC0 + (c & 0x3F)
                    if v <= 0xDE && v != 0xD7 { v += 0x20 }  // À–Þ lower-cased (not ×)
                    if let plain = latinPlain[Int(v) - 0xC0] { out += plain.utf8 } else { out += [0xC3, 0x80 + (v - 0xC0)] }
                case 0xC5 where c == 0x92 || c == 0x93:  // Œ, œ
                    out += [0x6F, 0x65]
                case 0xE2 where i + 2 < bytes.count && (c == 0x80 || c == 0x81):  // U+2000–U+207F: no case
                    if c == 0x80 && bytes[i + 2] == 0x99 { out.append(0x20) } else { out += [b, c, bytes[i + 2]] }  // ’
                    i += 1
                default:
                    return nil
                }
                i += 2
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// What lower-case U+00C0–U+00FF fold to (nil: kept).
    private static let latinPlain: [String?] = (0xC0...0xFF).map { v in
        switch v {
        case 0xE0...0xE5: return "a"
        case 0xE6: return "ae"
        case 0xE7: return "c"
        case 0xE8...0xEB: return "e"
        case 0xEC...0xEF: return "i"
        case 0xF1: return "n"
        case 0xF2...0xF6: return "o"
        case 0xF9...0xFC: return "u"
        case 0xFD, 0xFF: return "y"
        default: return nil
        }
    }

    /// `fold` for any text: Unicode's lower case, then the accents and ligatures.
    static func foldUnicode(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.lowercased().unicodeScalars {
            switch scalar {
            case "à", "á", "â", "ä", "ã", "å": out += "a"
            case "ç": out += "c"
            case "è", "é", "ê", "ë": out += "e"
            case "ì", "í", "î", "ï": out += "i"
            case "ñ": out += "n"
            case "ò", "ó", "ô", "ö", "õ": out += "o"
            case "ù", "ú", "û", "ü": out += "u"
            case "ý", "ÿ": out += "y"
            case "œ": out += "oe"
            case "æ": out += "ae"
            case "’", "'": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Light French stemming of plurals, for words of more than three letters: `-eaux` →
    /// `-eau`, `-aux` → `-al`, `-eux`/`-oux` → `-eu`/`-ou`, a final `s` dropped (not `-ss`).
    /// Other final `x` stay (`prix`, `croix`).
    public static func stem(_ w: String) -> String {
        guard w.count > 3, w.last?.isLetter == true else { return w }
        if w.hasSuffix("eaux") { return String(w.dropLast()) }
        if w.hasSuffix("aux") { return String(w.dropLast(3)) + "al" }
        if w.hasSuffix("eux") || w.hasSuffix("oux") { return String(w.dropLast()) }
        if w.hasSuffix("ss") { return w }
        if w.hasSuffix("s") { return String(w.dropLast()) }
        return w
    }

    /// The terms of a text, in order, repeated as they occur.
    public static func terms(_ text: String) -> [String] {
        var terms: [String] = []
        for chunk in fold(text).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            // Most chunks are ASCII once folded: the same rules on bytes, much faster.
            if chunk.utf8.allSatisfy({ $0 < 0x80 }) {
                asciiTerms(chunk.utf8, into: &terms)
                continue
            }
            // A CPV code (45233140 or 45233140-2) is its eight digits.
            let c = chunk.trimmingPunctuation
            if c.count >= 8, c.prefix(8).allSatisfy(\.isNumber), c.count == 8 || (c.count == 10 && c.dropFirst(8).first == "-") {
                terms.append(String(c.prefix(8)))
                continue
            }
            var word = ""
            for ch in c {
                if ch.isLetter || ch.isNumber { word.append(ch) } else {
                    add(word, to: &terms)
                    word = ""
                }
            }
            add(word, to: &terms)
        }
        return terms
    }

    /// `terms` for an ASCII chunk: letters and digits are [a-z A-Z 0-9], as `Character`'s
    /// `isLetter`/`isNumber` say for ASCII; everything else splits words.
    private static func asciiTerms(_ chunk: Substring.UTF8View, into terms: inout [String]) {
        func isWord(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) }
        guard let first = chunk.firstIndex(where: isWord), let last = chunk.lastIndex(where: isWord) else { return }
        let c = chunk[first...last]
        if c.count >= 8, c.prefix(8).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
           c.count == 8 || (c.count == 10 && c.dropFirst(8).first == 0x2D) {
            terms.append(String(decoding: c.prefix(8), as: UTF8.self))
            return
        }
        var start = c.startIndex
        var i = c.startIndex
        while i < c.endIndex {
            if !isWord(c[i]) {
                if start < i { addASCII(c[start..<i], to: &terms) }
                start = c.index(after: i)
            }
            i = c.index(after: i)
        }
        if start < c.endIndex { addASCII(c[start..<c.endIndex], to: &terms) }
    }

    /// `add` for a word of ASCII letters and digits: the same rules on bytes (stop words,
    /// single letters, `stem`), making one String for a kept word and none for a dropped one.
    static func addASCII(_ word: Substring.UTF8View.SubSequence, to terms: inout [String]) {
        let done: Void? = word.withContiguousStorageIfAvailable { addASCII(bytes: $0, to: &terms) }
        if done == nil { add(String(decoding: word, as: UTF8.self), to: &terms) }
    }

    private static let longestStopWord = stopWords.map(\.utf8.count).max()!

    private static func addASCII(bytes w: UnsafeBufferPointer<UInt8>, to terms: inout [String]) {
        let n = w.count
        func isLetter(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) }
        func ends(_ suffix: StaticString) -> Bool {
            let k = suffix.utf8CodeUnitCount
            guard n >= k else { return false }
            for j in 0..<k where w[n - k + j] != suffix.utf8Start[j] { return false }
            return true
        }
        func keep(_ count: Int, _ tail: String = "") {
            terms.append(String(decoding: UnsafeBufferPointer(rebasing: w[0..<count]), as: UTF8.self) + tail)
        }
        guard n > 0 else { return }
        if n <= longestStopWord, stopWords.contains(String(decoding: w, as: UTF8.self)) { return }
        if n == 1 { if !isLetter(w[0]) { keep(1) }; return }
        // stem: more than three letters, ending with a letter.
        guard n > 3, isLetter(w[n - 1]) else { return keep(n) }
        if ends("eaux") { return keep(n - 1) }
        if ends("aux") { return keep(n - 3, "al") }
        if ends("eux") || ends("oux") { return keep(n - 1) }
        if ends("ss") { return keep(n) }
        if ends("s") { return keep(n - 1) }
        keep(n)
    }

    /// An id as search finds it: folded, whole (`26-10117`, `p26-00001`).
    public static func idTerm(_ id: String) -> String { "_" + fold(id) }

    static func add(_ word: String, to terms: inout [String]) {
        guard !word.isEmpty, !stopWords.contains(word) else { return }
        if word.count == 1, !word.first!.isNumber { return }
        terms.append(stem(word))
    }
}

extension Substring {
    /// Without leading and trailing punctuation.
    var trimmingPunctuation: Substring {
        let isWord: (Character) -> Bool = { $0.isLetter || $0.isNumber }
        guard let first = firstIndex(where: isWord), let last = lastIndex(where: isWord) else { return "" }
        return self[first...last]
    }
}
