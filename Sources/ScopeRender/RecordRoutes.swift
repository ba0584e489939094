import ScopeIndex
import ScopeModel

/// Where each record's page and each facet's list lives (see `Routes`, where every name is).
extension Routes {
    public func notice(_ e: NoticeEntry) -> String { Routes.notices + e.slug + "/" }
    /// An open notice's own calendar, beside its page (the page links it while it is open).
    public func noticeCalendar(_ e: NoticeEntry) -> String { notice(e) + Routes.noticeCalendar }
    public func programmation(_ e: ProgrammationEntry) -> String { Routes.programmations + e.slug + "/" }
    public func sector(_ f: Facet) -> String { Routes.sectors + f.slug + "/" }
    public func department(_ f: Facet) -> String { Routes.departments + f.slug + "/" }
    public func buyer(_ e: BuyerEntry) -> String { Routes.buyers + e.slug + "/" }
    /// A sector × department list, in the sector's folder.
    func pair(_ p: FeedPlan.Pair) -> String { pair(p.sector, p.department) }
    func pair(_ sector: Facet, _ department: Facet) -> String { self.sector(sector) + department.slug + "/" }
    /// A sub-sector's list, in its sector's folder.
    func trade(_ t: FeedPlan.Trade) -> String { sector(t.sector) + t.subsector.id + "/" }
    /// A sub-sector × department list, in the sub-sector's folder.
    func tradePair(_ p: FeedPlan.TradePair) -> String { trade(p.trade) + p.department.slug + "/" }
}
