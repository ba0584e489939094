import Foundation
import ScopeBuild
import ScopeModel
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A notice changed by a later notice (a BOAMP rectificatif) says what changed and when, on its
/// page and in its feed items, whose update date is the correction's.
final class CorrectionsTests: XCTestCase {
    func testARectificatifIsSaidOnThePageAndDatesTheFeedItem() throws {
        let donnees: (String, String?) -> String = { value, documents in
            var d: [String: Any] = ["CPV": ["PRINCIPAL": "45261210"], "VALEUR": value]
            if let documents { d["URL_DOCUMENT"] = documents }
            return String(decoding: try! JSONSerialization.data(withJSONObject: d, options: [.sortedKeys]), as: UTF8.self)
        }
        let base: [String: Any] = ["nomacheteur": "Commune de Millau", "code_departement": ["12"], "type_marche": ["TRAVAUX"]]
        let notice = base.merging(["idweb": "26-10001", "objet": "Toiture du gymnase", "dateparution": "2026-11-02", "nature": "APPEL_OFFRE",
                                   "datelimitereponse": "2026-12-12T12:00:00+01:00", "donnees": donnees("150000", nil)]) { $1 }
        let correction = base.merging(["idweb": "26-10003", "objet": "Rectificatif", "dateparution": "2026-11-09", "nature": "RECTIFICATIF",
                                       "annonce_lie": ["26-10001"], "datelimitereponse": "2026-12-19T12:00:00+01:00",
                                       "donnees": donnees("180000", "https://millau.example/dce")]) { $1 }
        let boamp = String(decoding: try JSONSerialization.data(withJSONObject: [notice, correction], options: [.sortedKeys]), as: UTF8.self)
        let site = try TinySite("corrections", notices: [], files: ["notices/n.json": "[]", "notices/boamp.json": boamp])
        try site.build()

        let page = try ParsedPage(site.output.appendingPathComponent("annonces/26-10001/index.html"))
        // (Amounts and dates are written with no-break spaces.)
        let spaced = { (t: String) in t.replacingOccurrences(of: "\u{202F}", with: " ").replacingOccurrences(of: "\u{A0}", with: " ") }
        XCTAssertEqual(page.strings("//section[@aria-labelledby='corrections']/ul/li").map(spaced), [
            "Date limite reportée du 12 décembre 2026 à 12 h 00 au 19 décembre 2026 à 12 h 00 ; montant estimé : 150 000 € → 180 000 € ; "
                + "modifiés : dossier de consultation (avis n° 26-10003 du 9 novembre 2026)",
        ])
        // The facts are the corrected ones.
        XCTAssertTrue(page.strings("//main//dd/time").map(spaced).contains("19 décembre 2026 à 12 h 00"))
        XCTAssertEqual(page.strings("//main//a[@class='button documents']/@href"), ["https://millau.example/dce"])
        // At the top: beside the deadline, that it moved and from what; by the status, a link
        // to the corrections. On the notice's card in the lists, the day it was corrected.
        XCTAssertEqual(page.strings("//div[@class='key-facts']//dd[1]/span[@class='corrected']").map(spaced),
                       ["reportée par l'avis du 9 novembre 2026 (avant : 12 décembre 2026 à 12 h 00)"])
        XCTAssertEqual(page.strings("//p[@class='status']/a[@class='corrected']").map(spaced), ["Rectifié le 9 novembre 2026"])
        XCTAssertEqual(page.strings("//p[@class='status']/a[@class='corrected']/@href"), ["#corrections"])
        let list = try ParsedPage(site.output.appendingPathComponent("annonces/index.html"))
        XCTAssertEqual(list.strings("//li[contains(@class,'notice-card')]//span[@class='corrected']").map(spaced), ["Rectifié le 9 novembre 2026"])

        // Atom: <updated> is the correction's day, <published> the notice's; the summary says it first.
        let atom = try strictXML(contentsOf: site.output.appendingPathComponent("annonces/atom.xml"))
        let entry = try XCTUnwrap(try atom.nodes(forXPath: "//*[local-name()='entry']").first as? XMLElement)
        XCTAssertEqual(try entry.nodes(forXPath: "*[local-name()='updated']").first?.stringValue, "2026-11-09T12:00:00+01:00")
        XCTAssertEqual(try entry.nodes(forXPath: "*[local-name()='published']").first?.stringValue, "2026-11-02T12:00:00+01:00")
        XCTAssertEqual(try entry.nodes(forXPath: "*[local-name()='summary']").first?.stringValue?.hasPrefix("Rectifié le 9 novembre 2026\u{00A0}: date limite reportée"), true)
        // JSON Feed: date_modified.
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: site.output.appendingPathComponent("annonces/feed.json"))) as! [String: Any]
        let item = try XCTUnwrap((json["items"] as? [[String: Any]])?.first)
        XCTAssertEqual(item["date_modified"] as? String, "2026-11-09T12:00:00+01:00")
        XCTAssertEqual(item["date_published"] as? String, "2026-11-02T12:00:00+01:00")
    }

    func testANoticeWithoutCorrectionsHasNoSection() throws {
        let site = try TinySite("no-corrections")
        try site.build()
        let page = try ParsedPage(site.output.appendingPathComponent("annonces/26-00001/index.html"))
        XCTAssertEqual(page.strings("//section[@aria-labelledby='corrections']"), [])
        XCTAssertEqual(page.strings("//*[@class='corrected']"), [])
    }
}
