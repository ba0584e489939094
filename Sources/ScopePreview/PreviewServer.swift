import Foundation
import ScopeModel
import NIOCore
import NIOHTTP1
import NIOPosix
#if canImport(Glibc)
import Glibc
#endif

/// The preview's HTTP server: SwiftNIO's HTTP/1 parser (linear in the request's size) behind a
/// guard that bounds the request line, the headers, the time a request may take, the
/// connections open at once and each one's life. One request a connection; GET and HEAD only,
/// without a body; files only from the output folder, never through a symbolic link, sent a
/// piece at a time as the client reads them (a slow reader holds one piece, not the file).
public enum PreviewServer {
    /// Longest request line (414 past it) and request head (431 past it), in bytes.
    static let maximumRequestLine = 8 * 1024
    static let maximumHead = 32 * 1024
    /// A request must arrive whole within this time, and bytes must keep coming.
    public static let requestTime = TimeAmount.seconds(10)
    /// A connection is closed after this, whatever it is doing (a reader that never reads).
    static let connectionLife = TimeAmount.seconds(120)
    /// Connections open at once; past it a new one is answered 503 and closed.
    static let maximumConnections = 128
    /// The piece of a file in flight on a connection.
    static let piece = 64 * 1024
    /// Serves `root` on 127.0.0.1:`port` (0: a port the system chooses, read from the
    /// channel's `localAddress`) until the channel is closed. `requestTime`: see above (tests
    /// shorten it).
    public static func start(root: URL, port: Int, requestTime: TimeAmount = requestTime) async throws -> Channel {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        // Connections open now, of this server: counted on its one event loop.
        let open = NIOLoopBoundBox.makeBoxSendingValue(0, as: Int.self, eventLoop: group.next())
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 64)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let sync = channel.pipeline.syncOperations
                    try sync.addHandler(RequestGuard(open: open, requestTime: requestTime))
                    try sync.configureHTTPServerPipeline(withPipeliningAssistance: false, withErrorHandling: true)
                    try sync.addHandler(FileHandler(root: root))
                }
            }
        return try await bootstrap.bind(host: "127.0.0.1", port: port).get()
    }
}

/// Before the HTTP parser: refuses a request line or head that is too long (414, 431) and a
/// request that does not arrive in time (408), then closes the connection.
final class RequestGuard: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private var seen = 0
    private var lineEnded = false
    private var headEnded = false
    private var last: [UInt8] = []
    private var deadline: Scheduled<Void>?
    private var life: Scheduled<Void>?
    private var counted = false
    private let open: NIOLoopBoundBox<Int>
    private let requestTime: TimeAmount

    init(open: NIOLoopBoundBox<Int>, requestTime: TimeAmount) {
        self.open = open
        self.requestTime = requestTime
    }

    func channelActive(context: ChannelHandlerContext) {
        let loop = context.eventLoop
        let ctx = NIOLoopBound(context, eventLoop: loop)
        guard open.value < PreviewServer.maximumConnections else {
            refuse(context, "503 Service Unavailable")
            return
        }
        open.value += 1
        counted = true
        deadline = loop.scheduleTask(in: requestTime) { [self] in
            if !self.headEnded { self.refuse(ctx.value, "408 Request Timeout") }
        }
        life = loop.scheduleTask(in: PreviewServer.connectionLife) { ctx.value.close(promise: nil) }
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        deadline?.cancel()
        life?.cancel()
        if counted { open.value -= 1; counted = false }
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let buffer = unwrapInboundIn(data)
        guard !headEnded else { context.fireChannelRead(data); return }
        for byte in buffer.readableBytesView {
            seen += 1
            last.append(byte)
            if last.count > 4 { last.removeFirst() }
            if !lineEnded, byte == 0x0A { lineEnded = true }
            if !lineEnded, seen > PreviewServer.maximumRequestLine { return refuse(context, "414 URI Too Long") }
            if last == [0x0D, 0x0A, 0x0D, 0x0A] || last.suffix(2) == [0x0A, 0x0A] { headEnded = true; deadline?.cancel(); break }
            if seen > PreviewServer.maximumHead { return refuse(context, "431 Request Header Fields Too Large") }
        }
        context.fireChannelRead(data)
    }

    private func refuse(_ context: ChannelHandlerContext, _ status: String) {
        headEnded = true
        var out = context.channel.allocator.buffer(capacity: 128)
        out.writeString("HTTP/1.1 \(status)\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        context.writeAndFlush(NIOAny(out)).whenComplete { _ in context.close(promise: nil) }
    }
}

