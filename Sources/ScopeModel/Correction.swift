import Foundation

/// What a later notice changed in a notice (a BOAMP rectificatif, an eForms change notice), so
/// that the page and the feeds say it: "Date limite reportée du 12 au 19 décembre, avis du 2
/// décembre".
public struct Correction: Hashable, Sendable, Encodable {
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
    /// What the correcting notice says of itself, in its own words (eForms BT-141, the changes'
    /// descriptions, and BT-762, the reason), when it says anything.
    public let text: String?

    public init(published: Day, by: String, deadline: (from: Date?, to: Date)?, value: (from: Money?, to: Money?)?, fields: [String],
                text: String? = nil) {
        self.published = published
        self.by = by
        self.deadline = deadline
        self.value = value
        self.fields = fields
        self.text = text
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.published == b.published && a.by == b.by && a.deadline?.from == b.deadline?.from && a.deadline?.to == b.deadline?.to
            && a.value?.from == b.value?.from && a.value?.to == b.value?.to && a.fields == b.fields && a.text == b.text
    }

    private enum Keys: String, CodingKey { case published, by, deadlineFrom, deadlineTo, valueFrom, valueTo, fields, text }

    /// Every field, the pairs as their parts (a tuple has no encoding of its own).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(published, forKey: .published)
        try c.encode(by, forKey: .by)
        if let d = deadline {
            try c.encodeIfPresent(d.from, forKey: .deadlineFrom)
            try c.encode(d.to, forKey: .deadlineTo)
        }
        if let v = value {
            // Both absent and a change from nothing to nothing differ from no value change.
            try c.encodeIfPresent(v.from, forKey: .valueFrom)
            if let to = v.to { try c.encode(to, forKey: .valueTo) } else { try c.encodeNil(forKey: .valueTo) }
        }
        try c.encode(fields, forKey: .fields)
        try c.encodeIfPresent(text, forKey: .text)
    }

    public func hash(into h: inout Hasher) {
        h.combine(published)
        h.combine(by)
        h.combine(deadline?.to)
        h.combine(fields)
        h.combine(text)
    }
}
