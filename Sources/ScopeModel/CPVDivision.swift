/// One of the 45 top-level groups of the CPV: the unit sectors are built from.
public struct CPVDivision: Hashable, Sendable {
    /// Two digits: `45`.
    public let code: String
    public let labelFR: String
    public let labelEN: String

    public init(code: String, labelFR: String, labelEN: String) {
        self.code = code
        self.labelFR = labelFR
        self.labelEN = labelEN
    }

    private static let byCode: [String: CPVDivision] = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })

    public static func lookup(_ code: String) -> CPVDivision? { byCode[code] }
}
