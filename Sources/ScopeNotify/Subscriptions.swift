import CSV
import Foundation
import ScopeIndex
import ScopeModel
import Yams

/// What a company asked to be sent: the open notices of some sectors, departments and buyers
/// that hold some keywords (each list empty for "any").
public struct Subscription: Sendable, Hashable {
    public let email: String
    public let sectors: [String]
    /// Sub-sectors (trades) by id: a sector of which one is chosen is narrowed to its chosen ones.
    public let subsectors: [String]
    public let departments: [String]
    public let buyers: [String]
    public let keywords: [String]
    /// `fr` or `en`; the site's language when not given.
    public let language: String?
    /// Also the programmations that match.
    public let programmations: Bool
    /// The line of the subscriptions file, for messages.
    public let line: Int

    public init(email: String, sectors: [String] = [], subsectors: [String] = [], departments: [String] = [], buyers: [String] = [], keywords: [String] = [],
                language: String? = nil, programmations: Bool = false, line: Int = 0) {
        self.email = email
        self.sectors = sectors
        self.subsectors = subsectors
        self.departments = departments
        self.buyers = buyers
        self.keywords = keywords
        self.language = language
        self.programmations = programmations
        self.line = line
    }
}

/// A row that could not be a subscription: the line and why.
public struct SubscriptionProblem: Error, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let field: String?
    public let message: String
    public var description: String { "\(file):\(line): " + (field.map { "field \"\($0)\": " } ?? "") + message }
}

/// Reads the publisher's subscriptions: a CSV (`;`, UTF-8, header row) with `email`, `sectors`,
/// `departments`, `buyers`, `keywords` (lists joined by `|`), optionally `language` and
/// `programmations` (yes/no); or the same as YAML (a list of mappings, lists as YAML lists).
/// Sector ids and department codes are the site's; a bad row is reported with its line.
public enum SubscriptionReader {
    static let columns: Set<String> = ["email", "sectors", "departments", "buyers", "keywords", "language", "programmations"]

