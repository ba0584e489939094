import Foundation
import ScopeBuild
import ScopeModel
import ScopeSample
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The repository's root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// This test run's folder under the system's temporary one, removed when the run ends.
let testRunFolder: URL = {
    atexit { try? FileManager.default.removeItem(at: FileManager.default.temporaryDirectory.appendingPathComponent("scope-tests-\(getpid())")) }
    return FileManager.default.temporaryDirectory.appendingPathComponent("scope-tests-\(getpid())")
}()

/// An empty folder of this test run.
func temporaryFolder(_ name: String) -> URL {
    let url = testRunFolder.appendingPathComponent(name)
    try? FileManager.default.removeItem(at: url)
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// The bundled sample (content/ as committed), built once into a temporary folder.
enum SampleSite {
    static let now = ParisTime.parse("2026-11-16T08:00:00+01:00")!

    static let built: (output: URL, report: BuildReport) = {
        let output = temporaryFolder("sample").appendingPathComponent("site")
        let options = BuildOptions(content: repositoryRoot.appendingPathComponent("content"),
                                   layouts: repositoryRoot.appendingPathComponent("layouts"), output: output, now: now)
        let report = try! SiteBuild.build(options)
        return (output, report)
    }()

    static var output: URL { built.output }

    static func file(_ path: String) -> URL { output.appendingPathComponent(path) }

    static func allFiles(under root: URL) -> [String] {
        let walker = FileManager.default.enumerator(atPath: root.path)!
        var out: [String] = []
        for case let p as String in walker {
            var isDir: ObjCBool = false
            FileManager.default.fileExists(atPath: root.appendingPathComponent(p).path, isDirectory: &isDir)
            if !isDir.boolValue { out.append(p) }
        }
        return out.sorted()
    }
}

/// A page of the built site, parsed as XML: Scope writes polyglot HTML (void elements
/// closed, attributes quoted), so a strict XML parser reads every page, and one that does
/// not parse fails the test.
struct ParsedPage {
    let doc: XMLDocument
    let path: String

    init(_ url: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        path = url.path
        doc = try strictXML(Data(contentsOf: url), url.path)
    }

    func strings(_ xpath: String) -> [String] {
        ((try? doc.nodes(forXPath: xpath)) ?? []).map { $0.stringValue ?? "" }
    }

    /// Links of the cards of a list (notice or programmation cards).
    func cardLinks(_ kind: String) -> [String] {
        strings("//li[contains(@class,'\(kind)-card')]/h3/a/@href")
    }
}

/// Reads every page of a paginated list, following `rel="next"`.
func cardLinksOfList(_ base: String, kind: String, in root: URL = SampleSite.output) throws -> [String] {
    var links: [String] = []
    var path: String? = base
    var guardCount = 0
    while let p = path {
        let page = try ParsedPage(root.appendingPathComponent(p + "index.html"))
        links += page.cardLinks(kind)
        path = page.strings("//a[@rel='next']/@href").first.map { String($0.dropFirst()) }
        guardCount += 1
        if guardCount > 10_000 { XCTFail("pagination loops at \(base)"); break }
    }
    return links
}

/// The `scope` executable built beside the tests.
var scopeBinary: URL {
    let candidates = [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
                      Bundle.main.bundleURL.deletingLastPathComponent()]
    return candidates.map { $0.appendingPathComponent("scope") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }!
}

/// Not well-formed XML, with the parser's line.
struct MalformedXML: Error, CustomStringConvertible {
    let what: String
    let line: Int
    let error: String
    var description: String { "\(what):\(line): not well-formed XML (\(error))" }
}

/// An XML document that must be well formed. FoundationXML's `XMLDocument` parses in libxml2's
/// recovery mode on Linux: a broken attribute is silently dropped, not an error. `XMLParser`
/// reports it (in `parserError`, even when `parse()` says true), so the bytes go through it first.
func strictXML(_ data: Data, _ what: String) throws -> XMLDocument {
    let parser = XMLParser(data: data)
    if !parser.parse() || parser.parserError != nil {
        throw MalformedXML(what: what, line: parser.lineNumber, error: parser.parserError.map { "\($0)" } ?? "unknown")
    }
    return try XMLDocument(data: data, options: [])
}

/// `strictXML` of a file.
func strictXML(contentsOf url: URL) throws -> XMLDocument {
    try strictXML(Data(contentsOf: url), url.path)
}

/// Runs the `scope` binary with these arguments to its end: its exit status, and what it wrote
/// to standard output and error, together.
func runScope(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let p = Process()
    let out = Pipe()
    p.executableURL = scopeBinary
    p.arguments = arguments
    p.standardOutput = out
    p.standardError = out
    try p.run()
    let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    return (p.terminationStatus, text)
}
