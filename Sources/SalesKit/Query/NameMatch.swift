import Foundation

/// The one rule for matching a name someone typed against the names the store knows: owners,
/// members, authors, assignees, attendees and key persons (`.person`), and customers
/// (`.customer`). Every filter and every lookup of a person or a customer goes through it.
///
/// In order, the first step that finds anything decides:
/// 1. exact spelling;
/// 2. the same name ignoring spaces (half- and full-width) and the width of letters and digits
///    (`山田　太郎` = `山田太郎`, `ＡＢＣ` = `abc`);
/// 3. a unique prefix of that loose form (`高橋` finds `高橋 由美` when no one else starts so);
/// 4. customers only: a unique substring of the loose form, where the loose form of a customer
///    also ignores the company-type marks 株式会社, (株), （株） and ㈱ (`東海精機` finds
///    `東海精機株式会社`).
/// Several names at one step are ambiguous; none at every step is no match.
public enum NameMatch {
    public enum Kind: Sendable {
        case person, customer
    }

    public enum Result: Equatable, Sendable {
        case match(String)
        case ambiguous([String])
        case none
    }

    /// Resolves `typed` among `candidates` (duplicates and order do not matter; the candidates of
    /// an ambiguous result are sorted and unique).
    public static func resolve(_ typed: String, among candidates: [String], kind: Kind) -> Result {
        let unique = Array(Set(candidates)).sorted()
        if unique.contains(typed) { return .match(typed) }
        let key = looseKey(typed, kind: kind)
        guard !key.isEmpty else { return .none }
        let keyed = unique.map { ($0, looseKey($0, kind: kind)) }
        var steps: [(String) -> Bool] = [{ $0 == key }, { $0.hasPrefix(key) }]
        if kind == .customer { steps.append { $0.contains(key) } }
        for step in steps {
            let found = keyed.filter { step($0.1) }.map(\.0)
            if found.count == 1 { return .match(found[0]) }
            if found.count > 1 { return .ambiguous(found) }
        }
        return .none
    }

    /// Resolves `typed` or throws: `.noMatch` (nobody has that name; the known names are listed)
    /// or `.ambiguousName` (the candidates are listed). `what` names the thing for the message
    /// ("owner", "member", "customer"); it is never a command-line flag.
    public static func require(
        _ typed: String, among candidates: [String], kind: Kind,
        what: String
    ) throws -> String {
        switch resolve(typed, among: candidates, kind: kind) {
        case .match(let name): return name
        case .ambiguous(let names): throw SalesError.ambiguousName(what: what, typed: typed, candidates: names)
        case .none: throw SalesError.noMatch(what: what, typed: typed, known: Array(Set(candidates)).sorted())
        }
    }

    /// True when `typed` names `name` by steps 1 and 2 alone (same name, spaces and width
    /// aside): the test for "is this attendee that key person" where no prefix guess is wanted.
    public static func sameName(_ a: String, _ b: String, kind: Kind = .person) -> Bool {
        a == b || looseKey(a, kind: kind) == looseKey(b, kind: kind)
    }

    /// The loose form: no white space, full-width ASCII read as ASCII, ASCII letters lower case;
    /// for customers also without company-type marks.
    public static func looseKey(_ name: String, kind: Kind) -> String {
        var out = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            if scalar.properties.isWhitespace { continue }
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            if (0x41...0x5A).contains(value) { value += 0x20 }
            out.append(Unicode.Scalar(value) ?? scalar)
        }
        var key = String(out)
        if kind == .customer {
            for mark in companyMarks { key = key.replacingOccurrences(of: mark, with: "") }
        }
        return key
    }

    /// Company-type marks ignored when matching customers, in their loose form.
    static let companyMarks = ["株式会社", "(株)", "（株）", "㈱", "有限会社", "(有)", "㈲"]
}
