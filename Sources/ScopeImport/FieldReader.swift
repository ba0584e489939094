import Foundation
import ScopeModel

/// Reads typed fields from one raw record and collects every problem, so that a rejected
/// record is reported with all its faults at once, each naming its field.
struct FieldReader {
    let record: RawRecord
    let kind: RecordKind
    private(set) var id: String?
    private(set) var errors: [Diagnostic] = []
    private(set) var warnings: [Diagnostic] = []

    init(_ record: RawRecord, kind: RecordKind) {
        self.record = record
        self.kind = kind
        self.id = record.fields["id"]?.text.map(Text.clean).flatMap { $0.isEmpty ? nil : $0 }
    }

    var isValid: Bool { errors.isEmpty }

    mutating func fail(_ field: String?, _ message: String) {
        errors.append(Diagnostic(.error, at: record.location, kind: kind, recordID: id, field: field, message))
    }

    mutating func warn(_ field: String?, _ message: String) {
        warnings.append(Diagnostic(.warning, at: record.location, kind: kind, recordID: id, field: field, message))
    }

    private func present(_ name: String) -> RawValue? {
        guard let v = record.fields[name], !v.isEmpty else { return nil }
        return v
    }

    /// A title or a name: a single-line text cut, with a warning, past `lineLimit` characters
    /// (a title is copied into its page, every list, feed and calendar that shows it).
    mutating func line(_ name: String, required: Bool = false) -> String? {
        guard let s = text(name, required: required) else { return nil }
        guard s.count > Self.lineLimit else { return s }
        var cut = String(s.prefix(Self.lineLimit))
        if let space = cut.lastIndex(of: " "), cut.distance(from: space, to: cut.endIndex) < 80 { cut = String(cut[..<space]) }
        warn(name, "\(s.count) characters long; only the first \(cut.count) are published (the limit is \(Self.lineLimit))")
        return cut + "…"
    }

    /// Titles and names longer than this (characters) are cut.
    static let lineLimit = 1_000

    /// A single-line text (control characters removed, spaces trimmed).
    mutating func text(_ name: String, required: Bool = false) -> String? {
        guard let v = present(name) else {
            if required { fail(name, "required field is missing or empty") }
            return nil
        }
        guard let s = v.text else {
            fail(name, "expected text, found \(v.excerpt)")
            return nil
        }
        let cleaned = Text.clean(s)
        if cleaned.isEmpty, required { fail(name, "required field is empty") }
        return cleaned.isEmpty ? nil : cleaned
    }

    /// A multi-line text (Markdown), newlines kept.
    mutating func longText(_ name: String) -> String? {
        guard let v = present(name) else { return nil }
        guard let s = v.text else {
            fail(name, "expected text, found \(v.excerpt)")
            return nil
        }
        var cleaned = Text.cleanMultiline(s)
        if cleaned.utf8.count > Self.longTextLimit {
            // A page, its feeds and the search index all carry this text: keep the start, at a paragraph when one is near.
            let size = cleaned.utf8.count
            var cut = String(decoding: cleaned.utf8.prefix(Self.longTextLimit), as: UTF8.self)
            if cut.last == "\u{FFFD}" { cut.removeLast() }
            if let p = cut.range(of: "\n\n", options: .backwards), cut.distance(from: p.lowerBound, to: cut.endIndex) < 8_192 {
                cut = String(cut[..<p.lowerBound])
            }
            cleaned = cut + "\n\n…"
            warn(name, "\(size) bytes long; only the first \(cut.utf8.count) bytes are published (the limit is \(Self.longTextLimit))")
        }
        return cleaned.isEmpty ? nil : cleaned
    }

    /// Descriptions longer than this (bytes) are cut: 64 KiB is some 10,000 words.
    static let longTextLimit = 65_536

    /// A list: a JSON array of texts, or one text joined with `|`.
    mutating func list(_ name: String, required: Bool = false) -> [String]? {
        guard let v = present(name) else {
            if required { fail(name, "required field is missing or empty") }
            return nil
        }
        var items: [String] = []
        switch v {
        case .list(let l):
            for item in l {
                guard let t = item.text else { fail(name, "expected a list of texts, found \(item.excerpt) in it"); return nil }
                items.append(t)
            }
        default:
            guard let t = v.text else { fail(name, "expected a list, found \(v.excerpt)"); return nil }
            items = t.split(separator: "|").map(String.init)
        }
        let cleaned = items.map(Text.clean).filter { !$0.isEmpty }
        if cleaned.isEmpty {
            if required { fail(name, "required list is empty") }
            return nil
        }
        return cleaned
    }

    /// No public purchase comes near it; past it, sums and formatting would leave 64 bits.
    static let largestAmount = 1e12

    /// The years a date may have: outside them it is a typing mistake, and calendar clients
    /// refuse it.
    static let years = Day.plausibleYears

