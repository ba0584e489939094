import Foundation
import ScopeRender
import XCTest

/// Layouts that would publish a file from elsewhere or crash the build: each refused when the
/// templates load, with the file (and line) named.
final class TemplateSafetyTests: XCTestCase {
    static let layouts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("layouts")

    /// A copy of the layouts to spoil.
    func copy(_ name: String) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("scope-templates-\(getpid())-\(name)")
        try? FileManager.default.removeItem(at: root)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let layouts = root.appendingPathComponent("layouts")
        try FileManager.default.copyItem(at: Self.layouts, to: layouts)
        return layouts
    }

    func refusal(_ layouts: URL) -> String {
        do { _ = try TemplateSet(directory: layouts); return "loaded" } catch { return "\(error)" }
    }

    func testTheLayoutsLoad() throws {
        XCTAssertEqual(refusal(try copy("good")), "loaded")
    }

    func testAPartialLinkedOutOfTheLayoutsIsRefused() throws {
        let layouts = try copy("link")
        let secret = layouts.deletingLastPathComponent().appendingPathComponent("secret.txt")
        try "mot de passe".write(to: secret, atomically: true, encoding: .utf8)
        let footer = layouts.appendingPathComponent("partials/footer.mustache")
        try FileManager.default.removeItem(at: footer)
        try FileManager.default.createSymbolicLink(at: footer, withDestinationURL: secret)
        XCTAssertEqual(refusal(layouts), "\(footer.path): a symbolic link to \(secret.resolvingSymlinksInPath().path), outside the layouts folder: "
                       + "not read (copy the file into \(layouts.path) instead)")
        // A link inside the layouts is read.
        try FileManager.default.removeItem(at: footer)
        try FileManager.default.copyItem(at: Self.layouts.appendingPathComponent("partials/footer.mustache"), to: layouts.appendingPathComponent("footer-source.mustache"))
        try FileManager.default.createSymbolicLink(at: footer, withDestinationURL: layouts.appendingPathComponent("footer-source.mustache"))
        XCTAssertEqual(refusal(layouts), "loaded")
    }

    func testATranslationLinkedOutOfTheLayoutsIsRefused() throws {
        let layouts = try copy("i18n-link")
        let fr = layouts.appendingPathComponent("i18n/fr.yaml")
        let outside = layouts.deletingLastPathComponent().appendingPathComponent("fr.yaml")
        try FileManager.default.moveItem(at: fr, to: outside)
        try FileManager.default.createSymbolicLink(at: fr, withDestinationURL: outside)
        XCTAssertTrue(refusal(layouts).hasPrefix("\(fr.path): a symbolic link to "), refusal(layouts))
    }

    func testAPartialThatIncludesItselfIsRefused() throws {
        let layouts = try copy("cycle")
        let item = layouts.appendingPathComponent("partials/notice-item.mustache")
        try (try String(contentsOf: item, encoding: .utf8) + "{{> partials/notice-item}}").write(to: item, atomically: true, encoding: .utf8)
        XCTAssertEqual(refusal(layouts), "\(item.path): the template includes itself (partials/notice-item → partials/notice-item), which would never end")
    }

    func testThreeThousandNestedSectionsAreRefused() throws {
        let layouts = try copy("nesting")
        let page = layouts.appendingPathComponent("page.mustache")
        let text = try String(contentsOf: page, encoding: .utf8)
        try (text + "\n" + String(repeating: "{{#x}}", count: 3_000) + String(repeating: "{{/x}}", count: 3_000)).write(to: page, atomically: true, encoding: .utf8)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).count + 1
        XCTAssertEqual(refusal(layouts), "\(page.path):\(line): sections nested deeper than 64 levels")
    }
}
