import Foundation

/// A MIME message: `multipart/alternative` with a `text/plain` and a `text/html` part, both
/// UTF-8 in quoted-printable, CRLF line ends. Header values from data are single lines (CR, LF
/// and other control characters removed) and non-ASCII ones are RFC 2047 encoded words; the
/// addresses are `MailAddress`es. The same values give the same bytes.
public struct MailMessage: Sendable {
    public var from: MailAddress
    public var to: MailAddress
    public var subject: String
    public var date: Date
    /// Without the angle brackets.
    public var messageID: String
    public var headers: [(String, String)] = []
    public var text: String
    public var html: String

    public init(from: MailAddress, to: MailAddress, subject: String, date: Date, messageID: String, text: String, html: String) {
        self.from = from
        self.to = to
        self.subject = subject
        self.date = date
        self.messageID = messageID
        self.text = text
        self.html = html
    }

    public var bytes: Data {
        let boundary = "scope-" + String(messageID.prefix(while: { $0 != "@" }).suffix(24))
        var lines: [String] = [
            "From: " + from.header,
            "To: " + to.header,
            "Subject: " + Self.encodedWord(Self.oneLine(subject)),
            "Date: " + Self.rfc5322(date),
            "Message-ID: <" + messageID + ">",
            "MIME-Version: 1.0",
        ]
        for (k, v) in headers { lines.append(k + ": " + Self.oneLine(v)) }
        lines.append("Content-Type: multipart/alternative; boundary=\"\(boundary)\"")
        lines.append("")
        for (type, body) in [("text/plain", text), ("text/html", html)] {
            lines.append("--" + boundary)
            lines.append("Content-Type: \(type); charset=utf-8")
            lines.append("Content-Transfer-Encoding: quoted-printable")
            lines.append("")
            lines.append(Self.quotedPrintable(body))
        }
        lines.append("--" + boundary + "--")
        lines.append("")
        return Data(lines.joined(separator: "\r\n").utf8)
    }

    /// A header value as one line: control characters (CR, LF…) become spaces.
    static func oneLine(_ s: String) -> String {
        String(s.unicodeScalars.map { $0.value < 32 || $0.value == 127 ? " " : Character($0) })
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// RFC 2047: ASCII text as it is, anything else `=?UTF-8?B?…?=` in words of at most 45 bytes
    /// (encoded lines stay under 76 characters).
    public static func encodedWord(_ s: String) -> String {
        let s = oneLine(s)
        if s.unicodeScalars.allSatisfy({ $0.value >= 32 && $0.value < 127 }) && !s.contains("=?") { return s }
        var words: [String] = []
        var chunk: [UInt8] = []
        for ch in s {
            let b = Array(String(ch).utf8)
            if chunk.count + b.count > 45 { words.append(chunk.base64()); chunk = [] }
            chunk += b
        }
        if !chunk.isEmpty { words.append(chunk.base64()) }
        return words.map { "=?UTF-8?B?\($0)?=" }.joined(separator: "\r\n ")
    }

    /// Quoted-printable (RFC 2045): lines of at most 76 characters, CRLF ends, `=XX` for bytes
    /// outside printable ASCII, `=` itself and trailing spaces.
    static func quotedPrintable(_ s: String) -> String {
        var out: [String] = []
        let normalized = s.replacingOccurrences(of: "\r\n", with: "\n")
        for line in normalized.split(separator: "\n", omittingEmptySubsequences: false) {
            var encoded = ""
            var length = 0
            let bytes = Array(line.utf8)
            for (i, b) in bytes.enumerated() {
                let last = i == bytes.count - 1
                var piece: String
                if (b >= 33 && b <= 126 && b != 61) || (b == 32 && !last) || (b == 9 && !last) {
                    piece = String(UnicodeScalar(b))
                } else {
                    piece = String(format: "=%02X", b)
                }
                if length + piece.count > 75 {
                    encoded += "=\r\n"
                    length = 0
                }
                encoded += piece
                length += piece.count
            }
            out.append(encoded)
        }
        return out.joined(separator: "\r\n")
    }

    static func rfc5322(_ d: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "Europe/Paris")
        f.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return f.string(from: d)
    }
}

extension Array where Element == UInt8 {
    func base64() -> String { Data(self).base64EncodedString() }
}
