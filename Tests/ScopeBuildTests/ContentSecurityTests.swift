import Foundation
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The site works under a strict Content-Security-Policy (README, "Serving"): no page has an
/// inline script, a `<style>` element, a `style` attribute, an event-handler attribute or a
/// `javascript:` URL, and every script and stylesheet is the site's own. (CI also loads the
/// pages in Chromium under the policy: scripts/check_csp.py.)
final class ContentSecurityTests: XCTestCase {
    func testNoPageNeedsInlineScriptOrStyle() throws {
        let pages = SampleSite.allFiles(under: SampleSite.output).filter { $0.hasSuffix(".html") }
        XCTAssertGreaterThan(pages.count, 2000)
        for p in pages {
            let page = try ParsedPage(SampleSite.file(p))
            XCTAssertEqual(page.strings("//*[local-name()='script'][not(@src)]").count, 0, "\(p): inline script")
            XCTAssertEqual(page.strings("//*[local-name()='style']").count, 0, "\(p): style element")
            XCTAssertEqual(page.strings("//@style").count, 0, "\(p): style attribute")
            XCTAssertEqual(page.strings("//@*[starts-with(local-name(), 'on')]").count, 0, "\(p): event handler")
            for url in page.strings("//@href | //@src | //@action") {
                XCTAssertFalse(url.lowercased().hasPrefix("javascript:"), "\(p): \(url)")
            }
            for src in page.strings("//*[local-name()='script']/@src") + page.strings("//*[local-name()='link'][@rel='stylesheet']/@href") {
                XCTAssertTrue(src.hasPrefix("/"), "\(p): \(src) is not the site's own")
            }
        }
    }
}
