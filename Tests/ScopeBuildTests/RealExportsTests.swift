import Foundation
import ScopeBuild
import ScopeImport
import ScopeModel
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The real public files of `Tests/Fixtures/real/` (sources and licences in its SOURCES.md):
/// every record of each is imported, rejected, left out or merged with its reason, the counts
/// add up, and a site built from all of them at once, for all of France, shows their fields on
/// the right notice, programmation, sector, department and buyer pages.
final class RealExportsTests: XCTestCase {
    static let real = repositoryRoot.appendingPathComponent("Tests/Fixtures/real")
    static let files = try! FileManager.default.contentsOfDirectory(atPath: real.path).filter { $0.hasSuffix(".json") || $0.hasSuffix(".xml") }.sorted()

    /// One file alone in a site's notices folder: its source lines.
    func sources(_ name: String, region: String?) throws -> (ImportResult, [SourceStats]) {
        let content = temporaryFolder("real-" + name + (region ?? ""))
        try FileManager.default.createDirectory(at: content.appendingPathComponent("notices"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.real.appendingPathComponent(name), to: content.appendingPathComponent("notices/" + name))
        try ("title: Real\n" + (region.map { "region: \($0)\n" } ?? "") + "now: \"2024-07-10T12:00:00+02:00\"\n")
            .write(to: content.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
        let r = ContentReader(contentDirectory: content, site: try ConfigLoader.loadSite(contentDirectory: content)).read()
        return (r, r.sources.filter { $0.read > 0 })
    }

    /// A content folder holding `files` (name → text) in `notices/`, at `now`, read.
    func read(_ files: [(String, String)], now: String, folder: String) throws -> ImportResult {
        let content = temporaryFolder(folder)
        try FileManager.default.createDirectory(at: content.appendingPathComponent("notices"), withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: content.appendingPathComponent("notices/" + name), atomically: true, encoding: .utf8) }
        try "title: Real\nnow: \"\(now)\"\n".write(to: content.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
        return ContentReader(contentDirectory: content, site: try ConfigLoader.loadSite(contentDirectory: content)).read()
    }

    /// read / imported / rejected / left out / merged / applied, per kind, for each file.
    static let national: [String: [String]] = [
        "boamp_api-v2.1_five-records-2026.json": ["notice 5 5 0 0 0 0"],
        "boamp_api-v2.1_two-real-records.json": ["notice 2 2 0 0 0 0"],
        "decp2019_marches-publics.info.json": ["award 4509 4496 0 0 13 0"],
        "decp2022_bercy_exemple_marches_concessions.json": ["award 4 4 0 0 0 0"],
        "decp2022_megalis_decp-59920013600241-2024-07-09-01.json": ["award 5 5 0 0 0 0"],
        "decp2024_bercy_exemple_concessions_avec_modifications.json": ["award 2 2 0 0 0 0"],
        "decp2024_bercy_exemple_contrat-concession-modification.xml": ["award 2 1 0 0 1 0"],
        "decp2024_bercy_exemple_marche.xml": ["award 2 1 0 0 1 0"],
        "eforms-sdk_can_24_FRA_comments.xml": ["award 1 1 0 0 0 0"],
        "eforms-sdk_can_24_maximal.xml": ["award 1 0 0 1 0 0"],
        "eforms-sdk_can_81_FRA.xml": ["award 1 1 0 0 0 0"],
        "eforms-sdk_change-cn_24_void.xml": ["notice 1 0 0 1 0 0"],
        "eforms-sdk_cn_24_FRA_comments.xml": ["notice 1 1 0 0 0 0"],
        "eforms-sdk_cn_24_open.xml": ["notice 1 0 0 1 0 0"],
        "eforms-sdk_change-cn_24_open_dates.xml": ["notice 1 0 0 1 0 0"],
        "eforms-sdk_cn_24_minimal.xml": ["notice 1 1 0 0 0 0"],
        "eforms-sdk_cn_81_FRA.xml": ["notice 1 1 0 0 0 0"],
        "eforms-sdk_pin-only_81_FRA.xml": ["programmation 1 1 0 0 0 0"],
        "eforms-sdk_cn-desg_24.xml": ["notice 1 1 0 0 0 0"],
        "eforms-sdk_pin-cfc-social_24.xml": ["notice 1 0 0 1 0 0"],
        "eforms_FR_cn-standard_2lots_piemont-cevenol_2024-OJS017-00047522.xml": ["notice 1 1 0 0 0 0"],
        "ocds_ocdskit_realdata_release-package-1.json": ["programmation 2 0 0 1 1 0"],
        "ocds_ted2ocds-no_cn-standard_2024-107345_release_0.json": ["notice 1 0 0 1 0 0"],
        "ted2ocds_559670-2025.xml": ["award 1 0 0 1 0 0"],
    ]

    static let occitanie: [String: [String]] = [
        "boamp_api-v2.1_five-records-2026.json": ["notice 5 0 0 5 0 0"],
        "boamp_api-v2.1_two-real-records.json": ["notice 2 0 0 2 0 0"],
        "decp2019_marches-publics.info.json": ["award 4509 650 0 3846 13 0"],
        "decp2022_bercy_exemple_marches_concessions.json": ["award 4 0 0 4 0 0"],
        "decp2022_megalis_decp-59920013600241-2024-07-09-01.json": ["award 5 0 0 5 0 0"],
        "decp2024_bercy_exemple_concessions_avec_modifications.json": ["award 2 0 0 2 0 0"],
        "decp2024_bercy_exemple_contrat-concession-modification.xml": ["award 2 0 0 1 1 0"],
        "decp2024_bercy_exemple_marche.xml": ["award 2 0 0 1 1 0"],
        "eforms-sdk_can_24_FRA_comments.xml": ["award 1 0 0 1 0 0"],
        "eforms-sdk_can_24_maximal.xml": ["award 1 0 0 1 0 0"],
        "eforms-sdk_can_81_FRA.xml": ["award 1 0 0 1 0 0"],
        "eforms-sdk_change-cn_24_void.xml": ["notice 1 0 0 1 0 0"],
        "eforms-sdk_cn_24_FRA_comments.xml": ["notice 1 0 0 1 0 0"],
        "eforms-sdk_cn_24_open.xml": ["notice 1 0 0 1 0 0"],
        "eforms-sdk_change-cn_24_open_dates.xml": ["notice 1 0 0 1 0 0"],
        "eforms-sdk_cn_24_minimal.xml": ["notice 1 0 0 1 0 0"],
        "eforms-sdk_cn_81_FRA.xml": ["notice 1 0 0 1 0 0"],
        "eforms-sdk_pin-only_81_FRA.xml": ["programmation 1 0 0 1 0 0"],
        "eforms-sdk_cn-desg_24.xml": ["notice 1 0 0 1 0 0"],
        "eforms-sdk_pin-cfc-social_24.xml": ["notice 1 0 0 1 0 0"],
        "eforms_FR_cn-standard_2lots_piemont-cevenol_2024-OJS017-00047522.xml": ["notice 1 1 0 0 0 0"],
        "ocds_ocdskit_realdata_release-package-1.json": ["programmation 2 0 0 1 1 0"],
        "ocds_ted2ocds-no_cn-standard_2024-107345_release_0.json": ["notice 1 0 0 1 0 0"],
        "ted2ocds_559670-2025.xml": ["award 1 0 0 1 0 0"],
    ]

    func testEveryRealFileIsAccountedForRecordByRecord() throws {
        XCTAssertEqual(Set(Self.files), Set(Self.national.keys), "every real file has its expected counts")
        for (region, expected) in [(nil, Self.national), ("Occitanie", Self.occitanie)] as [(String?, [String: [String]])] {
            for name in Self.files {
                let (r, stats) = try sources(name, region: region)
                let lines = stats.map { "\($0.kind.rawValue) \($0.read) \($0.imported) \($0.rejected) \($0.leftOut) \($0.merged) \($0.updates)" }
                XCTAssertEqual(lines, expected[name], "\(name), region \(region ?? "none")")
                for s in stats {
                    XCTAssertEqual(s.read, s.imported + s.rejected + s.leftOut + s.merged + s.updates, "\(name): the counts add up")
                }
                // Every record not imported has its message: a rejection is an error, a record left out or merged a warning.
                let errors = r.diagnostics.filter { $0.severity == .error }.count
                XCTAssertEqual(errors, stats.reduce(0) { $0 + $1.rejected }, name)
                let leftOrMerged = stats.reduce(0) { $0 + $1.leftOut + $1.merged }
                XCTAssertTrue(leftOrMerged == 0 || r.diagnostics.contains { $0.severity == .warning }, name)
                XCTAssertFalse(r.diagnostics.contains { $0.message.contains("no record found") }, name)
            }
        }
    }

    /// The DECP 2019 file's counts computed apart, from its JSON: every contract, and the same
    /// buyer and id twice.
    func testDECPCountsMatchAnIndependentReading() throws {
        let data = try Data(contentsOf: Self.real.appendingPathComponent("decp2019_marches-publics.info.json"))
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let marches = try XCTUnwrap(root["marches"] as? [[String: Any]])
        var seen = Set<String>()
        var twice = 0
        for m in marches {
            let buyer = (m["acheteur"] as? [String: Any])?["id"].map { "\($0)" } ?? (m["autoriteConcedante"] as? [String: Any])?["id"].map { "\($0)" } ?? "?"
            if !seen.insert(buyer + "-" + "\(m["id"] ?? "")").inserted { twice += 1 }
        }
        let (r, stats) = try sources("decp2019_marches-publics.info.json", region: nil)
        XCTAssertEqual(stats.first?.read, marches.count)
        XCTAssertEqual(stats.first?.merged, twice)
        XCTAssertEqual(r.awards.count, marches.count - twice)
        let merges = r.diagnostics.filter { $0.message.contains("merged: the first is shown") }
        XCTAssertEqual(merges.count, twice)
        // A concession of the 2019 file is an award: its grantor the buyer.
        let concessions = marches.filter { $0["autoriteConcedante"] != nil }
        XCTAssertFalse(concessions.isEmpty)
        for c in concessions {
            let grantor = "\((c["autoriteConcedante"] as! [String: Any])["id"]!)"
            XCTAssertTrue(r.awards.contains { $0.buyerID == grantor && $0.id == grantor + "-" + "\(c["id"]!)" }, grantor)
        }
        // CPV 2003 codes are translated with a warning; places are named when unusable.
        XCTAssertTrue(r.diagnostics.contains { $0.message.hasPrefix("CPV 2003 code 50312500-0 read as its CPV 2008 successor 72267000-4") })
        XCTAssertTrue(r.diagnostics.contains { $0.message == "place \"660000\" (Code postal) is not a French postal code; the contract has no place" })
    }

    func testTheSameRecordsInBOAMPsAPIv1Shape() throws {
        // The API v2.1 file, rewritten in the v1 shape the Opendatasoft API also serves.
        let v21 = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.real.appendingPathComponent("boamp_api-v2.1_two-real-records.json"))) as! [String: Any]
        let records = (v21["results"] as! [[String: Any]]).enumerated().map { i, r in ["datasetid": "boamp", "recordid": "r\(i)", "fields": r] as [String: Any] }
        let v1 = try JSONSerialization.data(withJSONObject: ["nhits": records.count, "records": records, "facet_groups": [["name": "famille"]]])
        let content = temporaryFolder("real-boamp-v1")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("notices"), withIntermediateDirectories: true)
        try v1.write(to: content.appendingPathComponent("notices/boamp-v1.json"))
        try "title: Real\nnow: \"2024-07-10T12:00:00+02:00\"\n".write(to: content.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
        let r = ContentReader(contentDirectory: content, site: try ConfigLoader.loadSite(contentDirectory: content)).read()
        XCTAssertEqual(r.diagnostics.map(\.description), [])
        XCTAssertEqual(r.notices.map(\.id), ["15-35076", "24-79342"])
        XCTAssertEqual(r.sources.first?.format, .boamp)
    }

