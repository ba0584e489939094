import Foundation
import ScopeImport
import ScopeIndex
import ScopeModel
import ScopeRender

/// Reads `content/pages/*.md`: the title is the first `# ` heading (else the file name),
/// the rest goes through cmark.
public enum ContentPagesLoader {
    /// Top-level folders the site uses itself (see `Routes`). A page name has no dot, so it
    /// cannot be one of the site's files (`sitemap.xml`, `404.html`…); the plan checks the rest.
    static let reserved = Routes.reservedTopLevel

    public static func load(_ folder: URL) throws -> [ContentPage] {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: folder.path) else { return [] }
        var pages: [ContentPage] = []
        for name in names.sorted() where name.hasSuffix(".md") {
            let url = folder.appendingPathComponent(name)
            let slug = String(name.dropLast(3))
            guard !slug.isEmpty, slug.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }),
                  !reserved.contains(slug) else {
                throw BuildError("\(url.path): the file name \"\(slug)\" cannot be a page address (use lower-case letters, digits and -, and none of \(reserved.sorted().joined(separator: ", ")))")
            }
            try LinkRule.check(url, inside: folder)
            guard let data = fm.contents(atPath: url.path), let raw = String(data: data, encoding: .utf8) else {
                throw BuildError("\(url.path): not UTF-8 text")
            }
            // Saved on Windows or an old Mac: lines end as on Unix before anything reads them.
            let text = Text.cleanMultiline(raw.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n"))
            var lines = text.components(separatedBy: "\n")
            var title = slug
            if let i = lines.firstIndex(where: { $0.hasPrefix("# ") }) {
                title = Text.clean(String(lines[i].dropFirst(2)))
                lines.remove(at: i)
            }
            pages.append(ContentPage(slug: slug, title: title.isEmpty ? slug : title, html: Markdown.html(lines.joined(separator: "\n"))))
        }
        return pages
    }
}

/// Symbolic links in the content and layouts folders are read only when what they point to
/// lies inside the folder they are in: a link to `/etc/passwd` is never published.
enum LinkRule {
    static func check(_ url: URL, inside folder: URL) throws {
        if let target = FileLinks.outsideTarget(of: url.path, folder: folder.path) {
            throw BuildError("\(url.path) is a symbolic link to \(target), outside \(folder.path): not read (Scope follows links only to files inside their folder)")
        }
    }
}
