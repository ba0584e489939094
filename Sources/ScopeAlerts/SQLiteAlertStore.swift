import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif
import ScopeModel
import ScopeNotify

/// The alerts and what was sent, in one SQLite file (GRDB). Rows removed are overwritten
/// (`secure_delete`), and the rollback journal is deleted after each transaction (no `-wal`
/// file keeps old pages): once an address is forgotten, no byte of it is left in the file.
/// The service and `scope notify` may use the file at once; SQLite's locks order them.
public final class SQLiteAlertStore: AlertStore {
    let queue: DatabaseQueue
    public let path: String

    public init(path: String) throws {
        self.path = path
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA secure_delete = ON")
            try db.execute(sql: "PRAGMA journal_mode = DELETE")
        }
        // Addresses are personal data: the file is its owner's only (SQLite gives its journal the same mode).
        if !FileManager.default.fileExists(atPath: path) {
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd >= 0 { close(fd) }
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: config)
        } catch {
            throw AlertError("cannot open the database \(path): \(error)")
        }
        var migrator = DatabaseMigrator()
        migrator.registerMigration("alerts 1") { db in
            try db.execute(sql: """
                CREATE TABLE alert (
                  id TEXT PRIMARY KEY NOT NULL,
                  email TEXT NOT NULL,
                  choice TEXT NOT NULL,
                  created TEXT NOT NULL,
                  confirmed TEXT,
                  mailed TEXT
                );
                CREATE INDEX alert_email ON alert(email);
                CREATE TABLE sent (
                  email TEXT NOT NULL,
                  kind TEXT NOT NULL CHECK (kind IN ('n', 'p')),
                  item TEXT NOT NULL,
                  deadline TEXT,
                  documents TEXT,
                  sent TEXT NOT NULL,
                  PRIMARY KEY (email, kind, item)
                );
                CREATE TABLE pending (
                  id TEXT PRIMARY KEY NOT NULL,
                  email TEXT NOT NULL,
                  entry TEXT NOT NULL
                );
                """)
        }
        do { try migrator.migrate(queue) } catch {
            throw AlertError("\(path): not a database of Scope's alerts, or one it cannot update: \(error)")
        }
    }

    static func text(_ d: Date) -> String { ParisTime.rfc3339(d) }
    static func date(_ s: String?) -> Date? { s.flatMap { ParisTime.parse($0) } }

    static func alert(_ row: Row) throws -> StoredAlert {
        let choice = try JSONDecoder().decode(AlertChoice.self, from: Data((row["choice"] as String).utf8))
        return StoredAlert(id: row["id"], email: row["email"], choice: choice, created: date(row["created"]) ?? Date(timeIntervalSince1970: 0),
                           confirmed: date(row["confirmed"]), mailed: date(row["mailed"]))
    }

    static func json(_ c: AlertChoice) throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = .sortedKeys
        return String(decoding: try e.encode(c), as: UTF8.self)
    }

    public func add(_ a: StoredAlert) throws {
        try queue.write { db in
            try db.execute(sql: "INSERT INTO alert (id, email, choice, created, confirmed, mailed) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [a.id, a.email, try Self.json(a.choice), Self.text(a.created), a.confirmed.map(Self.text), a.mailed.map(Self.text)])
        }
    }

    public func alert(id: String) throws -> StoredAlert? {
        try queue.read { db in try Row.fetchOne(db, sql: "SELECT * FROM alert WHERE id = ?", arguments: [id]).map(Self.alert) }
    }

    public func alerts(email: String) throws -> [StoredAlert] {
        try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM alert WHERE email = ? ORDER BY created, id", arguments: [email]).map(Self.alert)
        }
    }

    public func confirm(id: String, at: Date) throws -> Bool {
        try queue.write { db in
            try db.execute(sql: "UPDATE alert SET confirmed = COALESCE(confirmed, ?) WHERE id = ?", arguments: [Self.text(at), id])
            return db.changesCount > 0
        }
    }

    public func update(id: String, choice: AlertChoice) throws {
        try queue.write { db in
            try db.execute(sql: "UPDATE alert SET choice = ? WHERE id = ?", arguments: [try Self.json(choice), id])
        }
    }

    public func mailed(id: String, at: Date) throws {
        try queue.write { db in try db.execute(sql: "UPDATE alert SET mailed = ? WHERE id = ?", arguments: [Self.text(at), id]) }
    }

    public func remove(id: String) throws {
        try queue.write { db in
            guard let email = try String.fetchOne(db, sql: "SELECT email FROM alert WHERE id = ?", arguments: [id]) else { return }
            try db.execute(sql: "DELETE FROM alert WHERE id = ?", arguments: [id])
            if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM alert WHERE email = ?", arguments: [email]) == 0 {
                try Self.forgetSent(db, email)
            }
        }
    }

    @discardableResult public func forget(email: String) throws -> Int {
        try queue.write { db in
            try db.execute(sql: "DELETE FROM alert WHERE email = ?", arguments: [email])
            let n = db.changesCount
            try Self.forgetSent(db, email)
            return n
        }
    }

    static func forgetSent(_ db: Database, _ email: String) throws {
        try db.execute(sql: "DELETE FROM sent WHERE email = ?", arguments: [email])
        try db.execute(sql: "DELETE FROM pending WHERE email = ?", arguments: [email])
    }

    @discardableResult public func expire(unconfirmedBefore: Date) throws -> Int {
        // Dates are written in one zone and format (RFC 3339, Paris): they compare as text only
        // across one offset, so compare them as dates.
        try queue.write { db in
            let rows = try Row.fetchAll(db, sql: "SELECT id, created FROM alert WHERE confirmed IS NULL")
            var n = 0
            for row in rows where (Self.date(row["created"]) ?? .distantPast) < unconfirmedBefore {
                try db.execute(sql: "DELETE FROM alert WHERE id = ?", arguments: [row["id"] as String])
                n += 1
            }
            return n
        }
    }

    public func confirmed() throws -> [StoredAlert] {
        try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM alert WHERE confirmed IS NOT NULL ORDER BY email, created, id").map(Self.alert)
        }
    }

    public func sentLog() -> SentLog { SQLiteSentLog(queue: queue) }

    /// Every row's text, for tests that look for an address left behind.
    public func vacuum() throws { try queue.writeWithoutTransaction { try $0.execute(sql: "VACUUM") } }
}