    func testAFileNoFormatReadsIsNamedWithWhatItHolds() throws {
        let content = temporaryFolder("real-unknown")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("notices"), withIntermediateDirectories: true)
        try #"{"nhits": 0, "dataset": {"id": "x"}}"#.write(to: content.appendingPathComponent("notices/odd.json"), atomically: true, encoding: .utf8)
        try #"<?xml version="1.0"?><rss version="2.0"><channel/></rss>"#.write(to: content.appendingPathComponent("notices/feed.xml"), atomically: true, encoding: .utf8)
        try "<ContractNotice><unclosed>".write(to: content.appendingPathComponent("notices/broken.xml"), atomically: true, encoding: .utf8)
        try "title: Real\n".write(to: content.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
        let r = ContentReader(contentDirectory: content, site: try ConfigLoader.loadSite(contentDirectory: content)).read()
        let said = r.diagnostics.map(\.description).map { $0.replacingOccurrences(of: content.path + "/", with: "") }
        XCTAssertEqual(said.filter { $0.hasPrefix("notices/odd.json") },
                       ["notices/odd.json: error: expected an array of records, or an object holding one; found an object without an array (keys dataset, nhits)"])
        XCTAssertEqual(said.filter { $0.hasPrefix("notices/feed.xml") }, [
            "notices/feed.xml:1: error: an XML document whose root is <rss> (no namespace), not an eForms notice "
                + "(ContractNotice, PriorInformationNotice or ContractAwardNotice of UBL 2.3); not read",
        ])
        // An object that holds an empty list: no record, and the shape said.
        try #"{"results": []}"#.write(to: content.appendingPathComponent("notices/odd.json"), atomically: true, encoding: .utf8)
        let again = ContentReader(contentDirectory: content, site: try ConfigLoader.loadSite(contentDirectory: content)).read()
        XCTAssertTrue(again.diagnostics.contains { $0.message == "no record found in this file (read as scope; it holds an object with keys results)" },
                      again.diagnostics.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(said.filter { $0.hasPrefix("notices/broken.xml") }.count, 1)
        XCTAssertTrue(said.first { $0.hasPrefix("notices/broken.xml") }?.contains("not well-formed XML") == true, said.joined(separator: "\n"))
    }

    /// An eForms change notice (the real contract notice with `efac:Changes`, a later issue date
    /// and the deadline moved a week) corrects the notice of the same procedure, and says so.
    func testAnEFormsChangeNoticeCorrectsItsNotice() throws {
        let original = try String(contentsOf: Self.real.appendingPathComponent("eforms-sdk_cn_24_FRA_comments.xml"), encoding: .utf8)
        let doc = try XMLDocument(xmlString: original)
        let ext = try XCTUnwrap(try doc.nodes(forXPath: "//*[local-name()='EformsExtension']").first as? XMLElement)
        let efac = "http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1"
        let changes = XMLElement(name: "efac:Changes", uri: efac)
        changes.addChild(XMLElement(name: "efbc:ChangedNoticeIdentifier", stringValue: "da4d46e9-490b-41ff-a2ae-8166d356a619-01"))
        ext.insertChild(changes, at: 0)
        for node in try doc.nodes(forXPath: "/*/*[local-name()='ID']") { node.stringValue = "0f0f0f0f-0000-4000-8000-000000000002" }
        for node in try doc.nodes(forXPath: "/*/*[local-name()='IssueDate']") { node.stringValue = "2019-06-03+02:00" }
        for node in try doc.nodes(forXPath: "//*[local-name()='TenderSubmissionDeadlinePeriod']/*[local-name()='EndDate']") { node.stringValue = "2019-07-01Z" }
        let content = temporaryFolder("real-change")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("notices"), withIntermediateDirectories: true)
        try original.write(to: content.appendingPathComponent("notices/a-notice.xml"), atomically: true, encoding: .utf8)
        try doc.xmlData().write(to: content.appendingPathComponent("notices/b-change.xml"))
        try "title: Real\nnow: \"2019-06-10T12:00:00+02:00\"\n".write(to: content.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
        let r = ContentReader(contentDirectory: content, site: try ConfigLoader.loadSite(contentDirectory: content)).read()
        XCTAssertEqual(r.notices.count, 1)
        let n = try XCTUnwrap(r.notices.first)
        XCTAssertEqual(n.deadline, ParisTime.parse("2019-07-01T16:00:00Z"))
        XCTAssertEqual(n.corrections.count, 1)
        XCTAssertEqual(n.corrections.first?.deadline?.from, ParisTime.parse("2019-06-24T16:00:00Z"))
        XCTAssertEqual(n.corrections.first?.by, "0f0f0f0f-0000-4000-8000-000000000002")
        XCTAssertEqual(n.corrections.first?.published, Day(iso: "2019-06-03"))
        XCTAssertEqual(n.lots.map(\.deadline), [ParisTime.parse("2019-07-01T16:00:00Z"), ParisTime.parse("2019-07-01T16:00:00Z")])
        let change = try XCTUnwrap(r.sources.first { $0.file.hasSuffix("b-change.xml") })
        XCTAssertEqual([change.read, change.updates], [1, 1])
        // Alone, the change notice is the notice.
        try FileManager.default.removeItem(at: content.appendingPathComponent("notices/a-notice.xml"))
        let alone = ContentReader(contentDirectory: content, site: try ConfigLoader.loadSite(contentDirectory: content)).read()
        XCTAssertEqual(alone.notices.map(\.id), ["e3cdabf1-e057-47a5-9210-b1f6fc757228"])
        XCTAssertEqual(alone.notices.first?.deadline, ParisTime.parse("2019-07-01T16:00:00Z"))
        let s = try XCTUnwrap(alone.sources.first)
        XCTAssertEqual(s.read, s.imported + s.rejected + s.leftOut + s.merged + s.updates)
    }

    /// A change notice that names the notice it changes by its TED publication number
    /// (`efbc:ChangedNoticeIdentifier` 47522-2024, as eSenders write it, without the zeros of
    /// the notice's `NoticePublicationID` 00047522-2024) under a procedure id of its own finds
    /// that notice: the real TED 47522-2024, changed as a change notice would (its deadline moved
    /// to 2024-03-06, issued and published 2024-02-10 as 99999-2024).
    func testAChangeNoticeFindsItsNoticeByPublicationNumber() throws {
        let name = "eforms_FR_cn-standard_2lots_piemont-cevenol_2024-OJS017-00047522.xml"
        let original = try String(contentsOf: Self.real.appendingPathComponent(name), encoding: .utf8)
        let changed = original
            .replacingOccurrences(of: "<efac:Publication><efbc:NoticePublicationID schemeName=\"ojs-notice-id\">00047522-2024",
                                  with: "<efac:Changes><efbc:ChangedNoticeIdentifier>47522-2024</efbc:ChangedNoticeIdentifier></efac:Changes>"
                                      + "<efac:Publication><efbc:NoticePublicationID schemeName=\"ojs-notice-id\">00099999-2024")
            .replacingOccurrences(of: "<cbc:ContractFolderID>240d1ad9-b2d8-45ec-bea9-d11e7a75b28e", with: "<cbc:ContractFolderID>0f0f0f0f-0000-4000-8000-000000000003")
            .replacingOccurrences(of: "<cbc:IssueDate>2024-01-22+02:00", with: "<cbc:IssueDate>2024-02-10+01:00")
            .replacingOccurrences(of: "<efbc:PublicationDate>2024-01-24Z", with: "<efbc:PublicationDate>2024-02-10Z")
            .replacingOccurrences(of: "<cbc:EndDate>2024-02-28+02:00", with: "<cbc:EndDate>2024-03-06+01:00")
        XCTAssertNotEqual(changed, original)
        let r = try read([("a-notice.xml", original), ("b-change.xml", changed)], now: "2024-02-12T12:00:00+01:00", folder: "real-change-by-number")
        XCTAssertEqual(r.notices.map(\.id), ["240d1ad9-b2d8-45ec-bea9-d11e7a75b28e"], r.diagnostics.map(\.description).joined(separator: "\n"))
        let n = try XCTUnwrap(r.notices.first)
        XCTAssertEqual(n.corrections.count, 1)
        XCTAssertEqual(n.corrections.first?.published, Day(iso: "2024-02-10"))
        XCTAssertEqual(ParisTime.day(of: n.deadline), Day(iso: "2024-03-06"))
    }

    /// What a change notice says of itself is on the page: the SDK's `change-cn_24_open_dates.xml`
    /// changes `cn_24_open.xml` (same `ContractFolderID`), and writes two `ChangeDescription`s
    /// (BT-141) and a `ReasonDescription` (BT-762), read here in the file. Both are performed in
    /// the United Kingdom; a copy of each performed in the Seine-Maritime (FRD22) is read.
    func testACorrectionSaysWhatItsNoticeSays() throws {
        let files = try ["eforms-sdk_cn_24_open.xml", "eforms-sdk_change-cn_24_open_dates.xml"].map { name in
            (name, try String(contentsOf: Self.real.appendingPathComponent(name), encoding: .utf8)
                .replacingOccurrences(of: "<cbc:IdentificationCode listName=\"country\">GBR</cbc:IdentificationCode>",
                                      with: "<cbc:IdentificationCode listName=\"country\">FRA</cbc:IdentificationCode>")
                .replacingOccurrences(of: "<cac:Address>\n\t\t\t\t<cac:Country>", with: "<cac:Address>\n<cbc:CountrySubentityCode listName=\"nuts\">FRD22</cbc:CountrySubentityCode>\n\t\t\t\t<cac:Country>")
                .replacingOccurrences(of: "<cac:Address>\n\t\t\t\t\t<cac:Country>", with: "<cac:Address>\n<cbc:CountrySubentityCode listName=\"nuts\">FRD22</cbc:CountrySubentityCode>\n\t\t\t\t\t<cac:Country>"))
        }
        let r = try read(files, now: "2020-03-01T12:00:00+01:00", folder: "real-change-text")
        let n = try XCTUnwrap(r.notices.first { $0.id == "31f258b6-5eb2-4875-8997-affa3cdce27c" }, r.diagnostics.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(n.corrections.count, 1)
        XCTAssertEqual(n.corrections.first?.text,
                       "Time limit for receipt of tenders or requests to participate — Conditions for opening of tenders — "
                       + "Due to Covid-19 and the UK Government’s decision to extend the UK lockdown period for an additional 3 weeks "
                       + "the timescales applicable to this contract notice have been extended accordingly.")
    }

    // MARK: A site from all of them, for all of France

    static let built: (site: URL, imported: ImportResult) = {
        let content = temporaryFolder("real-content")
        try! FileManager.default.createDirectory(at: content.appendingPathComponent("notices"), withIntermediateDirectories: true)
        for f in files { try! FileManager.default.copyItem(at: real.appendingPathComponent(f), to: content.appendingPathComponent("notices/" + f)) }
        try! "title: Marchés publics en France\nbase_url: https://marches.example/\nnow: \"2019-06-01T12:00:00+02:00\"\n"
            .write(to: content.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
        let site = temporaryFolder("real").appendingPathComponent("site")
        _ = try! SiteBuild.build(BuildOptions(content: content, layouts: repositoryRoot.appendingPathComponent("layouts"), output: site))
        let imported = ContentReader(contentDirectory: content, site: try! ConfigLoader.loadSite(contentDirectory: content)).read()
        return (site, imported)
    }()

    func page(_ path: String) throws -> ParsedPage { try ParsedPage(Self.built.site.appendingPathComponent(path + "index.html")) }

    /// Text with its runs of spaces (the narrow no-break ones of amounts too) as one space.
    func spaced(_ s: String) -> String { s.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    /// The definition list of a record's page: term → its value's text.
    func facts(_ p: ParsedPage) -> [String: String] {
        let terms = p.strings("//main//dl/dt"), values = p.strings("//main//dl/dd")
        return Dictionary(zip(terms, values.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }), uniquingKeysWith: { a, _ in a })
    }

    /// What a person reads on each notice page of the real files, on the site's day (2019-06-01),
    /// every value read by hand in the record's own text, not computed by the code under test:
    /// the deadline as the buyer wrote it (its offset said where it is not Paris's on that day),
    /// the amount or range, status, buyer, departments; and the calendar's instant (UTC).
    struct Golden {
        let id: String, deadline: String, amount: String?, status: String, buyer: String, departments: String, ics: String?
    }
    static let golden: [Golden] = [
        // boamp two-real-records: donnees RECEPT_OFFRES 2015-04-08T18:00:00+01:00 (the top level
        // says 17:00:00+00:00); ACCORD_CADRE VALEUR_MAX 20000; code_departement 75.
        Golden(id: "15-35076", deadline: "8 avril 2015 à 18 h 00", amount: "jusqu'à 20 000 €", status: "Clôturé",
               buyer: "Bibliothèque publique d'information", departments: "Paris (75)", ics: nil),
        // datelimitereponse 2024-08-26T12:00:00+00:00, the buyer's noon; EstimatedOverallContractAmount 10458333.33.
        Golden(id: "24-79342", deadline: "26 août 2024 à 12 h 00", amount: "10 458 333,33 €", status: "Ouvert",
               buyer: "CAISSE NATIONALE DE L'ASSURANCE MALADIE", departments: "Paris (75)", ics: "20240826T100000Z"),
        // boamp five-records-2026: dateReceptionOffres as written; lieuExecution's department.
        Golden(id: "26-7298", deadline: "16 février 2026 à 12 h 00", amount: nil, status: "Ouvert",
               buyer: "COMMUNE DE LA MADELEINE", departments: "Nord (59)", ics: "20260216T110000Z"),
        Golden(id: "26-7308", deadline: "27 février 2026 à 12 h 00", amount: "de 1 € à 75 000 €", status: "Ouvert", buyer: "URSSAF Normandie",
               departments: "Seine-Maritime (76) Calvados (14) Eure (27) Manche (50) Orne (61)", ics: "20260227T110000Z"),  // lieuExecution "Normandie"
        Golden(id: "26-7319", deadline: "11 février 2026 à 12 h 00", amount: nil, status: "Ouvert",
               buyer: "Région Auvergne-Rhône-ALpes", departments: "Haute-Savoie (74)", ics: "20260211T110000Z"),  // "Argonay (74)"; lots "0.00"
        Golden(id: "26-7109", deadline: "6 mars 2026 à 12 h 00", amount: nil, status: "Ouvert",
               buyer: "Spl Levaparc", departments: "Hauts-de-Seine (92)", ics: "20260306T110000Z"),  // "… 92300 - LEVALLOIS PERRET"
        Golden(id: "26-7113", deadline: "20 février 2026 à 11 h 00", amount: nil, status: "Ouvert",
               buyer: "SGAMI Est DAGF BCP", departments: "Haute-Marne (52)", ics: "20260220T100000Z"),  // published in 9 departments, performed at 52270
        // TED 47522-2024: EndDate 2024-02-28+02:00, EndTime 12:00:00+02:00, in February.
        Golden(id: "240d1ad9-b2d8-45ec-bea9-d11e7a75b28e", deadline: "28 février 2024 à 12 h 00, UTC+02:00", amount: nil, status: "Ouvert",
               buyer: "Communauté de Communes du Piémont Cévenol", departments: "Gard (30)", ics: "20240228T100000Z"),
        // SDK cn_24_minimal: 2020-02-04 10:00:00+02:00; cancelled by change-cn_24_void, issued 2019-12-21.
        Golden(id: "4805c409-5939-4be9-8abd-837f7a5fee23", deadline: "4 février 2020 à 10 h 00, UTC+02:00", amount: nil,
               status: "Annulé le 21 décembre 2019Motif donné : We cancel because...", buyer: "Publications Office of the European Union", departments: "Seine-Maritime (76)", ics: nil),
        // SDK cn_81_FRA: BT-1311 2020-09-14 16:00:00+01:00, for requests to participate; NUTS FRL04.
        Golden(id: "82c626cc-83e1-4644-9cf1-6ed82b3e3dbc", deadline: "14 septembre 2020 à 16 h 00, UTC+01:00", amount: nil, status: "Ouvert",
               buyer: "Commissariat à l'énergie atomique et aux énergies alternatives", departments: "Bouches-du-Rhône (13)", ics: "20200914T150000Z"),
        // SDK cn-desg_24: BT-1311 2020-06-05 12:00:00+01:00; NUTS FRF12.
        Golden(id: "8655f8a5-b5e9-4d6e-9dee-a360f820ecbe", deadline: "5 juin 2020 à 12 h 00, UTC+01:00", amount: nil, status: "Ouvert",
               buyer: "Communauté de Communes de la Vallée de la Doller et du Soultzbach", departments: "Haut-Rhin (68)", ics: "20200605T110000Z"),
        // SDK cn_24_FRA_comments: 2019-06-24 16:00:00Z; awarded by can_24_FRA_comments.
        Golden(id: "e3cdabf1-e057-47a5-9210-b1f6fc757228", deadline: "24 juin 2019 à 18 h 00", amount: nil, status: "Attribué",
               buyer: "Rouen Habitat", departments: "Seine-Maritime (76)", ics: nil),
    ]

    func testEveryRealNoticePageShowsWhatItsSourceSays() throws {
        let pages = try FileManager.default.contentsOfDirectory(atPath: Self.built.site.appendingPathComponent("annonces").path)
            .filter { !$0.hasSuffix(".html") && !$0.hasSuffix(".xml") && !$0.hasSuffix(".json") && !$0.hasSuffix(".ics") && $0 != "page" }
        XCTAssertEqual(Set(pages.filter { Self.built.imported.notices.map(\.id).contains($0) }), Set(Self.golden.map(\.id)),
                       "every notice of the real files has its golden row")
        for g in Self.golden {
            let f = facts(try page("annonces/\(g.id)/"))
            let deadline = f.first { $0.key.hasPrefix("Date limite") }?.value
            XCTAssertEqual(deadline, g.deadline, g.id)
            XCTAssertEqual(f["Montant estimé"], g.amount, g.id)
            XCTAssertEqual(f["Statut"], g.status, g.id)
            XCTAssertEqual(f["Acheteur"], g.buyer, g.id)
            XCTAssertEqual((f["Département"] ?? f["Départements"])?.filter { !$0.isWhitespace }, g.departments.filter { !$0.isWhitespace }, g.id)
            let ics = Self.built.site.appendingPathComponent("annonces/\(g.id)/echeance.ics")
            if let instant = g.ics {
                let text = try String(contentsOf: ics, encoding: .utf8)
                XCTAssertTrue(text.contains("DTSTART:" + instant), "\(g.id): \(text)")
            } else {
                XCTAssertFalse(FileManager.default.fileExists(atPath: ics.path), "\(g.id) is not open: no calendar")
            }
        }
    }

    func testAnEFormsContractNoticeShowsItsFieldsAndLots() throws {
        let p = try page("annonces/e3cdabf1-e057-47a5-9210-b1f6fc757228/")
        XCTAssertEqual(p.strings("//h1"), ["Service d'entretien de remise en état et de nettoyage des espaces verts"])
        let f = facts(p)
        XCTAssertEqual(f["Acheteur"], "Rouen Habitat")
        XCTAssertEqual(f["Date limite de réponse"], "24 juin 2019 à 18 h 00")  // 16:00Z, lot BT-131
        XCTAssertEqual(f["Publication"], "10 mai 2019")
        XCTAssertEqual(f["Procédure"], "Procédure ouverte")
        XCTAssertEqual(f["Département"], "Seine-Maritime (76)")  // NUTS FRD22
        XCTAssertEqual(f["Codes CPV"], "77310000 — Réalisation et entretien d'espaces verts")  // the code's own label
        let rows = p.strings("//table[@class='lots']/tbody/tr/td[2]")
        XCTAssertEqual(rows, ["Agence centre", "Agence Hauts de Rouen"])
        XCTAssertEqual(p.strings("//table[@class='lots']/tbody/tr/td[last()]"), ["24 juin 2019 à 18 h 00", "24 juin 2019 à 18 h 00"])
        XCTAssertEqual(p.strings("//main//a[contains(@class,'documents')]/@href").first,
                       "https://www.marches-publics.info/accueil.htm")
        // Its award notice (eforms-sdk_can_24_FRA_comments.xml) is among the exports: awarded,
        // it is on its buyer's page, no longer on the open lists.
        let url = "/annonces/e3cdabf1-e057-47a5-9210-b1f6fc757228/"
        XCTAssertEqual(facts(p)["Statut"], "Attribué")
        XCTAssertFalse(try cardLinksOfList("departements/76/", kind: "notice", in: Self.built.site).contains(url))
        XCTAssertTrue(try page("acheteurs/123456789/").cardLinks("notice").contains(url))
    }

    /// Golden values, read by hand in `eforms-sdk_can_24_FRA_comments.xml`, the award notice of
    /// the same procedure (`ContractFolderID` e3cdabf1-…): `SettledContract/AwardDate`
    /// 2019-09-02; LOT-0001's winning tender TEN-0001 (`PayableAmount` 95414) of TPA-0001, whose
    /// tenderer is ORG-0004 "Espaces Verts Lemire"; LOT-0002's TEN-0002 (26500) of TPA-0002,
    /// ORG-0005 "ID Verde SASU". What was won is the two tenders, 121 914 €; the notice's
    /// BT-161 (390 697,84 €) is not a winning tender's amount and is not shown as one.
    func testAnAwardNoticeSaysWhoWonOnItsNoticesPage() throws {
        let p = try page("annonces/e3cdabf1-e057-47a5-9210-b1f6fc757228/")
        XCTAssertEqual(p.strings("//section[@aria-labelledby='attribution']//h2"), ["Attribution"])
        // Its first action is who won; its documents, a closed procedure's, are no longer the main one.
        XCTAssertEqual(p.strings("//p[@class='actions']/a[1]/@href"), ["#attribution"])
        XCTAssertEqual(p.strings("//p[@class='actions']/a[1]"), ["Voir qui a remporté le marché"])
        XCTAssertEqual(p.strings("//p[@class='actions']/a[contains(@class,'documents')]/@class"), ["button documents button-light"])
        XCTAssertEqual(p.strings("//div[@class='award']/p[1]").map(spaced), ["Attribué le 2 septembre 2019 pour 121 914 € en tout :"])
        XCTAssertEqual(p.strings("//table[@class='lots awards']/tbody/tr/td[1]"), ["1", "2"])
        XCTAssertEqual(p.strings("//table[@class='lots awards']/tbody/tr/td[2]"), ["Espaces Verts Lemire", "ID Verde SASU"])
        XCTAssertEqual(p.strings("//table[@class='lots awards']/tbody/tr/td[3]").map(spaced), ["95 414 €", "26 500 €"])
        XCTAssertEqual(p.strings("//div[@class='award']/p[@class='source']"),
                       ["Source\u{00A0}: avis d'attribution publié au Journal officiel de l'Union européenne (TED)."])
        // A notice with one lot (`LOT-0000`) says it in one sentence: can_81 awards no notice of
        // these files, so its buyer's page has it; its winner and amount, read in the file.
        let can = try XCTUnwrap(Self.built.imported.awards.first { $0.source.file.hasSuffix("eforms-sdk_can_81_FRA.xml") })
        XCTAssertEqual(can.lots, [])
        XCTAssertEqual(can.origin, .ted)
    }

    func testARestrictedProcedureTakesTheDeadlineForRequestsToParticipate() throws {
        let n = try XCTUnwrap(Self.built.imported.notices.first { $0.source.file.hasSuffix("eforms-sdk_cn_81_FRA.xml") })
        XCTAssertEqual(n.deadline, ParisTime.parse("2020-09-14T16:00:00+01:00"))  // BT-1311: no BT-131 in a restricted procedure
        XCTAssertEqual(n.procedure, "Procédure restreinte")
        XCTAssertEqual(n.departments, ["13"])  // FRL04
        // Its page says what the deadline is for (it said "Date limite de réponse").
        let f = facts(try page("annonces/\(n.id)/"))
        XCTAssertEqual(f["Date limite des candidatures"], "14 septembre 2020 à 16 h 00, UTC+01:00")  // written 16:00:00+01:00 in September
        XCTAssertNil(f["Date limite de réponse"])
        XCTAssertEqual(facts(try page("annonces/e3cdabf1-e057-47a5-9210-b1f6fc757228/"))["Date limite de réponse"], "24 juin 2019 à 18 h 00")
    }

    func testBOAMPNoticesTakeWhatTheTopLevelLeavesOutFromDonnees() throws {
        let eforms = facts(try page("annonces/24-79342/"))
        XCTAssertEqual(eforms["Montant estimé"], "10 458 333,33 €")
        XCTAssertEqual(eforms["Codes CPV"], "79411000 — Services de conseil en gestion générale")
        XCTAssertEqual(try page("annonces/24-79342/").strings("//table[@class='lots']/tbody/tr/td[2]"), ["Prestations innovation et facilitation"])
        let national = facts(try page("annonces/15-35076/"))
        XCTAssertEqual(national["Montant estimé"], "jusqu'à 20 000 €")  // ACCORD_CADRE/VALEUR_MAX: a framework's maximum
        XCTAssertEqual(national["Codes CPV"], "80533100 — Services de formation informatique")
        XCTAssertEqual(national["Département"], "Paris (75)")
    }

    /// Golden values, read by hand in each record's own text (its `donnees` first): the deadline
    /// is the hour the buyer wrote, in Paris time. The API's top-level `datelimitereponse` is
    /// that hour labelled `+00:00` (2026), or `donnees` shifted by a fixed hour (2015): read as
    /// UTC, every deadline showed an hour late (two in summer).
    static let boampDeadlines: [(id: String, source: String, shown: String, iso: String, utc: String)] = [
        // 2015-04-08T18:00:00+01:00 in `donnees` (RECEPT_OFFRES); top-level 17:00+00:00. April: UTC+2.
        ("15-35076", "RECEPT_OFFRES 2015-04-08T18:00:00+01:00", "8 avril 2015 à 18 h 00", "2015-04-08T18:00:00+02:00", "20150408T160000Z"),
        // No deadline in its (trimmed) eForms `donnees`; top-level 2024-08-26T12:00:00+00:00. August: UTC+2.
        ("24-79342", "datelimitereponse 2024-08-26T12:00:00+00:00", "26 août 2024 à 12 h 00", "2024-08-26T12:00:00+02:00", "20240826T100000Z"),
        ("26-7298", "dateReceptionOffres 2026-02-16T12:00:00.000+01:00", "16 février 2026 à 12 h 00", "2026-02-16T12:00:00+01:00", "20260216T110000Z"),
        ("26-7308", "dateReceptionOffres 2026-02-27T12:00:00", "27 février 2026 à 12 h 00", "2026-02-27T12:00:00+01:00", "20260227T110000Z"),
        ("26-7319", "dateReceptionOffres 2026-02-11T12:00:00", "11 février 2026 à 12 h 00", "2026-02-11T12:00:00+01:00", "20260211T110000Z"),
        ("26-7109", "dateReceptionOffres 2026-03-06T12:00:00", "6 mars 2026 à 12 h 00", "2026-03-06T12:00:00+01:00", "20260306T110000Z"),
        ("26-7113", "dateReceptionOffres 2026-02-20T11:00:00.000", "20 février 2026 à 11 h 00", "2026-02-20T11:00:00+01:00", "20260220T100000Z"),
    ]

    func testBOAMPDeadlinesAreTheHourTheBuyerWrote() throws {
        for g in Self.boampDeadlines {
            let p = try page("annonces/\(g.id)/")
            XCTAssertEqual(facts(p)["Date limite de réponse"], g.shown, "\(g.id): \(g.source)")
            XCTAssertEqual(p.strings("//main//dl/dd/time/@datetime").first, g.iso, g.id)
            let n = try XCTUnwrap(Self.built.imported.notices.first { $0.id == g.id })
            let utc = DateFormatter()
            utc.locale = Locale(identifier: "en_US_POSIX")
            utc.timeZone = TimeZone(identifier: "UTC")
            utc.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
            XCTAssertEqual(utc.string(from: n.deadline), g.utc, g.id)
            // An open notice's own calendar says the same instant.
            let ics = Self.built.site.appendingPathComponent("annonces/\(g.id)/echeance.ics")
            if n.deadline > ParisTime.parse("2019-06-01T12:00:00+02:00")! {
                XCTAssertTrue(try String(contentsOf: ics, encoding: .utf8).contains("DTSTART:\(g.utc)"), g.id)
            }
        }
    }

    /// Golden values of amounts and lots, read by hand in `donnees`: 26-7308's
    /// `valeurEstimee.fourchette` {`valeurBasse` "1", `valeurHaute` "75000"} is a range (it showed
    /// "1 €"); 26-7319's lots are "Lot 2 : Finition" and "Lot 5 : Menuiserie" with `valeur` "0.00"
    /// each, BOAMP's "not stated" (they showed lots 1 and 2 worth 0 €).
    func testBOAMPAmountsAndLotsAreWhatDonneesSays() throws {
        XCTAssertEqual(facts(try page("annonces/26-7308/"))["Montant estimé"], "de 1 € à 75 000 €")
        let lots = try page("annonces/26-7319/")
        XCTAssertEqual(lots.strings("//table[@class='lots']/tbody/tr/td[1]"), ["2", "5"])
        XCTAssertEqual(lots.strings("//table[@class='lots']/tbody/tr/td[2]"), ["Lot 2 : Finition", "Lot 5 : Menuiserie"])
        XCTAssertFalse(lots.strings("//table[@class='lots']/thead/tr/th").contains("Montant estimé"), "no value column for values not stated")
        XCTAssertNil(facts(lots)["Montant estimé"])
    }

    /// The change notice whose reason is `cancel` (its `ReasonCode` read in the file) cancels the
    /// notice of its procedure (`ContractFolderID` 4805c409-…): it left it "Clôturé", nothing said.
    func testAChangeNoticeThatCancelsMakesTheNoticeCancelled() throws {
        let n = try XCTUnwrap(Self.built.imported.notices.first { $0.id == "4805c409-5939-4be9-8abd-837f7a5fee23" })
        XCTAssertEqual(n.statedStatus, .cancelled)
        // With the day of the change notice (its IssueDate, 2019-12-21).
        XCTAssertEqual(facts(try page("annonces/4805c409-5939-4be9-8abd-837f7a5fee23/"))["Statut"],
                       "Annulé le 21 décembre 2019Motif donné : We cancel because...")  // its ReasonDescription, as written
    }

    /// Golden value, read in the file: TED 47522-2024 (Gard) writes its deadline `2024-02-28`
    /// `12:00:00+02:00`, in February, when Paris is at +01:00. The page shows the hour the notice
    /// writes and says its offset (it showed 11 h 00); the calendar keeps the instant, 10:00 UTC.
    func testAnEFormsDeadlineWithAnOffsetThatIsNotParissIsShownAsWritten() throws {
        let id = "240d1ad9-b2d8-45ec-bea9-d11e7a75b28e"
        let p = try page("annonces/\(id)/")
        XCTAssertEqual(facts(p)["Date limite de réponse"], "28 février 2024 à 12 h 00, UTC+02:00")
        XCTAssertEqual(p.strings("//table[@class='lots']/tbody/tr/td[last()]"), ["28 février 2024 à 12 h 00, UTC+02:00", "28 février 2024 à 12 h 00, UTC+02:00"])
        let ics = try String(contentsOf: Self.built.site.appendingPathComponent("annonces/\(id)/echeance.ics"), encoding: .utf8)
        XCTAssertTrue(ics.contains("DTSTART:20240228T100000Z"), ics)
        // It is named by its TED publication number (NoticePublicationID), not the procedure's UUID.
        XCTAssertEqual(p.strings("//main//p[@class='kicker']").first?.hasPrefix("Annonce n° 00047522-2024 ·"), true, "\(p.strings("//main//p[@class='kicker']"))")
        // An offset that is Paris's on that day says nothing more.
        XCTAssertEqual(facts(try page("annonces/26-7298/"))["Date limite de réponse"], "16 février 2026 à 12 h 00")
    }

    /// The overseas departments keep their own hour: 12:00 in Guadeloupe is 16:00 UTC.
    func testAnOverseasDeadlineIsReadInItsOwnZone() {
        XCTAssertEqual(LocalTime.wallClock("2026-02-16T12:00:00+00:00", in: LocalTime.zone(department: "971")), "2026-02-16T12:00:00-04:00")
        XCTAssertEqual(LocalTime.wallClock("2026-07-16T12:00:00.000+01:00", in: LocalTime.zone(department: "974")), "2026-07-16T12:00:00+04:00")
        XCTAssertEqual(LocalTime.wallClock("2015-04-08T18:00:00+01:00", in: LocalTime.zone(department: "75")), "2015-04-08T18:00:00+02:00")
        XCTAssertEqual(LocalTime.wallClock("2026-02-27", in: LocalTime.zone(department: "31")), "2026-02-27")
    }

    func testAPriorInformationNoticeIsAProgrammation() throws {
        let p = try page("programmations/3f60af90-c612-40bd-9943-866fe3ae21b4/")
        XCTAssertEqual(p.strings("//h1").first?.hasPrefix("Demande d'informations nº DI 123/DSSFT"), true)
        let f = facts(p)
        XCTAssertEqual(f["Acheteur"], "Marine/DCSSF/DSSF Toulon")
        XCTAssertEqual(f["Département"], "Bouches-du-Rhône (13)")  // anywhere in France: the buyer's NUTS FRL04
        XCTAssertTrue(try cardLinksOfList("programmations/", kind: "programmation", in: Self.built.site)
            .contains("/programmations/3f60af90-c612-40bd-9943-866fe3ae21b4/"))
    }

    /// Golden values, read by hand in `eforms-sdk_can_24_maximal.xml` (its places moved from
    /// LU000 to Paris, FR101, for a French site to keep it): LOT-0001's result RES-0001 names two
    /// winning tenders, TEN-0001 of TPA-0001 (tenderers ORG-0008 "Gyro Soft SA", the group's
    /// lead, and ORG-0009 "The best App Ltd."; ORG-0010 "Ayuda" its subcontractor) and TEN-0002
    /// of TPA-0002 (ORG-0011 "Competitor"), each `PayableAmount` 9999999.99; LOT-0002 is
    /// `clos-nw`, closed without a winner.
    func testAConsortiumIsItsMembersAndASubcontractorIsNoWinner() throws {
        let text = try String(contentsOf: Self.real.appendingPathComponent("eforms-sdk_can_24_maximal.xml"), encoding: .utf8)
            .replacingOccurrences(of: ">LU000<", with: ">FR101<")
        let r = try read([("can.xml", text)], now: "2023-06-10T12:00:00+02:00", folder: "real-consortium")
        let a = try XCTUnwrap(r.awards.first, r.diagnostics.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(a.notice, "2d2d24a2-df84-449e-8695-fb66ef504a5a")
        XCTAssertEqual(a.lots.map(\.number), [1, 2])
        XCTAssertEqual(a.lots[0].winners, [Award.Party(members: ["Gyro Soft SA", "The best App Ltd."]), Award.Party(members: ["Competitor"])])
        XCTAssertEqual(a.lots[0].amount?.amount ?? 0, 19_999_999.98, accuracy: 0.001)
        XCTAssertEqual(a.lots[1].winners, [])
        XCTAssertTrue(a.lots[1].noWinner)
        XCTAssertEqual(a.winners, ["Gyro Soft SA", "The best App Ltd.", "Competitor"])
        XCTAssertEqual(a.notified, Day(iso: "2023-03-23"))
    }

    /// Golden values, read by hand: `decp2024_bercy_exemple_concessions_avec_modifications.json`'s
    /// concession 0612202306122023 (grantor 12345678901234) was signed at `valeurGlobale` 10.3
    /// for 12 months; its modification 1 (`dateSignatureModification` 2023-04-19) makes it 25.0
    /// for 14 months. The XML form of the same schema (`decp2024_bercy_exemple_marche.xml`): the
    /// contract TEST2022 of buyer 21750001630040, 575000, notified 2024-05-15, 48 months, in the
    /// 75000 postal code, won by SIRET 55204599900869 (its subcontractor 214356 is no winner).
    func testDECP2024ModificationsAndItsXMLForm() throws {
        let r = Self.built.imported
        let c = try XCTUnwrap(r.awards.first { $0.id == "12345678901234-0612202306122023" })
        XCTAssertEqual(c.amount?.amount, 10.3)
        XCTAssertEqual(c.months, 12)
        XCTAssertEqual(c.modifications, [Award.Modification(date: Day(iso: "2023-04-19"), amount: Money(amount: 25, currency: "EUR"), months: 14, winners: [])])
        XCTAssertEqual(c.currentAmount?.amount, 25)
        let rows = try page("acheteurs/12345678901234/")
        XCTAssertTrue(rows.strings("//table[contains(@class,'awards')]/tbody/tr/td[3]").map(spaced).contains("25 € (modifié le 19 avril 2023, initialement 10,30 €)"),
                      "\(rows.strings("//table[contains(@class,'awards')]/tbody/tr/td[3]"))")
        // Its execution data: published 2024-04-18, `depensesInvestissement` 15.3, two tariffs.
        XCTAssertEqual(c.execution, [Award.Execution(published: Day(iso: "2024-04-18"), investment: Money(amount: 15.3, currency: "EUR"),
                                                     tariffs: [Award.Tariff(name: "Intitulé du tarif", amount: Money(amount: 14.29, currency: "EUR")),
                                                               Award.Tariff(name: "Intitulé du tarif2", amount: Money(amount: 19.29, currency: "EUR"))])])
        XCTAssertTrue(rows.strings("//table[contains(@class,'awards')]/tbody/tr/td[1]/small").map(spaced).contains(
            "Exécution (données du 18 avril 2024) : dépenses d'investissement 15,30 € ; tarifs : Intitulé du tarif 14,29 €, Intitulé du tarif2 19,29 €"),
                      "\(rows.strings("//table[contains(@class,'awards')]/tbody/tr/td[1]/small"))")
        let m = try XCTUnwrap(r.awards.first { $0.id == "21750001630040-TEST2022" })
        XCTAssertEqual(m.amount, Money(amount: 575_000, currency: "EUR"))
        XCTAssertEqual(m.notified, Day(iso: "2024-05-15"))
        XCTAssertEqual(m.months, 48)
        XCTAssertEqual(m.winners, ["SIRET 55204599900869"])
        XCTAssertEqual(m.departments, ["75"])
        XCTAssertEqual(m.origin, .decp)
    }

    /// A site of one real file, changed by `edit`, built at `now`.
    func site(of name: String, now: String, edit: (String) -> String) throws -> URL {
        let text = edit(try String(contentsOf: Self.real.appendingPathComponent(name), encoding: .utf8))
        let content = temporaryFolder("real-one-" + name)
        try FileManager.default.createDirectory(at: content.appendingPathComponent("notices"), withIntermediateDirectories: true)
        try text.write(to: content.appendingPathComponent("notices/" + name), atomically: true, encoding: .utf8)
        try "title: Real\nnow: \"\(now)\"\n".write(to: content.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
        let site = temporaryFolder("real-one-site-" + name).appendingPathComponent("site")
        _ = try SiteBuild.build(BuildOptions(content: content, layouts: repositoryRoot.appendingPathComponent("layouts"), output: site))
        return site
    }

    /// Golden values, read by hand in `eforms-sdk_pin-cfc-social_24.xml`: a prior information
    /// notice of subtype 12 (pin-cfc-social, a call for competition), whose lot's only deadline is
    /// BT-630, `efac:InterestExpressionReceptionPeriod` 2023-05-31 15:00:00+03:00. Its places are
    /// "anywhere in the EEA" and its buyer Greek: here the lot's place is a postal code alone,
    /// 97110 (Pointe-à-Pitre), as French notices write it. It was a programmation rejected for
    /// lacking `PlannedDate`; it is an open notice whose deadline is for expressions of interest.
    func testAPriorInformationNoticeThatCallsForCompetitionIsAnOpenNotice() throws {
        let site = try site(of: "eforms-sdk_pin-cfc-social_24.xml", now: "2023-05-20T12:00:00+02:00") { text in
            var lots = text.components(separatedBy: "<cac:ProcurementProjectLot>")
            lots[1] = lots[1].replacingOccurrences(of: "<cbc:Region>anyw-eea</cbc:Region>", with: "<cbc:PostalZone>97110</cbc:PostalZone>")
            return lots.joined(separator: "<cac:ProcurementProjectLot>")
        }
        let p = try ParsedPage(site.appendingPathComponent("annonces/7a0d92d2-de31-4c7d-9baa-023a9a2db87b/index.html"))
        let f = facts(p)
        XCTAssertEqual(f["Date limite des manifestations d'intérêt"], "31 mai 2023 à 15 h 00, UTC+03:00")
        XCTAssertEqual(f["Département"], "Guadeloupe (971)")
        XCTAssertEqual(f["Statut"], "Ouvert")
        XCTAssertTrue(try cardLinksOfList("departements/971/", kind: "notice", in: site).contains("/annonces/7a0d92d2-de31-4c7d-9baa-023a9a2db87b/"))
    }

    /// A buyer's kind from its eForms legal type (BT-11) where its name says none: the CEA of
    /// `eforms-sdk_cn_81_FRA.xml` is `body-pl` (a body governed by public law: "Autre"); the same
    /// notice with `cent-gov` is the State's. A name that says its kind keeps it (the Piémont
    /// Cévenol's "Communauté de Communes", `body-pl-la`, is an EPCI).
    func testAnEFormsBuyersLegalTypeNamesItsKind() throws {
        let r = Self.built.imported
        XCTAssertEqual(r.buyers.first { $0.name.hasPrefix("Commissariat à l'énergie atomique") }?.kind, .other)
        XCTAssertEqual(r.buyers.first { $0.name == "Communauté de Communes du Piémont Cévenol" }?.kind, .epci)
        let text = try String(contentsOf: Self.real.appendingPathComponent("eforms-sdk_cn_81_FRA.xml"), encoding: .utf8)
            .replacingOccurrences(of: "listName=\"buyer-legal-type\">body-pl<", with: "listName=\"buyer-legal-type\">cent-gov<")
        let one = try read([("cn.xml", text)], now: "2020-06-10T12:00:00+02:00", folder: "real-legal-type")
        XCTAssertEqual(one.buyers.map(\.kind), [.state])
    }

    /// Golden value, read by hand in the SDK's `cn-desg_24.xml` (a design contest, subtype 23, NUTS
    /// FRF12): its one deadline is `ParticipationRequestReceptionPeriod`
    /// 2020-06-05 12:00:00+01:00, for requests to participate, and the page says so.
    func testADesignContestSaysWhatItsDeadlineIsFor() throws {
        let n = try XCTUnwrap(Self.built.imported.notices.first { $0.id == "8655f8a5-b5e9-4d6e-9dee-a360f820ecbe" })
        XCTAssertEqual(n.deadlineKind, .requests)
        let f = facts(try page("annonces/8655f8a5-b5e9-4d6e-9dee-a360f820ecbe/"))
        XCTAssertEqual(f["Date limite des candidatures"], "5 juin 2020 à 12 h 00, UTC+01:00")
        XCTAssertNil(f["Date limite de réponse"])
    }

    func testAwardsAndConcessionsAreOnTheirBuyersPages() throws {
        let r = Self.built.imported
        let can = try XCTUnwrap(r.awards.first { $0.source.file.hasSuffix("eforms-sdk_can_81_FRA.xml") })
        XCTAssertEqual(can.winners, ["Assystem energy et infrastructure"])
        XCTAssertEqual(can.amount, Money(amount: 375_950, currency: "EUR"))
        XCTAssertEqual(can.departments, ["13"])
        let bercy = r.awards.filter { $0.source.file.hasSuffix("marches_concessions.json") }
        XCTAssertEqual(bercy.count, 4)
        let concession = try XCTUnwrap(bercy.first { $0.id == "12345678901234-0612202306122024" })
        XCTAssertEqual(concession.winners, ["SIRET 38103128500491", "SIRET 38103128500574"])
        XCTAssertEqual(concession.amount?.amount, 10.3)
        for buyerID in [can.buyerID, concession.buyerID] {
            let rows = try page("acheteurs/\(Slug.make(buyerID))/").strings("//table[contains(@class,'awards')]/tbody/tr/td[1]/text()[1]")
            XCTAssertEqual(rows.sorted(), r.awards.filter { $0.buyerID == buyerID }.map(\.object).sorted(), buyerID)
        }
    }
}
