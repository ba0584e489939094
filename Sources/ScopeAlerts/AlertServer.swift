import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// The service's HTTP front (SwiftNIO), meant to sit behind the site's web server on the
/// loopback: one request a connection, a head and a form body both bounded, a request that
/// must arrive whole in time, and every answer marked not to be cached nor to pass its address
/// on (`Referrer-Policy: no-referrer`: the links carry tokens). The service's work (the
/// database, the relay) runs off the event loop.
public enum AlertServer {
    public static let maximumHead = 16 * 1024
    public static let maximumBody = 64 * 1024
    public static let requestTime = TimeAmount.seconds(10)

    /// Listens on `host:port` (port 0: any free one; the channel says which). `prefix` is the
    /// path the service answers under ("/alertes-email/"); the client's address is the peer's,
    /// or the last `X-Forwarded-For` entry when the peer is the loopback (the site's proxy).
    public static func start(_ service: AlertService, host: String, port: Int, prefix: String) async throws -> Channel {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let work = DispatchQueue(label: "scope.alerts", attributes: .concurrent)
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 64)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let sync = channel.pipeline.syncOperations
                    try sync.configureHTTPServerPipeline(withPipeliningAssistance: false, withErrorHandling: true)
                    try sync.addHandler(Handler(service: service, prefix: prefix, work: work))
                }
            }
        return try await bootstrap.bind(host: host, port: port).get()
    }

    /// `a=1&b=%C3%A9+x` → [("a", "1"), ("b", "é x")]; nil when an escape is not UTF-8.
    public static func formFields(_ text: Substring) -> [(String, String)]? {
        var out: [(String, String)] = []
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let k = decode(kv[0]), let v = decode(kv.count > 1 ? kv[1] : "") else { return nil }
            out.append((k, v))
        }
        return out
    }

    static func decode(_ s: Substring) -> String? {
        s.replacingOccurrences(of: "+", with: " ").removingPercentEncoding.flatMap { $0.contains("\0") ? nil : $0 }
    }

    final class Handler: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart

        let service: AlertService
        let prefix: String
        let work: DispatchQueue
        private var head: HTTPRequestHead?
        private var body: [UInt8] = []
        private var refused = false
        private var timer: Scheduled<Void>?

        init(service: AlertService, prefix: String, work: DispatchQueue) {
            self.service = service
            self.prefix = prefix
            self.work = work
        }

        func channelActive(context: ChannelHandlerContext) {
            let ctx = NIOLoopBound(context, eventLoop: context.eventLoop)
            timer = context.eventLoop.scheduleTask(in: AlertServer.requestTime) { ctx.value.close(promise: nil) }
            context.fireChannelActive()
        }

        func channelInactive(context: ChannelHandlerContext) {
            timer?.cancel()
            context.fireChannelInactive()
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            guard !refused else { return }
            switch unwrapInboundIn(data) {
            case .head(let h):
                head = h
                let length = h.headers.first(name: "Content-Length").flatMap { Int($0) } ?? 0
                if length > AlertServer.maximumBody { refuse(context, .payloadTooLarge) }
            case .body(var b):
                guard body.count + b.readableBytes <= AlertServer.maximumBody else { return refuse(context, .payloadTooLarge) }
                body += b.readBytes(length: b.readableBytes) ?? []
            case .end:
                guard let h = head else { return }
                timer?.cancel()
                answer(context, h)
            }
        }

        private func refuse(_ context: ChannelHandlerContext, _ status: HTTPResponseStatus) {
            refused = true
            write(context, version: head?.version ?? .http1_1, ServiceResponse(status: Int(status.code), body: "\(status.code) \(status.reasonPhrase)\n"),
                  type: "text/plain; charset=utf-8", withBody: true)
        }

        private func answer(_ context: ChannelHandlerContext, _ h: HTTPRequestHead) {
            let target = h.uri
            let pathPart = target.prefix { $0 != "?" && $0 != "#" }
            let queryPart = target.firstIndex(of: "?").map { target[target.index(after: $0)...].prefix { $0 != "#" } } ?? ""
            guard pathPart.hasPrefix(prefix) || pathPart + "/" == prefix, let query = AlertServer.formFields(queryPart) else {
                return write(context, version: h.version, ServiceResponse(status: 404, body: "404 Not Found\n"), type: "text/plain; charset=utf-8", withBody: true)
            }
            var path = String(pathPart.dropFirst(min(prefix.count, pathPart.count)))
            if path.hasSuffix("/") { path.removeLast() }
            var form: [(String, String)] = []
            if h.method == .POST {
                let type = h.headers.first(name: "Content-Type")?.lowercased() ?? ""
                // A form's body; RFC 8058's one-click POST is one too.
                if type.hasPrefix("application/x-www-form-urlencoded") || type.isEmpty {
                    guard let f = AlertServer.formFields(Substring(decoding: body, as: UTF8.self)) else {
                        return write(context, version: h.version, ServiceResponse(status: 400, body: "400 Bad Request\n"), type: "text/plain; charset=utf-8", withBody: true)
                    }
                    form = f
                } else if !body.isEmpty {
                    return write(context, version: h.version, ServiceResponse(status: 415, body: "415 Unsupported Media Type\n"), type: "text/plain; charset=utf-8", withBody: true)
                }
            }
            var client = context.remoteAddress?.ipAddress ?? ""
            if client == "127.0.0.1" || client == "::1", let forwarded = h.headers.first(name: "X-Forwarded-For") {
                client = forwarded.split(separator: ",").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? client
            }
            let method = h.method == .HEAD ? "HEAD" : h.method.rawValue
            let request = ServiceRequest(method: method, path: path, query: query, form: form, client: client)
            let ctx = NIOLoopBound(context, eventLoop: context.eventLoop)
            let loop = context.eventLoop
            let service = self.service
            work.async {
                let response = service.handle(request)
                loop.execute { self.write(ctx.value, version: h.version, response, type: "text/html; charset=utf-8", withBody: h.method != .HEAD) }
            }
        }

        private func write(_ context: ChannelHandlerContext, version: HTTPVersion, _ r: ServiceResponse, type: String, withBody: Bool) {
            let bytes = Array(r.body.utf8)
            var headers = HTTPHeaders([
                ("Content-Type", type), ("Content-Length", String(bytes.count)), ("Connection", "close"),
                ("Cache-Control", "no-store"), ("Referrer-Policy", "no-referrer"), ("X-Content-Type-Options", "nosniff"),
                ("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
            ])
            for (k, v) in r.headers { headers.add(name: k, value: v) }
            context.write(wrapOutboundOut(.head(HTTPResponseHead(version: version, status: HTTPResponseStatus(statusCode: r.status), headers: headers))), promise: nil)
            if withBody {
                var buffer = context.channel.allocator.buffer(capacity: bytes.count)
                buffer.writeBytes(bytes)
                context.write(wrapOutboundOut(.body(.byteBuffer(buffer))), promise: nil)
            }
            let ctx = NIOLoopBound(context, eventLoop: context.eventLoop)
            context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in ctx.value.close(promise: nil) }
        }
    }
}
