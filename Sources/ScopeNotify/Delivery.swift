import CCurl
import Foundation

/// Where digests go: an SMTP relay, or a folder of `.eml` files for the system's MTA.
protocol Delivery {
    /// Hands over one message; throws `DeliveryFailure` when it was not accepted.
    mutating func send(_ message: MailMessage) throws
}

struct DeliveryFailure: Error, CustomStringConvertible {
    /// The relay refused for good (5xx): trying again tonight will not help before something changes.
    let permanent: Bool
    let description: String
    /// The whole message was handed over before the failure (a reply that never came, a cut
    /// connection): it may have been delivered, so it is never sent again.
    var uncertain = false
}

/// One `.eml` file per message in a folder, written to a temporary name then renamed, never
/// over a file that is there.
struct Outbox: Delivery {
    let folder: URL
    var written = 0

    init(folder: URL) throws {
        self.folder = folder
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    mutating func send(_ message: MailMessage) throws {
        let base = message.messageID.prefix(while: { $0 != "@" })
        let final = folder.appendingPathComponent("\(base).eml")
        let tmp = folder.appendingPathComponent(".\(base).eml.tmp")
        guard !FileManager.default.fileExists(atPath: final.path) else {
            throw DeliveryFailure(permanent: true, description: "\(final.path) exists already; not overwritten")
        }
        guard FileManager.default.createFile(atPath: tmp.path, contents: message.bytes) else {
            throw DeliveryFailure(permanent: false, description: "cannot write \(tmp.path)")
        }
        guard link(tmp.path, final.path) == 0 else {
            let why = String(cString: strerror(errno))
            unlink(tmp.path)
            throw DeliveryFailure(permanent: errno == EEXIST, description: "cannot write \(final.path): \(why)")
        }
        unlink(tmp.path)
        written += 1
    }
}

/// SMTP through libcurl: `smtp://HOST:PORT` (STARTTLS when the relay offers it, required when
/// a password is given, except on the loopback), `smtps://` for TLS from the first byte;
/// `USER:PASSWORD@` for AUTH. The relay's certificate is always verified (against the system's
/// authorities, or `--smtp-ca`). One connection is kept across messages.
final class SMTPRelay: Delivery {
    let url: String
    let user: String?
    let password: String?
    let from: MailAddress
    let handle: UnsafeMutableRawPointer
    var timeout = 60
    /// Asked while a message is being handed over: true stops it at once (a signal).
    var stopping: @Sendable () -> Bool = { false }

    /// The relay's socket, as libcurl made it (one connection is kept across messages).
    final class Socket: @unchecked Sendable {
        private let lock = NSLock()
        private var fd: Int32 = -1
        func set(_ v: Int32) { lock.lock(); fd = v; lock.unlock() }
        /// Ends the exchange under way at once: libcurl's wait returns with an error.
        func shutDown() { lock.lock(); if fd >= 0 { Glibc.shutdown(fd, Int32(SHUT_RDWR)) }; lock.unlock() }
    }
    let socket = Socket()
    /// Seconds a message being handed over may still take after a signal.
    static let signalGrace: Double = 5

    init(url raw: String, from: MailAddress, caFile: String? = nil) throws {
        guard let u = URLComponents(string: raw), let scheme = u.scheme, ["smtp", "smtps"].contains(scheme), let host = u.host, !host.isEmpty else {
            throw NotifyError("--smtp must be smtp://[USER:PASSWORD@]HOST:PORT or smtps://…, found \"\(Self.redacted(raw))\"")
        }
        user = u.user?.removingPercentEncoding
        password = u.password?.removingPercentEncoding
        var plain = u
        plain.user = nil
        plain.password = nil
        plain.path = ""
        url = plain.string ?? raw
        self.from = from
        curl_global_init(Int(CURL_GLOBAL_DEFAULT))
        guard let h = curl_easy_init() else { throw NotifyError("libcurl could not start") }
        handle = h
        if let caFile { _ = caFile.withCString { scope_curl_set_string(h, CURLOPT_CAINFO, $0) } }
        let loopback = ["127.0.0.1", "localhost", "::1"].contains(host)
        if scheme == "smtp" {
            let tls = password != nil && !loopback ? CURLUSESSL_ALL : CURLUSESSL_TRY
            scope_curl_set_long(h, CURLOPT_USE_SSL, Int(tls.rawValue))
        }
        scope_curl_set_sockopt(h, { data, fd, _ in
            if let data { Unmanaged<Socket>.fromOpaque(data).takeUnretainedValue().set(fd) }
            return 0  // CURL_SOCKOPT_OK
        }, Unmanaged.passUnretained(socket).toOpaque())
    }

    deinit { curl_easy_cleanup(handle) }

    /// The URL as it may be printed: its password replaced by `***`.
    static func redacted(_ raw: String) -> String {
        guard let at = raw.lastIndex(of: "@"), let scheme = raw.range(of: "://"), scheme.upperBound < at,
              let colon = raw[scheme.upperBound..<at].firstIndex(of: ":") else { return raw }
        return String(raw[..<raw.index(after: colon)]) + "***" + String(raw[at...])
    }

