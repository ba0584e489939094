import Foundation
import ScopeRender
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

final class SitemapTests: XCTestCase {
    func testPastTheLimitASitemapIndexPointsAtEachPart() throws {
        let paths = (0..<25).map { "annonces/n-\($0)/index.html" } + ["index.html"]
        let jobs = Sitemap.files(htmlPaths: paths, baseURL: "https://x.example/", lastmod: "2026-11-16T08:00:00+01:00", limit: 10)
        XCTAssertEqual(jobs.map(\.path), ["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"])
        var all: [String] = []
        for job in jobs.dropLast() {
            let doc = try strictXML(Data(job.render()), "sitemap")
            all += try doc.nodes(forXPath: "//*[local-name()='loc']").map { $0.stringValue! }
        }
        XCTAssertEqual(all.count, 26)
        XCTAssertTrue(all.contains("https://x.example/"))
        let index = try strictXML(Data(jobs.last!.render()), "sitemap")
        XCTAssertEqual(index.rootElement()?.name, "sitemapindex")
        XCTAssertEqual(try index.nodes(forXPath: "//*[local-name()='sitemap']/*[local-name()='loc']").map { $0.stringValue! },
                       ["https://x.example/sitemap-1.xml", "https://x.example/sitemap-2.xml", "https://x.example/sitemap-3.xml"])
        let single = Sitemap.files(htmlPaths: paths, baseURL: "https://x.example/", lastmod: "", limit: 50_000)
        XCTAssertEqual(single.map(\.path), ["sitemap.xml"])
    }
}
