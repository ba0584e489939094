import Foundation
import ScopeModel

/// How an eForms notice writes its values: codes, texts by language, amounts, days and times.
extension EFormsNotice {
    /// Main code first, then additional ones, each once.
    static func codes(_ project: XMLTree.Element?) -> [String] {
        guard let project else { return [] }
        var out: [String] = []
        for path in ["MainCommodityClassification/ItemClassificationCode", "AdditionalCommodityClassification/ItemClassificationCode"] {
            for c in project.every(path) where (c.attributes["listName"] ?? "cpv") == "cpv" {
                if let code = Loose.cpv(Text.clean(c.text)), !out.contains(code) { out.append(code) }
            }
        }
        return out
    }

    static func inLanguage(_ elements: [XMLTree.Element], _ language: String) -> String? {
        let texts = elements.map { ($0.attributes["languageID"], Text.clean($0.text)) }.filter { !$0.1.isEmpty }
        return (texts.first { $0.0 == language } ?? texts.first)?.1
    }

    static func amount(_ s: String) -> Double? { Double(Text.clean(s)) }

    /// `2019-05-10+01:00` → `2019-05-10`.
    static func day(_ s: String) -> String { String(Text.clean(s).prefix(10)) }

    /// `2019-06-24Z` and `16:00:00Z` → `2019-06-24T16:00:00Z`; the time's zone, else the date's.
    static func dateTime(_ date: String, _ time: String?) -> String {
        let d = Text.clean(date)
        let day = String(d.prefix(10))
        guard let time = time.map(Text.clean), time.count >= 8 else { return day }
        let zone = time.count > 8 ? "" : String(d.dropFirst(10))
        return day + "T" + time + zone
    }
}
