import Foundation
import ScopeImport
import ScopeModel
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Every feed of the sample, parsed: the required elements of each format, and exactly the
/// notices of its facet, newest first, the latest N.
final class FeedTests: XCTestCase {
    let raw = try! RawSample(content: repositoryRoot.appendingPathComponent("content"))
    let now = SampleSite.now
    let base = "https://marches.occitanie.example/"
    let feedItems = 50

    lazy var files = SampleSite.allFiles(under: SampleSite.output)

    func xml(_ path: String) throws -> XMLDocument {
        try strictXML(contentsOf: SampleSite.file(path))
    }

    func strings(_ doc: XMLDocument, _ xpath: String) -> [String] {
        ((try? doc.nodes(forXPath: xpath)) ?? []).map { $0.stringValue ?? "" }
    }

    /// Open notices, newest publication first (ties by id), the latest N.
    func expectedFeed(_ notices: [RawSample.Item]) -> [String] {
        notices.filter { raw.isOpen($0, now: now) }
            .sorted { $0.published != $1.published ? $0.published > $1.published : $0.id < $1.id }
            .prefix(feedItems).map { base + "annonces/" + Slug.make($0.id) + "/" }
    }

    func testEveryRSSFeedHasTheRequiredElements() throws {
        let rfc822 = DateFormatter()
        rfc822.locale = Locale(identifier: "en_US_POSIX")
        rfc822.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        let feeds = files.filter { $0.hasSuffix("rss.xml") }
        XCTAssertGreaterThan(feeds.count, 400)
        for f in feeds {
            let doc = try xml(f)
            XCTAssertEqual(doc.rootElement()?.name, "rss", f)
            XCTAssertEqual(doc.rootElement()?.attribute(forName: "version")?.stringValue, "2.0", f)
            for required in ["title", "link", "description"] {
                XCTAssertEqual(strings(doc, "/rss/channel/\(required)").filter { !$0.isEmpty }.count, 1, "\(f) \(required)")
            }
            XCTAssertEqual(strings(doc, "/rss/channel/*[local-name()='link' and @rel='self']/@href"), [base + f], f)
            XCTAssertNotNil(rfc822.date(from: strings(doc, "/rss/channel/lastBuildDate").first ?? ""), f)
            let items = try doc.nodes(forXPath: "/rss/channel/item")
            XCTAssertLessThanOrEqual(items.count, feedItems)
            for item in items {
                let e = item as! XMLElement
                XCTAssertFalse((e.elements(forName: "title").first?.stringValue ?? "").isEmpty, f)
                XCTAssertTrue((e.elements(forName: "link").first?.stringValue ?? "").hasPrefix(base), f)
                XCTAssertEqual(e.elements(forName: "guid").first?.stringValue, e.elements(forName: "link").first?.stringValue, f)
                if let d = e.elements(forName: "pubDate").first?.stringValue {
                    XCTAssertNotNil(rfc822.date(from: d), "\(f): \(d)")
                    XCTAssertTrue(d.hasSuffix("+0100") || d.hasSuffix("+0200"), d)
                } else {
                    XCTAssertTrue(f.hasSuffix("programmations/rss.xml"), "\(f): a notice item without pubDate")
                }
            }
        }
    }

    func testEveryAtomFeedHasTheRequiredElements() throws {
        let feeds = files.filter { $0.hasSuffix("atom.xml") }
        for f in feeds {
            let doc = try xml(f)
            XCTAssertEqual(doc.rootElement()?.name, "feed", f)
            XCTAssertEqual(doc.rootElement()?.uri, "http://www.w3.org/2005/Atom", f)
            let local = { (n: String) in "/*[local-name()='feed']/*[local-name()='\(n)']" }
            XCTAssertEqual(strings(doc, local("id")), [base + f], f)
            XCTAssertEqual(strings(doc, local("title")).count, 1, f)
            XCTAssertNotNil(ParisTime.parse(strings(doc, local("updated")).first ?? "", dateOnlyAsEndOfDay: false), f)
            XCTAssertEqual(strings(doc, local("author") + "/*[local-name()='name']").count, 1, f)
            for entry in try doc.nodes(forXPath: local("entry")) {
                let get = { (n: String) in ((try? entry.nodes(forXPath: "*[local-name()='\(n)']")) ?? []).map { $0.stringValue ?? "" } }
                XCTAssertEqual(get("id").count, 1, f)
                XCTAssertEqual(get("title").count, 1, f)
                XCTAssertNotNil(ParisTime.parse(get("updated").first ?? "", dateOnlyAsEndOfDay: false), f)
                XCTAssertEqual(((try? entry.nodes(forXPath: "*[local-name()='link']/@href")) ?? []).count, 1, f)
            }
        }
    }