/// Answers GET and HEAD with the site's files: `/x/` is `x/index.html`, `404.html` for what is
/// missing, 400 for a path that does not decode, 405 for other methods.
final class FileHandler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    let root: URL
    private var head: HTTPRequestHead?

    init(root: URL) { self.root = root }

    private var answered = false

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        // Answered at the head: a request announcing a body is refused at once, never waited for.
        guard case .head(let request) = unwrapInboundIn(data), !answered else { return }
        answered = true
        respond(context, request)
    }

    private func respond(_ context: ChannelHandlerContext, _ request: HTTPRequestHead) {
        guard request.method == .GET || request.method == .HEAD else {
            return send(context, request, .methodNotAllowed, type: "text/plain; charset=utf-8", .bytes(Array("405 Method Not Allowed\n".utf8)), extra: [("Allow", "GET, HEAD")])
        }
        let length = request.headers.first(name: "Content-Length").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 0
        guard length == 0, !request.headers.contains(name: "Transfer-Encoding") else {
            return send(context, request, .payloadTooLarge, type: "text/plain; charset=utf-8", .bytes(Array("413 A preview takes no request body\n".utf8)))
        }
        guard let parts = SitePath.parts(of: request.uri) else {
            return send(context, request, .badRequest, type: "text/plain; charset=utf-8", .bytes(Array("400 Bad Request\n".utf8)))
        }
        if let file = SitePath.open(parts, under: root.path) {
            return send(context, request, .ok, type: SitePath.type(of: file.ext), .file(file))
        }
        if let page = SitePath.open([Routes.notFound], under: root.path) {
            return send(context, request, .notFound, type: "text/html; charset=utf-8", .file(page))
        }
        send(context, request, .notFound, type: "text/html; charset=utf-8", .bytes(Array("404 Not Found\n".utf8)))
    }

    enum Body {
        case bytes([UInt8])
        case file(SitePath.OpenFile)

        var count: Int {
            switch self {
            case .bytes(let b): return b.count
            case .file(let f): return f.size
            }
        }
    }

    private func send(_ context: ChannelHandlerContext, _ request: HTTPRequestHead, _ status: HTTPResponseStatus, type: String,
                      _ body: Body, extra: [(String, String)] = []) {
        var headers = HTTPHeaders([("Content-Type", type), ("Content-Length", String(body.count)), ("Connection", "close")])
        for (k, v) in extra { headers.add(name: k, value: v) }
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: request.version, status: status, headers: headers))), promise: nil)
        let ctx = NIOLoopBound(context, eventLoop: context.eventLoop)
        func end() { ctx.value.writeAndFlush(NIOAny(HTTPServerResponsePart.end(nil))).whenComplete { _ in ctx.value.close(promise: nil) } }
        switch body {
        case .bytes(let b):
            if request.method != .HEAD {
                var buffer = context.channel.allocator.buffer(capacity: b.count)
                buffer.writeBytes(b)
                context.write(wrapOutboundOut(.body(.byteBuffer(buffer))), promise: nil)
            }
            end()
        case .file(let f):
            guard request.method != .HEAD else { close(f.fd); return end() }
            // A piece at a time, the next read only once the last is written: a slow reader
            // holds one piece, not the whole file.
            func next(_ sent: Int) {
                var buffer = ctx.value.channel.allocator.buffer(capacity: PreviewServer.piece)
                let n = buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: PreviewServer.piece) { raw in
                    max(0, pread(f.fd, raw.baseAddress!, min(raw.count, PreviewServer.piece), off_t(sent)))
                }
                guard n > 0, sent < f.size else { close(f.fd); return end() }
                ctx.value.writeAndFlush(NIOAny(HTTPServerResponsePart.body(.byteBuffer(buffer)))).whenComplete { result in
                    if case .failure = result { close(f.fd); return }
                    next(sent + n)
                }
            }
            next(0)
        }
    }
}

