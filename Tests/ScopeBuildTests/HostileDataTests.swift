import Foundation
import ScopeBuild
import ScopeModel
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Text typed by someone who means harm, in every text and URL field of every record kind:
/// no script, event handler or unsafe URL may reach a page, and feeds and the search index
/// carry it as inert text.
final class HostileDataTests: XCTestCase {
    /// The quote followed by a combining mark is one Character, which an escaper comparing
    /// Characters leaves as it is: it would end an attribute.
    static let payload = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'</script><a href=\"javascript:alert(3)\">x</a>"
        + " \"\u{301} onmouseover=\"alert(11)\" x=\"\u{301} '\u{301} onfocus='alert(12)' <\u{338}img src=x onerror=alert(13)>"

    /// A file name (or any value) with ESC sequences and line ends never drives the terminal nor
    /// forges a line of the summary.
    func testTheSummaryIsNeverDrivenByAFileName() throws {
        let site = try TinySite("terminal-names")
        try site.write("notices/x\u{1B}[2J\nSources\n  forged.json", "[]")
        let text = try site.check().text()
        XCTAssertFalse(text.contains("\u{1B}"), text)
        XCTAssertEqual(text.split(separator: "\n").filter { $0 == "Sources" }.count, 1, text)
        XCTAssertFalse(text.split(separator: "\n").contains { $0.hasPrefix("  forged") }, text)
    }

