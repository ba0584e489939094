import Foundation
import ScopeModel

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
    /// `foldUnicode`'s answer, without Unicode's tables for the common case.
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
        var folded = fold(text)
        // On bytes where they cut as Characters do: Characters cost far more per word.
        return folded.withUTF8 {
            SingleScalarCharacters.hold($0) ? chunkedOnBytes($0) : chunkedOnCharacters(String(decoding: $0, as: UTF8.self))
        }
    }

    /// The terms of folded text cut into chunks at space, tab and line feed bytes.
    static func chunkedOnBytes(_ b: UnsafeBufferPointer<UInt8>) -> [String] {
        var terms: [String] = []
        var start = 0
        for i in 0...b.count where i == b.count || b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x09 {
            if start < i { chunkTerms(UnsafeBufferPointer(rebasing: b[start..<i]), into: &terms) }
            start = i + 1
        }
        return terms
    }

    /// The terms of folded text cut into chunks at space, tab and line feed Characters (a
    /// space and a combining mark make one Character, and do not cut).
    static func chunkedOnCharacters(_ folded: String) -> [String] {
        var terms: [String] = []
        for chunk in folded.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            var chunk = chunk
            chunk.withUTF8 { chunkTerms($0, into: &terms) }
        }
        return terms
    }

    /// The terms of one chunk of folded text (no space, tab or line feed in it).
    private static func chunkTerms(_ chunk: UnsafeBufferPointer<UInt8>, into terms: inout [String]) {
        // Most chunks are ASCII once folded: the rules on bytes, much faster.
        if chunk.allSatisfy({ $0 < 0x80 }) { return asciiTerms(chunk, into: &terms) }
        // A CPV code (45233140 or 45233140-2) is its eight digits.
        let c = Substring(String(decoding: chunk, as: UTF8.self)).trimmingPunctuation
        if c.count >= 8, c.prefix(8).allSatisfy(\.isNumber), c.count == 8 || (c.count == 10 && c.dropFirst(8).first == "-") {
            terms.append(String(c.prefix(8)))
            return
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

    /// `chunkTerms` for an ASCII chunk: letters and digits are [a-z A-Z 0-9], as `Character`'s
    /// `isLetter`/`isNumber` say for ASCII; everything else splits words.
    private static func asciiTerms(_ chunk: UnsafeBufferPointer<UInt8>, into terms: inout [String]) {
        func isWord(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) }
        guard let first = chunk.firstIndex(where: isWord), let last = chunk.lastIndex(where: isWord) else { return }
        let c = UnsafeBufferPointer(rebasing: chunk[first...last])
        if c.count >= 8, c.prefix(8).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), c.count == 8 || (c.count == 10 && c[8] == 0x2D) {
            terms.append(String(decoding: c.prefix(8), as: UTF8.self))
            return
        }
        var start = 0
        for i in c.indices where !isWord(c[i]) {
            if start < i { addASCII(bytes: UnsafeBufferPointer(rebasing: c[start..<i]), to: &terms) }
            start = i + 1
        }
        if start < c.count { addASCII(bytes: UnsafeBufferPointer(rebasing: c[start...]), to: &terms) }
    }

    private static let longestStopWord = stopWords.map(\.utf8.count).max()!

    static func addASCII(bytes w: UnsafeBufferPointer<UInt8>, to terms: inout [String]) {
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

    /// A CPV code as its prefixes find it: `#` and each of its first 2 to 8 digits, down to
    /// where only zeros follow (`45233000` gives `#45`, `#452`, `#4523`, `#45233`), so that a
    /// division, group, class or category typed finds every code below it.
    public static func cpvTerms(_ code: CPVCode) -> [String] {
        let digits = Array(code.digits)
        var end = digits.count
        while end > 2 && digits[end - 1] == "0" { end -= 1 }
        return (2...max(2, end)).map { "#" + String(digits[0..<$0]) }
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
