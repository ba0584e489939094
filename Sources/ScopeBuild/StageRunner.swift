import Foundation

/// The one way a run goes from stage to stage (`build`, `check`, the catalog `notify` reads):
/// the cancellation checked before each, each timed into the report (and told to the progress
/// line), and an error a stage throws named by that stage. Stages hand each other typed values
/// (the config, the records, the catalog, the plan), so that reading `SiteBuild.build` tells the
/// order of work and what each stage needs, without a context every stage could change.
struct StageRunner {
    private(set) var report = BuildReport()
    let cancellation: BuildCancellation

    init(cancellation: BuildCancellation = BuildCancellation(), onStage: (@Sendable (String, Double) -> Void)? = nil) {
        self.cancellation = cancellation
        report.onStage = onStage
    }

    /// Runs the stage `name`: stops first if a signal asked to; its error comes out as a
    /// `StageFailure` naming it (a stop or a strict failure as it is).
    mutating func run<T>(_ name: String, _ body: () throws -> T) throws -> T {
        FaultPoint.stage(name, cancellation)
        try cancellation.check()
        do {
            return try report.time(name, body)
        } catch let e as BuildCancelled {
            throw e
        } catch let e as StrictFailure {
            throw e
        } catch let e as StageFailure {
            throw e
        } catch {
            throw StageFailure(stage: name, error: error)
        }
    }

    /// Adds to the report what a stage found (counts, pages, files).
    mutating func note(_ edit: (inout BuildReport) -> Void) { edit(&report) }
}

/// A stage's error, with the stage's name; the build says besides what became of the site.
struct StageFailure: Error, CustomStringConvertible {
    let stage: String
    let error: Error
    var description: String { "\(stage): \(error)" }
}