/// From a request target to a file of the site.
enum SitePath {
    /// The decoded path segments, or nil when the path does not decode (a bad escape, bytes
    /// that are not UTF-8, NUL) or names `.`, `..` or a `/` inside a segment.
    static func parts(of target: String) -> [String]? {
        let path = target.prefix { $0 != "?" && $0 != "#" }
        guard path.hasPrefix("/") else { return nil }
        var out: [String] = []
        for raw in path.split(separator: "/", omittingEmptySubsequences: true) {
            guard let part = decode(raw), !part.isEmpty, part != ".", part != "..", !part.contains("/"), !part.contains("\0") else { return nil }
            out.append(part)
        }
        return out
    }

    /// Percent-decoding that fails on a malformed escape or on bytes that are not UTF-8.
    static func decode(_ s: Substring) -> String? {
        var bytes: [UInt8] = []
        var it = Array(s.utf8)[...]
        while let b = it.popFirst() {
            guard b == UInt8(ascii: "%") else { bytes.append(b); continue }
            guard it.count >= 2, let v = UInt8(String(decoding: it.prefix(2), as: UTF8.self), radix: 16) else { return nil }
            it = it.dropFirst(2)
            bytes.append(v)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    /// A file open for reading: its descriptor (the reader closes it), size and extension.
    struct OpenFile {
        let fd: Int32
        let size: Int
        let ext: String
    }

    /// The file the parts name under `root`, open: a folder is its `index.html`; nil when
    /// anything on the way is a symbolic link, or is not there.
    static func open(_ parts: [String], under root: String) -> OpenFile? {
        guard let (path, size) = locate(parts, under: root) else { return nil }
        let fd = Glibc.open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        return OpenFile(fd: fd, size: size, ext: (path as NSString).pathExtension)
    }

    static func locate(_ parts: [String], under root: String) -> (String, Int)? {
        var path = root
        var st = stat()
        for part in parts {
            path += "/" + part
            guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) != S_IFLNK else { return nil }
        }
        if parts.isEmpty { guard lstat(path, &st) == 0 else { return nil } }
        if (st.st_mode & S_IFMT) == S_IFDIR {
            path += "/index.html"
            guard lstat(path, &st) == 0 else { return nil }
        }
        guard (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        return (path, Int(st.st_size))
    }

    /// The bytes of the file the parts name, and its extension (for tests).
    static func file(_ parts: [String], under root: String) -> ([UInt8], String)? {
        guard let f = open(parts, under: root) else { return nil }
        defer { close(f.fd) }
        var bytes = [UInt8](repeating: 0, count: f.size)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { read(f.fd, $0.baseAddress! + offset, $0.count - offset) }
            guard n > 0 else { return nil }
            offset += n
        }
        return (bytes, f.ext)
    }

    static func type(of ext: String) -> String {
        switch ext.lowercased() {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "xml": return "application/xml"
        case "svg": return "image/svg+xml"
        case "ics": return "text/calendar; charset=utf-8"
        case "opml": return "text/x-opml; charset=utf-8"
        case "txt": return "text/plain; charset=utf-8"
        case "xsl": return "text/xsl; charset=utf-8"
        default: return "application/octet-stream"
        }
    }
}
