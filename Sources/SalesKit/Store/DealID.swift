/// Deal ids name files, so they are checked before any path is built from them:
/// `[a-z0-9][a-z0-9-]{0,63}`. Anything else (`../x`, `/etc`, `A`, `é`, spaces, NUL) is refused.
public enum DealID {
    public static let pattern = "[a-z0-9][a-z0-9-]{0,63}"

    public static func isValid(_ id: String) -> Bool { problem(id) == nil }

    /// Why an id is refused, or nil when it is fine.
    public static func problem(_ id: String) -> String? {
        let bytes = Array(id.utf8)
        if bytes.isEmpty { return "it is empty" }
        if bytes.count > 64 { return "it is longer than 64 characters" }
        for (i, b) in bytes.enumerated() {
            let isLower = b >= 97 && b <= 122
            let isDigit = b >= 48 && b <= 57
            if isLower || isDigit { continue }
            if b == 45 && i > 0 { continue }
            if b == 45 { return "it must start with a lower-case letter or digit" }
            return "use only lower-case letters a-z, digits and '-' (like acme-erp)"
        }
        return nil
    }

    public static func validate(_ id: String) throws {
        if let problem = problem(id) { throw SalesError.invalidID(id, reason: problem) }
    }
}

/// Report file names carry their date and deal: `2026-11-20-acme-erp-3f9a2c.md`. Listing the
/// tree alone answers "which reports belong to this deal, and when".
public struct ReportName: Sendable, Equatable {
    public var date: CalendarDate
    public var deal: String
    public var suffix: String

    public init(date: CalendarDate, deal: String, suffix: String) {
        self.date = date
        self.deal = deal
        self.suffix = suffix
    }

    public init?(fileName: String) {
        // Fast path for the usual ASCII names (listing 200k reports parses every name);
        // anything else takes the Character-based path below.
        let u = fileName.utf8
        if u.allSatisfy({ $0 < 0x80 }) {
            let bytes = Array(u)
            guard bytes.count > 15, bytes.suffix(3).elementsEqual(".md".utf8) else { return nil }
            let stem = bytes.count - 3
            guard let date = CalendarDate(Substring(fileName.utf8.prefix(10))), bytes[10] == UInt8(ascii: "-"),
                  let dash = bytes[..<stem].lastIndex(of: UInt8(ascii: "-")), dash > 11 else { return nil }
            let deal = String(decoding: bytes[11..<dash], as: UTF8.self)
            guard DealID.isValid(deal), dash + 1 < stem else { return nil }
            self.init(date: date, deal: deal, suffix: String(decoding: bytes[(dash + 1)..<stem], as: UTF8.self))
            return
        }
        guard fileName.hasSuffix(".md"), fileName.utf8.count > 15 else { return nil }
        let stem = fileName.dropLast(3)
        guard let date = CalendarDate(stem.prefix(10)), stem.dropFirst(10).first == "-",
              let dash = stem.lastIndex(of: "-") else { return nil }
        let dealStart = stem.index(stem.startIndex, offsetBy: 11)
        guard dash > dealStart else { return nil }
        let deal = String(stem[dealStart..<dash])
        let suffix = String(stem[stem.index(after: dash)...])
        guard DealID.isValid(deal), !suffix.isEmpty else { return nil }
        self.init(date: date, deal: deal, suffix: suffix)
    }

    public var fileName: String { "\(date)-\(deal)-\(suffix).md" }

    /// `reports/YYYY/MM/<name>`, relative to the store root.
    public var relativePath: String {
        let month = date.month < 10 ? "0\(date.month)" : "\(date.month)"
        return "reports/\(date.description.prefix(4))/\(month)/\(fileName)"
    }
}