    public static func read(_ url: URL, catalog: Catalog) throws -> (subscriptions: [Subscription], problems: [SubscriptionProblem], read: Int) {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw NotifyError("cannot read the subscriptions file \(url.path)")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw NotifyError("\(url.path): not UTF-8 text") }
        let rows: [(Int, [String: [String]])]
        switch url.pathExtension.lowercased() {
        case "yaml", "yml": rows = try yamlRows(text, file: url.path)
        default: rows = try csvRows(text, file: url.path)
        }
        var subscriptions: [Subscription] = []
        var problems: [SubscriptionProblem] = []
        for (line, fields) in rows {
            switch validate(fields, line: line, file: url.path, catalog: catalog) {
            case .success(let s): subscriptions.append(s)
            case .failure(let p): problems.append(p)
            }
        }
        return (subscriptions, problems, rows.count)
    }

    /// Rows as (line, field → values).
    static func csvRows(_ text: String, file: String) throws -> [(Int, [String: [String]])] {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let reader: CSVReader
        do { reader = try CSVReader(string: body, hasHeaderRow: true, delimiter: ";") } catch {
            throw NotifyError("\(file): not a CSV file (\(error))")
        }
        let header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard header.contains("email") else { throw NotifyError("\(file):1: the header has no \"email\" column (found: \(header.joined(separator: ";")))") }
        for h in header where !columns.contains(h) {
            throw NotifyError("\(file):1: unknown column \"\(h)\" (known: \(columns.sorted().joined(separator: ", ")))")
        }
        // Lines: a quoted field may hold a newline, so the reader's row count is not the line; count them.
        var out: [(Int, [String: [String]])] = []
        var line = 1
        while let row = reader.next() {
            line += 1
            let raw = row.joined(separator: ";")
            defer { line += raw.filter { $0 == "\n" }.count }
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            var fields: [String: [String]] = [:]
            for (i, h) in header.enumerated() {
                let cell = i < row.count ? row[i] : ""
                fields[h] = h == "email" || h == "language" || h == "programmations"
                    ? [cell.trimmingCharacters(in: .whitespaces)]
                    : cell.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            if row.count > header.count { fields["_extra"] = [String(row.count - header.count)] }
            out.append((line, fields))
        }
        return out
    }

    static func yamlRows(_ text: String, file: String) throws -> [(Int, [String: [String]])] {
        let node: Node?
        do { node = try Yams.compose(yaml: text) } catch { throw NotifyError("\(file): not valid YAML (\(error))") }
        var list: Node? = node
        if case .mapping(let m)? = node { list = m["subscriptions"] }
        guard case .sequence(let seq)? = list else { throw NotifyError("\(file): expected a list of subscriptions (or \"subscriptions:\" holding one)") }
        var out: [(Int, [String: [String]])] = []
        for item in seq {
            let line = (item.mark?.line ?? 0)
            guard case .mapping(let m) = item else { out.append((line, ["_bad": ["a subscription must be a mapping"]])); continue }
            var fields: [String: [String]] = [:]
            for (k, v) in m {
                let key = k.string ?? ""
                guard columns.contains(key) else { fields["_unknown"] = [key]; continue }
                switch v {
                case .sequence(let s): fields[key] = s.compactMap { $0.string?.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                default:
                    let t = v.string ?? ""
                    fields[key] = ["email", "language", "programmations"].contains(key) ? [t]
                        : t.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                }
            }
            out.append((line, fields))
        }
        return out
    }

    static func validate(_ f: [String: [String]], line: Int, file: String, catalog: Catalog) -> Result<Subscription, SubscriptionProblem> {
        func fail(_ field: String?, _ m: String) -> Result<Subscription, SubscriptionProblem> {
            .failure(SubscriptionProblem(file: file, line: line, field: field, message: m + "; subscription rejected"))
        }
        if let bad = f["_bad"]?.first { return fail(nil, bad) }
        if let key = f["_unknown"]?.first { return fail(key, "unknown field (known: \(columns.sorted().joined(separator: ", ")))") }
        if let extra = f["_extra"]?.first { return fail(nil, "\(extra) more cell(s) than the header has columns") }
        let email = f["email"]?.first ?? ""
        guard let address = MailAddress(email) else { return fail("email", "not an e-mail address: \"\(email.prefix(80))\"") }
        let sectorIDs = Set(catalog.mapping.sectors.map(\.id))
        for s in f["sectors"] ?? [] where !sectorIDs.contains(s) {
            return fail("sectors", "unknown sector \"\(s)\" (the site's: \(catalog.mapping.sectors.map(\.id).sorted().prefix(12).joined(separator: ", "))…)")
        }
        var departments: [String] = []
        for d in f["departments"] ?? [] {
            guard let dep = Department.lookup(d), catalog.site.covers(dep.code) else { return fail("departments", "not one of the site's departments: \"\(d)\"") }
            departments.append(dep.code)
        }
        for b in f["buyers"] ?? [] where catalog.buyer(id: b) == nil {
            return fail("buyers", "unknown buyer \"\(b)\" (a buyer's id: its SIRET)")
        }
        let language = f["language"]?.first.flatMap { $0.isEmpty ? nil : $0.lowercased() }
        if let language, !["fr", "en"].contains(language) { return fail("language", "expected fr or en, found \"\(language)\"") }
        let p = (f["programmations"]?.first ?? "").lowercased()
        guard ["", "yes", "no", "oui", "non", "true", "false", "1", "0"].contains(p) else {
            return fail("programmations", "expected yes or no, found \"\(p)\"")
        }
        return .success(Subscription(email: address.address, sectors: f["sectors"] ?? [], departments: departments, buyers: f["buyers"] ?? [],
                                     keywords: f["keywords"] ?? [], language: language,
                                     programmations: ["yes", "oui", "true", "1"].contains(p), line: line))
    }
}

public struct NotifyError: Error, CustomStringConvertible {
    public let description: String
    public init(_ d: String) { description = d }
}
