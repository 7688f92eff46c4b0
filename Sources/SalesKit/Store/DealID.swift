/// Deal ids name files, so they are checked before any path is built from them:
/// `[a-z0-9][a-z0-9-]{0,63}`. Anything else (`../x`, `/etc`, `A`, `é`, spaces, NUL) is refused.
public enum DealID {
    public static let pattern = "[a-z0-9][a-z0-9-]{0,63}"

    public static func isValid(_ id: String) -> Bool { problem(id) == nil }

    /// Why an id is refused, or nil when it is fine.
    public static func problem(_ id: String) -> String? { problem(utf8: id.utf8) }

    static func problem(utf8 bytes: some Collection<UInt8>) -> String? {
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

    /// Parses `YYYY-MM-DD-<deal>-<suffix>.md`; the suffix is lower-case letters and digits. Valid
    /// names are ASCII, so the bytes are read directly (listing 200k reports parses every name).
    public init?(fileName: String) {
        var fileName = fileName
        guard let name = fileName.withUTF8({ ReportName(bytes: $0) }) else { return nil }
        self = name
    }

    private init?(bytes: UnsafeBufferPointer<UInt8>) {
        let stem = bytes.count - 3
        guard bytes.count > 15, bytes[stem...].elementsEqual(".md".utf8), bytes[10] == UInt8(ascii: "-"),
            let dash = bytes[..<stem].lastIndex(of: UInt8(ascii: "-")), dash > 11, dash + 1 < stem,
            bytes[(dash + 1)..<stem].allSatisfy({ ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 122) }),
            let date = CalendarDate(utf8: UnsafeBufferPointer(rebasing: bytes[0..<10])),
            DealID.problem(utf8: bytes[11..<dash]) == nil
        else { return nil }
        self.init(
            date: date, deal: String(decoding: bytes[11..<dash], as: UTF8.self),
            suffix: String(decoding: bytes[(dash + 1)..<stem], as: UTF8.self))
    }

    public var fileName: String { "\(date)-\(deal)-\(suffix).md" }

    /// Whether `path` is a file directly in `reports/YYYY/MM/` of `date`: `relativePath` without
    /// building it (`check` asks this of every report).
    static func isInMonthDirectory(_ path: String, of date: CalendarDate) -> Bool {
        let bytes = Array(path.utf8.prefix(17))
        guard bytes.count == 17, bytes[..<8].elementsEqual("reports/".utf8), bytes[12] == UInt8(ascii: "/"),
            bytes[15] == UInt8(ascii: "/")
        else { return false }
        func number(_ range: Range<Int>) -> Int {
            bytes[range].reduce(0) { $1 >= 48 && $1 <= 57 && $0 >= 0 ? $0 * 10 + Int($1 - 48) : -1 }
        }
        return number(8..<12) == date.year && number(13..<15) == date.month
            && !path.utf8.dropFirst(16).contains(UInt8(ascii: "/"))
    }

    /// `reports/YYYY/MM/<name>`, relative to the store root.
    public var relativePath: String {
        let month = date.month < 10 ? "0\(date.month)" : "\(date.month)"
        return "reports/\(date.description.prefix(4))/\(month)/\(fileName)"
    }
}
