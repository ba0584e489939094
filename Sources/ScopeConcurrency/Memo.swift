import Synchronization

/// Values made once and shared by the rendering threads (cards, header, footer, feed items),
/// by number. Two threads asking for one not yet made may both make it: the values are pure,
/// and the lock is never held while one is made.
public final class Memo<Value: Sendable>: Sendable {
    private let values: Mutex<[Value?]>

    public init(count: Int) { values = Mutex(Array(repeating: nil, count: count)) }

    public func value(_ i: Int, _ make: () -> Value) -> Value {
        if let v = values.withLock({ $0[i] }) { return v }
        let v = make()
        values.withLock { $0[i] = v }
        return v
    }

    /// Lets go of every value made; one asked for again is made again.
    public func clear() {
        values.withLock { $0 = Array(repeating: nil, count: $0.count) }
    }

    /// The value if it was made, without making it.
    public func peek(_ i: Int) -> Value? { values.withLock { $0[i] } }
}
