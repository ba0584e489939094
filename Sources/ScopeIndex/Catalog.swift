import Foundation
import ScopeModel

/// The index stage's result: every record resolved for one "now", with the lists that pages,
/// feeds and search are drawn from. Lists hold indices into `notices` and `programmations`,
/// and every list has a defined order, so two builds of the same input agree byte for byte.
public struct Catalog: Sendable {
    public let site: SiteConfig
    public let now: Date
    public let mapping: SectorMapping
    /// By id.
    public let notices: [NoticeEntry]
    /// By id.
    public let programmations: [ProgrammationEntry]
    /// By name, then id.
    public let buyers: [BuyerEntry]
    /// Sectors that hold at least one record, by name.
    public let sectors: [Facet]
    /// Every department of the site, by code.
    public let departments: [Facet]
    /// Open notices, soonest deadline first.
    public let openNotices: [Int]
    /// Notices no longer open, latest deadline first.
    public let closedNotices: [Int]
    /// Newest publication first.
    public let latestNotices: [Int]
    /// Each notice's place in `latestNotices`, to sort any subset newest first.
    public let latestRank: [Int]
    /// Coming ones, then late ones, then published, then given up; soonest expected first in each.
    public let programmationOrder: [Int]
    /// Awarded contracts (DECP), newest notification first.
    public let awards: [Award]
    private let awardsByNotice: [String: [Int]]
    /// Links that could not be made.
    public let diagnostics: [Diagnostic]
    /// The newest date the data holds (a notice's publication, a programmation's
    /// announcement) up to "now": what "data as of" means, stable while the data is.
    public let dataDate: Day

    let noticeByID: [String: Int]
    let programmationByID: [String: Int]
    let buyerByID: [String: Int]

    public func notice(id: String) -> NoticeEntry? { noticeByID[id].map { notices[$0] } }
    /// The awards that name a notice as the one they conclude, newest first.
    public func awards(ofNotice id: String) -> [Award] { (awardsByNotice[id] ?? []).map { awards[$0] } }
    public func programmation(id: String) -> ProgrammationEntry? { programmationByID[id].map { programmations[$0] } }
    public func buyer(id: String) -> BuyerEntry? { buyerByID[id].map { buyers[$0] } }
    public func sector(id: String) -> Facet? { sectors.first { $0.id == id } }

