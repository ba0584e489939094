import Foundation
import ScopeModel

/// A notice as the site shows it on a given day: its status, path and facets resolved.
public struct NoticeEntry: Sendable {
    public let notice: Notice
    public let status: NoticeStatus
    /// Path segment under `annonces/`.
    public internal(set) var slug: String
    /// Sector ids, main CPV code's first.
    public let sectorIDs: [String]
    /// The programmation it came from, when that record exists.
    public internal(set) var programmationID: String?
}

/// A programmation as the site shows it on a given day.
public struct ProgrammationEntry: Sendable {
    public let programmation: Programmation
    public internal(set) var status: ProgrammationStatus
    public internal(set) var slug: String
    public let sectorIDs: [String]
    /// The notice it led to, when that record exists.
    public internal(set) var noticeID: String?
    /// Its expected publication is past and no notice is known.
    public internal(set) var isLate: Bool
}

/// A buyer with the records that name it, as indices into the catalog's arrays.
public struct BuyerEntry: Sendable {
    public let buyer: Buyer
    public let slug: String
    /// Soonest deadline first.
    public internal(set) var openNotices: [Int] = []
    /// Latest deadline first.
    public internal(set) var closedNotices: [Int] = []
    /// In `Catalog.programmationOrder`: coming ones soonest first, then late, published, given up.
    public internal(set) var programmations: [Int] = []
    /// Its awarded contracts (indices into `Catalog.awards`), newest first.
    public internal(set) var awards: [Int] = []
}

/// One value of a facet (a sector, a department) with its records.
public struct Facet: Sendable {
    public let id: String
    public let name: String
    public let slug: String
    /// Soonest deadline first.
    public internal(set) var openNotices: [Int] = []
    /// Every notice of the facet, newest publication first.
    public internal(set) var allNotices: [Int] = []
    /// In `Catalog.programmationOrder`: coming ones soonest first, then late, published, given up.
    public internal(set) var programmations: [Int] = []
    /// Awarded contracts (DECP) in the facet (sectors only).
    public internal(set) var awardCount = 0
}
