import ArgumentParser
import Foundation
import ScopeBuild

/// `scope check`: what a build would read and reject, without writing anything.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read and validate the content folder; write nothing, print the report.",
        discussion: "Exit status: 0 no record rejected, 1 some records rejected, 2 the configuration cannot be read."
    )

    @Option(name: .long, help: "Folder holding config.yaml and the exports.")
    var content: String = "content"

    func run() throws {
        let url = URL(fileURLWithPath: content, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        do {
            let report = try SiteBuild.check(content: url)
            print(report.text())
            if report.rejectedTotal > 0 || report.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
        } catch let e as ExitCode {
            throw e
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(2)
        }
    }
}
