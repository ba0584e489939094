import Foundation

/// What a later notice changed in a notice (a BOAMP rectificatif, an eForms change notice), so
/// that the page and the feeds say it: "Date limite reportée du 12 au 19 décembre, avis du 2
/// décembre".
public struct Correction: Hashable, Sendable {
    /// The day the correcting notice was published.
    public let published: Day
    /// The correcting notice's own id (BOAMP `idweb`, eForms notice ID).
    public let by: String
    /// The deadline before and after, when the correction moved it.
    public let deadline: (from: Date?, to: Date)?
    /// The estimated value before and after, when it changed.
    public let value: (from: Money?, to: Money?)?
    /// The other fields it changed, by Scope's names (`lots`, `documents_url`, `cpv`…), in order.
    public let fields: [String]

    public init(published: Day, by: String, deadline: (from: Date?, to: Date)?, value: (from: Money?, to: Money?)?, fields: [String]) {
        self.published = published
        self.by = by
        self.deadline = deadline
        self.value = value
        self.fields = fields
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.published == b.published && a.by == b.by && a.deadline?.from == b.deadline?.from && a.deadline?.to == b.deadline?.to
            && a.value?.from == b.value?.from && a.value?.to == b.value?.to && a.fields == b.fields
    }

    public func hash(into h: inout Hasher) {
        h.combine(published)
        h.combine(by)
        h.combine(deadline?.to)
        h.combine(fields)
    }
}
