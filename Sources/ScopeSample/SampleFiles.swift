import Foundation

/// Lays generated records out as exports: notices as a JSON array, programmations as a
/// `;` CSV with a byte order mark (as Excel saves it), buyers as a `,` CSV.
enum SampleFiles {
    static func noticesJSON(_ records: [SampleRecord]) throws -> Data {
        let objects = records.map { r in r.fields.compactMapValues { $0 } }
        var data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        data.append(0x0A)
        return data
    }

    static let programmationColumns = ["id", "title", "buyer", "contract_type", "cpv", "departments", "expected_publication",
                                       "estimated_value", "value_min", "value_max", "duration_months", "status", "announced", "description"]

    static func programmationsCSV(_ records: [SampleRecord]) -> Data {
        var text = "\u{FEFF}" + programmationColumns.joined(separator: ";") + "\r\n"
        for r in records {
            text += programmationColumns.map { csvField(r.fields[$0].map { "\($0)" } ?? "", ";") }.joined(separator: ";") + "\r\n"
        }
        return Data(text.utf8)
    }

    static func buyersCSV(_ buyers: [SampleBuyer]) -> Data {
        var text = "id,name,kind,department,website\n"
        for b in buyers.sorted(by: { $0.id < $1.id }) {
            text += [b.id, b.name, b.kind, b.department, b.website ?? ""].map { csvField($0, ",") }.joined(separator: ",") + "\n"
        }
        return Data(text.utf8)
    }

    static func csvField(_ s: String, _ delimiter: Character) -> String {
        guard s.contains(delimiter) || s.contains("\"") || s.contains("\n") || s.contains("\r") else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
