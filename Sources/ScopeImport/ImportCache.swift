import Foundation
import ScopeCache
import ScopeModel
import Synchronization

/// What the last build made of each export file that is not in Scope's own format (a BOAMP,
/// eForms, OCDS or APProch file): its records mapped into Scope's fields, its buyers, updates
/// and messages, kept beside the site (`.site.records`) by a key of the file's bytes, its name
/// and folder, its declared format and encoding, the import settings and the program. A file
/// whose key is found is not parsed again; every record it holds is still validated, merged
/// and counted as on the first night. Scope's own JSON and CSV files are parsed as fast as
/// an entry would be read back, and a DECP file is read with every other file's buyers: these
/// two are parsed every time.
public final class ImportCache: Sendable {
    static let kind = "records"
    private let previous: EntryFile
    /// The entries used or made by this build, and how many files were found.
    private let state = Mutex<(kept: [Fingerprint: Data], found: Int)>(([:], 0))

    /// The entries the last build left at `url`.
    public init(contentsOf url: URL) {
        previous = EntryFile(contentsOf: url, kind: Self.kind, stamp: CodeStamp.current)
    }

    /// Files this build took from the cache.
    public var filesFound: Int { state.withLock { $0.found } }

    /// `settings`: `ImportSettings.fingerprint`.
    static func key(_ file: SourceFile, data: Data, settings: Fingerprint) -> Fingerprint {
        var f = Fingerprint()
        f.add("file import")
        f.add(CodeStamp.current)
        for text in [file.display, file.url.pathExtension, file.folder?.rawValue ?? "-", file.declared?.rawValue ?? "-",
                     file.encoding.rawValue] { f.add(text) }
        f.add(settings)
        f.add(data)
        return f
    }

    /// The file's import as the last build made it, if its key is there and reads back.
    func lookup(_ key: Fingerprint) -> FileImport? {
        guard let bytes = previous[key], let fi = try? JSONDecoder().decode(FileImport.self, from: bytes) else { return nil }
        state.withLock {
            $0.kept[key] = bytes
            $0.found += 1
        }
        return fi
    }

    /// Keeps a file's import for the next build.
    func store(_ fi: FileImport, key: Fingerprint) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys  // the same file, the same entry
        guard let bytes = try? encoder.encode(fi) else { return }
        state.withLock { $0.kept[key] = bytes }
    }

    /// The entries this build used or made, for the next one (those of files gone are not kept).
    public func write(into put: ([UInt8]) throws -> Void) throws {
        let entries = state.withLock { $0.kept }
        try EntryFile.write(entries, kind: Self.kind, stamp: CodeStamp.current, into: put)
    }
}
