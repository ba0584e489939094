import Foundation
import ScopeBuild
import ScopeImport
import ScopeModel
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The bundled sample, built for real, checked page by page against the records.
final class SitePagesTests: XCTestCase {
    let raw = try! RawSample(content: repositoryRoot.appendingPathComponent("content"))
    let now = SampleSite.now

    func testBuildReportsNoRejectionOnTheSample() {
        let r = SampleSite.built.report
        XCTAssertEqual(r.counts[.notice]?.built, 626)
        XCTAssertEqual(r.counts[.programmation]?.built, 981)
        XCTAssertEqual(r.rejectedTotal, 0)
        XCTAssertTrue(r.diagnostics.filter { $0.severity == .error }.isEmpty, "\(r.diagnostics)")
    }

    func testEveryNoticeAndProgrammationHasItsPage() throws {
        for n in raw.notices {
            let page = try ParsedPage(SampleSite.file("annonces/\(Slug.make(n.id))/index.html"))
            XCTAssertTrue(page.strings("//p[@class='kicker']").first?.contains(n.id) ?? false, n.id)
        }
        for p in raw.programmations {
            let page = try ParsedPage(SampleSite.file("programmations/\(Slug.make(p.id))/index.html"))
            XCTAssertTrue(page.strings("//p[@class='kicker']").first?.contains(p.id) ?? false, p.id)
        }
    }

    func testHomeQuotesThePlatformFigures() throws {
        let home = try ParsedPage(SampleSite.file("index.html"))
        let figures = home.strings("//p[@class='figures']").first ?? ""
        let flat = figures.replacingOccurrences(of: "\n", with: " ").split(separator: " ").joined(separator: " ")
        XCTAssertTrue(flat.contains("626 annonces, dont 206 dans le BTP"), flat)
        XCTAssertTrue(flat.contains("981 programmations"), flat)
        let btp = raw.notices.filter { $0.cpvDivisions.contains { ["44", "45", "71"].contains($0) } }.count
        XCTAssertEqual(btp, 206)
        let btpProgrammations = raw.programmations.filter { $0.cpvDivisions.contains("45") }.count
        XCTAssertEqual(Double(btpProgrammations) / 981, 1.0 / 3, accuracy: 0.02)
    }

    func testEachSectorListsExactlyItsOpenNoticesAndProgrammations() throws {
        let mapping = try ConfigLoader.loadSectors(contentDirectory: repositoryRoot.appendingPathComponent("content"))
        // A code is in the sector of its longest prefix the file names (a division, or codes a
        // sector takes from another division: office supplies, 301).
        var sectorOfPrefix: [String: String] = [:]
        for s in mapping.sectors { for d in s.divisions + s.prefixes { sectorOfPrefix[d] = s.id } }
        func sectorOf(_ code: String) -> String? {
            (2...8).reversed().lazy.compactMap { sectorOfPrefix[String(code.prefix($0))] }.first
        }
        XCTAssertEqual(sectorOf("30197630"), "fournitures")
        let sectorIDs = Set(raw.notices.flatMap { $0.cpv.compactMap(sectorOf) } + raw.programmations.flatMap { $0.cpv.compactMap(sectorOf) })
        XCTAssertGreaterThan(sectorIDs.count, 5)
        for sector in sectorIDs.sorted() {
            let expected = raw.notices.filter { n in raw.isOpen(n, now: now) && n.cpv.contains { sectorOf($0) == sector } }
            let links = try cardLinksOfList("secteurs/\(sector)/", kind: "notice")
            XCTAssertEqual(Set(links.map(idFromLink)), Set(expected.map(\.id)), "sector \(sector)")
            XCTAssertEqual(links.count, expected.count, "sector \(sector) lists a notice twice")
            // Soonest deadline first.
            let deadlines = links.map { id in raw.notices.first { $0.id == idFromLink(id) }!.deadline! }
            XCTAssertEqual(deadlines, deadlines.sorted(), "sector \(sector) order")
            let expectedP = raw.programmations.filter { p in p.cpv.contains { sectorOf($0) == sector } }
            let plinks = try cardLinksOfList("secteurs/\(sector)/programmations/", kind: "programmation")
            XCTAssertEqual(Set(plinks.map(idFromLink)), Set(expectedP.map(\.id)), "sector \(sector) programmations")
        }
    }

