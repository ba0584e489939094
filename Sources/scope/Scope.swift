import ArgumentParser

/// `scope`: builds a static site of public procurement from exports of notices,
/// programmations and buyers.
@main
struct Scope: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "scope",
        abstract: "Build a static site of public procurement notices and programmations.",
        discussion: """
        Reads exports from content/ (notices/, programmations/, buyers/, config.yaml, sectors.yaml, pages/), \
        renders them with the Mustache templates in layouts/ and writes a static site into site/.
        """,
        version: version,
        subcommands: [Build.self, Check.self, Notify.self, Alerts.self, Sample.self, Serve.self],
        defaultSubcommand: nil
    )
}
