/// An awarded contract (from DECP, the essential data of public contracts): what a buyer
/// bought, when, for how much and from whom. Shown on the buyer's page and counted per sector.
public struct Award: Hashable, Sendable, Codable {
    /// The buyer's id and the contract's own id, joined: DECP ids are unique per buyer only.
    public let id: String
    public let buyerID: String
    public let object: String
    public let cpv: [CPVCode]
    /// The date the contract was notified to its winners.
    public let notified: Day?
    public let amount: Money?
    /// Winners' names, or "SIRET 123…" where the file gives only an identifier.
    public let winners: [String]
    public let departments: [String]
    public let procedure: String?
    public let source: SourceLocation

    public init(id: String, buyerID: String, object: String, cpv: [CPVCode], notified: Day?, amount: Money?,
                winners: [String], departments: [String], procedure: String?, source: SourceLocation) {
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
    }
}
