import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ScopeModel

/// An XML document as a small tree, read with Foundation's `XMLParser` (libxml2): elements by
/// local name and namespace, their attributes, their text. External entities are never
/// resolved. BOAMP's `donnees`, eForms converted to JSON (`"cbc:Name": {"#text": …}`), is
/// turned into the same tree so that one reading serves both.
enum XMLTree {
    struct Element: Sendable {
        /// The local name (`Name` for `cbc:Name`).
        var name: String
        var namespace: String
        var attributes: [String: String] = [:]
        var text = ""
        var children: [Element] = []
        /// The line it starts on (0 when converted from JSON).
        var line = 0

        /// The children with this local name.
        func all(_ name: String) -> [Element] { children.filter { $0.name == name } }

        func first(_ name: String) -> Element? { children.first { $0.name == name } }

        /// The element at a path of local names (`ProcurementProject/Name`).
        func at(_ path: String) -> Element? {
            var cur: Element? = self
            for part in path.split(separator: "/") { cur = cur?.first(String(part)) }
            return cur
        }

        /// Every element at a path, through every repetition on the way.
        func every(_ path: String) -> [Element] {
            var level = [self]
            for part in path.split(separator: "/") { level = level.flatMap { $0.all(String(part)) } }
            return level
        }

        /// The trimmed text at a path, nil when empty or absent.
        func text(_ path: String) -> String? {
            guard let e = at(path) else { return nil }
            let t = Text.clean(e.text)
            return t.isEmpty ? nil : t
        }

        /// Every descendant (and itself) with this local name, in document order.
        func descendants(_ name: String) -> [Element] {
            var out: [Element] = []
            func walk(_ e: Element) {
                if e.name == name { out.append(e) }
                for c in e.children { walk(c) }
            }
            walk(self)
            return out
        }
    }

    struct Failure: Error {
        let message: String
        let line: Int
    }

    static func parse(_ data: Data) -> Result<Element, Failure> {
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        let builder = Builder(parser)
        parser.delegate = builder
        if parser.parse(), let root = builder.root { return .success(root) }
        let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "no root element"
        return .failure(Failure(message: reason, line: parser.lineNumber))
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [Element] = []
        var root: Element?
        unowned let parser: XMLParser

        init(_ parser: XMLParser) { self.parser = parser }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            var attrs: [String: String] = [:]
            for (k, v) in attributes { attrs[k.split(separator: ":").last.map(String.init) ?? k] = v }
            stack.append(Element(name: elementName, namespace: namespaceURI ?? "", attributes: attrs, line: parser.lineNumber))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if !stack.isEmpty { stack[stack.count - 1].text += string }
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            if !stack.isEmpty { stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self) }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            guard var done = stack.popLast() else { return }
            if !done.children.isEmpty { done.text = done.text.trimmingCharacters(in: .whitespacesAndNewlines) }
            if stack.isEmpty { root = done } else { stack[stack.count - 1].children.append(done) }
        }
    }

    /// XML converted to JSON the usual way (BOAMP's `donnees`): `"prefix:Name"` keys, `@attr`
    /// attributes, `#text` text, arrays for repeated elements.
    static func element(json value: RawValue, name: String) -> [Element] {
        let local = name.split(separator: ":").last.map(String.init) ?? name
        switch value {
        case .list(let items): return items.flatMap { element(json: $0, name: name) }
        case .object(let o):
            var e = Element(name: local, namespace: "")
            for k in o.keys.sorted() {
                let v = o[k]!
                if k == "#text" { e.text = v.text ?? "" }
                else if k.hasPrefix("@") { e.attributes[String(k.dropFirst()).split(separator: ":").last.map(String.init) ?? k] = v.text ?? "" }
                else { e.children += element(json: v, name: k) }
            }
            return [e]
        default:
            return [Element(name: local, namespace: "", text: value.text ?? "")]
        }
    }
}
