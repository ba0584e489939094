import Foundation
import ScopeBuild
import ScopeModel

/// A content folder of a few records, made for one test: an Occitanie config pinned to the
/// sample's "now", one buyer, the notices given (or one), and any other files.
struct TinySite {
    let root: URL
    var content: URL { root.appendingPathComponent("content") }
    var output: URL { root.appendingPathComponent("site") }
    static let layouts = repositoryRoot.appendingPathComponent("layouts")

    static let buyerCSV = "id,name,kind,department,website\n21310555400017,Commune de Toulouse,commune,31,\n"

    init(_ name: String, notices: [[String: Any]] = [TinySite.notice()], files: [String: String] = [:],
         config: String = "title: Test\nregion: Occitanie\nnow: \"2026-11-16T08:00:00+01:00\"\n") throws {
        root = temporaryFolder(name)
        var all = files
        all["config.yaml"] = all["config.yaml"] ?? config
        all["buyers/b.csv"] = all["buyers/b.csv"] ?? Self.buyerCSV
        if all["notices/n.json"] == nil {
            all["notices/n.json"] = String(decoding: try JSONSerialization.data(withJSONObject: notices, options: [.sortedKeys]), as: UTF8.self)
        }
        for (path, text) in all { try write(path, text) }
    }

    /// Writes a file of the content folder, making its folders.
    func write(_ path: String, _ text: String) throws {
        let url = content.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    static func notice(_ changes: [String: Any?] = [:]) -> [String: Any] {
        var n: [String: Any] = [
            "id": "26-00001", "title": "Réfection de voirie", "buyer": "21310555400017", "contract_type": "works",
            "cpv": ["45233140-2"], "departments": ["31"], "published": "2026-11-01", "deadline": "2026-12-01T12:00:00+01:00",
        ]
        for (k, v) in changes { n[k] = v }
        return n
    }

    func options(output: URL? = nil, layouts: URL = TinySite.layouts) -> BuildOptions {
        BuildOptions(content: content, layouts: layouts, output: output ?? self.output)
    }

    @discardableResult
    func build(output: URL? = nil, layouts: URL = TinySite.layouts) throws -> BuildReport {
        try SiteBuild.build(options(output: output, layouts: layouts))
    }

    func check() throws -> BuildReport { try SiteBuild.check(content: content) }
}
