import Dispatch
import Synchronization

/// A value made on another thread from its creation on; reading `value` waits for it (as
/// often as asked). The build makes the previous site ready with it, the plan its feeds.
public final class Deferred<Value: Sendable>: Sendable {
    private let done = DispatchGroup()
    private let result = Mutex<Value?>(nil)

    public init(_ make: @escaping @Sendable () -> Value) {
        done.enter()
        DispatchQueue.global().async { [self] in
            let made = make()
            result.withLock { $0 = made }
            done.leave()
        }
    }

    public var value: Value {
        done.wait()
        return result.withLock { $0! }
    }
}