    func testHostileTextStaysText() throws {
        let root = temporaryFolder("hostile")
        let content = root.appendingPathComponent("content")
        for sub in ["notices", "programmations", "buyers"] {
            try FileManager.default.createDirectory(at: content.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        try "title: \"Test <script>x</script>\"\nregion: Occitanie\nnow: \"2026-11-16T08:00:00+01:00\"\n"
            .write(to: content.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
        let p = Self.payload
        let buyers: [[String: Any]] = [["id": "21310555400017", "name": "Acheteur " + p, "kind": "commune", "department": "31",
                                        "website": "javascript:alert(4)"]]
        let notices: [[String: Any]] = [[
            "id": "26-00001", "title": "Titre " + p, "description": "Texte " + p + "\n\n[lien](javascript:alert(5)) <iframe src=x></iframe>",
            "buyer": "21310555400017", "contract_type": "works", "procedure": p, "cpv": ["45233140-2"], "departments": ["31"],
            "place": p, "published": "2026-11-10", "deadline": "2026-12-01T12:00:00+01:00", "documents_url": "javascript:alert(6)",
            "lots": [["number": 1, "title": p]],
        ], [
            "id": "../../<script>", "title": p, "buyer": "21310555400017", "contract_type": "works", "cpv": ["45233140"],
            "departments": ["31"], "published": "2026-11-10", "deadline": "2026-12-01T12:00:00+01:00",
            "documents_url": "data:text/html,<script>alert(7)</script>",
        ]]
        let programmations: [[String: Any]] = [[
            "id": "P-1", "title": p, "description": p, "buyer": "21310555400017", "contract_type": "works", "cpv": ["45233140"],
            "departments": ["31"], "expected_publication": "2027-Q1",
        ]]
        for (name, value) in [("buyers/b.json", buyers), ("notices/n.json", notices), ("programmations/p.json", programmations)] {
            try JSONSerialization.data(withJSONObject: value).write(to: content.appendingPathComponent(name))
        }
        let output = root.appendingPathComponent("site")
        let report = try SiteBuild.build(BuildOptions(content: content, layouts: repositoryRoot.appendingPathComponent("layouts"),
                                                      output: output))
        XCTAssertEqual(report.counts[.notice]?.built, 2)
        let files = try assertInert(output)
        // The text is still there, as text.
        let notice = try String(contentsOf: output.appendingPathComponent("annonces/26-00001/index.html"), encoding: .utf8)
        XCTAssertTrue(notice.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let rss = try strictXML(contentsOf: output.appendingPathComponent("annonces/rss.xml"))
        XCTAssertTrue(try rss.nodes(forXPath: "//item/title").contains { $0.stringValue == "Titre " + p })
        XCTAssertFalse(files.isEmpty)
    }

    /// The same payload through the four foreign formats (BOAMP's HTML entities decode to it).
    func testHostileTextInForeignExportsStaysText() throws {
        let root = temporaryFolder("hostile-foreign")
        let content = root.appendingPathComponent("content")
        for sub in ["notices", "programmations", "buyers"] {
            try FileManager.default.createDirectory(at: content.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        try "title: Test\nregion: Occitanie\nnow: \"2026-11-16T08:00:00+01:00\"\n"
            .write(to: content.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
        let p = Self.payload
        let encoded = p.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        let donnees = "{\"CPV\": {\"PRINCIPAL\": \"45233140\"}, \"URL_DOCUMENT\": \"javascript:alert(8)\", \"lots\": [{\"num\": 1, \"intitule\": \(String(data: try JSONSerialization.data(withJSONObject: [p]), encoding: .utf8)!.dropFirst().dropLast())}]}"
        let boamp: [[String: Any]] = [["idweb": "26-90001", "objet": "Titre " + encoded, "nomacheteur": "Acheteur " + encoded,
                                       "dateparution": "2026-11-10", "datelimitereponse": "2026-12-01T12:00:00+01:00",
                                       "code_departement": ["31"], "type_marche": ["TRAVAUX"], "nature": "APPEL_OFFRE",
                                       "url_avis": "javascript:alert(9)", "donnees": donnees]]
        let approch: [[String: Any]] = [["code": "APP-1", "libelle": p, "description": p, "categorie_d_achat": "Travaux",
                                         "siren_de_l_entite_acheteuse": "213105554", "code_s_cpv": "45233140",
                                         "departement_s_d_execution_du_marche": "31", "date_previsionnelle_de_publication": "2027-03-01"]]
        let ocds: [String: Any] = ["releases": [["ocid": "ocds-1", "date": "2026-11-10T00:00:00Z", "buyer": ["id": "B"],
            "parties": [["id": "B", "name": p, "roles": ["buyer"], "identifier": ["id": "21310555400017"], "address": ["postalCode": "31000"]]],
            "tender": ["title": p, "description": p, "status": "active", "mainProcurementCategory": "works",
                       "items": [["classification": ["scheme": "CPV", "id": "45233140"]]],
                       "tenderPeriod": ["startDate": "2026-11-10", "endDate": "2026-12-01T12:00:00+01:00"],
                       "documents": [["url": "data:text/html,<script>alert(10)</script>"]]]]]]
        let decp: [String: Any] = ["marches": [["id": "M-1", "acheteur": ["id": "21310555400017", "nom": p], "objet": p,
                                                "codeCPV": "45233140", "lieuExecution": ["code": "31", "typeCode": "Code département"],
                                                "dateNotification": "2026-10-01", "montant": 1000,
                                                "titulaires": [["id": "1", "denominationSociale": p]]]]]
        for (name, value) in [("notices/boamp.json", boamp as Any), ("programmations/approch.json", approch), ("notices/ocds.json", ocds),
                              ("buyers/decp.json", decp)] {
            try JSONSerialization.data(withJSONObject: value).write(to: content.appendingPathComponent(name))
        }
        let output = root.appendingPathComponent("site")
        let report = try SiteBuild.build(BuildOptions(content: content, layouts: repositoryRoot.appendingPathComponent("layouts"), output: output))
        XCTAssertEqual(report.counts[.notice]?.built, 2, report.text())
        XCTAssertEqual(report.counts[.programmation]?.built, 1)
        XCTAssertEqual(report.counts[.award]?.built, 1)
        _ = try assertInert(output)
        let boampPage = try ParsedPage(output.appendingPathComponent("annonces/26-90001/index.html"))
        XCTAssertEqual(boampPage.strings("//h1"), ["Titre " + p])
        XCTAssertEqual(boampPage.strings("//table[@class='lots']//td[2]"), [p])
        let buyer = try ParsedPage(output.appendingPathComponent("acheteurs/21310555400017/index.html"))
        XCTAssertEqual(buyer.strings("//table[contains(@class,'awards')]//td[1]"), [p])
    }

    /// No script, event handler, markup or unsafe URL from data in any page; feeds and JSON
    /// parse and cannot close a script element. Returns the site's files.
    @discardableResult
    func assertInert(_ output: URL, file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let files = SampleSite.allFiles(under: output)
        XCTAssertTrue(files.allSatisfy { !$0.contains("..") && !$0.contains("<") }, "a path from an id escaped or kept markup")
        var pages = 0
        for f in files where f.hasSuffix(".html") {
            let doc = try strictXML(contentsOf: output.appendingPathComponent(f))
            let scripts = try doc.nodes(forXPath: "//*[local-name()='script']").compactMap { ($0 as? XMLElement)?.attribute(forName: "src")?.stringValue }
            XCTAssertEqual(try doc.nodes(forXPath: "//*[local-name()='script']").count, scripts.count, "\(f): an inline script")
            XCTAssertTrue(scripts.allSatisfy { $0.hasPrefix("/assets/") }, "\(f): script from elsewhere \(scripts)")
            XCTAssertEqual(try doc.nodes(forXPath: "//@*[starts-with(local-name(), 'on')]").count, 0, "\(f): an event handler")
            XCTAssertEqual(try doc.nodes(forXPath: "//*[local-name()='img' or local-name()='iframe']").count, 0, "\(f): markup from data")
            for href in try doc.nodes(forXPath: "//@href | //@src").compactMap(\.stringValue) {
                let lower = href.lowercased().trimmingCharacters(in: .whitespaces)
                XCTAssertFalse(lower.hasPrefix("javascript:") || lower.hasPrefix("data:") || lower.hasPrefix("vbscript:"), "\(f): \(href)")
            }
            pages += 1
        }
        XCTAssertGreaterThan(pages, 20)
        // Feeds parse and hold the payload as text; the search JSON cannot close a script element.
        for f in files where f.hasSuffix(".xml") || f.hasSuffix(".opml") {
            XCTAssertNoThrow(try strictXML(contentsOf: output.appendingPathComponent(f)), f)
        }
        for f in files where f.hasSuffix(".json") {
            let text = try String(contentsOf: output.appendingPathComponent(f), encoding: .utf8)
            XCTAssertFalse(text.lowercased().contains("</script"), "\(f) could close a script element")
            XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(text.utf8)), f)
        }
        return files
    }
}
