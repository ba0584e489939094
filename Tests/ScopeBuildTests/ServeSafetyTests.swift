import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// `scope serve` under requests no browser sends, and `scope build` stopped by a signal.
final class ServeSafetyTests: XCTestCase {
    /// Sends `request` to 127.0.0.1:`port` and reads the answer until the server closes
    /// (at most `seconds`).
    func exchange(_ port: Int, _ request: [UInt8], seconds: Int = 20) -> (answer: String, elapsed: Double) {
        let start = Date()
        let fd = openConnection(port)
        guard fd >= 0 else { return ("", 0) }
        defer { close(fd) }
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var sent = 0
        while sent < request.count {
            let n = request.withUnsafeBytes { send(fd, $0.baseAddress! + sent, request.count - sent, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { break }  // the server may close before reading everything
            sent += n
        }
        return (String(decoding: readToEnd(fd), as: UTF8.self), Date().timeIntervalSince(start))
    }

    /// The bytes a connection receives until the server closes it (or its receive timeout).
    func readToEnd(_ fd: Int32) -> [UInt8] {
        var answer: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress!, 65536, 0) }
            if n <= 0 { break }
            answer += buffer[..<n]
        }
        return answer
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

    func testServeBoundsRequestsAnswersHeadAndStaysInItsFolder() throws {
        let (root, layouts, port, p) = try startedServe("serve-safety", portBase: 20_000)
        defer { p.terminate(); p.waitUntilExit() }

        // A megabyte of URL: refused at once, and the server still answers.
        let long = exchange(port, Array(("GET /" + String(repeating: "a", count: 1 << 20) + " HTTP/1.1\r\nHost: x\r\n\r\n").utf8))
        XCTAssertTrue(long.answer.hasPrefix("HTTP/1.1 414"), long.answer)
        XCTAssertLessThan(long.elapsed, 5)
        let headers = exchange(port, Array(("GET / HTTP/1.1\r\n" + String(repeating: "X-A: \(String(repeating: "b", count: 1000))\r\n", count: 100) + "\r\n").utf8))
        XCTAssertTrue(headers.answer.hasPrefix("HTTP/1.1 431"), headers.answer)
        // A request that never ends is cut off.
        let slow = exchange(port, Array("GET / HTTP/1.1\r\nHost: x\r\n".utf8))
        XCTAssertTrue(slow.answer.hasPrefix("HTTP/1.1 408"), slow.answer)
        XCTAssertLessThan(slow.elapsed, 15)

        let get = exchange(port, Array("GET /annonces/ HTTP/1.1\r\nHost: x\r\n\r\n".utf8)).answer
        XCTAssertTrue(get.hasPrefix("HTTP/1.1 200"), get)
        let head = exchange(port, Array("HEAD /annonces/ HTTP/1.1\r\nHost: x\r\n\r\n".utf8)).answer
        XCTAssertTrue(head.hasPrefix("HTTP/1.1 200"), head)
        let headBody = head.components(separatedBy: "\r\n\r\n").dropFirst().joined()
        XCTAssertEqual(headBody, "", "HEAD answered with a body")
        let length = head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
        XCTAssertEqual(length.map { String($0.split(separator: ":")[1]).trimmingCharacters(in: .whitespaces) },
                       String(get.components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n").utf8.count))
        for bad in ["/annonces/%ff", "/annonces/%zz", "/%2e%2e/etc/passwd", "/a%00b"] {
            let answer = exchange(port, Array("GET \(bad) HTTP/1.1\r\nHost: x\r\n\r\n".utf8)).answer
            XCTAssertTrue(answer.hasPrefix("HTTP/1.1 400"), "\(bad): \(answer.prefix(40))")
        }
        XCTAssertTrue(exchange(port, Array("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n".utf8)).answer.hasPrefix("HTTP/1.1 405"))

        // A link placed in the output is not followed.
        let secret = root.appendingPathComponent("secret.txt")
        try Data("top secret".utf8).write(to: secret)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("site/lien.txt").path, withDestinationPath: secret.path)
        let linked = exchange(port, Array("GET /lien.txt HTTP/1.1\r\nHost: x\r\n\r\n".utf8)).answer
        XCTAssertTrue(linked.hasPrefix("HTTP/1.1 404"), linked)
        XCTAssertFalse(linked.contains("top secret"))

        // A rebuild that fails leaves the last good site served.
        try Data("{{#broken}}".utf8).write(to: layouts.appendingPathComponent("home.mustache"))
        Thread.sleep(forTimeInterval: 3)
        XCTAssertTrue(exchange(port, Array("GET / HTTP/1.1\r\nHost: x\r\n\r\n".utf8)).answer.hasPrefix("HTTP/1.1 200"))
        XCTAssertTrue(p.isRunning)
    }

    /// Opens a connection to 127.0.0.1:`port` and sends `bytes`; the descriptor, left open (-1
    /// when nothing answers).
    func openConnection(_ port: Int, sending bytes: [UInt8] = []) -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard connected == 0 else { close(fd); return -1 }
        if !bytes.isEmpty { _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress!, bytes.count, Int32(MSG_NOSIGNAL)) } }
        return fd
    }

    /// A complete head announcing a body is answered at once (it held the connection forever,
    /// and 167 of them stopped the preview); connections past 128 are answered 503, and the
    /// preview answers again once they go; a large file arrives whole, a piece at a time; the
    /// preview waits for changes with inotify, not by looking at every file.
    func testServeIsBoundedInConnectionsBodiesAndFiles() throws {
        let (root, _, port, p) = try startedServe("serve-bounds", portBase: 22_000)
        defer { p.terminate(); p.waitUntilExit() }

        let body = exchange(port, Array("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n".utf8), seconds: 5)
        XCTAssertTrue(body.answer.hasPrefix("HTTP/1.1 413"), body.answer)
        let chunked = exchange(port, Array("GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n".utf8), seconds: 5)
        XCTAssertTrue(chunked.answer.hasPrefix("HTTP/1.1 413"), chunked.answer)

        // 200 connections that send a head announcing a body and never more.
        var held: [Int32] = []
        for _ in 0..<200 { held.append(openConnection(port, sending: Array("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n".utf8))) }
        Thread.sleep(forTimeInterval: 1)
        XCTAssertTrue(exchange(port, Array("GET / HTTP/1.1\r\nHost: x\r\n\r\n".utf8), seconds: 5).answer.hasPrefix("HTTP/1.1 200"),
                      "the preview answers while 200 such connections were opened")
        // 200 idle connections: those past 128 are refused at once, and the preview answers once they close.
        held.forEach { close($0) }
        held = (0..<200).map { _ in openConnection(port) }
        Thread.sleep(forTimeInterval: 1)
        XCTAssertTrue(exchange(port, Array("GET / HTTP/1.1\r\nHost: x\r\n\r\n".utf8), seconds: 5).answer.hasPrefix("HTTP/1.1 503"))
        held.forEach { close($0) }
        Thread.sleep(forTimeInterval: 1)
        XCTAssertTrue(exchange(port, Array("GET / HTTP/1.1\r\nHost: x\r\n\r\n".utf8), seconds: 5).answer.hasPrefix("HTTP/1.1 200"))

        // The largest file of the preview, whole.
        let site = root.appendingPathComponent("site")
        let largest = try XCTUnwrap(SampleSite.allFiles(under: site).filter { !$0.hasPrefix(".") }
            .max { (try? FileManager.default.attributesOfItem(atPath: site.appendingPathComponent($0).path)[.size] as? Int) ?? 0
                < (try? FileManager.default.attributesOfItem(atPath: site.appendingPathComponent($1).path)[.size] as? Int) ?? 0 })
        let bytes = try Data(contentsOf: site.appendingPathComponent(largest))
        XCTAssertGreaterThan(bytes.count, 4 * 64 * 1024, largest)
        let fd = openConnection(port, sending: Array("GET /\(largest) HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
        defer { close(fd) }
        let answer = readToEnd(fd)
        let split = try XCTUnwrap(answer.firstRange(of: [0x0D, 0x0A, 0x0D, 0x0A]))
        XCTAssertEqual(Data(answer[split.upperBound...]), bytes)

        // Waiting for changes: an inotify descriptor, not a walk of every file each second.
        let fds = try FileManager.default.contentsOfDirectory(atPath: "/proc/\(p.processIdentifier)/fd")
        let links = fds.compactMap { try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(p.processIdentifier)/fd/\($0)") }
        XCTAssertTrue(links.contains("anon_inode:inotify"), "\(links)")
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
