import Foundation
import ScopeModel
import Yams

/// A fault in a configuration file: it stops the build before anything is written.
public struct ConfigError: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let line: Int?
    public let message: String

    public var description: String {
        line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
    }
}

/// Reads `content/config.yaml` (the site) and `content/sectors.yaml` (the sector grouping).
/// Unknown keys are errors, so that a typo does not silently fall back to a default.
public enum ConfigLoader {
    public static let configFile = "config.yaml"
    public static let sectorsFile = "sectors.yaml"

    static let configKeys: Set<String> = ["title", "description", "base_url", "language", "region", "departments",
                                          "page_size", "feed_items", "calendar_events", "now", "sources", "encoding", "alerts"]

    public static func loadSite(contentDirectory: URL) throws -> SiteConfig {
        let url = contentDirectory.appendingPathComponent(configFile)
        let display = SourceFinder.displayPath(url)
        let root = try mapping(url, display: display)
        func fail(_ node: Node?, _ message: String) -> ConfigError {
            ConfigError(file: display, line: node?.mark?.line, message: message)
        }
        for (k, _) in root where k.string.map({ !configKeys.contains($0) }) ?? true {
            throw fail(k, "unknown key \"\(k.string ?? "?")\" (known: \(configKeys.sorted().joined(separator: ", ")))")
        }
        func string(_ key: String) throws -> String? {
            guard let n = root[key] else { return nil }
            guard let s = n.string else { throw fail(n, "\"\(key)\" must be text") }
            return s
        }
        func int(_ key: String, _ range: ClosedRange<Int>) throws -> Int? {
            guard let n = root[key] else { return nil }
            guard let i = n.int, range.contains(i) else { throw fail(n, "\"\(key)\" must be a whole number from \(range.lowerBound) to \(range.upperBound)") }
            return i
        }
        // On every page: control characters (ESC, DEL…) would make each one invalid.
        guard let title = try string("title").map(Text.clean), !title.isEmpty else { throw fail(root["title"], "\"title\" is required") }
        var site = SiteConfig(title: title)
        site.description = try string("description").map(Text.clean) ?? ""
        if let base = try string("base_url") {
            guard let u = URL(string: base), let scheme = u.scheme, ["http", "https"].contains(scheme), u.host != nil else {
                throw fail(root["base_url"], "\"base_url\" must be an absolute http(s) URL, found \"\(base)\"")
            }
            site.baseURL = base.hasSuffix("/") ? base : base + "/"
        }
        if let lang = try string("language") {
            guard ["fr", "en"].contains(lang) else { throw fail(root["language"], "\"language\" must be fr or en") }
            site.language = lang
        }
        if let region = try string("region") {
            let deps = Department.inRegion(region)
            guard !deps.isEmpty else {
                let regions = Set(Department.all.map(\.region)).sorted().joined(separator: ", ")
                throw fail(root["region"], "unknown region \"\(region)\" (known: \(regions))")
            }
            site.region = deps[0].region
            site.departments = deps
        }
        if let list = root["departments"] {
            guard case .sequence(let seq) = list else { throw fail(list, "\"departments\" must be a list of codes") }
            var deps: [Department] = []
            for n in seq {
                guard let code = n.string, let d = Department.lookup(code) else {
                    throw fail(n, "unknown department \"\(n.string ?? "?")\"")
                }
                deps.append(d)
            }
            site.departments = Array(Set(deps)).sorted()
        }
        site.pageSize = try int("page_size", 1...10_000) ?? site.pageSize
        site.feedItems = try int("feed_items", 1...10_000) ?? site.feedItems
        site.calendarEvents = try int("calendar_events", 1...10_000) ?? site.calendarEvents
        if let now = try string("now") {
            guard let d = ParisTime.parseNow(now) else {
                throw fail(root["now"], "\"now\" must be a date-time such as 2026-11-16T08:00:00+01:00, in the years 1900–2200")
            }
            site.now = d
        }
        if let e = root["encoding"] { site.encoding = try Self.encoding(e, fail: fail) }
        if let a = root["alerts"] {
            guard case .mapping(let m) = a else { throw fail(a, "\"alerts\" must hold service, subscribe_url or unsubscribe") }
            for (k, _) in m where !["service", "subscribe_url", "unsubscribe"].contains(k.string ?? "") {
                throw fail(k, "unknown key \"\(k.string ?? "?")\" in alerts (known: service, subscribe_url, unsubscribe)")
            }
            if let n = m["service"] {
                guard let u = n.string, let url = URL(string: u), ["http", "https"].contains(url.scheme ?? ""), url.host != nil,
                      url.query == nil, url.fragment == nil else {
                    throw fail(n, "\"alerts.service\" must be the absolute http(s) address of scope alerts serve (its --public-url), found \"\(n.string ?? "?")\"")
                }
                site.alertsService = u.hasSuffix("/") ? u : u + "/"
            }
            if let n = m["subscribe_url"] {
                guard let u = n.string, let url = URL(string: u), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
                    throw fail(n, "\"alerts.subscribe_url\" must be an absolute http(s) URL, found \"\(n.string ?? "?")\"")
                }
                site.alertsSubscribeURL = u
            }
            if let n = m["unsubscribe"] {
                let u = n.string ?? ""
                let probe = u.replacingOccurrences(of: "{email}", with: "x%40example.org")
                guard let url = URL(string: probe), url.scheme == "https" && url.host != nil || url.scheme == "mailto",
                      !u.contains(where: { $0 == "\r" || $0 == "\n" || $0 == "<" || $0 == ">" || $0 == " " }) else {
                    throw fail(n, "\"alerts.unsubscribe\" must be an https URL or a mailto: address ({email} for the subscriber's), found \"\(u)\"")
                }
                site.alertsUnsubscribe = u
            }
        }
        if let list = root["sources"] {
            guard case .sequence(let seq) = list else { throw fail(list, "\"sources\" must be a list of {path, format}") }
            for item in seq {
                let path: String?
                var format: ExportFormat?
                var encoding: TextEncoding?
                switch item {
                case .scalar: path = item.string
                case .mapping(let m):
                    for (k, _) in m where !["path", "format", "encoding"].contains(k.string ?? "") {
                        throw fail(k, "unknown key \"\(k.string ?? "?")\" in a source (known: path, format, encoding)")
                    }
                    if let e = m["encoding"] { encoding = try Self.encoding(e, fail: fail) }
                    path = m["path"]?.string
                    if let f = m["format"] {
                        guard let name = f.string, let parsed = FormatRegistry.named(ExportFormat(rawValue: name.lowercased())) else {
                            throw fail(f, "unknown format \"\(f.string ?? "?")\" (known: \(FormatRegistry.names.joined(separator: ", ")))")
                        }
                        format = parsed.name
                    }
                default: path = nil
                }
                guard let path, !path.isEmpty else { throw fail(item, "a source needs a \"path\" (a file or a glob such as exports/boamp-*.json)") }
                site.sources.append(SourceSpec(pattern: path, format: format, encoding: encoding, line: item.mark?.line))
            }
        }
        return site
    }

    static func encoding(_ node: Node, fail: (Node?, String) -> ConfigError) throws -> TextEncoding {
        guard let name = node.string, let e = TextEncoding(name: name) else {
            throw fail(node, "unknown encoding \"\(node.string ?? "?")\" (known: \(TextEncoding.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return e
    }

    /// A sector's sub-sectors: each an id (a folder under the sector's: not a department's
    /// code, nor a name the sector's folder uses already), a name and CPV prefixes inside the
    /// sector's codes.
    static func subsectors(_ node: Node?, of sector: Sector, display: String) throws -> [Subsector] {
        let divisions = sector.divisions + sector.prefixes
        let sector = sector.id
        guard let node else { return [] }
        guard case .sequence(let seq) = node else {
            throw ConfigError(file: display, line: node.mark?.line, message: "\"subsectors\" of sector \"\(sector)\" must be a list")
        }
        var out: [Subsector] = []
        for item in seq {
            func fail(_ m: String) -> ConfigError { ConfigError(file: display, line: item.mark?.line, message: m) }
            guard let id = item["id"]?.string, let name = item["name"]?.string.map(Text.clean), !name.isEmpty,
                  let list = item["cpv"], case .sequence(let cs) = list, !cs.isEmpty else {
                throw fail("each sub-sector of \"\(sector)\" needs \"id\", \"name\" and a list of \"cpv\" prefixes")
            }
            guard !id.isEmpty, id.allSatisfy({ ($0.isLetter && $0.isASCII && $0.isLowercase) || $0.isNumber || $0 == "-" }),
                  id.contains(where: \.isLetter) else {
                throw fail("sub-sector id \"\(id)\" must be lower-case letters, digits and -, with a letter")
            }
            if Department.lookup(id.uppercased()) != nil || Department.lookup(id) != nil || Slug.reserved.contains(id) {
                throw fail("sub-sector id \"\(id)\" is a name the sector's pages use already (a department, a contract type or a list); choose another")
            }
            if out.contains(where: { $0.id == id }) { throw fail("sub-sector id \"\(id)\" is used twice in \"\(sector)\"") }
            var prefixes: [String] = []
            for c in cs {
                let raw = (c.string ?? "").trimmingCharacters(in: .whitespaces)
                guard (2...8).contains(raw.count), raw.allSatisfy(\.isASCII), raw.allSatisfy(\.isNumber) else {
                    throw ConfigError(file: display, line: c.mark?.line, message: "sub-sector \"\(id)\": \"\(raw)\" is not a CPV prefix (2 to 8 digits)")
                }
                guard divisions.contains(where: { raw.hasPrefix($0) }) else {
                    throw ConfigError(file: display, line: c.mark?.line,
                                      message: "sub-sector \"\(id)\": \(raw) is not in sector \"\(sector)\"'s codes (\(divisions.joined(separator: ", ")))")
                }
                prefixes.append(raw)
            }
            out.append(Subsector(id: id, name: name, prefixes: prefixes))
        }
        return out
    }

    /// The codes a sector takes from other divisions (`cpv: ["301"]`): prefixes of 3 to 8
    /// digits of a known division, not in one of its own divisions, each in one sector only.
    static func prefixes(_ node: Node?, of sector: String, divisions: [String: String], taken: inout [String: String],
                         display: String) throws -> [String] {
        guard let node else { return [] }
        guard case .sequence(let seq) = node else {
            throw ConfigError(file: display, line: node.mark?.line, message: "\"cpv\" of sector \"\(sector)\" must be a list of CPV prefixes")
        }
        var out: [String] = []
        for c in seq {
            let raw = (c.string ?? "").trimmingCharacters(in: .whitespaces)
            func fail(_ m: String) -> ConfigError { ConfigError(file: display, line: c.mark?.line, message: "sector \"\(sector)\": " + m) }
            guard (3...8).contains(raw.count), raw.allSatisfy(\.isASCII), raw.allSatisfy(\.isNumber) else {
                throw fail("\"\(raw)\" is not a CPV prefix of 3 to 8 digits (whole divisions go under \"divisions\")")
            }
            guard CPVDivision.lookup(String(raw.prefix(2))) != nil else { throw fail("\(raw) is in no CPV division") }
            if divisions[String(raw.prefix(2))] == sector { throw fail("\(raw) is in its own division \(raw.prefix(2)) already") }
            if let other = taken[raw] { throw fail("\(raw) is already in sector \"\(other)\"") }
            taken[raw] = sector
            out.append(raw)
        }
        return out
    }

    /// The sector grouping. Without the file, every CPV division is a sector of its own.
    public static func loadSectors(contentDirectory: URL) throws -> SectorMapping {
        let url = contentDirectory.appendingPathComponent(sectorsFile)
        guard FileManager.default.fileExists(atPath: url.path) else { return SectorMapping(sectors: []) }
        let display = SourceFinder.displayPath(url)
        let root = try mapping(url, display: display)
        guard let list = root["sectors"], case .sequence(let seq) = list else {
            throw ConfigError(file: display, line: 1, message: "expected a list under \"sectors\"")
        }
        var sectors: [Sector] = []
        var seenDivisions: [String: String] = [:]
        var seenPrefixes: [String: String] = [:]
        for item in seq {
            func fail(_ m: String) -> ConfigError { ConfigError(file: display, line: item.mark?.line, message: m) }
            guard let id = item["id"]?.string, let name = item["name"]?.string.map(Text.clean), !name.isEmpty,
                  let divs = item["divisions"], case .sequence(let ds) = divs else {
                throw fail("each sector needs \"id\", \"name\" and a list of \"divisions\"")
            }
            guard !id.isEmpty, id.allSatisfy({ ($0.isLetter && $0.isASCII && $0.isLowercase) || $0.isNumber || $0 == "-" }) else {
                throw fail("sector id \"\(id)\" must be lower-case letters, digits and -")
            }
            if sectors.contains(where: { $0.id == id }) { throw fail("sector id \"\(id)\" is used twice") }
            // A division left out becomes the sector "cpv-NN": such ids are the site's own.
            if id.hasPrefix("cpv-"), CPVDivision.lookup(String(id.dropFirst(4))) != nil {
                throw fail("sector id \"\(id)\" is the one Scope gives division \(id.dropFirst(4)) when no sector holds it; choose another id")
            }
            var codes: [String] = []
            for d in ds {
                let raw = d.string ?? ""
                let code = raw.count == 1 ? "0" + raw : raw
                guard CPVDivision.lookup(code) != nil else { throw ConfigError(file: display, line: d.mark?.line, message: "unknown CPV division \"\(raw)\"") }
                if let other = seenDivisions[code] {
                    throw ConfigError(file: display, line: d.mark?.line, message: "division \(code) is already in sector \"\(other)\"")
                }
                seenDivisions[code] = id
                codes.append(code)
            }
            let taken = try prefixes(item["cpv"], of: id, divisions: seenDivisions, taken: &seenPrefixes, display: display)
            let sector = Sector(id: id, name: name, divisions: codes, prefixes: taken)
            sectors.append(Sector(id: id, name: name, divisions: codes, prefixes: taken,
                                  subsectors: try subsectors(item["subsectors"], of: sector, display: display)))
        }
        var unclassified = SectorMapping.defaultUnclassified
        if let u = root["unclassified"] {
            guard let id = u["id"]?.string, let name = u["name"]?.string.map(Text.clean), !name.isEmpty,
                  id.allSatisfy({ ($0.isLetter && $0.isASCII && $0.isLowercase) || $0.isNumber || $0 == "-" }), !id.isEmpty else {
                throw ConfigError(file: display, line: u.mark?.line, message: "\"unclassified\" needs an \"id\" (lower-case letters, digits, -) and a \"name\"")
            }
            if sectors.contains(where: { $0.id == id }) || id.hasPrefix("cpv-") {
                throw ConfigError(file: display, line: u.mark?.line, message: "unclassified id \"\(id)\" is a sector's id already")
            }
            unclassified = Sector(id: id, name: name, divisions: [])
        }
        return SectorMapping(sectors: sectors, unclassified: unclassified)
    }

    private static func mapping(_ url: URL, display: String) throws -> Node.Mapping {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ConfigError(file: display, line: nil, message: "file not found")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(file: display, line: nil, message: "not UTF-8 text")
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let e as YamlError {
            throw ConfigError(file: display, line: Self.line(of: e), message: "not valid YAML: \(e)")
        }
        guard case .mapping(let m)? = node else {
            throw ConfigError(file: display, line: 1, message: "expected a mapping of keys to values")
        }
        return m
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }
}
