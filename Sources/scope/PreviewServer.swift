import Foundation
import ScopeModel
import NIOCore
import NIOHTTP1
import NIOPosix
#if canImport(Glibc)
import Glibc
#endif

/// The preview's HTTP server: SwiftNIO's HTTP/1 parser (linear in the request's size) behind a
/// guard that bounds the request line, the headers and the time a request may take. One
/// request a connection; GET and HEAD only; files only from the output folder, never through a
/// symbolic link.
enum PreviewServer {
    /// Longest request line (414 past it) and request head (431 past it), in bytes.
    static let maximumRequestLine = 8 * 1024
    static let maximumHead = 32 * 1024
    /// A request must arrive whole within this time, and bytes must keep coming.
    static let requestTime = TimeAmount.seconds(10)

    static func start(root: URL, port: Int) async throws -> Channel {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 64)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let sync = channel.pipeline.syncOperations
                    try sync.addHandler(RequestGuard())
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

    func channelActive(context: ChannelHandlerContext) {
        let loop = context.eventLoop
        let ctx = NIOLoopBound(context, eventLoop: loop)
        deadline = loop.scheduleTask(in: PreviewServer.requestTime) { [self] in
            if !self.headEnded { self.refuse(ctx.value, "408 Request Timeout") }
        }
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        deadline?.cancel()
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

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let h): head = h
        case .body: break
        case .end:
            guard let head else { return }
            self.head = nil
            respond(context, head)
        }
    }

    private func respond(_ context: ChannelHandlerContext, _ request: HTTPRequestHead) {
        guard request.method == .GET || request.method == .HEAD else {
            return send(context, request, .methodNotAllowed, type: "text/plain; charset=utf-8", Array("405 Method Not Allowed\n".utf8), extra: [("Allow", "GET, HEAD")])
        }
        guard let parts = SitePath.parts(of: request.uri) else {
            return send(context, request, .badRequest, type: "text/plain; charset=utf-8", Array("400 Bad Request\n".utf8))
        }
        if let (bytes, ext) = SitePath.file(parts, under: root.path) {
            return send(context, request, .ok, type: SitePath.type(of: ext), bytes)
        }
        let notFound = SitePath.file([Routes.notFound], under: root.path)?.0 ?? Array("404 Not Found\n".utf8)
        send(context, request, .notFound, type: "text/html; charset=utf-8", notFound)
    }

    private func send(_ context: ChannelHandlerContext, _ request: HTTPRequestHead, _ status: HTTPResponseStatus, type: String,
                      _ body: [UInt8], extra: [(String, String)] = []) {
        var headers = HTTPHeaders([("Content-Type", type), ("Content-Length", String(body.count)), ("Connection", "close")])
        for (k, v) in extra { headers.add(name: k, value: v) }
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: request.version, status: status, headers: headers))), promise: nil)
        if request.method != .HEAD {
            var buffer = context.channel.allocator.buffer(capacity: body.count)
            buffer.writeBytes(body)
            context.write(wrapOutboundOut(.body(.byteBuffer(buffer))), promise: nil)
        }
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in context.close(promise: nil) }
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

    /// The bytes of the file the parts name under `root` and its extension: a folder is its
    /// `index.html`; nil when anything on the way is a symbolic link, or is not there.
    static func file(_ parts: [String], under root: String) -> ([UInt8], String)? {
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
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: Int(st.st_size))
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + offset, $0.count - offset) }
            guard n > 0 else { return nil }
            offset += n
        }
        return (bytes, (path as NSString).pathExtension)
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
