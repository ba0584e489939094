import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file's bytes through the system calls, as the writer and the beside-files use them.
enum FileBytes {
    /// Creates (or truncates) `path`, never through a symbolic link.
    static func create(_ path: String) throws -> Int32 {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { throw OutputError("cannot create \(path): \(String(cString: strerror(errno)))") }
        return fd
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { buf in Glibc.write(fd, buf.baseAddress! + offset, bytes.count - offset) }
            guard n > 0 else { throw OutputError("cannot write \(path): \(String(cString: strerror(errno)))") }
            offset += n
        }
    }

    /// Whether the file open at `fd` holds `bytes` at `offset`.
    static func matches(_ fd: Int32, _ bytes: [UInt8], at offset: Int) -> Bool {
        var buffer = [UInt8](repeating: 0, count: bytes.count)
        var done = 0
        while done < bytes.count {
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, bytes.count - done, off_t(offset + done)) }
            guard n > 0 else { return false }
            done += n
        }
        return buffer == bytes
    }

    /// Copies the first `count` bytes of the file open at `source` to `destination`.
    static func copy(_ count: Int, from source: Int32, to destination: Int32, path: String) throws {
        var buffer = [UInt8](repeating: 0, count: min(count, 1 << 20))
        var done = 0
        while done < count {
            let want = min(buffer.count, count - done)
            let n = buffer.withUnsafeMutableBytes { pread(source, $0.baseAddress!, want, off_t(done)) }
            guard n > 0 else { throw OutputError("cannot read the current file to write \(path): \(String(cString: strerror(errno)))") }
            try writeAll(destination, Array(buffer[..<n]), path: path)
            done += n
        }
    }
}
