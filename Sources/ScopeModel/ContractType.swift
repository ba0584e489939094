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

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

import Foundation
