import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Markdown to HTML through libcmark with its safe default: raw HTML and `javascript:`,
/// `vbscript:`, `file:` and most `data:` links are dropped, so text typed in an export
/// cannot put markup of its own on the site.
public enum Markdown {
    /// libcmark's version: a system library, so an upgrade changes no byte of Scope's program
    /// (see the build's code stamp) and must still reach pages fingerprinted by their Markdown
    /// source.
    public static let version = String(cString: cmark_version_string())

    public static func html(_ markdown: String) -> String {
        let utf8 = Array(markdown.utf8)
        guard let out = utf8.withUnsafeBufferPointer({ buf in
            buf.baseAddress.map { ptr in
                ptr.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                    cmark_markdown_to_html($0, buf.count, CMARK_OPT_DEFAULT)
                }
            } ?? nil
        }) else { return "" }
        defer { free(out) }
        return String(cString: out)
    }
}
