import Dispatch
import Foundation
import ScopeBuild
#if canImport(Glibc)
import Glibc
#endif

/// SIGINT and SIGTERM during a build ask it to stop and clean up (the staging folder goes back
/// to being the spare); a second one ends the process at once.
enum SignalWatch {
    static func start(_ cancellation: BuildCancellation,
                      saying message: String = "stopping, the previous site stays as it was") -> [DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if cancellation.signal != nil { _exit(128 + number) }
                cancellation.cancel(signal: number)
                FileHandle.standardError.write(Data("\nscope: \(message) (again to stop at once)\n".utf8))
            }
            source.resume()
            return source
        }
    }
}