    func testTypeFiltersAndSortOrdersAreStaticPages() throws {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: repositoryRoot.appendingPathComponent("content/notices/annonces.json"))) as! [[String: Any]]
        let typeOf = Dictionary(uniqueKeysWithValues: json.map { ($0["id"] as! String, $0["contract_type"] as! String) })
        let open = raw.notices.filter { raw.isOpen($0, now: now) }
        for (segment, type) in [("travaux", "works"), ("fournitures", "supplies"), ("services", "services")] {
            let links = try cardLinksOfList("annonces/\(segment)/", kind: "notice")
            XCTAssertEqual(Set(links.map(idFromLink)), Set(open.filter { typeOf[$0.id] == type }.map(\.id)), segment)
            let inSector = try cardLinksOfList("secteurs/btp/\(segment)/", kind: "notice").map(idFromLink)
            XCTAssertTrue(inSector.allSatisfy { typeOf[$0] == type }, "secteurs/btp/\(segment)/")
        }
        let newest = try cardLinksOfList("annonces/recentes/", kind: "notice").map(idFromLink)
        XCTAssertEqual(Set(newest), Set(open.map(\.id)))
        let published = newest.map { id in raw.notices.first { $0.id == id }!.published }
        XCTAssertEqual(published, published.sorted(by: >), "newest first")
    }

    func testEachDepartmentListsExactlyItsRecords() throws {
        let codes = Department.inRegion("Occitanie").map(\.code)
        XCTAssertEqual(codes.count, 13)
        for code in codes {
            let expected = raw.notices.filter { raw.isOpen($0, now: now) && $0.departments.contains(code) }
            let links = try cardLinksOfList("departements/\(code)/", kind: "notice")
            XCTAssertEqual(links.map(idFromLink).sorted(), expected.map(\.id).sorted(), "department \(code)")
            let expectedP = raw.programmations.filter { $0.departments.contains(code) }
            let plinks = try cardLinksOfList("departements/\(code)/programmations/", kind: "programmation")
            XCTAssertEqual(plinks.map(idFromLink).sorted(), expectedP.map(\.id).sorted(), "department \(code) programmations")
        }
    }

    /// A card names each department with its code ("Lot (46)", not a bare "Lot", which reads as
    /// a lot); the archive's months carry no "·" with nothing after it.
    func testCardsNameDepartmentsWithTheirCodeAndTheArchiveIndexHasNoDanglingDot() throws {
        let list = try String(contentsOf: SampleSite.file("departements/46/index.html"), encoding: .utf8)
        XCTAssertTrue(list.contains(" · Lot (46)</p>"), "a card of the Lot's list names the department with its code")
        XCTAssertFalse(list.contains(" · Lot</p>"))
        let archive = try String(contentsOf: SampleSite.file("annonces/archives/index.html"), encoding: .utf8)
        XCTAssertTrue(archive.contains("annonces</span></li>"))
        XCTAssertFalse(archive.contains(" · </span>"), "a month of the archive ends with a dangling ·")
    }

    /// Following a list is offered at its top, before its cards, by e-mail first (the sample's
    /// config names the sign-up service): the sector's, the pair's (both choices), the buyer's.
    func testEveryListOffersToFollowItAtItsTop() throws {
        let service = "https://marches.occitanie.example/alertes-email/"
        for (path, query) in [("secteurs/btp/", "sec=btp"), ("secteurs/btp/81/", "sec=btp&amp;dep=81"),
                              ("departements/31/", "dep=31"), ("secteurs/btp/second-oeuvre/", "sec=btp&amp;sub=second-oeuvre")] {
            let html = try String(contentsOf: SampleSite.file(path + "index.html"), encoding: .utf8)
            let top = try XCTUnwrap(html.range(of: "<p class=\"follow-top\"><a href=\"\(service)?\(query)\">"), path)
            XCTAssertLessThan(top.lowerBound, try XCTUnwrap(html.range(of: "<ul class=\"cards\">")).lowerBound, "\(path): after the cards")
            XCTAssertTrue(html.contains("<aside class=\"subscribe\""), path)
        }
    }

    func testEachBuyerPageListsItsOpenClosedAndPlannedRecords() throws {
        XCTAssertEqual(raw.buyers.count, 327)
        var continued = 0
        for buyer in raw.buyers {
            let page = try ParsedPage(SampleSite.file("acheteurs/\(buyer)/index.html"))
            // Each section shows the first 30 (the sample's page size), and links to all of them
            // on pages of their own when there are more.
            func all(_ section: String, _ kind: String) throws -> [String] {
                let shown = page.strings("//section[@aria-labelledby='\(section)']//li[contains(@class,'\(kind)-card')]/h3/a/@href")
                XCTAssertLessThanOrEqual(shown.count, 30, "\(buyer) \(section)")
                guard let more = page.strings("//section[@aria-labelledby='\(section)']//a[@class='more']/@href").first else { return shown }
                XCTAssertEqual(shown.count, 30, "\(buyer) \(section)")
                continued += 1
                let rest = try cardLinksOfList(String(more.dropFirst()), kind: kind)
                XCTAssertEqual(Array(rest.prefix(30)), shown, "\(buyer) \(section): the page shows the list's first")
                return rest
            }
            let open = try all("ouvertes", "notice"), closed = try all("cloturees", "notice")
            let planned = try all("prevues", "programmation")
            let mine = raw.notices.filter { $0.buyer == buyer }
            XCTAssertEqual(Set(open.map(idFromLink)), Set(mine.filter { raw.isOpen($0, now: now) }.map(\.id)), buyer)
            XCTAssertEqual(Set(closed.map(idFromLink)), Set(mine.filter { !raw.isOpen($0, now: now) }.map(\.id)), buyer)
            XCTAssertEqual(Set(planned.map(idFromLink)), Set(raw.programmations.filter { $0.buyer == buyer }.map(\.id)), buyer)
            // Its programmations by the quarter they expect their notice in, each a search, when
            // there are two quarters or more: "2027-03" is 2027-Q1.
            var byQuarter: [String: Int] = [:]
            for p in raw.programmations where p.buyer == buyer {
                let parts = p.expected.split(separator: "-")
                let q = parts[1].hasPrefix("Q") ? String(parts[1]) : "Q\((Int(parts[1])! - 1) / 3 + 1)"
                byQuarter[parts[0] + "-" + q, default: 0] += 1
            }
            let chips = page.strings("//section[@aria-labelledby='prevues']/nav//li/a/@href")
            let counts = page.strings("//section[@aria-labelledby='prevues']/nav//li/span[@class='count']")
            let want = byQuarter.count > 1 ? byQuarter.keys.sorted().map { "/recherche/?buyer=\(buyer)&quand=\($0)" } : []
            XCTAssertEqual(chips, want, buyer)
            XCTAssertEqual(counts, byQuarter.count > 1 ? byQuarter.keys.sorted().map { String(byQuarter[$0]!) } : [], buyer)
        }
        // Programmations come only from the seven founding members; the Région's are on pages of their own.
        XCTAssertEqual(Set(raw.programmations.map(\.buyer)).count, 7)
        XCTAssertGreaterThan(continued, 0, "some buyer has more than a page of records")
    }

    /// The buyers' index files a buyer under its own name, not its legal form's: every
    /// "Commune de X" (and "Commune d'X") under X's initial, accents aside, an article of its
    /// name its own ("Commune de La Canourgue" under L); every buyer once.
    func testBuyersIndexFilesCommunesUnderTheirNames() throws {
        let page = try ParsedPage(SampleSite.file("acheteurs/index.html"))
        var communes = 0, listed = 0
        for letter in page.strings("//section/h2") {
            let names = page.strings("//section[h2='\(letter)']//li/a")
            listed += names.count
            for name in names {
                guard let r = name.range(of: #"^Commune (de |d'|du )"#, options: .regularExpression) else { continue }
                let first = name[r.upperBound...].folding(options: .diacriticInsensitive, locale: nil).prefix(1).uppercased()
                XCTAssertEqual(first, letter, name)
                communes += 1
            }
        }
        XCTAssertEqual(listed, raw.buyers.count)
        XCTAssertGreaterThan(communes, 50)
    }

    func testNoticeAndProgrammationLinkBothWays() throws {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: repositoryRoot.appendingPathComponent("content/notices/annonces.json"))) as! [[String: Any]]
        let linked = json.compactMap { o in (o["programmation"] as? String).map { (o["id"] as! String, $0) } }
        XCTAssertFalse(linked.isEmpty, "the sample links some notices to their programmations")
        for (notice, programmation) in linked {
            let n = try ParsedPage(SampleSite.file("annonces/\(Slug.make(notice))/index.html"))
            XCTAssertEqual(n.strings("//p[@class='link-box']/a/@href"), ["/programmations/\(Slug.make(programmation))/"])
            let p = try ParsedPage(SampleSite.file("programmations/\(Slug.make(programmation))/index.html"))
            XCTAssertEqual(p.strings("//p[@class='link-box']/a/@href"), ["/annonces/\(Slug.make(notice))/"])
        }
    }

    func testEveryInternalLinkResolvesToAWrittenFile() throws {
        let files = SampleSite.allFiles(under: SampleSite.output)
        let fileSet = Set(files)
        var checked = 0
        for f in files where f.hasSuffix(".html") {
            let page = try ParsedPage(SampleSite.file(f))
            for link in page.strings("//a/@href | //link/@href | //script/@src") where link.hasPrefix("/") {
                var target = String(link.dropFirst()).components(separatedBy: "#")[0].components(separatedBy: "?")[0]
                if target.isEmpty || target.hasSuffix("/") { target += "index.html" }
                XCTAssertTrue(fileSet.contains(target), "\(f) links to \(link), which was not written")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 10_000)
    }

    func testSitemapParsesAndListsEveryPage() throws {
        let doc = try strictXML(contentsOf: SampleSite.file("sitemap.xml"))
        let locs = try doc.nodes(forXPath: "//*[local-name()='url']/*[local-name()='loc']").map { $0.stringValue! }
        let pages = SampleSite.allFiles(under: SampleSite.output).filter { $0.hasSuffix("index.html") }
        let expected = pages.map { "https://marches.occitanie.example/" + $0.dropLast("index.html".count) }
        XCTAssertEqual(locs.sorted(), expected.sorted())
        XCTAssertEqual(Set(locs).count, locs.count)
        let robots = try String(contentsOf: SampleSite.file("robots.txt"), encoding: .utf8)
        XCTAssertTrue(robots.contains("Sitemap: https://marches.occitanie.example/sitemap.xml"))
    }

    func testMarkdownPagesAnd404AreWritten() throws {
        let about = try ParsedPage(SampleSite.file("a-propos/index.html"))
        XCTAssertEqual(about.strings("//h1"), ["À propos"])
        XCTAssertFalse(about.strings("//article//strong").isEmpty, "Markdown emphasis went through cmark")
        let notFound = try ParsedPage(SampleSite.file("404.html"))
        XCTAssertEqual(notFound.strings("//h1"), ["Page introuvable"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: SampleSite.file("assets/style.css").path))
    }

    /// The record id a card links to: ids are matched through their slug.
    func idFromLink(_ link: String) -> String {
        let slug = link.split(separator: "/").last.map(String.init) ?? link
        return slugToID[slug] ?? slug
    }

    lazy var slugToID: [String: String] = Dictionary(uniqueKeysWithValues:
        (raw.notices.map(\.id) + raw.programmations.map(\.id)).map { (Slug.make($0), $0) })
}
