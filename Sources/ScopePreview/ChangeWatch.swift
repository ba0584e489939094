import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Waits for a change under some folders with inotify: a watch on every folder (and on each
/// folder made later), the thread asleep in `read` until the kernel says something changed, so
/// that an idle preview of 50,000 content files costs nothing (looking at every file each
/// second took 70% of a core). Where inotify cannot be had (too many folders for the user's
/// watch limit), it says so and `wait` falls back to comparing the files' sizes and times.
public final class ChangeWatch {
    private let fd: Int32
    private var folders: [Int32: String] = [:]
    public let folderURLs: [URL]
    /// Why inotify is not used, when it is not.
    public private(set) var fallback: String?

    public init(_ folders: [URL]) {
        folderURLs = folders
        fd = inotify_init1(Int32(IN_CLOEXEC))
        if fd < 0 { fallback = "inotify is not available (\(String(cString: strerror(errno))))"; return }
        for f in folders { add(f.path) }
    }

    deinit { if fd >= 0 { close(fd) } }

    static let mask = UInt32(IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE | IN_ATTRIB | IN_DELETE_SELF)

    /// A watch on `path` and every folder below it.
    private func add(_ path: String) {
        guard fallback == nil else { return }
        let wd = inotify_add_watch(fd, path, Self.mask)
        if wd < 0 {
            if errno == ENOSPC || errno == ENOMEM {
                fallback = "the inotify watch limit is reached (fs.inotify.max_user_watches)"
            }
            return
        }
        folders[wd] = path
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for name in names {
            var st = stat()
            let child = path + "/" + name
            if lstat(child, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR { add(child) }
        }
    }

    /// Blocks until something changes under the folders, then waits `quiet` seconds for the
    /// burst of changes to end (an export being copied), and returns.
    public func wait(quiet: Double) {
        guard fallback == nil else { return poll(every: quiet) }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        _ = readEvents(&buffer)
        // Drain what follows within the quiet time.
        while true {
            var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard Glibc.poll(&p, 1, Int32(quiet * 1000)) > 0 else { return }
            _ = readEvents(&buffer)
        }
    }

    /// Reads one batch of events; folders made are watched too.
    private func readEvents(_ buffer: inout [UInt8]) -> Int {
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
        guard n > 0 else { return 0 }
        var offset = 0
        var made: [String] = []
        buffer.withUnsafeBytes { raw in
            while offset + MemoryLayout<inotify_event>.size <= n {
                let event = raw.load(fromByteOffset: offset, as: inotify_event.self)
                let nameStart = offset + MemoryLayout<inotify_event>.size
                if event.mask & UInt32(IN_ISDIR) != 0, event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, event.len > 0,
                   let parent = folders[event.wd] {
                    let bytes = raw[nameStart..<min(n, nameStart + Int(event.len))].prefix { $0 != 0 }
                    made.append(parent + "/" + String(decoding: bytes, as: UTF8.self))
                }
                offset = nameStart + Int(event.len)
            }
        }
        for m in made { add(m) }
        return n
    }

    /// Without inotify: compares the files' paths, sizes and times every `seconds`.
    private func poll(every seconds: Double) {
        let before = Self.signature(of: folderURLs)
        while true {
            Thread.sleep(forTimeInterval: seconds)
            if Self.signature(of: folderURLs) != before { return }
        }
    }

    /// Paths, sizes and modification times of every file below the folders.
    static func signature(of folders: [URL]) -> [String] {
        var out: [String] = []
        for folder in folders {
            guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.contentModificationDateKey, .fileSizeKey]) else { continue }
            for case let url as URL in walker {
                let v = try? url.resourceValues(forKeys: [.contentModificationDateKey, .fileSizeKey])
                out.append("\(url.path)|\(v?.fileSize ?? -1)|\(v?.contentModificationDate?.timeIntervalSince1970 ?? 0)")
            }
        }
        return out.sorted()
    }
}
