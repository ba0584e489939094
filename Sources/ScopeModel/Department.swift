/// A French department: the unit companies search by ("travaux en Haute-Garonne").
public struct Department: Hashable, Comparable, Sendable {
    /// `31`, `2A`, `974`.
    public let code: String
    public let name: String
    public let region: String
    public let nuts3: String?

    public init(code: String, name: String, region: String, nuts3: String?) {
        self.code = code
        self.name = name
        self.region = region
        self.nuts3 = nuts3
    }

    private static let byCode: [String: Department] = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })

    /// Looks up a code as exports write it: `31`, `9` or `09`, `2a`.
    public static func lookup(_ raw: String) -> Department? {
        var code = raw.trimmed.uppercased()
        if code.count == 1, code.first!.isNumber { code = "0" + code }
        return byCode[code]
    }

    /// The departments of a region, in code order.
    public static func inRegion(_ region: String) -> [Department] {
        all.filter { $0.region.lowercased() == region.lowercased() }
    }

    public static func < (a: Self, b: Self) -> Bool { a.code < b.code }
}

import Foundation
