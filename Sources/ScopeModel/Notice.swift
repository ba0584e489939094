import Foundation

/// A lot of a notice: companies often answer one lot, not the whole contract.
public struct Lot: Hashable, Sendable, Encodable {
    public let number: Int
    public let title: String
    public let cpv: CPVCode?
    public let value: Money?
    /// The lot's own deadline, when the export gives one per lot (eForms BT-131).
    public let deadline: Date?

    public init(number: Int, title: String, cpv: CPVCode?, value: Money?, deadline: Date? = nil) {
        self.number = number
        self.title = title
        self.cpv = cpv
        self.value = value
        self.deadline = deadline
    }
}

/// A call for tender (avis de marché), as validated from an export.
public struct Notice: Hashable, Sendable, Encodable {
    public let id: String
    public let title: String
    /// Markdown.
    public let description: String?
    public let buyerID: String
    public let contractType: ContractType
    public let procedure: String?
    /// Main code first.
    public let cpv: [CPVCode]
    /// Department codes, as given (validated, deduplicated).
    public let departments: [String]
    public let place: String?
    public let published: Day
    public let deadline: Date
    public let estimatedValue: Money?
    /// The offset from UTC the export wrote the deadline with, when it is not Paris's on that day
    /// (an eSender's `+02:00` in winter, an overseas department's hour): the page shows the hour
    /// as written and says so. Nil for the others, shown in Paris time.
    public let deadlineOffset: Int?
    /// What the deadline is for: tenders, or only requests to participate (a restricted
    /// procedure's first stage, eForms BT-1311), which the page says.
    public let deadlineKind: DeadlineKind
    /// The day a later notice cancelled it, when one did.
    public let cancelledOn: Day?
    /// Why, in the cancelling notice's words (eForms BT-762), when it says.
    public let cancelReason: String?
    /// The number a visitor knows the notice by when it is not its id: an eForms notice's TED
    /// publication number (`00047522-2024`), where its id is the procedure's UUID.
    public let reference: String?
    /// A range the export gives instead of one value (BOAMP's `fourchette`).
    public let valueBracket: ValueBracket?
    public let lots: [Lot]
    public let documentsURL: String?
    /// The status the export stated; nil lets the deadline decide.
    public let statedStatus: NoticeStatus?
    public let programmationID: String?
    /// What later notices changed in it, oldest first.
    public let corrections: [Correction]
    /// Where the record came from, for messages.
    public let source: SourceLocation

    public init(id: String, title: String, description: String?, buyerID: String, contractType: ContractType,
                procedure: String?, cpv: [CPVCode], departments: [String], place: String?, published: Day,
                deadline: Date, deadlineOffset: Int? = nil, deadlineKind: DeadlineKind = .tenders, reference: String? = nil, cancelledOn: Day? = nil, cancelReason: String? = nil, estimatedValue: Money?, valueBracket: ValueBracket? = nil, lots: [Lot], documentsURL: String?,
                statedStatus: NoticeStatus?, programmationID: String?, corrections: [Correction] = [], source: SourceLocation) {
        self.id = id
        self.title = title
        self.description = description
        self.buyerID = buyerID
        self.contractType = contractType
        self.procedure = procedure
        self.cpv = cpv
        self.departments = departments
        self.place = place
        self.published = published
        self.deadline = deadline
        self.deadlineOffset = deadlineOffset
        self.deadlineKind = deadlineKind
        self.reference = reference
        self.cancelledOn = cancelledOn
        self.cancelReason = cancelReason
        self.estimatedValue = estimatedValue
        self.valueBracket = valueBracket
        self.lots = lots
        self.documentsURL = documentsURL
        self.statedStatus = statedStatus
        self.programmationID = programmationID
        self.corrections = corrections
        self.source = source
    }

    /// The same notice, read from nowhere in particular. Where a record sits in its export
    /// (a line, a JSON path) is for messages: no page shows it, and it moves for every record
    /// below one added or removed, so a page's value holds the notice without it.
    public var unplaced: Notice {
        Notice(id: id, title: title, description: description, buyerID: buyerID, contractType: contractType,
               procedure: procedure, cpv: cpv, departments: departments, place: place, published: published,
               deadline: deadline, deadlineOffset: deadlineOffset, deadlineKind: deadlineKind, reference: reference, cancelledOn: cancelledOn, cancelReason: cancelReason, estimatedValue: estimatedValue, valueBracket: valueBracket, lots: lots, documentsURL: documentsURL,
               statedStatus: statedStatus, programmationID: programmationID, corrections: corrections,
               source: SourceLocation(file: "", position: .none))
    }

    /// The day it last changed: its publication, or its latest correction's.
    public var lastChanged: Day { corrections.map(\.published).max() ?? published }

    /// The status on a given day: what the export stated, else open until the deadline.
    public func status(at now: Date) -> NoticeStatus {
        if let s = statedStatus { return s }
        return deadline > now ? .open : .closed
    }
}

/// What a notice's deadline closes: the tenders, the requests to participate, the expressions
/// of interest (a prior information notice that calls for competition, eForms BT-630), the
/// projects of a design contest; or, for a notice that states none, the day its publisher
/// stops listing it (BOAMP's `datefindiffusion`).
public enum DeadlineKind: String, Sendable, Codable, CaseIterable {
    case tenders, requests, interest, projects, listing
}
