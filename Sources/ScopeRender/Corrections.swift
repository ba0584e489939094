import Foundation
import ScopeModel

/// A correction in words, for the notice page, its feed items and the e-mail digests: "date
/// limite reportée du 12 décembre au 19 décembre ; modifiés : lots (avis n° 26-10003 du 2
/// décembre 2026)".
public enum CorrectionText {
    /// Dates are written as the notice writes its deadline (`offset`: its eSender's, as its lots').
    public static func words(_ c: Correction, offset: Int?, strings: Strings, format: Format) -> String {
        var parts: [String] = []
        if let (from, to) = c.deadline {
            if let from {
                let key = to > from ? "notice.correction_deadline_later" : "notice.correction_deadline_earlier"
                parts.append(strings(key, ["from": format.dateTime(from, offset: offset), "to": format.dateTime(to, offset: offset)]))
            } else {
                parts.append(strings("notice.correction_deadline_set", ["to": format.dateTime(to, offset: offset)]))
            }
        }
        if let (from, to) = c.value {
            let none = strings("notice.correction_no_value")
            parts.append(strings("notice.correction_value", ["from": from.map(format.money) ?? none, "to": to.map(format.money) ?? none]))
        }
        let named = c.fields.compactMap { correctedFields[$0] }.map { strings($0) }
        if !named.isEmpty { parts.append(strings("notice.correction_fields", ["fields": named.joined(separator: ", ")])) }
        let by = c.by.isEmpty ? strings("notice.correction_by_undated", ["date": format.day(c.published)])
            : strings("notice.correction_by", ["id": c.by, "date": format.day(c.published)])
        if let t = c.text { parts.append(strings("notice.correction_text", ["text": t])) }
        return parts.joined(separator: " ; ") + " (" + by + ")"
    }

    /// The fields a correction names in words (the deadline and the value are said with their values).
    static let correctedFields: [String: String] = [
        "lots": "notice.corrected_lots", "documents_url": "notice.corrected_documents_url", "cpv": "notice.corrected_cpv",
        "departments": "notice.corrected_departments", "procedure": "notice.corrected_procedure",
        "contract_type": "notice.corrected_contract_type",
    ]
}

extension Views {
    func correction(_ c: Correction, offset: Int?) -> String { CorrectionText.words(c, offset: offset, strings: strings, format: format) }
}
