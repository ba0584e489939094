import Foundation
import Mustache
import ScopeCache
import ScopeModel

/// A fault in a layout: it stops the build before anything is written.
public struct TemplateError: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let line: Int?
    public let message: String

    public var description: String {
        line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
    }
}

/// The publisher's Mustache templates from `layouts/`, compiled once. Partials live in
/// `layouts/partials/` and are named `partials/NAME`; pages extend `base` with
/// `{{<base}}…{{/base}}`. A syntax error, a reference to a partial that does not exist or a
/// missing page template is reported with its file and line.
///
/// Words come from `layouts/i18n/LANGUAGE.yaml` (see `Strings`): `{{t.KEY}}` in a template is
/// replaced by that key's text, HTML-escaped, and `{{{t.KEY}}}` by the text as written, before
/// the template is compiled. A text may itself hold Mustache tags (`{{page.feed_items}}`).
public struct TemplateSet: Sendable {
    public static let required = ["base", "home", "notice", "programmation", "notice-list", "programmation-list",
                                  "facet-index", "buyer-index", "buyer", "page", "alerts", "search", "404",
                                  "partials/header", "partials/footer", "partials/notice-item", "partials/programmation-item"]

    let library: MustacheLibrary
    public let directory: URL
    public let strings: Strings
    /// The templates' text (after translation), for page fingerprints.
    public let fingerprint: Fingerprint

    public init(directory: URL, language: String = "fr") throws {
        self.directory = directory
        let strings = try Strings(layouts: directory, language: language)
        self.strings = strings
        let fm = FileManager.default
        var library = MustacheLibrary()
        HTMLEscaping.register()
        var sources: [String: (String, String)] = [:]  // name → (display path, text)
        guard let walker = fm.enumerator(atPath: directory.path) else {
            throw TemplateError(file: directory.path, line: nil, message: "layouts folder not found")
        }
        for case let rel as String in walker where rel.hasSuffix(".mustache") {
            let url = directory.appendingPathComponent(rel)
            let display = url.path
            try Self.checkInside(display, layouts: directory)
            guard let data = fm.contents(atPath: url.path), let source = String(data: data, encoding: .utf8) else {
                throw TemplateError(file: display, line: nil, message: "cannot read the template as UTF-8 text")
            }
            let text = try Self.translate(source, strings: strings, file: display)
            try Self.checkNesting(text, file: display)
            let name = String(rel.dropLast(".mustache".count))
            do {
                // Values are escaped by HTMLEscaping, not swift-mustache's escaper. The pragma is
                // a line of its own: the parser's line numbers are one more than the file's.
                library.register(try MustacheTemplate(string: HTMLEscaping.pragma + text), named: name)
            } catch let e as MustacheTemplate.ParserError {
                throw TemplateError(file: display, line: max(1, e.context.lineNumber - 1),
                                    message: "template syntax error (\(e.error)) near \"\(e.context.line.trimmingCharacters(in: .whitespaces))\"")
            }
            sources[name] = (display, text)
        }
        for name in Self.required where sources[name] == nil {
            throw TemplateError(file: directory.appendingPathComponent(name + ".mustache").path, line: nil,
                                message: "required template is missing")
        }
        // swift-mustache renders an unknown partial as nothing: catch it here instead.
        for (display, text) in sources.sorted(by: { $0.key < $1.key }).map(\.value) {
            for (lineNumber, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for ref in Self.partialReferences(in: String(line)) where sources[ref] == nil {
                    throw TemplateError(file: display, line: lineNumber + 1,
                                        message: "unknown partial or parent \"\(ref)\" (no \(ref).mustache in \(directory.path))")
                }
            }
        }
        try Self.checkCycles(sources.mapValues { ($0.0, Self.partialReferences(in: $0.1)) })
        self.library = library
        var f = Fingerprint()
        f.add(HTMLEscaping.pragma)  // how values are escaped is part of every page's bytes
        for (name, (_, text)) in sources.sorted(by: { $0.key < $1.key }) { f.add(name); f.add(text) }
        fingerprint = f
    }

    /// Replaces `{{t.KEY}}` (escaped) and `{{{t.KEY}}}` (as written) by the key's text; an
    /// unknown key is an error naming the template's file and line.
    static func translate(_ text: String, strings: Strings, file: String) throws -> String {
        guard text.contains("{{t.") || text.contains("{{{t.") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            let triple = rest[open.upperBound...].hasPrefix("{t.")
            let start = triple ? rest.index(after: open.upperBound) : open.upperBound
            guard rest[start...].hasPrefix("t."), let close = rest[start...].range(of: triple ? "}}}" : "}}") else {
                out += rest[..<open.upperBound]
                rest = rest[open.upperBound...]
                continue
            }
            let key = rest[rest.index(start, offsetBy: 2)..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            guard let value = strings.text(key) else {
                let line = text[..<open.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
                throw TemplateError(file: file, line: line, message: "no translation \"\(key)\" in \(strings.file)")
            }
            out += rest[..<open.lowerBound]
            out += triple ? value : HTMLEscaping.escape(value, apostrophe: false)
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    /// A template is read only where it lies inside the layouts folder: a symbolic link (of the
    /// file or a folder on its way) to anything else would publish that file on every page.
    static func checkInside(_ path: String, layouts: URL) throws {
        let root = FileLinks.resolved(layouts.path) ?? layouts.path
        guard let real = FileLinks.resolved(path), real.hasPrefix(root + "/") else {
            throw TemplateError(file: path, line: nil, message: "a symbolic link to \(FileLinks.resolved(path) ?? "(nowhere)"), outside the layouts "
                                + "folder: not read (copy the file into \(layouts.path) instead)")
        }
    }

    /// Sections nested deeper than this are refused: the parser would run out of stack.
    static let maximumNesting = 64

    static func checkNesting(_ text: String, file: String) throws {
        var depth = 0, line = 1
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            line += rest[..<open.lowerBound].reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
            rest = rest[open.upperBound...]
            switch rest.first {
            case "#", "^", "$", "<": depth += 1
            case "/": depth -= 1
            default: break
            }
            if depth > maximumNesting {
                throw TemplateError(file: file, line: line, message: "sections nested deeper than \(maximumNesting) levels")
            }
        }
    }

    /// A partial or parent that includes itself, directly or through others, would render
    /// forever: refused, with the chain.
    static func checkCycles(_ refs: [String: (file: String, refs: [String])]) throws {
        var done: Set<String> = []
        func visit(_ name: String, _ path: [String]) throws {
            if let i = path.firstIndex(of: name) {
                let chain = (path[i...] + [name]).joined(separator: " → ")
                throw TemplateError(file: refs[name]?.file ?? name, line: nil, message: "the template includes itself (\(chain)), which would never end")
            }
            guard !done.contains(name), let node = refs[name] else { return }
            for r in Set(node.refs).sorted() { try visit(r, path + [name]) }
            done.insert(name)
        }
        for name in refs.keys.sorted() { try visit(name, []) }
    }

    /// Names after `{{>` and `{{<` on a line.
    static func partialReferences(in line: String) -> [String] {
        var refs: [String] = []
        var rest = Substring(line)
        while let r = rest.range(of: "{{") {
            rest = rest[r.upperBound...]
            guard let first = rest.first, first == ">" || first == "<" else { continue }
            let name = rest.dropFirst().drop(while: { $0 == " " }).prefix { !($0 == "}" || $0 == " ") }
            if !name.isEmpty { refs.append(String(name)) }
        }
        return refs
    }

    /// Renders a page template with a context built of dictionaries and arrays.
    public func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}