    /// The message being read by libcurl.
    final class Reader {
        let bytes: [UInt8]
        var offset = 0
        init(_ d: Data) { bytes = [UInt8](d) }
    }

    func send(_ message: MailMessage) throws {
        let h = handle
        let reader = Reader(message.bytes)
        // A signal lets the message being handed over finish for a few seconds (a relay that
        // answers at once is recorded as it should be), then shuts the socket: the run stops.
        let watching = DispatchSemaphore(value: 0)
        let stopping = self.stopping, socket = self.socket, grace = Self.signalGrace
        Thread {
            var asked: Date?
            while watching.wait(timeout: .now() + 0.1) == .timedOut {
                if asked == nil, stopping() { asked = Date() }
                if let asked, Date().timeIntervalSince(asked) >= grace { socket.shutDown(); watching.wait(); return }
            }
        }.start()
        defer { watching.signal() }
        let box = Unmanaged.passRetained(reader)
        defer { box.release() }
        var recipients: UnsafeMutablePointer<curl_slist>? = nil
        recipients = curl_slist_append(recipients, "<\(message.to.address)>")
        defer { curl_slist_free_all(recipients) }
        var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        let code: CURLcode = url.withCString { u in
            "<\(from.address)>".withCString { f in
                errorBuffer.withUnsafeMutableBufferPointer { eb in
                    scope_curl_set_string(h, CURLOPT_URL, u)
                    scope_curl_set_string(h, CURLOPT_MAIL_FROM, f)
                    scope_curl_set_pointer(h, CURLOPT_MAIL_RCPT, recipients)
                    scope_curl_set_long(h, CURLOPT_UPLOAD, 1)
                    scope_curl_set_long(h, CURLOPT_TIMEOUT, timeout)
                    scope_curl_set_long(h, CURLOPT_CONNECTTIMEOUT, 20)
                    scope_curl_set_pointer(h, CURLOPT_ERRORBUFFER, eb.baseAddress)
                    scope_curl_set_pointer(h, CURLOPT_READDATA, box.toOpaque())
                    scope_curl_set_read(h) { buffer, size, count, userdata in
                        guard let buffer, let userdata else { return 0 }
                        let r = Unmanaged<Reader>.fromOpaque(userdata).takeUnretainedValue()
                        let n = min(size * count, r.bytes.count - r.offset)
                        r.bytes.withUnsafeBufferPointer { src in
                            UnsafeMutableRawPointer(buffer).copyMemory(from: src.baseAddress! + r.offset, byteCount: n)
                        }
                        r.offset += n
                        return n
                    }
                    func withOptional(_ s: String?, _ option: CURLoption) {
                        guard let s else { return }
                        _ = s.withCString { scope_curl_set_string(h, option, $0) }
                    }
                    withOptional(user, CURLOPT_USERNAME)
                    withOptional(password, CURLOPT_PASSWORD)
                    return curl_easy_perform(h)
                }
            }
        }
        guard code != CURLE_OK else { return }
        var response = 0
        scope_curl_get_long(h, CURLINFO_RESPONSE_CODE, &response)
        let detail = String(decoding: errorBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let text = Self.redacted(detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail)
        let permanent = (500..<600).contains(response) || code == CURLE_LOGIN_DENIED
        // The whole message read by libcurl and no refusal: the relay may have taken it.
        let handedOver = reader.offset == reader.bytes.count && !permanent && !(400..<500).contains(response)
        throw DeliveryFailure(permanent: permanent, description: response > 0 ? "the relay answered \(response): \(text)" : text,
                              uncertain: handedOver)
    }
}

/// One message at a time to a relay or an outbox, for a service that mails as it is asked (the
/// sign-up service's confirmations): calls from several threads wait for each other.
public final class MailSender: @unchecked Sendable {
    private var delivery: Delivery
    private let lock = NSLock()

    /// `smtp`: smtp://[USER:PASSWORD@]HOST:PORT (STARTTLS) or smtps://…; else `outbox`, a folder.
    public init(smtp: String?, outbox: URL?, from: MailAddress, caFile: String? = nil, timeout: Int = 30) throws {
        if let smtp {
            let relay = try SMTPRelay(url: smtp, from: from, caFile: caFile)
            relay.timeout = timeout
            delivery = relay
        } else if let outbox {
            delivery = try Outbox(folder: outbox)
        } else {
            throw NotifyError("give an SMTP relay or an outbox folder")
        }
    }

    /// Throws a `NotifyError` saying why when the message was not taken.
    public func send(_ message: MailMessage) throws {
        lock.lock()
        defer { lock.unlock() }
        do { try delivery.send(message) } catch let f as DeliveryFailure {
            throw NotifyError(f.description)
        }
    }
}
