import Mustache

/// HTML escaping on UTF-8 bytes: `&`, `<`, `>`, `"` and `'` become `&amp;`, `&lt;`, `&gt;`,
/// `&quot;` and `&#39;`, whatever follows them.
///
/// swift-mustache's own escaper compares whole `Character`s, so a quote followed by a
/// combining mark (`"\u{301}`, one Character) is left as it is and ends the attribute it is in:
/// a buyer's name could add attributes to a page. It also hashes every Character, which was a
/// tenth of a full build's CPU. Every template is compiled with this one instead (see
/// `TemplateSet`).
public enum HTMLEscaping {
    /// The name of the content type registered with swift-mustache.
    static let contentTypeName = "SCOPE_HTML"

    /// The pragma put before each template so that its `{{value}}` tags use `escape`.
    /// On a line of its own, which swift-mustache drops whole, output included.
    static let pragma = "{{% CONTENT_TYPE: \(contentTypeName) }}\n"

    /// Registers the content type with swift-mustache (once is enough; again is harmless).
    static func register() {
        MustacheContentTypes.register(ContentType(), named: contentTypeName)
    }

    struct ContentType: MustacheContentType {
        func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }
    }

    /// The text with the five characters escaped; the text itself when it has none of them.
    /// Without `apostrophe`, `'` is left as it is (the translations' texts: typed by the
    /// publisher, put in double-quoted attributes and in elements, and easier to read).
    public static func escape(_ text: String, apostrophe: Bool = true) -> String {
        escape(text, apostrophe: apostrophe ? htmlApostrophe : nil)
    }

    private static let htmlApostrophe = Array("&#39;".utf8)

    /// `&`, `<`, `>` and `"` escaped, and `'` by `apostrophe` (left as it is without one); the
    /// text itself when there is nothing to escape. HTML's `&#39;` or XML's `&apos;` (`XML`).
    static func escape(_ text: String, apostrophe: [UInt8]?) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard bytes.contains(where: { needsEscape($0) && (apostrophe != nil || $0 != 0x27) }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            for b in bytes {
                switch b {
                case 0x26: out += [0x26, 0x61, 0x6D, 0x70, 0x3B]  // &amp;
                case 0x3C: out += [0x26, 0x6C, 0x74, 0x3B]  // &lt;
                case 0x3E: out += [0x26, 0x67, 0x74, 0x3B]  // &gt;
                case 0x22: out += [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B]  // &quot;
                case 0x27: if let apostrophe { out += apostrophe } else { out.append(b) }
                default: out.append(b)
                }
            }
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }

    /// `&`, `<`, `>`, `"` or `'`: the bytes markup gives a meaning.
    private static func needsEscape(_ b: UInt8) -> Bool {
        b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27
    }
}
