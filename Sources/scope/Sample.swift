import ArgumentParser
import Foundation
import ScopeSample

/// `scope sample`: a realistic content folder of any size.
struct Sample: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a deterministic, realistic Occitanie content folder of any size.",
        discussion: """
        Writes config.yaml (with a pinned "now"), sectors.yaml, pages/, notices/annonces.json, \
        programmations/programmations.csv and buyers/acheteurs.csv. The same options give the same bytes. \
        The bundled content/ is: scope sample --notices 626 --programmations 981 --output content
        """
    )

    @Option(help: "Number of notices.") var notices: Int
    @Option(help: "Number of programmations.") var programmations: Int
    @Option(help: "Number of buyers issuing notices (the seven founding members are added).") var buyers: Int = 320
    @Option(help: "Seed of the pseudo-random generator.") var seed: UInt64 = 2026
    @Option(help: "Folder to write (created; existing sample files are replaced).") var output: String

    func validate() throws {
        guard notices >= 0, programmations >= 0 else { throw ValidationError("counts must not be negative") }
        guard buyers >= 1 else { throw ValidationError("--buyers must be at least 1") }
        // Past these the folder would not fit a disk, nor the records the memory: refused, not aborted.
        guard notices <= Self.most, programmations <= Self.most, buyers <= Self.most else {
            throw ValidationError("--notices, --programmations and --buyers are at most \(Self.most) each")
        }
    }

    static let most = 10_000_000

    func run() throws {
        let url = URL(fileURLWithPath: output, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        let summary = try SampleWriter(notices: notices, programmations: programmations, buyers: buyers, seed: seed).write(to: url)
        print(summary)
    }
}
