import Foundation
import ScopeIndex
import ScopeModel
import ScopeRender

/// Reads `content/pages/*.md`: the title is the first `# ` heading (else the file name),
/// the rest goes through cmark.
enum ContentPagesLoader {
    /// Top-level folders the site uses itself.
    static let reserved: Set<String> = ["annonces", "programmations", "secteurs", "departements", "acheteurs", "assets",
                                        "recherche", "alertes", "feeds", "flux"]

    static func load(_ folder: URL) throws -> [ContentPage] {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: folder.path) else { return [] }
        var pages: [ContentPage] = []
        for name in names.sorted() where name.hasSuffix(".md") {
            let url = folder.appendingPathComponent(name)
            let slug = String(name.dropLast(3))
            guard Slug.make(slug) == slug, !reserved.contains(slug) else {
                throw BuildError("\(url.path): the file name \"\(slug)\" cannot be a page address (use lower-case letters, digits and -, and none of \(reserved.sorted().joined(separator: ", ")))")
            }
            guard let data = fm.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                throw BuildError("\(url.path): not UTF-8 text")
            }
            var lines = text.components(separatedBy: "\n")
            var title = slug
            if let i = lines.firstIndex(where: { $0.hasPrefix("# ") }) {
                title = String(lines[i].dropFirst(2)).trimmingCharacters(in: .whitespaces)
                lines.remove(at: i)
            }
            pages.append(ContentPage(slug: slug, title: title, html: Markdown.html(lines.joined(separator: "\n"))))
        }
        return pages
    }
}
