/// An amount in a currency (euros unless the export says otherwise).
public struct Money: Hashable, Sendable, Codable {
    public let amount: Double
    public let currency: String

    public init(amount: Double, currency: String = "EUR") {
        self.amount = amount
        self.currency = currency
    }
}

/// An estimate given as a range, as forecast portals do ("40k - 100k€").
public struct ValueBracket: Hashable, Sendable, Codable {
    public let minimum: Money?
    public let maximum: Money?

    public init(minimum: Money?, maximum: Money?) {
        self.minimum = minimum
        self.maximum = maximum
    }
}
