import Foundation
import ScopeBuild
import ScopeModel
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The site in English (`language: en`) and in French: every visible word from the
/// translation file, none missing.
final class LanguageTests: XCTestCase {
    static let english: URL = {
        let content = temporaryFolder("english-content")
        try! FileManager.default.removeItem(at: content)
        try! FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("content"), to: content)
        let config = content.appendingPathComponent("config.yaml")
        let text = try! String(contentsOf: config, encoding: .utf8)
        try! text.replacingOccurrences(of: "\nlanguage: fr\n", with: "\nlanguage: en\n").write(to: config, atomically: true, encoding: .utf8)
        let output = temporaryFolder("english").appendingPathComponent("site")
        _ = try! SiteBuild.build(BuildOptions(content: content, layouts: repositoryRoot.appendingPathComponent("layouts"),
                                              output: output, now: SampleSite.now))
        return output
    }()

    /// A key the code asked for and the file lacks shows as ⟦key⟧: none in any file, either language.
    func testNoFileOfEitherSiteShowsAMissingKey() throws {
        for root in [Self.english, SampleSite.output] {
            let files = SampleSite.allFiles(under: root)
            XCTAssertGreaterThan(files.count, 3000)
            for f in files where !f.hasSuffix(".svg") {
                let text = try String(contentsOf: root.appendingPathComponent(f), encoding: .utf8)
                XCTAssertFalse(text.contains("⟦"), "\(f) shows a missing translation")
                XCTAssertFalse(text.contains("{{t."), "\(f) shows an untranslated template key")
            }
        }
    }

    func testEnglishPagesSpeakEnglish() throws {
        let home = try ParsedPage(Self.english.appendingPathComponent("index.html"))
        XCTAssertEqual(home.strings("/html/@lang"), ["en"])
        XCTAssertEqual(home.strings("//nav[@class='main-nav']//a"),
                       ["Notices", "Forecasts", "Sectors", "Départements", "Buyers", "Search", "Alerts"])
        XCTAssertEqual(home.strings("//a[@class='skip-link']"), ["Skip to content"])
        XCTAssertEqual(home.strings("//h2[@id='bientot']"), ["Closing soon"])
        // An open notice's badge says "Open" and carries its deadline; the site's script says how
        // long is left, in the words the page gives it (checked in Chromium by check_site.py).
        let badges = Set(home.strings("//section[@aria-labelledby='bientot']//span[contains(@class,'badge')]"))
        XCTAssertEqual(badges, ["Open"])
        XCTAssertFalse(home.strings("//section[@aria-labelledby='bientot']//span[contains(@class,'badge')]/@data-deadline").isEmpty)
        XCTAssertEqual(home.strings("/html/body/@data-badge-days"), ["Closes in {n} days"])
        XCTAssertEqual(home.strings("/html/body/@data-badge-tomorrow"), ["Closes tomorrow"])

        // A notice: labels, dates and amounts in English formats.
        let notices = SampleSite.allFiles(under: Self.english.appendingPathComponent("annonces")).filter { $0.hasSuffix("/index.html") }
        let withValue = try notices.lazy.map { try ParsedPage(Self.english.appendingPathComponent("annonces/" + $0)) }
            .first { !$0.strings("//dt[.='Estimated value']").isEmpty }!
        XCTAssertEqual(withValue.strings("//dl[@class='facts']/dt").prefix(5), ["Deadline for tenders", "Buyer", "Estimated value", "Published", "Type of contract"])
        let value = withValue.strings("//dt[.='Estimated value']/following-sibling::dd[1]").first!
        XCTAssertNotNil(value.range(of: #"^€\d{1,3}(,\d{3})*(\.\d\d)?$"#, options: .regularExpression), value)
        let deadline = withValue.strings("//dt[.='Deadline for tenders']/following-sibling::dd[1]").first!
        XCTAssertNotNil(deadline.range(of: #"^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}, \d{1,2}:\d\d$"#,
                                       options: .regularExpression), deadline)

        // Forecast purchases: quarters as "Q1 2027".
        let list = try ParsedPage(Self.english.appendingPathComponent("programmations/index.html"))
        let expected = list.strings("//li[contains(@class,'programmation-card')]//p[@class='card-deadline']")
        XCTAssertFalse(expected.isEmpty)
        XCTAssertTrue(expected.allSatisfy { $0.contains("Expected publication: ") }, expected.first!)
        XCTAssertTrue(list.strings("//*[local-name()='svg']//*[local-name()='desc']").first!.contains("Q"))

        // The page for a missing address: its title and breadcrumb too.
        let notFound = try ParsedPage(Self.english.appendingPathComponent("404.html"))
        XCTAssertEqual(notFound.strings("//title").first?.hasPrefix("Page not found"), true, notFound.strings("//title").description)
        XCTAssertEqual(notFound.strings("//h1"), ["Page not found"])
        XCTAssertEqual(notFound.strings("//nav[@class='crumbs']//li").last, "Page not found")
        let search = try ParsedPage(Self.english.appendingPathComponent("recherche/index.html"))
        XCTAssertEqual(search.strings("//title").first?.hasPrefix("Search — "), true, search.strings("//title").description)
        XCTAssertEqual(search.strings("//nav[@class='crumbs']//li").last, "Search")
    }

    func testEnglishFeedsAndSearchIndex() throws {
        let rss = try strictXML(contentsOf: Self.english.appendingPathComponent("annonces/rss.xml"))
        XCTAssertEqual(try rss.nodes(forXPath: "/rss/channel/language").map { $0.stringValue }, ["en"])
        XCTAssertEqual(try rss.nodes(forXPath: "/rss/channel/title").first?.stringValue, "Open notices — Marchés publics en Occitanie")
        let descriptions = try rss.nodes(forXPath: "//item/description").compactMap(\.stringValue)
        XCTAssertFalse(descriptions.isEmpty)
        XCTAssertTrue(descriptions.allSatisfy { $0.contains(" · Deadline: ") }, descriptions[0])

        let meta = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.english.appendingPathComponent("recherche/meta.json"))) as! [String: Any]
        let types = (meta["types"] as! [[String]]).map { $0[1] }
        XCTAssertEqual(types, ["Works", "Supplies", "Services"])
        let search = try ParsedPage(Self.english.appendingPathComponent("recherche/index.html"))
        XCTAssertEqual(search.strings("//form[@id='search']/@data-many"), ["{n} results"])
    }
}
