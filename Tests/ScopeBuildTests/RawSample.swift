import CSV
import Foundation
import ScopeModel

/// The sample's records read straight from its files, with none of Scope's import code, so
/// that what the pages list can be checked against an independent computation.
struct RawSample {
    struct Item {
        let id: String
        let buyer: String
        let cpvDivisions: [String]
        let departments: [String]
        let deadline: Date?
        let status: String?
        /// `YYYY-MM-DD` (sorts as text).
        var published: String = ""
        var announced: String = ""
        /// The CPV codes' digits, check digit aside.
        var cpv: [String] = []
        /// A programmation's expected publication as its file writes it (`2027-03`, `2027-Q1`).
        var expected: String = ""
    }

    let notices: [Item]
    let programmations: [Item]
    let buyers: [String]

    init(content: URL) throws {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: content.appendingPathComponent("notices/annonces.json"))) as! [[String: Any]]
        notices = json.map { o in
            Item(id: o["id"] as! String, buyer: o["buyer"] as! String,
                 cpvDivisions: (o["cpv"] as! [String]).map { String($0.prefix(2)) },
                 departments: o["departments"] as! [String],
                 deadline: Self.parseDeadline(o["deadline"] as! String), status: o["status"] as? String,
                 published: o["published"] as! String, cpv: (o["cpv"] as! [String]).map { String($0.prefix(8)) })
        }
        programmations = try Self.csv(content.appendingPathComponent("programmations/programmations.csv")).map { r in
            Item(id: r["id"]!, buyer: r["buyer"]!, cpvDivisions: r["cpv"]!.split(separator: "|").map { String($0.prefix(2)) },
                 departments: r["departments"]!.split(separator: "|").map(String.init), deadline: nil, status: r["status"],
                 announced: r["announced"] ?? "", cpv: r["cpv"]!.split(separator: "|").map { String($0.prefix(8)) }, expected: r["expected_publication"] ?? "")
        }
        buyers = try Self.csv(content.appendingPathComponent("buyers/acheteurs.csv")).map { $0["id"]! }
    }

    static func csv(_ url: URL) throws -> [[String: String]] { try csvTable(url).rows }

    /// A CSV file's header, rows (column → cell) and delimiter (`;` when the header has one).
    static func csvTable(_ url: URL) throws -> (header: [String], rows: [[String: String]], delimiter: UnicodeScalar) {
        var text = try String(contentsOf: url, encoding: .utf8)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let delimiter: UnicodeScalar = text.prefix(while: { $0 != "\n" && $0 != "\r\n" }).contains(";") ? ";" : ","
        let reader = try CSVReader(string: text, hasHeaderRow: true, delimiter: delimiter)
        let header = reader.headerRow!
        var rows: [[String: String]] = []
        while let row = reader.next() { rows.append(Dictionary(uniqueKeysWithValues: zip(header, row))) }
        return (header, rows, delimiter)
    }

    /// `2026-10-21T16:00:00+02:00`, with Foundation's own ISO 8601 parser.
    static func parseDeadline(_ s: String) -> Date? {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.date(from: s)
    }

    func isOpen(_ item: Item, now: Date) -> Bool {
        if let s = item.status { return s == "open" }
        return item.deadline! > now
    }
}
