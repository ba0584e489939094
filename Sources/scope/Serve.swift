import ArgumentParser
import Foundation
import NIOCore
import NIOPosix
import ScopeModel
import ScopePreview
#if canImport(Glibc)
import Glibc
#endif

/// `scope serve`: a local preview. Builds the site, serves it on 127.0.0.1 (SwiftNIO's HTTP/1
/// server, see `PreviewServer`), and rebuilds when anything under `content/` or `layouts/`
/// changes. Each build runs as a `scope build` process of its own, so a build that fails or
/// even crashes leaves the server up and the last good site served (the build swaps sites
/// atomically).
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the site on 127.0.0.1, rebuilding when content/ or layouts/ change."
    )

    @OptionGroup var folders: SiteFolders
    @Option(name: .long, help: "Folder the preview is written to (never the published site: its pages get 127.0.0.1 addresses).")
    var output: String = "preview"
    @Option(name: .long, help: "Port on 127.0.0.1.") var port: Int = 8000
    @OptionGroup var clock: NowOption
    @Option(name: .long, help: "Seconds of quiet after a change before rebuilding.") var interval: Double = 1

    func validate() throws {
        try Build.requireFolders([("--output", output)])
        guard (1...65535).contains(port) else { throw ValidationError("--port must be from 1 to 65535") }
        guard interval > 0, interval <= 3600 else { throw ValidationError("--interval must be more than 0 and at most 3600 seconds") }
    }

    func run() async throws {
        setvbuf(stdout, nil, _IOLBF, 0)  // a line at a time, also into a pipe or a log file
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let contentURL = folders.contentURL, layoutsURL = folders.layoutsURL
        let outputURL = URL(fileURLWithPath: output, relativeTo: cwd).standardizedFileURL
        var arguments = ["build", "--content", contentURL.path, "--layouts", layoutsURL.path, "--output", outputURL.path,
                         "--base-url", "http://127.0.0.1:\(port)/", "--quiet"]
        if let now = clock.now { arguments += ["--now", now.text] }
        if let published = Self.publishedAddress(outputURL, port: port) {
            throw ValidationError("\(output) holds a site published at \(published): a preview would rewrite its pages with "
                                  + "http://127.0.0.1:\(port)/ addresses; give --output a folder of its own (the default is preview/)")
        }
        let build = arguments
        Self.rebuild(build)
        let server = try await PreviewServer.start(root: outputURL, port: port)
        let watch = ChangeWatch([contentURL, layoutsURL])
        if let why = watch.fallback { print("\(why): looking for changes every \(interval) s instead") }
        let quiet = interval
        let watcher = Thread {
            while true {
                watch.wait(quiet: quiet)
                Self.rebuild(build)
            }
        }
        watcher.start()
        print("Serving \(output)/ on http://127.0.0.1:\(port)/ — rebuilding when \(folders.content)/ or \(folders.layouts)/ change (Ctrl-C stops)")
        try await server.closeFuture.get()
    }

    /// Runs `scope build` as a process of its own and says how it went.
    static func rebuild(_ arguments: [String]) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        p.arguments = arguments
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        do { try p.run() } catch {
            print("build failed, the previous preview stays: cannot start scope build: \(error)")
            return
        }
        // Read both pipes while it runs, so that a full pipe cannot block it.
        final class Box: @unchecked Sendable { var data = Data() }
        let errors = Box()
        let read = DispatchSemaphore(value: 0)
        Thread { errors.data = err.fileHandleForReading.readDataToEndOfFile(); read.signal() }.start()
        let printed = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        read.wait()
        let lines = String(decoding: printed, as: UTF8.self).split(separator: "\n")
        let problems = String(decoding: errors.data, as: UTF8.self).split(separator: "\n").filter { !$0.hasPrefix("scope: ") }
        if p.terminationReason == .uncaughtSignal {
            print("build crashed (signal \(p.terminationStatus)), the previous preview stays: " + problems.suffix(3).joined(separator: " "))
        } else if p.terminationStatus != 0 {
            print("build failed, the previous preview stays: " + problems.suffix(3).joined(separator: " "))
        } else {
            print("built: " + (lines.first { $0.hasPrefix("Files written") }.map(String.init) ?? "done"))
        }
    }

    /// The address a site in `folder` was built for, when it is not this preview's: its
    /// sitemap's first `<loc>`. A folder the preview made (or an empty one) gives nil.
    static func publishedAddress(_ folder: URL, port: Int) -> String? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent("sitemap.xml").path) else { return nil }
        let text = String(decoding: data.prefix(4096), as: UTF8.self)
        guard let open = text.range(of: "<loc>"), let close = text.range(of: "</loc>", range: open.upperBound..<text.endIndex) else { return nil }
        let loc = String(text[open.upperBound..<close.lowerBound])
        return loc.hasPrefix("http://127.0.0.1:") ? nil : loc
    }
}
