import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Looks up, on many threads at once, the files the write stage will look up one by one: the
/// staging folder's files and, for those not already in place, the current site's. A nightly
/// build on a server whose page cache no longer holds the site spends much of its time
/// waiting for the disk, one inode at a time on each core; these lookups run while the
/// exports are read and the plan made (work for the processor, not the disk), many requests
/// in flight, so that the writer finds the inodes in memory.
///
/// The first lookups are made on one thread, to tell a cold cache from a warm one: when they
/// come from memory, nothing more is done, and a build whose files are cached pays for a few
/// hundred lookups. It only calls `lstat`: it reads no file, and writes, moves or removes
/// nothing. `stop` returns once every thread has ended; the build calls it when the files
/// are written, and before it swaps, gives back or drops the staging folder.
public final class InodeWarmer: @unchecked Sendable {
    /// Threads: each waits for the disk most of the time, so they are many more than cores.
    static let threads = 16
    /// Files taken at a time by a thread.
    static let batch = 64
    /// Files looked up first on one thread, and the mean time per lookup past which the cache
    /// is taken as cold: a lookup answered from memory takes a few microseconds, one that
    /// reads the disk a hundred or more.
    static let probe = 256
    public static let coldMicroseconds = 20.0

    private let files: [String]
    private let staging: String
    private let site: String
    private let inPlace: Set<String>
    private let lock = NSLock()
    private var next = 0
    private var looked = 0
    private var stopped = false
    private var foundCold = false
    private let done = DispatchGroup()

    /// `files`: the staging folder's, relative to it, in the order they are to be looked up;
    /// `inPlace`: those that are already the site's very files (looked up in `staging` only).
    init(files: [String], staging: String, site: String, inPlace: Set<String>, coldMicroseconds: Double = InodeWarmer.coldMicroseconds) {
        self.files = files
        self.staging = staging
        self.site = site
        self.inPlace = inPlace
        done.enter()
        let starter = Thread { [self] in
            defer { done.leave() }
            let start = DispatchTime.now().uptimeNanoseconds
            let first = lookUp(take(Self.probe))
            let mean = Double(DispatchTime.now().uptimeNanoseconds - start) / 1000 / Double(max(1, first))
            guard mean >= coldMicroseconds else { return }
            lock.lock()
            foundCold = true
            lock.unlock()
            for _ in 0..<Self.threads {
                done.enter()
                let thread = Thread { [self] in
                    defer { done.leave() }
                    while true {
                        let some = take(Self.batch)
                        if some.isEmpty { return }
                        lookUp(some)
                    }
                }
                thread.stackSize = 1 << 16
                thread.start()
            }
        }
        starter.stackSize = 1 << 16
        starter.start()
    }

    /// The next files to look up (none once stopped or all taken).
    private func take(_ count: Int) -> Range<Int> {
        lock.lock()
        defer { lock.unlock() }
        if stopped { return 0..<0 }
        let start = next
        next = min(next + count, files.count)
        return start..<next
    }

    /// Looks the files up; the number of lookups made.
    @discardableResult
    private func lookUp(_ range: Range<Int>) -> Int {
        var st = stat(), n = 0
        for i in range {
            let file = files[i]
            _ = lstat(staging + "/" + file, &st)
            n += 1
            if !inPlace.contains(file) {
                _ = lstat(site + "/" + file, &st)
                n += 1
            }
        }
        lock.lock()
        looked += n
        lock.unlock()
        return n
    }

    /// Waits for every lookup to be made (a test's way to see them all).
    func finish() { done.wait() }

    /// Stops the lookups not yet made and waits for the threads to end. Whether the cache was
    /// found cold, and how many lookups were made.
    func stop() -> (cold: Bool, lookedUp: Int) {
        lock.lock()
        stopped = true
        lock.unlock()
        done.wait()
        lock.lock()
        defer { lock.unlock() }
        return (foundCold, looked)
    }
}
