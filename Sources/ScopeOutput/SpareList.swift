import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the spare folder holds, written by the build that made it the spare
/// (`.site.spare-files`): every file of the site it was, and which of them are the very files
/// of the site after it (the same inode: a file that build kept). The next build takes the
/// spare as its staging folder from this list rather than walking its tree, and a file it
/// keeps that the list marks as shared is already in place: no lookup in either tree.
///
/// The list is trusted only for the folder it names (device and inode) and the code that
/// wrote it, and it is removed as soon as it is read: a build stopped or killed afterwards
/// leaves a spare with no list, which the next build walks.
struct SpareList {
    var files: [String]
    var shared: Set<String>

    static let version = "scope-spare 1"

    static func header(_ folder: stat, stamp: String) -> String {
        "\(version) \(folder.st_dev) \(folder.st_ino) \(stamp)"
    }

    /// The list beside `output` if it describes `spare` as it stands and was made by `stamp`;
    /// nil otherwise. Either way the file is removed.
    static func take(for output: URL, spare: String, stamp: String) -> SpareList? {
        let path = StagedOutput.besideURL(for: output, .spareFiles).path
        let data = FileManager.default.contents(atPath: path)
        unlink(path)
        var st = stat()
        guard let data, lstat(spare, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else { return nil }
        let expected = header(st, stamp: stamp)
        return data.withUnsafeBytes { raw -> SpareList? in
            let lines = raw.bindMemory(to: UInt8.self).split(separator: 0x0A)
            guard let first = lines.first, String(validating: first, as: UTF8.self) == expected else { return nil }
            var list = SpareList(files: [], shared: [])
            list.files.reserveCapacity(lines.count)
            for line in lines.dropFirst() {
                guard line.count > 2, line[line.startIndex + 1] == 0x09,
                      let file = String(validating: line[(line.startIndex + 2)...], as: UTF8.self) else { return nil }
                switch line[line.startIndex] {
                case UInt8(ascii: "="): list.shared.insert(file)
                case UInt8(ascii: "+"): break
                default: return nil
                }
                list.files.append(file)
            }
            return list
        }
    }

    /// The bytes of the list for `spare` (stat of the folder): `files` in order, each marked
    /// `=` when it is in `shared`.
    static func bytes(files: [String], shared: (String) -> Bool, spare: stat, stamp: String) -> [UInt8] {
        var out = Array((header(spare, stamp: stamp) + "\n").utf8)
        out.reserveCapacity(files.count * 64)
        for file in files {
            out.append(shared(file) ? UInt8(ascii: "=") : UInt8(ascii: "+"))
            out.append(0x09)
            out += file.utf8
            out.append(0x0A)
        }
        return out
    }
}
