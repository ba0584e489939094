import ArgumentParser
import FlyingFox
import Foundation
import ScopeBuild
import ScopeModel

/// `scope serve`: a local preview. Builds the site, serves it on 127.0.0.1 through FlyingFox,
/// and rebuilds when anything under `content/` or `layouts/` changes. A failed rebuild is
/// reported and the last good site stays served (the build swaps sites atomically).
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the site on 127.0.0.1, rebuilding when content/ or layouts/ change."
    )

    @Option(name: .long, help: "Folder holding config.yaml and the exports.") var content: String = "content"
    @Option(name: .long, help: "Folder holding the templates.") var layouts: String = "layouts"
    @Option(name: .long, help: "Folder the preview is written to.") var output: String = "site"
    @Option(name: .long, help: "Port on 127.0.0.1.") var port: UInt16 = 8000
    @Option(name: .long, help: "What \"now\" is (as for build).") var now: String?
    @Option(name: .long, help: "Seconds between two looks for changes.") var interval: Double = 1

    func validate() throws {
        for (name, value) in [("--output", output), ("--content", content), ("--layouts", layouts)] where value.isEmpty {
            throw ValidationError("\(name) must name a folder (it is empty)")
        }
    }

    func run() async throws {
        setvbuf(stdout, nil, _IOLBF, 0)  // a line at a time, also into a pipe or a log file
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let contentURL = URL(fileURLWithPath: content, relativeTo: cwd).standardizedFileURL
        let layoutsURL = URL(fileURLWithPath: layouts, relativeTo: cwd).standardizedFileURL
        let outputURL = URL(fileURLWithPath: output, relativeTo: cwd).standardizedFileURL
        let nowDate = try now.map { text -> Date in
            guard let d = ParisTime.parse(text, dateOnlyAsEndOfDay: false) else { throw ValidationError("--now: not a date-time") }
            return d
        }
        let options = BuildOptions(content: contentURL, layouts: layoutsURL, output: outputURL,
                                   baseURL: "http://127.0.0.1:\(port)/", now: nowDate)
        Self.rebuild(options)
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), handler: SiteHandler(root: outputURL))
        let watched = [contentURL, layoutsURL]
        let seconds = interval
        Task.detached {
            var last = Self.signature(of: watched)
            while true {
                try? await Task.sleep(nanoseconds: UInt64(seconds * 1e9))
                let current = Self.signature(of: watched)
                if current != last {
                    last = current
                    Self.rebuild(options)
                }
            }
        }
        print("Serving \(output)/ on http://127.0.0.1:\(port)/ — rebuilding when \(content)/ or \(layouts)/ change (Ctrl-C stops)")
        try await server.run()
    }

    static func rebuild(_ options: BuildOptions) {
        do {
            let report = try SiteBuild.build(options)
            print("built: \(report.files.written) files written, \(report.files.unchanged) unchanged, \(report.files.removed) removed; \(report.rejectedTotal) records rejected")
        } catch {
            print("build failed, the previous preview stays: \(error)")
        }
    }

    /// Paths, sizes and modification times of every file below the folders.
    static func signature(of folders: [URL]) -> [String] {
        var out: [String] = []
        for folder in folders {
            guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.contentModificationDateKey, .fileSizeKey]) else { continue }
            for case let url as URL in walker {
                let v = try? url.resourceValues(forKeys: [.contentModificationDateKey, .fileSizeKey])
                out.append("\(url.path)|\(v?.fileSize ?? -1)|\(v?.contentModificationDate?.timeIntervalSince1970 ?? 0)")
            }
        }
        return out.sorted()
    }
}

/// Maps a request to a file of the site: `/x/` to `x/index.html`, nothing outside the folder,
/// `404.html` for what is missing.
struct SiteHandler: HTTPHandler {
    let root: URL

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let parts = request.path.split(separator: "/").map { $0.removingPercentEncoding ?? String($0) }
        guard !parts.contains(where: { $0 == ".." || $0 == "." || $0.contains("\0") || $0.contains("/") }) else {
            return HTTPResponse(statusCode: .badRequest)
        }
        var file = root
        for p in parts { file.appendPathComponent(p) }
        var isDir: ObjCBool = false
        // FlyingFox hands over paths without their final slash; a folder is its index.html
        // (the site's links are root-relative, so no redirect is needed).
        if FileManager.default.fileExists(atPath: file.path, isDirectory: &isDir), isDir.boolValue {
            file.appendPathComponent("index.html")
        }
        if let data = FileManager.default.contents(atPath: file.path) {
            return HTTPResponse(statusCode: .ok, headers: [.contentType: Self.type(of: file.pathExtension)], body: data)
        }
        let notFound = FileManager.default.contents(atPath: root.appendingPathComponent("404.html").path) ?? Data()
        return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/html; charset=utf-8"], body: notFound)
    }

    static func type(of ext: String) -> String {
        switch ext.lowercased() {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "xml": return "application/xml"
        case "svg": return "image/svg+xml"
        case "ics": return "text/calendar; charset=utf-8"
        case "opml": return "text/x-opml; charset=utf-8"
        case "txt": return "text/plain; charset=utf-8"
        default: return "application/octet-stream"
        }
    }
}
