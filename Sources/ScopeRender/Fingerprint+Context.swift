import ScopeCache

/// A template context's fingerprint: what keeps a rendered file when it is the last build's.
extension Fingerprint {
    /// A context of dictionaries, arrays, texts, numbers and booleans, keys in order; nil for
    /// anything else (that page is then always rendered).
    mutating func add(value: Any) -> Bool {
        // Cards (a final class) by their exact type first: a list holds many, and each failed
        // cast to a text, a number or a collection before looked up conformances; a cast
        // `as Card` first would make every text pay instead.
        if type(of: value) == Card.self {
            guard let f = (value as! Card).fingerprint else { return false }
            add(0x0A)
            add(f)
            return true
        }
        switch value {
        case let s as String: add(0x01); add(s)
        case let n as Int: add(0x02); add(int: Int64(n))
        case let f as Bool: add(f ? 0x03 : 0x04)
        case let d as [String: Any]:
            add(0x05)
            for k in d.keys.sorted() {
                add(k)
                if !add(value: d[k]!) { return false }
            }
            add(0x06)
        case let l as [Any]:
            add(0x07)
            for item in l where !add(value: item) { return false }
            add(0x08)
        case let x as Double: add(0x09); add(String(x))
        default: return false
        }
        return true
    }
}
