import Foundation
import ScopeCache

/// The card texts of the last build, by card fingerprint (`.site.cards` beside the site).
///
/// A list page with one changed card is rendered again whole, with its other cards, and after
/// a night's changes many list pages hold one: their cards would be rendered again. A card's text
/// depends only on its partial's text and its values, which its fingerprint covers (the
/// templates' text and Scope's own code are named in the file's first line: any change there
/// and the file is not used), so a text found here under the same fingerprint is the text
/// the partial would render.
///
/// The file: a line `scope-cards 1 KEY`, then for each card, in fingerprint order, its
/// fingerprint (two 64-bit little-endian words), the length of its text (32 bits) and the
/// text's UTF-8 bytes. It is mapped, not read: a lookup copies one text out.
public final class CardCache: @unchecked Sendable {
    private let data: Data
    private let entries: [Fingerprint: Range<Int>]

    /// No texts: every card is rendered.
    public init() {
        data = Data()
        entries = [:]
    }

    /// The texts in `url` when its first line names `key`; none otherwise (a missing file, one
    /// made by other templates or other code, or one cut short, which is then left alone).
    public init(contentsOf url: URL, key: String) {
        let header = Array(Self.header(key).utf8)
        guard let data = EntryFile.regularFile(url), data.count >= header.count,
              data.prefix(header.count).elementsEqual(header) else {
            self.data = Data()
            entries = [:]
            return
        }
        var entries: [Fingerprint: Range<Int>] = [:]
        let complete: Bool = data.withUnsafeBytes { raw in
            var at = header.count
            while at < raw.count {
                guard raw.count - at >= 20 else { return false }
                var f = Fingerprint()
                f.a = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt64.self))
                f.b = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at + 8, as: UInt64.self))
                let length = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at + 16, as: UInt32.self)))
                at += 20
                guard raw.count - at >= length else { return false }
                entries[f] = at..<(at + length)
                at += length
            }
            return true
        }
        self.data = complete ? data : Data()
        self.entries = complete ? entries : [:]
    }

    public var count: Int { entries.count }

    /// The fingerprints of the texts held, in no order.
    var fingerprints: Dictionary<Fingerprint, Range<Int>>.Keys { entries.keys }

    /// The text rendered last time for a card with this fingerprint.
    func text(_ f: Fingerprint) -> String? {
        guard let range = entries[f] else { return nil }
        return data.withUnsafeBytes { raw in
            String(decoding: UnsafeRawBufferPointer(rebasing: raw[range]), as: UTF8.self)
        }
    }

    /// The bytes of that text, for the next file (no String made).
    func bytes(_ f: Fingerprint, into out: inout [UInt8]) -> Bool {
        guard let range = entries[f] else { return false }
        data.withUnsafeBytes { raw in out.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[range])) }
        return true
    }

    static func header(_ key: String) -> String { "scope-cards 1 \(key)\n" }

    /// The file for the next build: the cards this build knows the text of (rendered now, or
    /// found in `previous`), in fingerprint order, handed to `put` a megabyte at a time.
    static func write(_ sets: [CardSet], previous: CardCache, key: String, into put: ([UInt8]) throws -> Void) throws {
        var known: [(Fingerprint, CardSet, Int)] = []
        for set in sets {
            for i in 0..<set.count {
                guard let f = set.knownFingerprint(i) else { continue }
                known.append((f, set, i))
            }
        }
        known.sort { ($0.0.a, $0.0.b) < ($1.0.a, $1.0.b) }
        var buffer = Array(header(key).utf8)
        buffer.reserveCapacity(1 << 20)
        var last: Fingerprint?
        for (f, set, i) in known where f != last {
            let start = buffer.count
            for word in [f.a, f.b] { withUnsafeBytes(of: word.littleEndian) { buffer += $0 } }
            buffer += [0, 0, 0, 0]
            if let text = set.knownText(i) {
                buffer += text.utf8
            } else if !previous.bytes(f, into: &buffer) {
                buffer.removeSubrange(start...)  // neither rendered nor kept: rendered when needed
                continue
            }
            let length = UInt32(buffer.count - start - 20)
            withUnsafeBytes(of: length.littleEndian) { buffer.replaceSubrange((start + 16)..<(start + 20), with: $0) }
            last = f
            if buffer.count >= 1 << 20 {
                try put(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try put(buffer)
    }
}
