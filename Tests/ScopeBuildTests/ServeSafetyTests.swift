import Foundation
import ScopeTestSupport
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// `scope serve` under requests no browser sends, and `scope build` stopped by a signal.
final class ServeSafetyTests: XCTestCase {
    func exchange(_ port: Int, _ request: [UInt8], seconds: Int = 20) -> (answer: String, elapsed: Double) {
        RawHTTP.exchange(port, request, seconds: seconds)
    }

    func startServe(_ root: URL, layouts: URL, port: Int) throws -> Process {
        let p = try launchServe(root, layouts: layouts, port: port, interval: 0.3)
        for _ in 0..<120 {
            Thread.sleep(forTimeInterval: 0.5)
            if exchange(port, Array("GET / HTTP/1.1\r\nHost: x\r\n\r\n".utf8), seconds: 2).answer.hasPrefix("HTTP/1.1 200") { return p }
        }
        XCTFail("scope serve did not start")
        return p
    }

    /// `scope serve` of the sample with a copy of the layouts, in a folder of its own, started.
    func startedServe(_ name: String, portBase: Int) throws -> (root: URL, layouts: URL, port: Int, process: Process) {
        let root = temporaryFolder(name)
        let layouts = root.appendingPathComponent("layouts")
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("layouts"), to: layouts)
        let port = portBase + Int(getpid() % 2000)
        return (root, layouts, port, try startServe(root, layouts: layouts, port: port))
    }

    /// The preview as `scope serve` runs it: the request guard and the file handler in place
    /// (their bounds are tested in the process, `PreviewServerTests`), no link followed, a
    /// failed rebuild leaving the last good site served, changes waited for with inotify.
    func testServeBoundsRequestsAnswersHeadAndStaysInItsFolder() throws {
        let (root, layouts, port, p) = try startedServe("serve-safety", portBase: 20_000)
        defer { p.terminate(); p.waitUntilExit() }

        let long = exchange(port, Array(("GET /" + String(repeating: "a", count: 1 << 20) + " HTTP/1.1\r\nHost: x\r\n\r\n").utf8))
        XCTAssertTrue(long.answer.hasPrefix("HTTP/1.1 414"), long.answer)
        let get = exchange(port, Array("GET /annonces/ HTTP/1.1\r\nHost: x\r\n\r\n".utf8)).answer
        XCTAssertTrue(get.hasPrefix("HTTP/1.1 200"), get)
        XCTAssertEqual(get.components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n"),
                       try String(contentsOf: root.appendingPathComponent("site/annonces/index.html"), encoding: .utf8))

        // A link placed in the output is not followed.
        let secret = root.appendingPathComponent("secret.txt")
        try Data("top secret".utf8).write(to: secret)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("site/lien.txt").path, withDestinationPath: secret.path)
        let linked = exchange(port, Array("GET /lien.txt HTTP/1.1\r\nHost: x\r\n\r\n".utf8)).answer
        XCTAssertTrue(linked.hasPrefix("HTTP/1.1 404"), linked)
        XCTAssertFalse(linked.contains("top secret"))

        // Waiting for changes: an inotify descriptor, not a walk of every file each second.
        let fds = try FileManager.default.contentsOfDirectory(atPath: "/proc/\(p.processIdentifier)/fd")
        let links = fds.compactMap { try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(p.processIdentifier)/fd/\($0)") }
        XCTAssertTrue(links.contains("anon_inode:inotify"), "\(links)")

        // A rebuild that fails leaves the last good site served.
        try Data("{{#broken}}".utf8).write(to: layouts.appendingPathComponent("home.mustache"))
        Thread.sleep(forTimeInterval: 3)
        XCTAssertTrue(exchange(port, Array("GET / HTTP/1.1\r\nHost: x\r\n\r\n".utf8)).answer.hasPrefix("HTTP/1.1 200"))
        XCTAssertTrue(p.isRunning)
    }

    /// A preview never writes where the publisher publishes: a folder holding a site built for
    /// another address is refused, and serve's own default is a folder of its own.
    func testServeNeverRewritesThePublishedSite() throws {
        let root = temporaryFolder("serve-published")
        let site = root.appendingPathComponent("site")
        let build = Process()
        build.executableURL = scopeBinary
        build.arguments = ["build", "--content", repositoryRoot.appendingPathComponent("content").path, "--output", site.path, "--quiet"]
        build.standardOutput = FileHandle.nullDevice
        try build.run()
        build.waitUntilExit()
        XCTAssertEqual(build.terminationStatus, 0)
        let before = try Data(contentsOf: site.appendingPathComponent("index.html"))
        let serve = Process()
        serve.executableURL = scopeBinary
        serve.arguments = ["serve", "--content", repositoryRoot.appendingPathComponent("content").path, "--output", site.path,
                           "--port", String(24_000 + Int(getpid() % 2000))]
        let err = Pipe()
        serve.standardError = err
        serve.standardOutput = FileHandle.nullDevice
        try serve.run()
        let said = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        serve.waitUntilExit()
        XCTAssertNotEqual(serve.terminationStatus, 0)
        XCTAssertTrue(said.contains("holds a site published at"), said)
        XCTAssertEqual(try Data(contentsOf: site.appendingPathComponent("index.html")), before)
    }

    /// SIGTERM or SIGINT mid-build: the build stops, no staging folder is left, the site is
    /// the previous one, and the spare is kept for the next build. The signal comes from the
    /// build itself at a named place (`SCOPE_FAULT`, see FaultPoint), through the command
    /// line's own handler, so each stop is where it is said to be.
    func testASignalMidBuildLeavesNoStagingFolder() throws {
        let root = temporaryFolder("signal")
        let content = root.appendingPathComponent("content")
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("content"), to: content)
        let site = root.appendingPathComponent("site")
        func build(_ fault: String? = nil) throws -> Process {
            let p = Process()
            p.executableURL = scopeBinary
            p.arguments = ["build", "--content", content.path, "--layouts", repositoryRoot.appendingPathComponent("layouts").path,
                           "--output", site.path, "--quiet"]
            if let fault { p.environment = ProcessInfo.processInfo.environment.merging(["SCOPE_FAULT": fault]) { $1 } }
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
            return p
        }
        XCTAssertEqual(try build().terminationStatus, 0)
        let before = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        // A change, so that the build has files to write.
        let config = content.appendingPathComponent("config.yaml")
        try (try String(contentsOf: config, encoding: .utf8)).replacingOccurrences(of: "title: \"", with: "title: \"x")
            .write(to: config, atomically: true, encoding: .utf8)
        for (signal, fault) in [(SIGTERM, "TERM@read"), (SIGINT, "INT@plan"), (SIGTERM, "TERM@files 1"), (SIGINT, "INT@files 5000"),
                                (SIGTERM, "TERM@cards and assets"), (SIGINT, "INT@swap")] {
            let p = try build(fault)
            XCTAssertEqual(p.terminationStatus, 128 + signal, fault)
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".site.staging") }
            XCTAssertEqual(leftovers, [], fault)
            XCTAssertEqual(try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8), before, fault)
            XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent(".site.spare/.scope-site").path), fault)
        }
        XCTAssertEqual(try build().terminationStatus, 0)
        XCTAssertNotEqual(try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8), before, "the change is there")
    }
}
