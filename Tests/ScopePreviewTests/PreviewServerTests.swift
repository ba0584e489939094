import Foundation
import NIOCore
import ScopePreview
import ScopeTestSupport
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The preview's HTTP server in the test's own process, on a folder of a few files (no build):
/// the bounds it keeps under requests no browser sends, what it serves and what it refuses.
final class PreviewServerTests: XCTestCase {
    var root: URL!
    var channel: Channel!
    var port = 0

    override func setUp() async throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("preview-\(UUID().uuidString)")
        let site = root.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("annonces"), withIntermediateDirectories: true)
        try Data("<p>accueil</p>".utf8).write(to: site.appendingPathComponent("index.html"))
        try Data("<p>annonces</p>".utf8).write(to: site.appendingPathComponent("annonces/index.html"))
        try Data("<p>introuvable</p>".utf8).write(to: site.appendingPathComponent("404.html"))
        // A file of many pieces, each byte telling its place.
        try Data((0..<(5 * 64 * 1024 + 123)).map { UInt8(truncatingIfNeeded: $0 &* 7) }).write(to: site.appendingPathComponent("grand.json"))
        channel = try await PreviewServer.start(root: site, port: 0, requestTime: .seconds(1))
        port = try XCTUnwrap(channel.localAddress?.port)
    }

    override func tearDown() async throws {
        try await channel.close()
        try? FileManager.default.removeItem(at: root)
    }

    func testRequestsNoBrowserSendsAreRefusedAndTheServerStillAnswers() throws {
        // A megabyte of URL: refused at once, and the server still answers.
        let long = RawHTTP.exchange(port, Array(("GET /" + String(repeating: "a", count: 1 << 20) + " HTTP/1.1\r\nHost: x\r\n\r\n").utf8))
        XCTAssertTrue(long.answer.hasPrefix("HTTP/1.1 414"), long.answer)
        XCTAssertLessThan(long.elapsed, 5)
        let headers = RawHTTP.exchange(port, Array(("GET / HTTP/1.1\r\n" + String(repeating: "X-A: \(String(repeating: "b", count: 1000))\r\n", count: 100) + "\r\n").utf8))
        XCTAssertTrue(headers.answer.hasPrefix("HTTP/1.1 431"), headers.answer)
        // A request that never ends is cut off at the request time.
        let slow = RawHTTP.exchange(port, Array("GET / HTTP/1.1\r\nHost: x\r\n".utf8))
        XCTAssertTrue(slow.answer.hasPrefix("HTTP/1.1 408"), slow.answer)
        XCTAssertLessThan(slow.elapsed, 5)
        for bad in ["/annonces/%ff", "/annonces/%zz", "/%2e%2e/etc/passwd", "/a%00b"] {
            XCTAssertTrue(RawHTTP.get(port, bad).hasPrefix("HTTP/1.1 400"), bad)
        }
        XCTAssertTrue(RawHTTP.exchange(port, Array("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n".utf8)).answer.hasPrefix("HTTP/1.1 405"))
        let body = RawHTTP.exchange(port, Array("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n".utf8), seconds: 5)
        XCTAssertTrue(body.answer.hasPrefix("HTTP/1.1 413"), body.answer)
        let chunked = RawHTTP.exchange(port, Array("GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n".utf8), seconds: 5)
        XCTAssertTrue(chunked.answer.hasPrefix("HTTP/1.1 413"), chunked.answer)
        XCTAssertTrue(RawHTTP.get(port, "/").hasPrefix("HTTP/1.1 200"))
    }

    func testItServesFilesWholeHeadWithoutBodyAndNoLink() throws {
        let get = RawHTTP.get(port, "/annonces/")
        XCTAssertTrue(get.hasPrefix("HTTP/1.1 200"), get)
        XCTAssertTrue(get.hasSuffix("\r\n\r\n<p>annonces</p>"), get.debugDescription)
        let head = RawHTTP.get(port, "/annonces/", method: "HEAD")
        XCTAssertTrue(head.hasPrefix("HTTP/1.1 200"), head)
        XCTAssertTrue(head.hasSuffix("\r\n\r\n"), "HEAD answered with a body: \(head)")
        XCTAssertTrue(head.lowercased().contains("content-length: \("<p>annonces</p>".utf8.count)\r\n"), head)
        let missing = RawHTTP.get(port, "/nulle-part/")
        XCTAssertTrue(missing.hasPrefix("HTTP/1.1 404") && missing.hasSuffix("<p>introuvable</p>"), missing)

        // A link placed in the output is not followed.
        let secret = root.appendingPathComponent("secret.txt")
        try Data("top secret".utf8).write(to: secret)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("site/lien.txt").path, withDestinationPath: secret.path)
        let linked = RawHTTP.get(port, "/lien.txt")
        XCTAssertTrue(linked.hasPrefix("HTTP/1.1 404"), linked)
        XCTAssertFalse(linked.contains("top secret"))

        // A file of six pieces arrives whole.
        let bytes = try Data(contentsOf: root.appendingPathComponent("site/grand.json"))
        let fd = RawHTTP.openConnection(port, sending: Array("GET /grand.json HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
        defer { close(fd) }
        let answer = RawHTTP.readToEnd(fd)
        let split = try XCTUnwrap(answer.firstRange(of: [0x0D, 0x0A, 0x0D, 0x0A]))
        XCTAssertEqual(Data(answer[split.upperBound...]), bytes)
    }

    /// Connections that announce a body and never send it do not hold the server; past 128 idle
    /// connections a new one is answered 503, and the server answers again once they close.
    func testConnectionsAreBounded() async throws {
        // At the preview's own request time: idle connections are not cut off while they are
        // opened (a connection past the kernel's backlog waits a second for its retry).
        let server = try await PreviewServer.start(root: root.appendingPathComponent("site"), port: 0)
        let port = try XCTUnwrap(server.localAddress?.port)
        var held: [Int32] = []
        for _ in 0..<200 { held.append(RawHTTP.openConnection(port, sending: Array("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n".utf8))) }
        XCTAssertTrue(RawHTTP.get(port, "/", seconds: 5).hasPrefix("HTTP/1.1 200"), "the server answers while 200 such connections are open")
        held.forEach { close($0) }
        held = (0..<200).map { _ in RawHTTP.openConnection(port) }
        var refused = ""
        for _ in 0..<50 where !refused.hasPrefix("HTTP/1.1 503") {
            refused = RawHTTP.get(port, "/", seconds: 5)
            if !refused.hasPrefix("HTTP/1.1 503") { usleep(20_000) }
        }
        XCTAssertTrue(refused.hasPrefix("HTTP/1.1 503"), refused.debugDescription)
        held.forEach { close($0) }
        var again = ""
        for _ in 0..<100 where !again.hasPrefix("HTTP/1.1 200") {
            again = RawHTTP.get(port, "/", seconds: 5)
            if !again.hasPrefix("HTTP/1.1 200") { usleep(20_000) }
        }
        XCTAssertTrue(again.hasPrefix("HTTP/1.1 200"), again)
        try await server.close()
    }

    /// Waiting for changes holds an inotify descriptor, and a file written wakes it.
    func testAChangeWakesTheWatch() throws {
        let watched = root.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: watched.appendingPathComponent("notices"), withIntermediateDirectories: true)
        let watch = ChangeWatch([watched])
        XCTAssertNil(watch.fallback)
        let links = try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")
            .compactMap { try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\($0)") }
        XCTAssertTrue(links.contains("anon_inode:inotify"), "\(links)")
        let woke = expectation(description: "the watch wakes")
        Thread {
            watch.wait(quiet: 0.1)
            woke.fulfill()
        }.start()
        usleep(200_000)
        try Data("[]".utf8).write(to: watched.appendingPathComponent("notices/n.json"))
        wait(for: [woke], timeout: 10)
    }
}
