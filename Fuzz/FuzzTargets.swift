import Foundation
import ScopeImport
import ScopeModel
import ScopeRender

/// Fuzzing targets for libFuzzer, one binary, the target named by SCOPE_FUZZ_TARGET:
///   csv, json            Scope's own readers (a notices file)
///   boamp, approch       those importers, from JSON (CSV through `csv` with detection)
///   ocds, decp           those importers
///   detect               any JSON, its format told from its content
///   eforms               an XML notice (eForms, TED), its format told from its content
///   markdown             a description through cmark to HTML
/// Built by scripts/fuzz with `-sanitize=fuzzer -DFUZZING`; without FUZZING it is a replay tool:
/// `scope-fuzz TARGET FILE…` runs the same code on saved inputs (crashes found become tests).
let site = SiteConfig(title: "Fuzz", region: "Occitanie")

func run(_ target: String, _ data: Data) {
    let reader = ContentReader(contentDirectory: URL(fileURLWithPath: "/nonexistent"), site: site)
    let buyers = Data("id,name,kind,department,website\n21310555400017,Commune de Toulouse,commune,31,\n".utf8)
    func one(_ name: String, _ folder: RecordKind?, _ format: ExportFormat?) {
        let r = reader.read(exports: [("buyers.csv", buyers, .buyer, .scope), (name, data, folder, format)])
        // Every record read is built, rejected or left out: nothing is lost without a word.
        for s in r.sources where s.read > 0 && s.read != s.imported + s.rejected + s.leftOut + s.updates {
            fatalError("source counts do not add up: \(s)")
        }
        // A file with anything in it gives records or says why not: no shape is dropped silently
        // (an unclosed quote, a second list, bytes after the array).
        let blank = data.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        let read = r.sources.filter { $0.file == name }.reduce(0) { $0 + $1.read }
        if !blank, read == 0, !r.diagnostics.contains(where: { $0.location.file == name }) {
            fatalError("\(name): \(data.count) bytes, no record and no word about it")
        }
    }
    switch target {
    case "csv": one("n.csv", .notice, nil)
    case "json": one("n.json", .notice, .scope)
    case "boamp": one("b.json", .notice, .boamp)
    case "approch": one("a.json", .programmation, .approch)
    case "ocds": one("o.json", nil, .ocds)
    case "decp": one("d.json", nil, .decp)
    case "detect": one("x.json", .notice, nil)
    case "eforms": one("e.xml", .notice, nil)
    case "markdown":
        let html = Markdown.html(String(decoding: data, as: UTF8.self))
        // cmark's safe mode: no raw HTML from the input, no javascript: links.
        if html.lowercased().contains("<script") { fatalError("a script got through Markdown") }
        if html.lowercased().contains("href=\"javascript:") { fatalError("a javascript: link got through Markdown") }
    default:
        fatalError("unknown target \(target) (csv, json, boamp, approch, ocds, decp, detect, eforms, markdown)")
    }
}

#if FUZZING
/// libFuzzer's driver, called from our own `main` (SwiftPM names an executable's entry point
/// itself, so libFuzzer's `main` cannot be used).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

let target = ProcessInfo.processInfo.environment["SCOPE_FUZZ_TARGET"] ?? "json"

@main
struct Fuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { bytes, size in
            run(target, bytes.map { Data(bytes: $0, count: size) } ?? Data())
            return 0
        })
    }
}
#else
@main
struct Replay {
    static func main() {
        let args = CommandLine.arguments.dropFirst()
        guard let target = args.first, args.count >= 2 else {
            print("usage: scope-fuzz TARGET FILE…  (targets: csv, json, boamp, approch, ocds, decp, detect, markdown)")
            exit(2)
        }
        for path in args.dropFirst() {
            run(target, FileManager.default.contents(atPath: path) ?? Data())
            print("\(target) \(path): ok")
        }
    }
}
#endif
