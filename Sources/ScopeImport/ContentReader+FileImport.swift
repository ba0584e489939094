import Foundation
import ScopeCache
import ScopeModel

/// One file read: from the cache when its bytes were read the same way, else its text, its
/// format and its records mapped into Scope's fields.
extension ContentReader {
    /// One file, from the cache when the last build read the same bytes the same way.
    func importCached(_ file: SourceFile) -> (FileImport, ParsedExport?) {
        guard let cache, let settingsKey, let data = file.data ?? FileManager.default.contents(atPath: file.url.path) else {
            return importFile(file)
        }
        let key = ImportCache.key(file, data: data, settings: settingsKey)
        if let fi = cache.lookup(key) { return (fi, nil) }
        var read = file
        read.data = data
        let (fi, deferred) = importFile(read)
        if deferred == nil, fi.format != .scope { cache.store(fi, key: key) }
        return (fi, deferred)
    }

    /// One file: its text, its format (declared, or told from its content), its records in
    /// Scope's fields. A file whose format waits for every buyer comes back parsed, to be read then.
    func importFile(_ file: SourceFile) -> (FileImport, ParsedExport?) {
        let display = file.display
        var fi = FileImport(file: display, format: file.declared ?? .scope)
        let whole = SourceLocation(file: display, position: .none)
        let context = ImportContext(site: settings)
        guard let data = file.data ?? FileManager.default.contents(atPath: file.url.path) else {
            fi.problems.append(Diagnostic(.error, at: whole, kind: nil, recordID: nil, field: nil, "cannot read the file"))
            return (fi, nil)
        }
        let declared = file.declared.flatMap(FormatRegistry.named)
        let ext = file.url.pathExtension.lowercased()
        if ext == "xml" || declared?.extensions == ["xml"] {
            switch XMLTree.parse(data) {
            case .failure(let f):
                fi.problems.append(Diagnostic(.error, at: SourceLocation(file: display, position: .line(f.line)), kind: nil, recordID: nil,
                                              field: nil, "not well-formed XML: \(f.message) (line \(f.line)); no record of this file was read"))
                return (fi, nil)
            case .success(let root):
                fi.shape = "an XML document whose root is <\(root.name)>"
                let document = ParsedExport.xml(root)
                let format = declared ?? FormatRegistry.all.first { $0.claims(document) } ?? EFormsFormat()
                fi.format = format.name
                guard !format.readsRows, format.extensions.contains("xml") else {
                    fi.problems.append(Diagnostic(.error, at: whole, kind: nil, recordID: nil, field: nil,
                                                  "\(format.name.rawValue) exports are not XML; this file was not read"))
                    return (fi, nil)
                }
                if format.waitsForBuyers { return (fi, document) }
                format.read(document: document, into: &fi, context: context)
                return (fi, nil)
            }
        }
        if ext == "json" {
            var json = data
            if file.encoding != .utf8 {
                switch TextDecoding.text(data, encoding: file.encoding, file: display) {
                case .failure(let d): fi.problems.append(d); return (fi, nil)
                case .success(let s): json = Data(s.utf8)
                }
            }
            let doc: JSONRecordScanner.Document
            switch JSONRecordReader.parse(json, displayPath: display, kind: file.folder ?? .notice, warnings: &fi.problems) {
            case .failure(let failure):
                if file.encoding == .utf8, case .failure(let e) = TextDecoding.text(data, encoding: .utf8, file: display) {
                    fi.problems.append(e)
                    return (fi, nil)
                }
                fi.problems.append(failure.diagnostic)
                return (fi, nil)
            case .success(let d): doc = d
            }
            let root = doc.root
            if let salvage = doc.salvage {
                // A file that did not parse whole: its records one by one, for the formats that read rows.
                let records = JSONRecordReader.firstRecord(in: root)
                let format = declared ?? FormatRegistry.detect(fields: Set(records?.keys.map { $0 } ?? []))
                fi.format = format.name
                guard format.readsRows else {
                    fi.problems.append(Diagnostic(.error, at: whole, kind: nil, recordID: nil, field: nil,
                                                  "not valid JSON \(salvage.reason); no record of this file was read"))
                    return (fi, nil)
                }
                let kind = format.rowKind ?? file.folder ?? Self.nativeKind(of: root)
                let (rows, problems) = JSONRecordReader(displayPath: display, kind: kind).records(in: root, salvage: salvage)
                take(rows, Self.relabelled(salvage.problems, kind: kind) + problems, kind: kind, format: format, into: &fi)
                return (fi, nil)
            }
            fi.shape = Self.describe(root)
            let document = ParsedExport.json(root)
            let format = declared ?? FormatRegistry.detect(document)
            fi.format = format.name
            if format.waitsForBuyers { return (fi, document) }
            if format.readsRows {
                let kind = format.rowKind ?? file.folder ?? Self.nativeKind(of: root)
                let (records, problems) = JSONRecordReader(displayPath: display, kind: kind).records(in: root)
                take(records, problems, kind: kind, format: format, into: &fi)
            } else {
                format.read(document: document, into: &fi, context: context)
            }
            return (fi, nil)
        }
        let text: String
        switch TextDecoding.text(data, encoding: file.encoding, file: display) {
        case .failure(let d): fi.problems.append(d); return (fi, nil)
        case .success(let s): text = s
        }
        let (records, problems) = CSVRecordReader(displayPath: display, kind: file.folder ?? .notice).read(text)
        let fields = Set(records.first?.fields.keys.map { $0 } ?? [])
        let format = declared ?? FormatRegistry.detect(fields: fields)
        fi.format = format.name
        guard format.readsRows, format.extensions.contains("csv") else {
            fi.problems.append(Diagnostic(.error, at: whole, kind: nil, recordID: nil, field: nil,
                                          "\(format.name.rawValue.uppercased()) exports are not CSV; this CSV file was not read"))
            return (fi, nil)
        }
        let kind = format.rowKind ?? file.folder ?? Self.nativeKind(fields: fields)
        take(records, Self.relabelled(problems, kind: kind), kind: kind, format: format, into: &fi)
        return (fi, nil)
    }

