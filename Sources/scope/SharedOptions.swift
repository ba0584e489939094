import ArgumentParser
import Foundation
import ScopeModel

/// The folders every command that reads the content takes: `--content` and `--layouts`.
struct SiteFolders: ParsableArguments {
    @Option(name: .long, help: "Folder holding config.yaml, sectors.yaml and the exports (notices/, programmations/, buyers/, pages/).")
    var content: String = "content"

    @Option(name: .long, help: "Folder holding the Mustache templates, assets/, mail/, service/ and i18n/.")
    var layouts: String = "layouts"

    /// Either folder named by an empty string (which would stand for the current folder).
    func validate() throws {
        try Build.requireFolders([("--content", content), ("--layouts", layouts)])
    }

    var contentURL: URL { Self.url(content) }
    var layoutsURL: URL { Self.url(layouts) }

    /// A path given on the command line, from the current folder.
    static func url(_ path: String) -> URL {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
    }
}

/// `--now`: what "now" is for a command, a date-time with its offset, read once here for every
/// command (build, notify, serve) rather than by each.
struct NowOption: ParsableArguments {
    @Option(name: .long, help: "What \"now\" is, e.g. 2026-11-16T08:00:00+01:00 (default: the config's now, else the clock).",
            transform: NowOption.parse)
    var now: Given?

    /// The instant, and the text it was given as (passed on to a child build as it was).
    struct Given {
        let date: Date
        let text: String
    }

    @Sendable static func parse(_ text: String) throws -> Given {
        guard let date = ParisTime.parseNow(text) else {
            throw ValidationError("expected a date-time such as 2026-11-16T08:00:00+01:00, in the years 1900–2200")
        }
        return Given(date: date, text: text)
    }
}
