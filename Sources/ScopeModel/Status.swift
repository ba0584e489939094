/// Where a notice stands. `open` and `closed` follow from the deadline and the build's
/// "now" unless the export states a status.
public enum NoticeStatus: String, Sendable, CaseIterable, Codable {
    case open, closed, awarded, cancelled

    public init?(parsing text: String) {
        switch text.trimmed.lowercased() {
        case "open", "ouvert", "en cours": self = .open
        case "closed", "clos", "clôturé", "cloture", "clôture": self = .closed
        case "awarded", "attribué", "attribue": self = .awarded
        case "cancelled", "canceled", "annulé", "annule": self = .cancelled
        default: return nil
        }
    }

    /// Whether a company can still answer.
    public var isOpen: Bool { self == .open }
}

/// Where a forecast purchase stands.
public enum ProgrammationStatus: String, Sendable, CaseIterable, Codable {
    /// Announced, no notice yet.
    case planned
    /// The call for tender is out (the record may name the notice).
    case published
    /// The buyer gave it up.
    case cancelled

    public init?(parsing text: String) {
        switch text.trimmed.lowercased() {
        case "planned", "prévisionnel", "previsionnel", "prévu", "prevu": self = .planned
        case "published", "publié", "publie": self = .published
        case "cancelled", "canceled", "abandonné", "abandonne", "annulé", "annule": self = .cancelled
        default: return nil
        }
    }
}

import Foundation
