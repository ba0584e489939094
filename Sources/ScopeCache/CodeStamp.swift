import Foundation

/// What code made a build: a hash of the running program's bytes, written in the manifest of
/// fingerprints (see ScopeOutput's `Manifest`). A fingerprint stands for a page's or a feed's
/// values, not for the code that turns them into bytes; after Scope is upgraded, a site made
/// by the old version is rendered anew whole instead of keeping files the new one would write
/// otherwise.
public enum CodeStamp {
    public static let current: String = {
        for path in ["/proc/self/exe", Bundle.main.executablePath].compactMap({ $0 }) {
            guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else { continue }
            return String(data.count) + "-" + hash(data)
        }
        return "unknown-" + UUID().uuidString  // nothing to trust: every file is rendered
    }()

    /// FNV-1a over 8-byte words (then the last bytes), each step followed by a shift-xor so
    /// that high bits reach low ones; every step is one-to-one, so one changed word always
    /// changes the hash. Fast enough for a 20 MB program.
    static func hash(_ data: Data) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { raw in
            let words = raw.count / 8
            for i in 0..<words {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) &* 0x100_0000_01b3
                h ^= h >> 29
            }
            for i in (words * 8)..<raw.count { h = (h ^ UInt64(raw[i])) &* 0x100_0000_01b3 }
        }
        return String(h, radix: 16)
    }
}
