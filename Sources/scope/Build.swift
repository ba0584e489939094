import ArgumentParser
import Foundation
import ScopeBuild
import ScopeModel

/// `scope build`: the nightly command.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site from the content folder.",
        discussion: """
        The new site is written beside the output folder and swapped in at the end: a failed build \
        leaves the previous site as it was. Rejected records are reported (file, line or JSON path, \
        record id, field) and left out; with --strict any rejected record fails the build.
        Exit status: 0 built, 1 --strict met a rejected record, 2 the build could not run (bad config, \
        template or output folder).
        """
    )

    @OptionGroup var folders: SiteFolders

    @Option(name: .long, help: "Folder the site is written to.")
    var output: String = "site"

    @Option(name: .customLong("base-url"), help: "Absolute URL the site is served from (overrides base_url in config.yaml).")
    var baseURL: String?

    @OptionGroup var clock: NowOption

    @Flag(name: .long, help: "Let the build take an output folder that holds files Scope did not make: they are deleted.")
    var force = false

    @Flag(name: .long, help: "Fail with exit status 1, writing nothing, if any record is rejected.")
    var strict = false

    @Flag(name: .long, help: "Print the summary only, not each warning and error.")
    var quiet = false

    @Option(name: .long, help: "Also write the report (records, diagnostics, files, time per stage) as JSON to this file.")
    var report: String?

    func validate() throws {
        try Self.requireFolders([("--output", output)])
    }

    /// An empty folder option would stand for the current folder: refused (build and serve).
    static func requireFolders(_ options: [(name: String, value: String)]) throws {
        for (name, value) in options where value.isEmpty { throw ValidationError("\(name) must name a folder (it is empty)") }
    }

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var options = BuildOptions(content: folders.contentURL, layouts: folders.layoutsURL,
                                   output: URL(fileURLWithPath: output, relativeTo: cwd),
                                   baseURL: baseURL, now: clock.now?.date, strict: strict)
        options.force = force
        options.freesMemory = false  // the process ends right after the build
        options.measuresRender = report != nil
        let cancellation = BuildCancellation()
        options.cancellation = cancellation
        let watching = SignalWatch.start(cancellation)
        defer { watching.forEach { $0.cancel() } }
        do {
            let result = try SiteBuild.build(options, progress: ProgressDisplay.make())
            print(result.text(includeDiagnostics: !quiet))
            try writeReport(result)
            print("Site written to \(output)/")
        } catch let stop as BuildCancelled {
            FileHandle.standardError.write(Data("error: \(stop)\n".utf8))
            throw ExitCode(128 + stop.signal)
        } catch let failure as StrictFailure {
            print(failure.report.text(includeDiagnostics: !quiet))
            try? writeReport(failure.report)
            FileHandle.standardError.write(Data("error: \(failure)\n".utf8))
            throw ExitCode(1)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(2)
        }
    }

    func writeReport(_ result: BuildReport) throws {
        guard let report else { return }
        try result.json().write(to: URL(fileURLWithPath: report))
    }
}
