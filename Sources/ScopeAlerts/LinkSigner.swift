import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The links an address receives (confirm, manage, stop) carry what they act on and an
/// HMAC-SHA256 of it, so that they need no password and cannot be made, guessed or turned
/// to another address: `PAYLOAD.KEY.MAC`, base64url. The payload holds the purpose, the
/// subject (an alert's id, or the address), the address and the time the link was made.
///
/// The secrets are kept beside the database (`FILE.keys`, readable by its owner only), newest
/// first: the newest signs, every one listed checks. `rotate` puts a new one first and keeps
/// the two before it, so the links of the last digests keep working until two rotations later.
public struct LinkSigner: Sendable {
    public struct Key: Sendable {
        let id: String
        let bytes: [UInt8]
        var secret: SymmetricKey { SymmetricKey(data: bytes) }
    }

    public enum Purpose: String, Sendable {
        case confirm, manage, stop, form
    }

    public struct Token: Equatable, Sendable {
        public let purpose: Purpose
        public let subject: String
        public let email: String
        public let issued: Date
    }

    let keys: [Key]
    public static let kept = 3

    public init(keys: [Key]) { self.keys = keys }

    /// The keys of `FILE.keys`, made with a first key when there is none.
    public static func load(database: String) throws -> LinkSigner {
        let path = database + ".keys"
        if !FileManager.default.fileExists(atPath: path) { try write([newKey()], to: path) }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw AlertError("cannot read \(path)") }
        var keys: [Key] = []
        for (n, line) in text.split(separator: "\n").enumerated() where !line.hasPrefix("#") {
            let parts = line.split(separator: " ")
            guard parts.count == 2, let bytes = Data(base64Encoded: String(parts[1])), bytes.count >= 32 else {
                throw AlertError("\(path):\(n + 1): expected \"ID SECRET\" (the secret in base64, 32 bytes or more)")
            }
            keys.append(Key(id: String(parts[0]), bytes: Array(bytes)))
        }
        guard !keys.isEmpty else { throw AlertError("\(path): no key") }
        return LinkSigner(keys: keys)
    }

    /// Puts a new key first and keeps `kept` keys in all; the ids of the keys kept.
    @discardableResult public static func rotate(database: String) throws -> [String] {
        let current = try load(database: database)
        let keys = Array(([newKey()] + current.keys).prefix(kept))
        try write(keys, to: database + ".keys")
        return keys.map(\.id)
    }

    static func newKey() -> Key {
        var g = SystemRandomNumberGenerator()
        let id = (0..<4).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &g)) }.joined()
        return Key(id: id, bytes: (0..<32).map { _ in UInt8.random(in: 0...255, using: &g) })
    }

    static func write(_ keys: [Key], to path: String) throws {
        var text = "# Scope's alert links: the first key signs, every key checks. Keep this file secret.\n"
        for k in keys { text += k.id + " " + Data(k.bytes).base64EncodedString() + "\n" }
        let tmp = path + ".tmp"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw AlertError("cannot write \(tmp): \(String(cString: strerror(errno)))") }
        let bytes = Array(text.utf8)
        let ok = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress!, $0.count) } == bytes.count && fsync(fd) == 0
        close(fd)
        guard ok, rename(tmp, path) == 0 else { throw AlertError("cannot write \(path): \(String(cString: strerror(errno)))") }
    }

    public func sign(_ purpose: Purpose, subject: String, email: String, issued: Date) -> String {
        let payload = Array([purpose.rawValue, subject, email, String(Int64(issued.timeIntervalSince1970))].joined(separator: "\n").utf8)
        let key = keys[0]
        let mac = HMAC<SHA256>.authenticationCode(for: Self.signed(key.id, payload), using: key.secret)
        return Self.base64url(payload) + "." + key.id + "." + Self.base64url(Array(mac))
    }

    /// The token a link carries, if one of the keys made it for this purpose.
    public func verify(_ token: String, as purpose: Purpose) -> Token? {
        guard token.utf8.count < 1024 else { return nil }
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let payload = Self.unbase64url(parts[0]), let mac = Self.unbase64url(parts[2]),
              let key = keys.first(where: { $0.id == parts[1] }),
              HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: Self.signed(key.id, payload), using: key.secret) else { return nil }
        let fields = String(decoding: payload, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 4, fields[0] == purpose.rawValue, let seconds = Int64(fields[3]) else { return nil }
        return Token(purpose: purpose, subject: fields[1], email: fields[2], issued: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    static func signed(_ keyID: String, _ payload: [UInt8]) -> [UInt8] { Array("scope-alerts\n\(keyID)\n".utf8) + payload }

    static func base64url(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func unbase64url<S: StringProtocol>(_ s: S) -> [UInt8]? {
        var t = s.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while t.count % 4 != 0 { t += "=" }
        return Data(base64Encoded: t).map(Array.init)
    }
}
