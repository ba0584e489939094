import Foundation
@testable import ScopeBuild
import XCTest

/// Every field of every kind of record reaches every output that shows it: the fields are
/// not listed here but read from the sample's exports. Each field of a notice, a lot, a
/// programmation, a buyer and an award is given, in a record of its own, the value another
/// record has for it (so it stays a value the importers accept), and an optional field is
/// removed from another; the site built over the last one must then be a fresh build's, file
/// by file. A field some output shows but its key does not cover leaves that output stale.
final class EveryFieldTests: XCTestCase {
    let content = repositoryRoot.appendingPathComponent("content")
    let layouts = repositoryRoot.appendingPathComponent("layouts")

    func build(_ content: URL, _ output: URL) throws -> BuildReport {
        try SiteBuild.build(BuildOptions(content: content, layouts: layouts, output: output, now: SampleSite.now))
    }

    func tree(_ root: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for f in SampleSite.allFiles(under: root) { out[f] = try Data(contentsOf: root.appendingPathComponent(f)) }
        return out
    }

    /// A JSON value as comparable bytes.
    static func same(_ a: Any?, _ b: Any?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        let data = { (v: Any) in try? JSONSerialization.data(withJSONObject: [v], options: [.sortedKeys]) }
        return data(a) == data(b)
    }

    /// Records of one kind, as key → value maps, and what changing them did.
    struct Edits {
        var records: [[String: Any]]
        var used = Set<Int>()
        var changes: [String] = []

        /// For each key but `id`: one unused record takes another's different value; where the
        /// key is optional, one more unused record loses it. `eligible`: which records may be
        /// edited (lots: those of notices not edited yet).
        mutating func changeEveryField(_ kind: String, keys: [String], where eligible: (Int) -> Bool = { _ in true }) {
            for key in keys where key != "id" {
                let holders = records.indices.filter { records[$0][key] != nil }
                if let i = holders.first(where: { !used.contains($0) && eligible($0) }),
                   let donor = holders.first(where: { !EveryFieldTests.same(records[$0][key], records[i][key]) }) {
                    records[i][key] = records[donor][key]
                    used.insert(i)
                    changes.append("\(kind) \(i): \(key) as record \(donor)'s")
                }
                if holders.count < records.count, let i = holders.first(where: { !used.contains($0) && eligible($0) }) {
                    records[i].removeValue(forKey: key)
                    used.insert(i)
                    changes.append("\(kind) \(i): \(key) removed")
                }
            }
        }
    }

    static func keys(_ records: [[String: Any]]) -> [String] { Array(Set(records.flatMap(\.keys))).sorted() }

    static func writeCSV(_ url: URL, header: [String], rows: [[String: Any]], delimiter: UnicodeScalar) throws {
        let delimiter = String(delimiter)
        func cell(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let lines = [header.map(cell).joined(separator: delimiter)]
            + rows.map { r in header.map { cell(r[$0] as? String ?? "") }.joined(separator: delimiter) }
        try (lines.joined(separator: "\r\n") + "\r\n").write(to: url, atomically: true, encoding: .utf8)
    }

    func testEveryFieldOfEveryRecordReachesEveryOutput() throws {
        let edited = temporaryFolder("every-field")
        try FileManager.default.removeItem(at: edited)
        try FileManager.default.copyItem(at: content, to: edited)
        let output = temporaryFolder("every-field-out").appendingPathComponent("site")
        _ = try build(edited, output)
        var said: [String] = []

        // Notices, then their lots (in notices not edited yet).
        let noticesURL = edited.appendingPathComponent("notices/annonces.json")
        var notices = Edits(records: try JSONSerialization.jsonObject(with: Data(contentsOf: noticesURL)) as! [[String: Any]])
        let noticeKeys = Self.keys(notices.records)
        XCTAssertGreaterThan(noticeKeys.count, 12)
        notices.changeEveryField("notice", keys: noticeKeys.filter { $0 != "lots" })
        let withLots = notices.records.indices.filter { notices.records[$0]["lots"] != nil }
        var lots = Edits(records: withLots.map { (notices.records[$0]["lots"] as! [[String: Any]])[0] })
        lots.changeEveryField("lot", keys: Self.keys(lots.records), where: { !notices.used.contains(withLots[$0]) })
        for (k, i) in withLots.enumerated() where lots.used.contains(k) {
            var all = notices.records[i]["lots"] as! [[String: Any]]
            all[0] = lots.records[k]
            notices.records[i]["lots"] = all
        }
        XCTAssertGreaterThanOrEqual(lots.changes.count, 3)
        try JSONSerialization.data(withJSONObject: notices.records, options: [.sortedKeys]).write(to: noticesURL)
        said += notices.changes + lots.changes

        // Programmations and buyers, from their CSV columns.
        for (kind, file) in [("programmation", "programmations/programmations.csv"), ("buyer", "buyers/acheteurs.csv")] {
            let url = edited.appendingPathComponent(file)
            let (header, rows, delimiter) = try RawSample.csvTable(url)
            // An empty cell is an absent field.
            var edits = Edits(records: rows.map { $0.filter { !$0.value.isEmpty } })
            edits.changeEveryField(kind, keys: header)
            XCTAssertGreaterThanOrEqual(edits.changes.count, header.count - 1, kind)
            try Self.writeCSV(url, header: header, rows: edits.records, delimiter: delimiter)
            said += edits.changes
        }

        // Awards (DECP): each top-level field.
        let awardsURL = edited.appendingPathComponent("exports/attributions-decp.json")
        var decp = try JSONSerialization.jsonObject(with: Data(contentsOf: awardsURL)) as! [String: Any]
        var awards = Edits(records: decp["marches"] as! [[String: Any]])
        awards.changeEveryField("award", keys: Self.keys(awards.records))
        decp["marches"] = awards.records
        try JSONSerialization.data(withJSONObject: decp, options: [.sortedKeys]).write(to: awardsURL)
        said += awards.changes

        XCTAssertGreaterThan(said.count, 40)
        print("every field: \(said.count) changes")
        let report = try build(edited, output)
        XCTAssertGreaterThan(report.files.written, 0)
        XCTAssertGreaterThan(report.files.unchanged, report.files.written, "a nightly build, not a whole one")

        let fresh = temporaryFolder("every-field-fresh").appendingPathComponent("site")
        _ = try build(edited, fresh)
        let incremental = try tree(output), whole = try tree(fresh)
        XCTAssertEqual(Set(incremental.keys), Set(whole.keys))
        let stale = whole.keys.filter { incremental[$0] != whole[$0] }.sorted()
        XCTAssertEqual(stale, [], "stale after these changes:\n" + said.joined(separator: "\n"))
    }
}