    /// A non-negative amount: a JSON number or a text such as `1 200 000,50`.
    mutating func amount(_ name: String) -> Double? {
        guard let v = present(name) else { return nil }
        let value: Double?
        switch v {
        case .number(let n): value = n
        case .string(let s): value = Text.parseAmount(s)
        default: value = nil
        }
        guard let value, value.isFinite, value >= 0 else {
            fail(name, "expected a non-negative amount, found \(v.excerpt)")
            return nil
        }
        guard value <= Self.largestAmount else {
            warn(name, "an amount of \(v.excerpt) is past 10^12 (a thousand billion), surely a mistake: left out")
            return nil
        }
        return value
    }

    /// A whole number within a range.
    mutating func integer(_ name: String, in range: ClosedRange<Int>) -> Int? {
        guard let v = present(name) else { return nil }
        var n: Int?
        switch v {
        case .number(let d) where d == d.rounded() && abs(d) < 1e9: n = Int(d)
        case .string(let s): n = Int(s.trimmed)
        default: n = nil
        }
        guard let n, range.contains(n) else {
            fail(name, "expected a whole number from \(range.lowerBound) to \(range.upperBound), found \(v.excerpt)")
            return nil
        }
        return n
    }

    mutating func day(_ name: String, required: Bool = false) -> Day? {
        guard let s = text(name, required: required) else { return nil }
        guard let d = Day(iso: s) else {
            fail(name, "expected a date YYYY-MM-DD, found \"\(s)\"")
            return nil
        }
        guard Self.years.contains(d.year) else {
            fail(name, "the year \(d.year) is outside \(Self.years.lowerBound)–\(Self.years.upperBound), found \"\(s)\"")
            return nil
        }
        return d
    }

    mutating func dateTime(_ name: String, required: Bool = false) -> Date? {
        guard let s = text(name, required: required) else { return nil }
        guard let d = ParisTime.parse(s) else {
            fail(name, "expected a date-time such as 2026-06-27T12:00:00+02:00 (or a date), found \"\(s)\"")
            return nil
        }
        if let day = Day(iso: s), !Self.years.contains(day.year) {
            fail(name, "the year \(day.year) is outside \(Self.years.lowerBound)–\(Self.years.upperBound), found \"\(s)\"")
            return nil
        }
        return d
    }

    mutating func cpvCodes(_ name: String, required: Bool) -> [CPVCode]? {
        guard let raw = list(name, required: required) else { return nil }
        var codes: [CPVCode] = []
        for r in raw {
            guard var c = CPVCode(parsing: r) else {
                fail(name, "malformed CPV code \"\(r)\" (expected 8 digits, optionally -check digit)")
                continue
            }
            // A code CPV 2008 does not list, that CPV 2003 did: its successor.
            if let new = c.translatedFrom2003 {
                warn(name, "CPV 2003 code \(r) read as its CPV 2008 successor \(new.description) (\(new.entry?.labelFR ?? ""))")
                c = new
            }
            if CPVDivision.lookup(c.division) == nil {
                fail(name, "CPV code \"\(r)\" has no known division \(c.division)")
                continue
            }
            if !codes.contains(where: { $0.digits == c.digits }) { codes.append(c) }
        }
        return codes
    }

    /// Department codes that exist; those outside the site are dropped with a warning, and a
    /// record left with none is rejected.
    mutating func departments(_ name: String, required: Bool, site: SiteConfig) -> [String]? {
        guard let raw = list(name, required: required) else { return nil }
        var known: [String] = []
        for r in raw {
            guard let d = Department.lookup(r) else {
                fail(name, "unknown department \"\(r)\"")
                continue
            }
            if !known.contains(d.code) { known.append(d.code) }
        }
        guard isValid else { return nil }
        let inside = known.filter(site.covers)
        let outside = known.filter { !site.covers($0) }
        if inside.isEmpty {
            fail(name, "department\(outside.count > 1 ? "s" : "") \(outside.joined(separator: ", ")) outside the site's departments\(site.region.map { " (\($0))" } ?? "")")
            return nil
        }
        if !outside.isEmpty {
            warn(name, "department\(outside.count > 1 ? "s" : "") \(outside.joined(separator: ", ")) outside the site's departments, not listed")
        }
        return inside
    }

    /// An absolute http(s) URL. A bad one is dropped with a warning: the record is still useful.
    mutating func url(_ name: String) -> String? {
        guard let s = text(name) else { return nil }
        guard let u = URL(string: s), let scheme = u.scheme?.lowercased(), scheme == "http" || scheme == "https",
              u.host != nil else {
            warn(name, "not an http(s) URL, left out: \"\(s.prefix(80))\"")
            return nil
        }
        return s
    }

    /// A value that must be one of a set, through a parser.
    mutating func choice<T>(_ name: String, required: Bool = false, allowed: String, _ parse: (String) -> T?) -> T? {
        guard let s = text(name, required: required) else { return nil }
        guard let v = parse(s) else {
            fail(name, "\"\(s)\" is not one of \(allowed)")
            return nil
        }
        return v
    }
}