    /// Builds the catalog from validated records.
    public init(notices rawNotices: [Notice], programmations rawProgrammations: [Programmation], buyers rawBuyers: [Buyer],
                awards rawAwards: [Award] = [], site: SiteConfig, mapping: SectorMapping, now: Date) {
        self.site = site
        self.now = now
        self.mapping = mapping
        var diagnostics: [Diagnostic] = []
        let today = ParisTime.day(of: now)

        var notices = rawNotices.sorted { $0.id < $1.id }.map { n in
            NoticeEntry(notice: n, status: n.status(at: now), slug: Slug.make(n.id, reserved: Catalog.reservedSegments),
                        sectorIDs: mapping.sectors(for: n.cpv).map(\.id), programmationID: nil)
        }
        var programmations = rawProgrammations.sorted { $0.id < $1.id }.map { p in
            ProgrammationEntry(programmation: p, status: p.statedStatus ?? .planned, slug: Slug.make(p.id, reserved: Catalog.reservedSegments),
                               sectorIDs: mapping.sectors(for: p.cpv).map(\.id), noticeID: nil, isLate: false)
        }
        Self.separateSlugs(&notices, id: { $0.notice.id }, slug: \.slug, kind: .notice, source: { $0.notice.source }, into: &diagnostics)
        Self.separateSlugs(&programmations, id: { $0.programmation.id }, slug: \.slug, kind: .programmation,
                           source: { $0.programmation.source }, into: &diagnostics)
        let noticeByID = Dictionary(uniqueKeysWithValues: notices.enumerated().map { ($1.notice.id, $0) })
        let programmationByID = Dictionary(uniqueKeysWithValues: programmations.enumerated().map { ($1.programmation.id, $0) })

        // Links both ways: what either side states, checked against the other.
        for (pi, p) in programmations.enumerated() {
            guard let nid = p.programmation.noticeID else { continue }
            if let ni = noticeByID[nid] {
                programmations[pi].noticeID = nid
                if let other = notices[ni].notice.programmationID, other != p.programmation.id {
                    diagnostics.append(Diagnostic(.warning, at: p.programmation.source, kind: .programmation,
                                                  recordID: p.programmation.id, field: "notice",
                                                  "notice \"\(nid)\" names programmation \"\(other)\"; both links kept"))
                } else {
                    notices[ni].programmationID = p.programmation.id
                }
            } else {
                diagnostics.append(Diagnostic(.warning, at: p.programmation.source, kind: .programmation,
                                              recordID: p.programmation.id, field: "notice",
                                              "no notice \"\(nid)\" in the exports; link left out"))
            }
        }
        for (ni, n) in notices.enumerated() {
            guard let pid = n.notice.programmationID else { continue }
            if let pi = programmationByID[pid] {
                notices[ni].programmationID = pid
                if programmations[pi].noticeID == nil { programmations[pi].noticeID = n.notice.id }
            } else {
                diagnostics.append(Diagnostic(.warning, at: n.notice.source, kind: .notice, recordID: n.notice.id,
                                              field: "programmation", "no programmation \"\(pid)\" in the exports; link left out"))
            }
        }
        for i in programmations.indices {
            // A notice that names it is out: the programmation is published, whatever an older
            // "planned" in its export says.
            if programmations[i].noticeID != nil, programmations[i].programmation.statedStatus != .cancelled {
                programmations[i].status = .published
            }
            programmations[i].isLate = programmations[i].status == .planned && programmations[i].noticeID == nil
                && programmations[i].programmation.expectedPublication.lastDay < today
        }

        // Orders shared by every list, on keys taken once rather than on copies of whole records
        // at each comparison. Both lists are in id order: the last tie-break, the id, is the index.
        let deadline = notices.map(\.notice.deadline), published = notices.map(\.notice.published)
        let expected = programmations.map(\.programmation.expectedPublication)
        let isOpen = notices.map(\.status.isOpen)
        let byDeadline: (Int, Int) -> Bool = { a, b in deadline[a] != deadline[b] ? deadline[a] < deadline[b] : a < b }
        let byLatestDeadline: (Int, Int) -> Bool = { a, b in deadline[a] != deadline[b] ? deadline[a] > deadline[b] : a < b }
        let byPublication: (Int, Int) -> Bool = { a, b in published[a] != published[b] ? published[a] > published[b] : a < b }
        let byExpected: (Int, Int) -> Bool = { a, b in expected[a] != expected[b] ? expected[a] < expected[b] : a < b }

        let allN = Array(notices.indices)
        openNotices = allN.filter { isOpen[$0] }.sorted(by: byDeadline)
        closedNotices = allN.filter { !isOpen[$0] }.sorted(by: byLatestDeadline)
        latestNotices = allN.sorted(by: byPublication)
        var rank = Array(repeating: 0, count: notices.count)
        for (r, i) in latestNotices.enumerated() { rank[i] = r }
        latestRank = rank
        // Coming ones first, soonest first; then late ones, then those whose notice is out, then
        // those given up (each soonest first).
        let group = programmations.map { p -> Int in
            switch p.status {
            case .planned: return p.isLate ? 1 : 0
            case .published: return 2
            case .cancelled: return 3
            }
        }
        programmationOrder = Array(programmations.indices).sorted { a, b in group[a] != group[b] ? group[a] < group[b] : byExpected(a, b) }
        var programmationRank = Array(repeating: 0, count: programmations.count)
        for (r, i) in programmationOrder.enumerated() { programmationRank[i] = r }

        let awards = rawAwards.sorted { a, b in
            a.notified != b.notified ? (a.notified ?? Day(year: 1, month: 1, day: 1)!) > (b.notified ?? Day(year: 1, month: 1, day: 1)!) : a.id < b.id
        }
        var aBySector: [String: Int] = [:], aByBuyer: [String: [Int]] = [:], aByNotice: [String: [Int]] = [:]
        for (i, a) in awards.enumerated() {
            for s in mapping.sectors(for: a.cpv) { aBySector[s.id, default: 0] += 1 }
            aByBuyer[a.buyerID, default: []].append(i)
            if let n = a.notice, noticeByID[n] != nil { aByNotice[n, default: []].append(i) }
        }
        func facet(id: String, name: String, notices ns: [Int], programmations ps: [Int], awards: Int = 0) -> Facet {
            var f = Facet(id: id, name: name, slug: Slug.make(id))
            f.awardCount = awards
            f.openNotices = ns.filter { isOpen[$0] }.sorted(by: byDeadline)
            f.allNotices = ns.sorted(by: byPublication)
            f.programmations = ps.sorted { programmationRank[$0] < programmationRank[$1] }
            return f
        }

        var nBySector: [String: [Int]] = [:], pBySector: [String: [Int]] = [:]
        var nByDep: [String: [Int]] = [:], pByDep: [String: [Int]] = [:]
        var nByBuyer: [String: [Int]] = [:], pByBuyer: [String: [Int]] = [:]
        for (i, n) in notices.enumerated() {
            for s in n.sectorIDs { nBySector[s, default: []].append(i) }
            for d in n.notice.departments { nByDep[d, default: []].append(i) }
            nByBuyer[n.notice.buyerID, default: []].append(i)
        }
        for (i, p) in programmations.enumerated() {
            for s in p.sectorIDs { pBySector[s, default: []].append(i) }
            for d in p.programmation.departments { pByDep[d, default: []].append(i) }
            pByBuyer[p.programmation.buyerID, default: []].append(i)
        }
        sectors = mapping.sectors
            .filter { nBySector[$0.id] != nil || pBySector[$0.id] != nil || aBySector[$0.id] != nil }
            .map { facet(id: $0.id, name: $0.name, notices: nBySector[$0.id] ?? [], programmations: pBySector[$0.id] ?? [],
                          awards: aBySector[$0.id] ?? 0) }
            .sorted { (Folding.key($0.name), $0.id) < (Folding.key($1.name), $1.id) }
        departments = site.departments.map {
            facet(id: $0.code, name: $0.name, notices: nByDep[$0.code] ?? [], programmations: pByDep[$0.code] ?? [])
        }
        // By folded name, then id; each name folded once, not at every comparison.
        // Buyers' addresses kept apart as records' are, the first in id order keeping its own.
        struct BuyerSlug { let buyer: Buyer; var slug: String }
        var buyerSlugs = rawBuyers.sorted { $0.id < $1.id }.map { BuyerSlug(buyer: $0, slug: Slug.make($0.id)) }
        Self.separateSlugs(&buyerSlugs, id: { $0.buyer.id }, slug: \.slug, kind: .buyer,
                           source: { _ in SourceLocation(file: "buyers", position: .none) }, into: &diagnostics)
        buyers = buyerSlugs.map { bs -> (key: String, entry: BuyerEntry) in
            let b = bs.buyer
            var e = BuyerEntry(buyer: b, slug: bs.slug)
            let ns = nByBuyer[b.id] ?? []
            e.openNotices = ns.filter { isOpen[$0] }.sorted(by: byDeadline)
            e.closedNotices = ns.filter { !isOpen[$0] }.sorted(by: byLatestDeadline)
            e.programmations = (pByBuyer[b.id] ?? []).sorted { programmationRank[$0] < programmationRank[$1] }
            e.awards = aByBuyer[b.id] ?? []
            return (Folding.key(b.name), e)
        }.sorted {
            $0.key != $1.key ? $0.key < $1.key : $0.entry.buyer.id < $1.entry.buyer.id
        }.map(\.entry)
        self.notices = notices
        self.programmations = programmations
        self.awards = awards
        self.awardsByNotice = aByNotice
        self.noticeByID = noticeByID
        self.programmationByID = programmationByID
        self.buyerByID = Dictionary(uniqueKeysWithValues: buyers.enumerated().map { ($1.buyer.id, $0) })
        self.diagnostics = diagnostics
        let dates = rawNotices.map(\.published) + rawProgrammations.compactMap(\.announced)
        self.dataDate = dates.filter { $0 <= today }.max() ?? today
    }
}