    func testEveryJSONFeedHasTheRequiredMembersAndAgreesWithItsRSS() throws {
        for f in files where f.hasSuffix("feed.json") {
            let o = try JSONSerialization.jsonObject(with: Data(contentsOf: SampleSite.file(f))) as! [String: Any]
            XCTAssertEqual(o["version"] as? String, "https://jsonfeed.org/version/1.1", f)
            XCTAssertNotNil(o["title"] as? String, f)
            XCTAssertEqual(o["feed_url"] as? String, base + f)
            let items = o["items"] as! [[String: Any]]
            for item in items { XCTAssertNotNil(item["id"] as? String, f); XCTAssertNotNil(item["url"] as? String, f) }
            let rss = try xml(String(f.dropLast("feed.json".count)) + "rss.xml")
            XCTAssertEqual(items.map { $0["id"] as! String }, strings(rss, "/rss/channel/item/guid"), f)
        }
    }

    func testEachFacetFeedHoldsExactlyItsOpenNoticesNewestFirst() throws {
        let mapping = try ConfigLoader.loadSectors(contentDirectory: repositoryRoot.appendingPathComponent("content"))
        // A code is in the sector of its longest prefix named (divisions, and codes a sector's
        // `cpv:` takes from another division).
        var sectorOfPrefix: [String: String] = [:]
        for s in mapping.sectors { for d in s.divisions + s.prefixes { sectorOfPrefix[d] = s.id } }
        func sectorOf(_ code: String) -> String? { (2...8).reversed().lazy.compactMap { sectorOfPrefix[String(code.prefix($0))] }.first }
        func guids(_ folder: String) throws -> [String] { strings(try xml(folder + "rss.xml"), "/rss/channel/item/guid") }

        XCTAssertEqual(try guids("annonces/"), expectedFeed(raw.notices))
        XCTAssertEqual(try guids("annonces/").count, feedItems, "more open notices than a feed holds")
        let sectors = Set(raw.notices.flatMap { $0.cpv.compactMap(sectorOf) })
        let departments = Department.inRegion("Occitanie").map(\.code)
        var pairs = 0
        for s in sectors {
            let inSector = raw.notices.filter { $0.cpv.contains { sectorOf($0) == s } }
            XCTAssertEqual(try guids("secteurs/\(s)/"), expectedFeed(inSector), s)
            for d in departments {
                let both = inSector.filter { $0.departments.contains(d) }
                let exists = files.contains("secteurs/\(s)/\(d)/rss.xml")
                XCTAssertEqual(exists, !both.isEmpty, "pair \(s) × \(d): a feed exactly when the pair has notices")
                if exists { XCTAssertEqual(try guids("secteurs/\(s)/\(d)/"), expectedFeed(both), "\(s) × \(d)"); pairs += 1 }
            }
        }
        XCTAssertGreaterThan(pairs, 50)
        for d in departments {
            XCTAssertEqual(try guids("departements/\(d)/"), expectedFeed(raw.notices.filter { $0.departments.contains(d) }), d)
        }
        for b in raw.buyers {
            XCTAssertEqual(try guids("acheteurs/\(b)/"), expectedFeed(raw.notices.filter { $0.buyer == b }), b)
        }
    }

    func testProgrammationFeedsHoldTheNewestAnnounced() throws {
        let doc = try xml("programmations/rss.xml")
        let expected = raw.programmations.filter { $0.status != "cancelled" }
            .sorted { $0.announced != $1.announced ? $0.announced > $1.announced : $0.id < $1.id }
        let got = strings(doc, "/rss/channel/item/guid")
        XCTAssertEqual(got.count, feedItems)
        // Same announcement day: the catalog's order (soonest expected) may differ from id order, so compare days.
        let dayOf = Dictionary(uniqueKeysWithValues: raw.programmations.map { (base + "programmations/" + Slug.make($0.id) + "/", $0.announced) })
        XCTAssertEqual(got.map { dayOf[$0]! }, expected.prefix(feedItems).map(\.announced))
    }

