/// An awarded contract: what a buyer bought, when, for how much and from whom. Read from the
/// essential data of public contracts (DECP), from award notices (eForms on TED, BOAMP) and
/// from OCDS awards; shown on the buyer's page, on the page of the notice it concludes, and
/// counted per sector.
public struct Award: Hashable, Sendable, Codable {
    /// The buyer's id and the contract's own id, joined: DECP ids are unique per buyer only.
    public let id: String
    public let buyerID: String
    public let object: String
    public let cpv: [CPVCode]
    /// The date the contract was notified to its winners (or, in an award notice, awarded).
    public let notified: Day?
    /// What was won: the winning tenders' amounts added up, else the total the source states.
    public let amount: Money?
    /// Winners' names, or "SIRET 123…" where the file gives only an identifier; a consortium's
    /// members each. Subcontractors are not winners.
    public let winners: [String]
    public let departments: [String]
    public let procedure: String?
    public let source: SourceLocation
    /// The notice this award concludes, by its id in the site, when the source names it.
    public let notice: String?
    /// Per lot, as the award notice gives them; empty for a contract without lots.
    public let lots: [Lot]
    /// Where it was published.
    public let origin: Origin
    /// The day its award notice was published, when it comes from one (not the award's date:
    /// a BOAMP award notice without eForms results states no other).
    public let published: Day?
    /// A framework agreement's maximum value (BT-118), said as such rather than as a price.
    public let frameworkMaximum: Money?

    /// The contract's duration in months, as notified (DECP `dureeMois`).
    public let months: Int?
    /// Its modifications (DECP `modifications`), in order: each may change the amount, the
    /// duration and the winners. `amount` stays what was first notified.
    public let modifications: [Modification]

    /// A concession's yearly execution data (DECP `donneesExecution`): when it was published,
    /// the investment spent, and its tariffs.
    public let execution: [Execution]

    public struct Execution: Hashable, Sendable, Codable {
        public let published: Day?
        public let investment: Money?
        public let tariffs: [Tariff]

        public init(published: Day?, investment: Money?, tariffs: [Tariff]) {
            self.published = published
            self.investment = investment
            self.tariffs = tariffs
        }
    }

    /// A tariff the concessionnaire charges: its name and amount.
    public struct Tariff: Hashable, Sendable, Codable {
        public let name: String
        public let amount: Money

        public init(name: String, amount: Money) {
            self.name = name
            self.amount = amount
        }
    }

    /// A modification of the contract: what it changed, and when it was signed or notified.
    public struct Modification: Hashable, Sendable, Codable {
        public let date: Day?
        public let amount: Money?
        public let months: Int?
        public let winners: [String]

        public init(date: Day?, amount: Money?, months: Int?, winners: [String]) {
            self.date = date
            self.amount = amount
            self.months = months
            self.winners = winners
        }
    }

    /// The same award, of another buyer: the buyer of the notice it concludes, as that notice
    /// names it (an award notice may name its buyer otherwise).
    public func buyer(_ id: String) -> Award {
        Award(id: self.id, buyerID: id, object: object, cpv: cpv, notified: notified, amount: amount, winners: winners,
              departments: departments, procedure: procedure, source: source, notice: notice, lots: lots, origin: origin,
              frameworkMaximum: frameworkMaximum, months: months, modifications: modifications, execution: execution, published: published)
    }

    /// The amount after the last modification that changed it.
    public var currentAmount: Money? { modifications.last { $0.amount != nil }?.amount ?? amount }

    /// The winners after the last modification that named them.
    public var currentWinners: [String] { modifications.last { !$0.winners.isEmpty }?.winners ?? winners }

    /// Who publishes what the site shows of an award, named on the page.
    public enum Origin: String, Hashable, Sendable, Codable {
        /// An eForms contract award notice (TED, the EU's Official Journal).
        case ted
        /// A BOAMP award notice (`nature: ATTRIBUTION`).
        case boamp
        /// The essential data of public contracts.
        case decp
        /// An OCDS release's awards.
        case ocds
    }

    /// One lot's result.
    public struct Lot: Hashable, Sendable, Codable {
        /// The lot's number as the source writes it (`LOT-0002` → 2); nil for `LOT-0000`.
        public let number: Int?
        /// Each winning tender's party: one name, or a consortium's members.
        public let winners: [Party]
        /// What the winning tenders are worth, added up, when each says.
        public let amount: Money?
        /// The lot was closed with no winner (eForms `clos-nw`, "sans suite").
        public let noWinner: Bool

        public init(number: Int?, winners: [Party], amount: Money?, noWinner: Bool = false) {
            self.number = number
            self.winners = winners
            self.amount = amount
            self.noWinner = noWinner
        }
    }

    /// A winning tenderer: a company, or a consortium of several (its lead first).
    public struct Party: Hashable, Sendable, Codable {
        public let members: [String]
        public init(members: [String]) { self.members = members }
        public var isConsortium: Bool { members.count > 1 }
    }

    public init(id: String, buyerID: String, object: String, cpv: [CPVCode], notified: Day?, amount: Money?,
                winners: [String], departments: [String], procedure: String?, source: SourceLocation,
                notice: String? = nil, lots: [Lot] = [], origin: Origin = .decp, frameworkMaximum: Money? = nil,
                months: Int? = nil, modifications: [Modification] = [], execution: [Execution] = [], published: Day? = nil) {
        self.id = id
        self.buyerID = buyerID
        self.object = object
        self.cpv = cpv
        self.notified = notified
        self.amount = amount
        self.winners = winners
        self.departments = departments
        self.procedure = procedure
        self.source = source
        self.notice = notice
        self.lots = lots
        self.origin = origin
        self.frameworkMaximum = frameworkMaximum
        self.months = months
        self.modifications = modifications
        self.execution = execution
        self.published = published
    }
}