extension Catalog {
    /// Ids that differ only by case, or whose address hashes collide, or one that reads as
    /// another's disambiguated address, would share a page: every one after the first, in the
    /// items' order, takes the id's hash as well (and a counter if that is taken too), with a
    /// warning naming both records. No address is given twice, and none another's own.
    static func separateSlugs<T>(_ items: inout [T], id: (T) -> String, slug: WritableKeyPath<T, String>, kind: RecordKind,
                                 source: (T) -> SourceLocation, into diagnostics: inout [Diagnostic]) {
        var plain: [String: Int] = [:]  // each plain address, and how many items have it
        for item in items { plain[item[keyPath: slug], default: 0] += 1 }
        guard plain.count < items.count else { return }
        var taken: [String: String] = [:]
        for i in items.indices {
            let s = items[i][keyPath: slug]
            guard let other = taken[s] else { taken[s] = id(items[i]); continue }
            var alt = Slug.disambiguated(id(items[i]))
            var n = 2
            // Neither an address given already nor one that another record has as its own.
            while taken[alt] != nil || (plain[alt] != nil && alt != s) {
                alt = Slug.disambiguated(id(items[i])) + "-\(n)"
                n += 1
            }
            items[i][keyPath: slug] = alt
            taken[alt] = id(items[i])
            diagnostics.append(Diagnostic(.warning, at: source(items[i]), kind: kind, recordID: id(items[i]), field: "id",
                                          "its address would be the same as that of \(kind.rawValue) \"\(other)\"; published at \(alt)/ instead"))
        }
    }

    /// Path segments that lists use beside record pages: no record may take them (`Slug.reserved`).
    public static var reservedSegments: Set<String> { Slug.reserved }
}
