import Foundation
import XCTest
@testable import ScopeAlerts

/// The links an address receives: made by a key of the database's, for one purpose, one
/// subject and one address; any change of a byte, another purpose or a dropped key refuses them.
final class LinkSignerTests: XCTestCase {
    func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("alerts-keys-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir
    }

    func testALinkChecksOnlyForItsPurposeAndIsNotForged() throws {
        let db = try folder().appendingPathComponent("alerts.sqlite").path
        let signer = try LinkSigner.load(database: db)
        let at = Date(timeIntervalSince1970: 1_800_000_000)
        let token = signer.sign(.stop, subject: "a@b.example", email: "a@b.example", issued: at)
        XCTAssertEqual(signer.verify(token, as: .stop), LinkSigner.Token(purpose: .stop, subject: "a@b.example", email: "a@b.example", issued: at))
        XCTAssertNil(signer.verify(token, as: .manage), "a stop link is not a manage link")
        // Another address in the payload, the MAC kept: refused.
        let parts = token.split(separator: ".").map(String.init)
        let other = LinkSigner.base64url(Array("stop\nc@d.example\nc@d.example\n1800000000".utf8))
        XCTAssertNil(signer.verify(other + "." + parts[1] + "." + parts[2], as: .stop))
        // One character of the MAC changed.
        var mac = Array(parts[2])
        mac[3] = mac[3] == "A" ? "B" : "A"
        XCTAssertNil(signer.verify(parts[0] + "." + parts[1] + "." + String(mac), as: .stop))
        XCTAssertNil(signer.verify("", as: .stop))
        XCTAssertNil(signer.verify("..", as: .stop))
        // The keys file is its owner's only.
        let mode = try FileManager.default.attributesOfItem(atPath: db + ".keys")[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
    }

    func testRotationKeepsTheLastLinksWorkingForTwoRotations() throws {
        let db = try folder().appendingPathComponent("alerts.sqlite").path
        let at = Date(timeIntervalSince1970: 1_800_000_000)
        let first = try LinkSigner.load(database: db).sign(.manage, subject: "x@y.example", email: "x@y.example", issued: at)
        try LinkSigner.rotate(database: db)
        let second = try LinkSigner.load(database: db)
        XCTAssertNotNil(second.verify(first, as: .manage), "the previous key still checks")
        XCTAssertNotEqual(second.sign(.manage, subject: "x@y.example", email: "x@y.example", issued: at), first, "the new key signs")
        try LinkSigner.rotate(database: db)
        XCTAssertNotNil(try LinkSigner.load(database: db).verify(first, as: .manage))
        try LinkSigner.rotate(database: db)
        XCTAssertNil(try LinkSigner.load(database: db).verify(first, as: .manage), "three rotations later the first key is gone")
    }
}
