/// Where in an export a record sits: a file and a line (CSV) or a JSON path.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Position: Hashable, Sendable, Codable {
        case line(Int)
        case jsonPath(String)
        case none
    }

    /// Path as the user gave it (relative to the current folder where possible).
    public let file: String
    public let position: Position

    public init(file: String, position: Position) {
        self.file = file
        self.position = position
    }

    /// Where in its file a location sits, for ordering messages as the file reads: the
    /// line, or the last index of the JSON path (`$[12]` → 12).
    public var order: Int {
        switch position {
        case .line(let n): return n
        case .jsonPath(let p):
            guard let open = p.lastIndex(of: "["), let n = Int(p[p.index(after: open)...].prefix { $0.isNumber }) else { return 0 }
            return n
        case .none: return -1
        }
    }

    public var description: String {
        switch position {
        case .line(let n): return "\(file):\(n)"
        case .jsonPath(let p): return "\(file) at \(p)"
        case .none: return file
        }
    }
}

/// One thing the build has to tell the publisher: a rejected record, a dropped link, a bad
/// file. Every rejection is one of these, so nothing is lost silently.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable, Comparable {
        case warning, error
        public static func < (a: Self, b: Self) -> Bool { a == .warning && b == .error }
    }

    public let severity: Severity
    public let location: SourceLocation
    /// The record kind (`notice`, `programmation`, `buyer`), nil for file-level problems.
    public let kind: RecordKind?
    public let recordID: String?
    public let field: String?
    public let message: String

    public init(_ severity: Severity, at location: SourceLocation, kind: RecordKind?, recordID: String?,
                field: String?, _ message: String) {
        self.severity = severity
        self.location = location
        self.kind = kind
        self.recordID = recordID
        self.field = field
        self.message = message
    }

    /// `content/notices/a.json at $[3]: error: notice "N-1", field "deadline": not a date-time: "demain"`
    public var description: String {
        var s = "\(location): \(severity.rawValue): "
        if let kind { s += kind.rawValue }
        if let recordID { s += " \"\(recordID)\"" }
        if let field { s += (kind == nil && recordID == nil ? "" : ", ") + "field \"\(field)\"" }
        if kind != nil || recordID != nil || field != nil { s += ": " }
        return s + message
    }
}

/// The record kinds. Notices, programmations and buyers have a folder each; awards come from
/// DECP exports, wherever they lie.
public enum RecordKind: String, Sendable, CaseIterable, Codable, Comparable {
    case notice, programmation, buyer, award

    /// The folder under `content/`.
    public var folder: String {
        switch self {
        case .notice: return "notices"
        case .programmation: return "programmations"
        case .buyer: return "buyers"
        case .award: return "attributions"
        }
    }

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
