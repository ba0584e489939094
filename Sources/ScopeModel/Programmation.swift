/// A forecast purchase (programmation): what a buyer plans to put out to tender 6–18 months
/// ahead, so that companies can prepare.
public struct Programmation: Hashable, Sendable, Encodable {
    public let id: String
    public let title: String
    /// Markdown.
    public let description: String?
    public let buyerID: String
    public let contractType: ContractType
    public let cpv: [CPVCode]
    public let departments: [String]
    public let expectedPublication: ExpectedPeriod
    public let estimatedValue: Money?
    public let valueBracket: ValueBracket?
    public let durationMonths: Int?
    public let statedStatus: ProgrammationStatus?
    /// The notice once published.
    public let noticeID: String?
    /// When the buyer made the forecast public (dates its feed items).
    public let announced: Day?
    public let source: SourceLocation

    public init(id: String, title: String, description: String?, buyerID: String, contractType: ContractType,
                cpv: [CPVCode], departments: [String], expectedPublication: ExpectedPeriod,
                estimatedValue: Money?, valueBracket: ValueBracket?, durationMonths: Int?,
                statedStatus: ProgrammationStatus?, noticeID: String?, announced: Day? = nil, source: SourceLocation) {
        self.id = id
        self.title = title
        self.description = description
        self.buyerID = buyerID
        self.contractType = contractType
        self.cpv = cpv
        self.departments = departments
        self.expectedPublication = expectedPublication
        self.estimatedValue = estimatedValue
        self.valueBracket = valueBracket
        self.durationMonths = durationMonths
        self.statedStatus = statedStatus
        self.noticeID = noticeID
        self.announced = announced
        self.source = source
    }

    /// The same programmation, read from nowhere in particular (see `Notice.unplaced`).
    public var unplaced: Programmation {
        Programmation(id: id, title: title, description: description, buyerID: buyerID, contractType: contractType,
                      cpv: cpv, departments: departments, expectedPublication: expectedPublication,
                      estimatedValue: estimatedValue, valueBracket: valueBracket, durationMonths: durationMonths,
                      statedStatus: statedStatus, noticeID: noticeID, announced: announced,
                      source: SourceLocation(file: "", position: .none))
    }
}