    /// RFC 5545 lines, unfolded.
    func icsLines(_ path: String) throws -> [String] {
        let text = try String(contentsOf: SampleSite.file(path), encoding: .utf8)
        XCTAssertTrue(text.hasSuffix("\r\n"))
        var lines: [String] = []
        for raw in text.components(separatedBy: "\r\n") where !raw.isEmpty {
            XCTAssertLessThanOrEqual(raw.utf8.count, 75, "\(path): line longer than 75 octets")
            XCTAssertFalse(raw.contains("\n"), "\(path): bare LF")
            if raw.hasPrefix(" ") { lines[lines.count - 1] += raw.dropFirst() } else { lines.append(raw) }
        }
        return lines
    }

    func testEachCalendarHasOneEventPerOpenNoticeAtItsDeadline() throws {
        var uids = Set<String>()
        for f in files where f.hasSuffix("echeances.ics") {
            let lines = try icsLines(f)
            XCTAssertEqual(lines.first, "BEGIN:VCALENDAR")
            XCTAssertEqual(lines.last, "END:VCALENDAR")
            XCTAssertTrue(lines.contains("VERSION:2.0"))
            XCTAssertTrue(lines.contains { $0.hasPrefix("PRODID:") })
            XCTAssertEqual(lines.filter { $0 == "BEGIN:VEVENT" }.count, lines.filter { $0 == "END:VEVENT" }.count)
            if f == "annonces/echeances.ics" {
                let starts = lines.filter { $0.hasPrefix("DTSTART:") }
                let open = raw.notices.filter { raw.isOpen($0, now: now) }
                XCTAssertEqual(starts.count, open.count)
                let utc = DateFormatter()
                utc.locale = Locale(identifier: "en_US_POSIX")
                utc.timeZone = TimeZone(identifier: "UTC")
                utc.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
                let expected = open.map { utc.string(from: $0.deadline!) }.sorted()
                XCTAssertEqual(starts.map { String($0.dropFirst("DTSTART:".count)) }.sorted(), expected)
                for l in lines where l.hasPrefix("UID:") { XCTAssertTrue(uids.insert(l).inserted, "UID twice: \(l)") }
            }
        }
        XCTAssertGreaterThan(uids.count, 100)
    }

    func testPagesAnnounceTheirFeedsAndTheAlertsPageListsThem() throws {
        let sector = try ParsedPage(SampleSite.file("secteurs/btp/index.html"))
        XCTAssertEqual(sector.strings("//link[@rel='alternate']/@href"),
                       ["/secteurs/btp/rss.xml", "/secteurs/btp/atom.xml", "/secteurs/btp/feed.json"])
        // A click on a feed opens its page: each address in full, to copy (not the XML, which
        // a browser shows as code).
        XCTAssertTrue(sector.strings("//aside[@class='subscribe']//a/@href").contains("/secteurs/btp/abonnement/#ics"))
        let alerts = try ParsedPage(SampleSite.file("alertes/index.html"))
        let links = Set(alerts.strings("//a/@href"))
        var pages = 0
        for f in files where f.hasSuffix("rss.xml") {
            let folder = String(f.dropLast("rss.xml".count))
            if !f.hasPrefix("acheteurs/") {
                XCTAssertTrue(links.contains("/" + folder + "abonnement/#rss"), "the Alertes page does not link \(f)'s page")
            }
            let page = try ParsedPage(SampleSite.file(folder + "abonnement/index.html"))
            XCTAssertEqual(page.strings("//input[@id='rss-url']/@value"), [base + f], folder)
            XCTAssertEqual(page.strings("//input[@id='ics-url']/@value"),
                           files.contains(folder + "echeances.ics") ? [base + folder + "echeances.ics"] : [], folder)
            pages += 1
        }
        XCTAssertGreaterThan(pages, 500)
        let opml = try xml("alertes/flux.opml")
        let urls = strings(opml, "//outline/@xmlUrl")
        XCTAssertEqual(Set(urls), Set(files.filter { $0.hasSuffix("rss.xml") }.map { base + $0 }))
    }
}
