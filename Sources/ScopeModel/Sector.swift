/// A sector of activity as companies think of their trade ("BTP", "Informatique"): a group
/// of CPV divisions, defined by the publisher's mapping file.
public struct Sector: Hashable, Comparable, Sendable {
    /// URL-safe identifier: `btp`.
    public let id: String
    public let name: String
    /// The CPV divisions it gathers, in code order.
    public let divisions: [String]
    /// Codes it takes from other divisions: CPV prefixes of 3 to 8 digits (office supplies,
    /// `301`, in a supplies sector while the rest of division 30 is computing).
    public let prefixes: [String]
    /// The finer trades a publisher names inside it (BTP: gros œuvre, second œuvre, VRD…).
    public let subsectors: [Subsector]

    public init(id: String, name: String, divisions: [String], prefixes: [String] = [], subsectors: [Subsector] = []) {
        self.id = id
        self.name = name
        self.divisions = divisions.sorted()
        self.prefixes = prefixes.sorted()
        self.subsectors = subsectors
    }

    /// Whether a CPV prefix is among its codes: below one of its divisions or prefixes.
    public func covers(_ prefix: String) -> Bool {
        divisions.contains(String(prefix.prefix(2))) || prefixes.contains { prefix.hasPrefix($0) }
    }

    public static func < (a: Self, b: Self) -> Bool { a.id < b.id }
}

/// A trade inside a sector: the CPV codes that begin with one of its prefixes (groups,
/// classes or categories: `4521`, `45262`), as `sectors.yaml` lists them.
public struct Subsector: Hashable, Sendable {
    public let id: String
    public let name: String
    /// CPV prefixes, 2 to 8 digits.
    public let prefixes: [String]

    public init(id: String, name: String, prefixes: [String]) {
        self.id = id
        self.name = name
        self.prefixes = prefixes
    }

    /// Whether one of the codes is below one of its prefixes.
    public func holds(_ codes: [CPVCode]) -> Bool {
        codes.contains { code in prefixes.contains { code.digits.hasPrefix($0) } }
    }
}

/// Maps CPV divisions to sectors. A division the publisher did not map becomes a sector of
/// its own, named after the division, so that no notice falls out of the sector pages. A
/// sector's prefixes win over the division they are in, the longest first.
public struct SectorMapping: Sendable {
    public let sectors: [Sector]
    private let byDivision: [String: Sector]
    private let byPrefix: [String: Sector]
    private let prefixLengths: [Int]
    /// Where a record with no CPV code is listed (a BOAMP notice that gives none).
    public let unclassified: Sector

    /// The unclassified sector when `sectors.yaml` names none.
    public static let defaultUnclassified = Sector(id: "non-classe", name: "Non classé", divisions: [])

    public init(sectors: [Sector], unclassified: Sector = SectorMapping.defaultUnclassified) {
        self.unclassified = unclassified
        var byDivision: [String: Sector] = [:]
        for s in sectors { for d in s.divisions where byDivision[d] == nil { byDivision[d] = s } }
        var all = sectors
        for division in CPVDivision.all where byDivision[division.code] == nil {
            let s = Sector(id: "cpv-\(division.code)", name: division.labelFR, divisions: [division.code])
            byDivision[division.code] = s
            all.append(s)
        }
        all.append(unclassified)
        self.sectors = all
        self.byDivision = byDivision
        var byPrefix: [String: Sector] = [:]
        for s in sectors { for p in s.prefixes where byPrefix[p] == nil { byPrefix[p] = s } }
        self.byPrefix = byPrefix
        prefixLengths = Set(byPrefix.keys.map(\.count)).sorted(by: >)
    }

    /// The sector a CPV code belongs to (nil only for a division that does not exist).
    public func sector(for code: CPVCode) -> Sector? {
        for n in prefixLengths { if let s = byPrefix[String(code.digits.prefix(n))] { return s } }
        return byDivision[code.division]
    }

    /// Every CPV prefix that decides a sector (divisions and sectors' prefixes) with its sector:
    /// the longest prefix of a code found here is its sector.
    public var prefixTable: [(prefix: String, sector: String)] {
        byDivision.map { ($0.key, $0.value.id) }.sorted { $0.0 < $1.0 } + byPrefix.map { ($0.key, $0.value.id) }.sorted { $0.0 < $1.0 }
    }

    /// The distinct sectors of a list of codes, in the order of the codes (main code first).
    public func sectors(for codes: [CPVCode]) -> [Sector] {
        if codes.isEmpty { return [unclassified] }
        var seen = Set<String>()
        var out: [Sector] = []
        for c in codes { if let s = sector(for: c), seen.insert(s.id).inserted { out.append(s) } }
        return out
    }
}
