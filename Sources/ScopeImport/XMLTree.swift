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

        /// The element as JSON reads the same data (DECP's XML form): its text when it has no
        /// children, else an object of its children by local name, a list where one repeats.
        var json: RawValue {
            guard !children.isEmpty else { return .string(text) }
            var o: [String: RawValue] = [:]
            for c in children {
                switch o[c.name] {
                case nil: o[c.name] = c.json
                case .list(let l)?: o[c.name] = .list(l + [c.json])  // an element's own value is never a list
                case let first?: o[c.name] = .list([first, c.json])
                }
            }
            return .object(o)
        }

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

    /// Elements nested deeper than this are refused (eForms notices nest about 12 deep): the
    /// tree and the walks over it stay far from the stack's end.
    static let maximumDepth = 256

    /// Files larger than this are refused before parsing (an eForms notice is tens of kilobytes).
    static let maximumBytes = 32 << 20

    static func parse(_ data: Data) -> Result<Element, Failure> {
        guard data.count <= maximumBytes else {
            return .failure(Failure(message: "the file is \(data.count / (1 << 20)) MB, more than the \(maximumBytes >> 20) MB an XML notice may be", line: 1))
        }
        // Bytes that are not UTF-8 in a UTF-8 document reach Foundation's parser as names it
        // traps on (found by the eforms fuzz target): refused first, with their line.
        if Self.declaresUTF8(data), let bad = Self.firstInvalidUTF8(data) {
            let line = 1 + data[..<bad].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            return .failure(Failure(message: String(format: "the byte 0x%02X is not UTF-8, the document's encoding", data[bad]), line: line))
        }
        // A processing instruction without data (`<?xm?>`) makes Foundation's parser read a
        // null pointer (found by the eforms fuzz target): refused first.
        if let pi = Self.emptyProcessingInstruction(data) {
            let line = 1 + data[..<pi].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            return .failure(Failure(message: "a processing instruction without data (<?…?>), which XML notices never hold", line: line))
        }
        // A notice never declares entities (the parser does not report declarations here, and
        // the text of one would be dropped where it is used).
        if let doctype = data.range(of: Data("<!DOCTYPE".utf8)), let entity = data.range(of: Data("<!ENTITY".utf8), in: doctype.upperBound..<data.endIndex) {
            let name = String(decoding: data[entity.upperBound...].prefix(60).prefix { $0 != UInt8(ascii: ">") }, as: UTF8.self)
                .trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init) ?? ""
            let line = 1 + data[..<entity.lowerBound].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            return .failure(Failure(message: "the file declares its own entity <!ENTITY \(name) …>, which Scope does not expand "
                                    + "(its text would be lost where it is used)", line: line))
        }
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        let builder = Builder(parser)
        parser.delegate = builder
        if parser.parse(), builder.refusal == nil, let root = builder.root { return .success(root) }
        if let refusal = builder.refusal { return .failure(refusal) }
        let reason = parser.parserError.map(describe) ?? "no root element"
        return .failure(Failure(message: reason, line: parser.lineNumber))
    }

    /// Whether the bytes must be UTF-8: no encoding named (or UTF-8, or a name libxml2 does not
    /// know), unless a byte order mark says UTF-16.
    static func declaresUTF8(_ data: Data) -> Bool {
        if data.starts(with: [0xFE, 0xFF]) || data.starts(with: [0xFF, 0xFE]) { return false }
        let head = String(decoding: data.prefix(200), as: UTF8.self).lowercased()
        guard head.hasPrefix("<?xml") || head.hasPrefix("\u{FEFF}<?xml"), let end = head.range(of: "?>") else { return true }
        let decl = head[..<end.lowerBound]
        guard let enc = decl.range(of: "encoding") else { return true }
        let value = decl[enc.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }.prefix { $0.isLetter || $0.isNumber || $0 == "-" }
        // Only an encoding libxml2 converts from is taken at its word; any other name (or a
        // garbled one) leaves the bytes to be UTF-8.
        return !(value.hasPrefix("iso-8859-") || value.hasPrefix("windows-125") || value.hasPrefix("cp125") || value == "latin1"
                 || value.hasPrefix("utf-16") || value == "us-ascii" || value == "ascii")
    }

    /// The offset of the first `<?target?>` with nothing after its target, or nil.
    static func emptyProcessingInstruction(_ data: Data) -> Data.Index? {
        var k = data.startIndex
        while let open = data[k...].firstIndex(of: UInt8(ascii: "<")) {
            k = open + 1
            guard k < data.endIndex, data[k] == UInt8(ascii: "?") else { continue }
            var j = k + 1
            while j < data.endIndex, !JSONParser.isSpace(data[j]), data[j] != UInt8(ascii: "?"), data[j] != UInt8(ascii: ">") { j += 1 }
            while j < data.endIndex, JSONParser.isSpace(data[j]) { j += 1 }
            if j + 1 < data.endIndex, data[j] == UInt8(ascii: "?"), data[j + 1] == UInt8(ascii: ">") { return open }
        }
        return nil
    }

    /// The offset of the first byte that breaks UTF-8, or nil.
    static func firstInvalidUTF8(_ data: Data) -> Data.Index? {
        if String(validating: data, as: UTF8.self) != nil { return nil }
        var k = data.startIndex
        while k < data.endIndex {
            let b = data[k]
            let n = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0
            guard n > 0, k + n <= data.endIndex, String(validating: data[k..<k + n], as: UTF8.self) != nil else { return k }
            k += n
        }
        return nil
    }

    /// libxml2's error in words: Foundation names most only by number.
    static func describe(_ error: Error) -> String {
        let e = error as NSError
        guard e.domain == XMLParser.errorDomain else { return e.localizedDescription }
        switch e.code {
        case 1: return "the XML parser's limits were passed (a text of more than 10 MB, or too many entity expansions)"
        case 4: return "the file is empty"
        case 5: return "the file ends too soon, as if cut short"
        case 9: return "a character that XML does not allow"
        case 26: return "an entity that is not declared"
        case 38, 39, 40, 41: return "a malformed attribute"
        case 64, 65, 66, 67, 68, 69: return "a malformed processing instruction, comment or CDATA section"
        case 73, 74, 76: return "an element is not closed, or closed by another's tag"
        case 89: return "an entity refers to itself"
        case 111: return "a text or name too long"
        default: return e.localizedDescription.contains("error \(e.code)") ? "libxml2 error \(e.code)" : e.localizedDescription
        }
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [Element] = []
        var root: Element?
        var refusal: Failure?
        unowned let parser: XMLParser

        init(_ parser: XMLParser) { self.parser = parser }

        func refuse(_ message: String) {
            guard refusal == nil else { return }
            refusal = Failure(message: message, line: parser.lineNumber)
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            guard stack.count < XMLTree.maximumDepth else {
                return refuse("elements nested deeper than \(XMLTree.maximumDepth) levels")
            }
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
