/// Turns any identifier into one safe path segment. Ids made only of `[A-Za-z0-9-_.]` keep
/// their text, lower-cased (`P26-00001` → `p26-00001`, so a case-insensitive disk or server
/// cannot mix two pages up); any other id gets its readable part plus a hash of the whole
/// id, so no id can leave the output folder (`/`, `..`, NUL become `-`) and two ids that
/// read alike keep apart. Ids that differ only by case are kept apart by the catalog.
public enum Slug {
    /// Path segments that lists use beside notice, programmation and buyer pages
    /// (`annonces/page/2/`, `annonces/archives/`, `secteurs/btp/programmations/`,
    /// `acheteurs/par-type/`): no record, and no sub-sector, may take them.
    public static let reserved = Routes.reservedSegments

    public static let maxLength = 80

    /// `reserved`: segments the site uses itself beside the records (`page`, `archives`);
    /// an id equal to one of them gets a hash like any other unsafe id.
    public static func make(_ id: String, reserved: Set<String> = []) -> String {
        var out = ""
        var lossless = true
        for scalar in id.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x61...0x7A, 0x30...0x39: out.unicodeScalars.append(scalar)
            case 0x41...0x5A: out.unicodeScalars.append(Unicode.Scalar(v + 32)!)
            case 0x2D, 0x5F: out.unicodeScalars.append(scalar)
            case 0x2E: out.unicodeScalars.append(scalar)
            default:
                lossless = false
                if !out.hasSuffix("-") { out.append("-") }
            }
        }
        while out.hasPrefix(".") || out.hasPrefix("-") { out.removeFirst() }
        while out.hasSuffix("-") || out.hasSuffix(".") { out.removeLast() }
        if out.contains("..") { lossless = false; out = out.replacingOccurrences(of: "..", with: "-") }
        if out != id.lowercased() { lossless = false }
        if lossless && !out.isEmpty && out.utf8.count <= maxLength && !reserved.contains(out) { return out }
        let hash = fnv1a(id)
        let head = String(out.prefix(maxLength - 9))
        return head.isEmpty ? hash : head + "-" + hash
    }

    /// FNV-1a 64-bit, shortened to 8 hex digits: stable across runs and platforms.
    /// The slug with the id's hash appended, for ids whose plain slug another id took.
    public static func disambiguated(_ id: String) -> String {
        let base = make(id)
        let hash = fnv1a(id)
        return base.hasSuffix("-" + hash) ? base : String(base.prefix(maxLength - 9)) + "-" + hash
    }

    static func fnv1a(_ s: String) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for b in s.utf8 { h ^= UInt64(b); h = h &* 0x100000001b3 }
        let folded = UInt32(truncatingIfNeeded: h ^ (h >> 32))
        return zeroPadded(folded, 8, radix: 16)
    }
}

import Foundation
