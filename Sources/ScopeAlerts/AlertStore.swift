import Foundation
import ScopeNotify

/// One alert of an address: its choice, when it was asked for and confirmed (the consent's
/// date), and when its confirmation e-mail was last sent.
public struct StoredAlert: Equatable, Sendable {
    /// 128 random bits in hex: nothing to guess from it.
    public let id: String
    public let email: String
    public var choice: AlertChoice
    public let created: Date
    public var confirmed: Date?
    public var mailed: Date?

    public init(id: String, email: String, choice: AlertChoice, created: Date, confirmed: Date? = nil, mailed: Date? = nil) {
        self.id = id
        self.email = email
        self.choice = choice
        self.created = created
        self.confirmed = confirmed
        self.mailed = mailed
    }

    static func newID() -> String {
        var g = SystemRandomNumberGenerator()
        return (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &g)) }.joined()
    }
}

/// Where the service keeps alerts, and `scope notify --database` what it sent: SQLite here
/// (`SQLiteAlertStore`); another database is another type behind the same calls. It holds
/// nothing but addresses, their choices, the dates of consent and of the confirmation
/// e-mail, and what was sent; forgetting an address removes every one of these.
public protocol AlertStore: AnyObject, Sendable {
    func add(_ alert: StoredAlert) throws
    func alert(id: String) throws -> StoredAlert?
    func alerts(email: String) throws -> [StoredAlert]
    /// Confirms an alert not yet confirmed; false when it is gone.
    func confirm(id: String, at: Date) throws -> Bool
    func update(id: String, choice: AlertChoice) throws
    func mailed(id: String, at: Date) throws
    /// One alert out; the address's sent state goes with its last alert.
    func remove(id: String) throws
    /// Every trace of the address: its alerts and what was sent to it. The number of alerts removed.
    @discardableResult func forget(email: String) throws -> Int
    /// Removes the alerts not confirmed since `before`; their number.
    @discardableResult func expire(unconfirmedBefore: Date) throws -> Int
    /// The confirmed alerts, by address then creation.
    func confirmed() throws -> [StoredAlert]
    /// What `scope notify` records its sending into.
    func sentLog() -> SentLog
}
