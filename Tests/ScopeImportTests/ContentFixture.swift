import Foundation
import ScopeImport
import ScopeModel

/// This test run's folder under the system's temporary one, removed when the run ends.
let testRunFolder: URL = {
    atexit { try? FileManager.default.removeItem(at: FileManager.default.temporaryDirectory.appendingPathComponent("scope-import-\(getpid())")) }
    return FileManager.default.temporaryDirectory.appendingPathComponent("scope-import-\(getpid())")
}()

/// A folder of this test run, not there yet.
func testFolder(_ name: String) -> URL {
    let url = testRunFolder.appendingPathComponent(name)
    try? FileManager.default.removeItem(at: url)
    return url
}

/// A content folder made for one test: an Occitanie config, two buyers, and the files the
/// test gives. Paths in messages are absolute, as the test folder is outside the current one.
struct ContentFixture {
    let root: URL

    static let buyersCSV = """
    id,name,kind,department,website
    21310555400017,Commune de Toulouse,commune,31,https://www.toulouse.fr/
    20005379100014,Région Occitanie,region,31,

    """

    init(_ name: String = #function, files: [String: String], config: String? = nil) throws {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        root = testFolder(safe)
        for sub in ["notices", "programmations", "buyers"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        try (config ?? "title: Test\nregion: Occitanie\n").write(to: root.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
        var all = files
        if all["buyers/buyers.csv"] == nil { all["buyers/buyers.csv"] = Self.buyersCSV }
        for (path, text) in all {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(path).deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            try Data(text.utf8).write(to: root.appendingPathComponent(path))
        }
    }

    func path(_ rel: String) -> String { root.appendingPathComponent(rel).path }

    func read() throws -> ImportResult {
        let site = try ConfigLoader.loadSite(contentDirectory: root)
        return ContentReader(contentDirectory: root, site: site).read()
    }

    /// A valid notice as JSON, with fields replaced or removed (nil).
    static func notice(_ changes: [String: Any?] = [:]) -> [String: Any] {
        var n: [String: Any] = [
            "id": "26-00001", "title": "Réfection de voirie", "buyer": "21310555400017", "contract_type": "works",
            "cpv": ["45233140-2"], "departments": ["31"], "published": "2026-11-01",
            "deadline": "2026-12-01T12:00:00+01:00",
        ]
        for (k, v) in changes { n[k] = v }
        return n
    }

    static func json(_ objects: [[String: Any]]) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: objects, options: [.sortedKeys]), as: UTF8.self)
    }
}
