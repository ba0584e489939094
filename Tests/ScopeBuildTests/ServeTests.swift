import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import XCTest

/// `scope serve` for real: the binary on a free port, pages fetched over HTTP, a layout edited
/// and the preview rebuilt.
final class ServeTests: XCTestCase {
    func fetch(_ url: String) -> (Int, String)? {
        final class Box: @unchecked Sendable { var value: (Int, String)? }
        let done = DispatchSemaphore(value: 0)
        let box = Box()
        URLSession.shared.dataTask(with: URL(string: url)!) { data, response, _ in
            if let http = response as? HTTPURLResponse { box.value = (http.statusCode, String(decoding: data ?? Data(), as: UTF8.self)) }
            done.signal()
        }.resume()
        _ = done.wait(timeout: .now() + 10)
        return box.value
    }

    func testServePreviewsAndRebuildsWhenALayoutOrItsWordsChange() throws {
        let root = temporaryFolder("serve")
        let layouts = root.appendingPathComponent("layouts")
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("layouts"), to: layouts)
        let port = 18_000 + Int(getpid() % 2000)
        let p = try launchServe(root, layouts: layouts, port: port, interval: 0.5)
        defer { p.terminate(); p.waitUntilExit() }
        let base = "http://127.0.0.1:\(port)"
        var home: (Int, String)?
        for _ in 0..<60 where home?.0 != 200 { Thread.sleep(forTimeInterval: 0.5); home = fetch(base + "/") }
        XCTAssertEqual(home?.0, 200)
        XCTAssertEqual(fetch(base + "/annonces/")?.0, 200)
        XCTAssertEqual(fetch(base + "/absent/")?.0, 404)
        // Links point at the preview itself.
        XCTAssertTrue(home?.1.contains("href=\"/annonces/\"") ?? false)

        // A word changed in the translation file, under layouts/i18n/.
        let words = layouts.appendingPathComponent("i18n/fr.yaml")
        try (try String(contentsOf: words, encoding: .utf8)).replacingOccurrences(of: "skip: Aller au contenu", with: "skip: Aller au contenu (aperçu)")
            .write(to: words, atomically: true, encoding: .utf8)
        var rebuilt = false
        for _ in 0..<60 where !rebuilt {
            Thread.sleep(forTimeInterval: 0.5)
            rebuilt = fetch(base + "/")?.1.contains("Aller au contenu (aperçu)") ?? false
        }
        XCTAssertTrue(rebuilt, "the preview did not rebuild after the layout changed")
    }
}

/// `scope serve` of the bundled sample into `root/site`, with these layouts, on 127.0.0.1:`port`.
func launchServe(_ root: URL, layouts: URL, port: Int, interval: Double) throws -> Process {
    let p = Process()
    p.executableURL = scopeBinary
    p.arguments = ["serve", "--content", repositoryRoot.appendingPathComponent("content").path, "--layouts", layouts.path,
                   "--output", root.appendingPathComponent("site").path, "--port", String(port), "--interval", String(interval)]
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    try p.run()
    return p
}