    /// Record-level messages (those with a kind) given the kind the file's format reads.
    static func relabelled(_ problems: [Diagnostic], kind: RecordKind) -> [Diagnostic] {
        problems.map { d in d.kind == nil ? d : Diagnostic(d.severity, at: d.location, kind: kind, recordID: d.recordID, field: d.field, d.message) }
    }

    /// Hands a file's records to its format.
    func take(_ records: [RawRecord], _ problems: [Diagnostic], kind: RecordKind, format: any ImportFormat, into fi: inout FileImport) {
        // Record-level problems (a non-object, a ragged row) are records read and rejected.
        let recordProblems = problems.filter { $0.kind != nil }.count
        fi.problems += problems
        fi.read[kind, default: 0] += recordProblems
        fi.unmapped[kind, default: 0] += recordProblems
        format.read(rows: records, kind: kind, into: &fi, context: ImportContext(site: settings))
    }

    /// A JSON document in a few words: "an object with keys a, b, c", "an empty array".
    static func describe(_ root: RawValue) -> String {
        switch root {
        case .list(let l): return l.isEmpty ? "an empty array" : "an array of \(l.count) element\(l.count == 1 ? "" : "s")"
        case .object(let o):
            let keys = o.keys.sorted()
            return o.isEmpty ? "an empty object" : "an object with keys " + keys.prefix(8).joined(separator: ", ") + (keys.count > 8 ? "…" : "")
        default: return root.excerpt
        }
    }

    /// A native file outside the content folders holds what its fields say.
    static func nativeKind(fields: Set<String>) -> RecordKind {
        if fields.contains("deadline") { return .notice }
        if fields.contains("expected_publication") { return .programmation }
        return fields.contains("kind") ? .buyer : .notice
    }

    static func nativeKind(of root: RawValue) -> RecordKind {
        var first: RawValue?
        switch root {
        case .list(let l): first = l.first
        case .object: return nativeKind(fields: Set(JSONRecordReader.firstRecord(in: root)?.keys.map { $0 } ?? []))
        default: break
        }
        return nativeKind(fields: Set(Loose.object(first)?.keys.map { $0 } ?? []))
    }
}
