import Foundation

/// An e-mail address Scope will write into a header: `local@domain`, ASCII, no spaces, no
/// control characters, no `<>`, `"`, `,`, `;` (which could turn one recipient into several or a
/// header into two), a domain of dot-separated labels. Anything else is refused, so that no
/// value from a file can inject a header.
public struct MailAddress: Sendable, Hashable, CustomStringConvertible {
    public let address: String
    /// An optional display name (`Marchés publics d'Occitanie`), encoded when written.
    public let name: String?

    public init?(_ raw: String, name: String? = nil) {
        let a = raw.trimmingCharacters(in: .whitespaces)
        guard a.utf8.count <= 254, let at = a.lastIndex(of: "@") else { return nil }
        let local = a[..<at], domain = a[a.index(after: at)...]
        let localOK: (Character) -> Bool = { c in
            c.isASCII && (c.isLetter || c.isNumber || "!#$%&'*+-/=?^_`{|}~.".contains(c))
        }
        guard !local.isEmpty, local.count <= 64, local.allSatisfy(localOK), !local.hasPrefix("."), !local.hasSuffix("."),
              !local.contains("..") else { return nil }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ l in
            !l.isEmpty && l.count <= 63 && !l.hasPrefix("-") && !l.hasSuffix("-") && l.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }) else { return nil }
        address = String(local) + "@" + domain.lowercased()
        if let name, name.contains(where: { $0.isNewline || ($0.asciiValue ?? 32) < 32 }) { return nil }
        self.name = name?.trimmingCharacters(in: .whitespaces).isEmpty == false ? name : nil
    }

    /// `Name <a@b>` as `--from` is written, or a bare address.
    public init?(parsing raw: String) {
        let t = raw.trimmingCharacters(in: .whitespaces)
        if t.hasSuffix(">"), let open = t.lastIndex(of: "<") {
            var name = t[..<open].trimmingCharacters(in: .whitespaces)
            if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 { name = String(name.dropFirst().dropLast()) }
            self.init(String(t[t.index(after: open)..<t.index(before: t.endIndex)]), name: name.isEmpty ? nil : name)
        } else {
            self.init(t)
        }
    }

    public var domain: String { String(address[address.index(after: address.lastIndex(of: "@")!)...]) }

    /// For a header: `=?UTF-8?B?…?= <a@b>`, or the address.
    public var header: String {
        guard let name else { return address }
        return MailMessage.encodedWord(name) + " <" + address + ">"
    }

    public var description: String { address }
}