/// `scope notify`'s state in the alerts database: `sent` (what each address was sent, with the
/// deadline and documents link it was sent with) and `pending` (a message handed to the relay
/// whose outcome is not recorded yet). Each step is a transaction.
final class SQLiteSentLog: SentLog {
    let queue: DatabaseQueue

    init(queue: DatabaseQueue) { self.queue = queue }

    func load() throws -> (state: SentState, uncertain: [SentJournal.Entry]) {
        try queue.read { db in
            var state = SentState()
            for row in try Row.fetchAll(db, sql: "SELECT * FROM sent") {
                let item = SentState.Item(deadline: row["deadline"], documents: row["documents"], sent: row["sent"])
                let email: String = row["email"], id: String = row["item"]
                if (row["kind"] as String) == "n" { state.sent[email, default: .init()].notices[id] = item }
                else { state.sent[email, default: .init()].programmations[id] = item }
            }
            var uncertain: [SentJournal.Entry] = []
            for row in try Row.fetchAll(db, sql: "SELECT entry FROM pending ORDER BY rowid") {
                let e = try JSONDecoder().decode(SentJournal.Entry.self, from: Data((row["entry"] as String).utf8))
                uncertain.append(e)
                state.record(e)
            }
            return (state, uncertain)
        }
    }

    func open() throws {
        // Proves the file writable before anything is sent.
        try queue.write { db in try db.execute(sql: "DELETE FROM pending WHERE 0") }
    }

    func pending(_ e: SentJournal.Entry) throws {
        let entry = String(decoding: try JSONEncoder().encode(e), as: UTF8.self)
        try queue.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO pending (id, email, entry) VALUES (?, ?, ?)", arguments: [e.id, e.email, entry])
        }
    }

    func sent(_ id: String) throws {
        try queue.write { db in
            guard let raw = try String.fetchOne(db, sql: "SELECT entry FROM pending WHERE id = ?", arguments: [id]) else { return }
            let e = try JSONDecoder().decode(SentJournal.Entry.self, from: Data(raw.utf8))
            try Self.insert(db, e.email, "n", e.notices)
            try Self.insert(db, e.email, "p", e.programmations)
            try db.execute(sql: "DELETE FROM pending WHERE id = ?", arguments: [id])
        }
    }

    func failed(_ id: String) throws {
        try queue.write { db in try db.execute(sql: "DELETE FROM pending WHERE id = ?", arguments: [id]) }
    }

    /// The pruned state replaces the recorded one; messages still pending were counted as sent
    /// by `load` and are in it. An address forgotten meanwhile (it stopped its alerts while
    /// the run went on) is not written back.
    func compact(_ state: SentState) throws {
        try queue.write { db in
            let known = Set(try String.fetchAll(db, sql: "SELECT DISTINCT email FROM alert"))
            try db.execute(sql: "DELETE FROM sent")
            try db.execute(sql: "DELETE FROM pending")
            for (email, s) in state.sent where known.contains(email) {
                try Self.insert(db, email, "n", s.notices)
                try Self.insert(db, email, "p", s.programmations)
            }
        }
    }

    static func insert(_ db: Database, _ email: String, _ kind: String, _ items: [String: SentState.Item]) throws {
        for (id, item) in items {
            try db.execute(sql: "INSERT OR REPLACE INTO sent (email, kind, item, deadline, documents, sent) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [email, kind, id, item.deadline, item.documents, item.sent])
        }
    }
}

public struct AlertError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ d: String) { description = d }
}
