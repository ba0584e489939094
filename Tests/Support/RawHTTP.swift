import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An HTTP client that sends exactly the bytes a test gives, as no browser would (a megabyte
/// of URL, a head that never ends), and reads what comes back until the server closes.
public enum RawHTTP {
    /// Sends `request` to 127.0.0.1:`port` and reads the answer until the server closes
    /// (at most `seconds`).
    public static func exchange(_ port: Int, _ request: [UInt8], seconds: Int = 20) -> (answer: String, elapsed: Double) {
        let start = Date()
        let fd = openConnection(port)
        guard fd >= 0 else { return ("", 0) }
        defer { close(fd) }
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var sent = 0
        while sent < request.count {
            let n = request.withUnsafeBytes { send(fd, $0.baseAddress! + sent, request.count - sent, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { break }  // the server may close before reading everything
            sent += n
        }
        return (String(decoding: readToEnd(fd), as: UTF8.self), Date().timeIntervalSince(start))
    }

    /// `GET path` (or another method), whole, as a string.
    public static func get(_ port: Int, _ path: String, method: String = "GET", seconds: Int = 20) -> String {
        exchange(port, Array("\(method) \(path) HTTP/1.1\r\nHost: x\r\n\r\n".utf8), seconds: seconds).answer
    }

    /// The bytes a connection receives until the server closes it (or its receive timeout).
    public static func readToEnd(_ fd: Int32) -> [UInt8] {
        var answer: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress!, 65536, 0) }
            if n <= 0 { break }
            answer += buffer[..<n]
        }
        return answer
    }

    /// Opens a connection to 127.0.0.1:`port` and sends `bytes`; the descriptor, left open (-1
    /// when nothing answers).
    public static func openConnection(_ port: Int, sending bytes: [UInt8] = []) -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard connected == 0 else { close(fd); return -1 }
        if !bytes.isEmpty { _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress!, bytes.count, Int32(MSG_NOSIGNAL)) } }
        return fd
    }
}
