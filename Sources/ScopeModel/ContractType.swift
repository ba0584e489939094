/// The three kinds of public contract the French code distinguishes.
public enum ContractType: String, Sendable, CaseIterable, Comparable, Codable {
    case works, supplies, services

    /// Accepts Scope's own names and the French words exports use
    /// (`travaux`, `fournitures`, `TRAVAUX`, …).
    public init?(parsing text: String) {
        switch text.trimmed.lowercased() {
        case "works", "travaux": self = .works
        case "supplies", "fournitures", "goods": self = .supplies
        case "services": self = .services
        default: return nil
        }
    }

    /// The kind a CPV code's division belongs to: 45 works; 03 to 44 and 48 (software packages)
    /// supplies; the others (50 to 98) services.
    public init(inferredFrom code: CPVCode) {
        let division = Int(code.division) ?? 0
        if division == 45 { self = .works } else if division < 45 || division == 48 { self = .supplies } else { self = .services }
    }

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

import Foundation
