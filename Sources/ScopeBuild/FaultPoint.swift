import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where the tests stop a build on purpose, instead of sleeping and hoping it is there:
/// `SCOPE_FAULT=SIGNAL@PLACE` sends the build's own process SIGKILL, SIGTERM or SIGINT
/// (`KILL`, `TERM`, `INT`) when it reaches PLACE: the start of a stage, by its name (`plan`,
/// `render and write`, `swap`…), or `files N`, once N files have been written or kept. After
/// TERM or INT it waits until the signal has become the build's cancellation (the command
/// line's handler), so that the stop happens at that very place. Unset, it costs one
/// comparison per stage and per batch of files.
enum FaultPoint {
    struct Fault: Equatable {
        let signal: Int32
        let stage: String?
        let files: Int?
    }

    static let planned: Fault? = parse(ProcessInfo.processInfo.environment["SCOPE_FAULT"])

    static func parse(_ text: String?) -> Fault? {
        guard let text, let at = text.firstIndex(of: "@") else { return nil }
        let signals = ["KILL": SIGKILL, "TERM": SIGTERM, "INT": SIGINT]
        guard let signal = signals[String(text[..<at])] else { return nil }
        let place = String(text[text.index(after: at)...])
        if place.hasPrefix("files "), let n = Int(place.dropFirst(6)) { return Fault(signal: signal, stage: nil, files: n) }
        return Fault(signal: signal, stage: place, files: nil)
    }

    /// A stage begins.
    static func stage(_ name: String, _ cancellation: BuildCancellation) {
        if let f = planned, f.stage == name { fire(f, cancellation) }
    }

    /// `done` files have been written or kept.
    static func files(_ done: Int, _ cancellation: BuildCancellation) {
        if let f = planned, let n = f.files, done >= n { fire(f, cancellation) }
    }

    private static func fire(_ fault: Fault, _ cancellation: BuildCancellation) {
        guard cancellation.signal == nil else { return }
        kill(getpid(), fault.signal)
        let deadline = Date().addingTimeInterval(10)
        while cancellation.signal == nil, Date() < deadline { usleep(1000) }
    }
}
