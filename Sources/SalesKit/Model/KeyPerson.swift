/// A person on the customer's side who matters to the decision (キーパーソン).
public struct KeyPerson: Sendable, Equatable {
    public enum Role: String, Sendable, CaseIterable {
        /// Decision maker (意思決定者).
        case D
        /// Approver (承認権限者).
        case A
        /// Influencer (影響力保持者).
        case I

        /// Accepts D, A, I in either case, or the Japanese word.
        public init?(input: String) {
            switch KeyPerson.folded(input).uppercased() {
            case "D", "意思決定者", "意志決定者": self = .D
            case "A", "承認権限者", "承認者": self = .A
            case "I", "影響力保持者", "影響者": self = .I
            default: return nil
            }
        }

        public var label: String {
            switch self {
            case .D: "decision maker"
            case .A: "approver"
            case .I: "influencer"
            }
        }
    }

    public enum Stance: String, Sendable, CaseIterable {
        case supporter, cooperative, neutral, uncooperative, opposed

        public var symbol: String {
            switch self {
            case .supporter: "○"
            case .cooperative: "△"
            case .neutral: "−"
            case .uncooperative: "▽"
            case .opposed: "×"
            }
        }

        /// Accepts the English word, the symbol (○ △ − ▽ ×) or the Japanese word.
        public init?(input: String) {
            switch KeyPerson.folded(input).lowercased() {
            case "supporter", "○", "〇", "◯", "o", "後援者": self = .supporter
            case "cooperative", "△", "協力者": self = .cooperative
            case "neutral", "−", "-", "ー", "一", "—", "–", "中立者", "中立": self = .neutral
            case "uncooperative", "▽", "∇", "非協力者": self = .uncooperative
            case "opposed", "×", "x", "反対者": self = .opposed
            default: return nil
            }
        }
    }

    /// Organisational authority and influence (組織的な権限・影響力, seed 001).
    public enum Authority: String, Sendable, CaseIterable {
        case strong, weak

        /// Accepts the English word or 強い/弱い.
        public init?(input: String) {
            switch KeyPerson.folded(input).lowercased() {
            case "strong", "強い", "強": self = .strong
            case "weak", "弱い", "弱": self = .weak
            default: return nil
            }
        }
    }

    /// How much information the person has (情報量, seed 001).
    public enum Information: String, Sendable, CaseIterable {
        case sufficient, insufficient

        /// Accepts the English word or 十分/不十分.
        public init?(input: String) {
            switch KeyPerson.folded(input).lowercased() {
            case "sufficient", "十分": self = .sufficient
            case "insufficient", "不十分": self = .insufficient
            default: return nil
            }
        }
    }

    /// The name with every space (ASCII or ideographic) removed: "山田 太郎", "山田　太郎" and
    /// "山田太郎" are the same person.
    public static func nameKey(_ name: String) -> String {
        mayHoldWhitespace(name) ? String(name.filter { !$0.isWhitespace }) : name
    }

    /// False when no byte of `name` can start a whitespace character: ASCII 09-0D and 20, and
    /// the lead bytes of U+0085/U+00A0 (C2), U+1680 (E1), U+2000-U+205F (E2) and U+3000 (E3 80
    /// 80). Most names need no Character walk then (energy asks for every attendee of 200k reports).
    static func mayHoldWhitespace(_ name: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in name.utf8 {
            switch byte {
            case 0x09...0x0D, 0x20, 0xC2, 0xE1, 0xE2: return true
            case 0x80 where previous == (0xE3, 0x80): return true
            default: previous = (previous.1, byte)
            }
        }
        return false
    }

    /// Input as typed, trimmed, with full-width ASCII (Ｄ, ｗｅａｋ, －) read as ASCII.
    /// A role, stance, authority or information value as typed: a code (`Ｄ`, `ｓｕｐｐｏｒｔｅｒ`).
    static func folded(_ input: String) -> String { CodeInput.normalize(input) }

    public func hasName(_ other: String) -> Bool { KeyPerson.nameKey(name) == KeyPerson.nameKey(other) }

    public var name: String
    public var title: String?
    public var department: String?
    public var role: Role?
    public var stance: Stance?
    public var authority: Authority?
    public var information: Information?
    public var reportsTo: String?

    public init(
        name: String, title: String? = nil, department: String? = nil, role: Role? = nil,
        stance: Stance? = nil, authority: Authority? = nil, information: Information? = nil,
        reportsTo: String? = nil
    ) {
        self.name = name
        self.title = title
        self.department = department
        self.role = role
        self.stance = stance
        self.authority = authority
        self.information = information
        self.reportsTo = reportsTo
    }

    /// Parses the `--key-person "name,title,department,role,stance"` form (empty parts allowed;
    /// `，` and `、` are commas too).
    public init(commaSeparated text: String) throws {
        let parts = Separators.split(text, by: .comma)
        guard let name = parts.first, !name.isEmpty else {
            throw SalesError.invalidArgument(ErrorText(.errPersonNoName, quoted(text)))
        }
        guard parts.count <= 5 else {
            throw SalesError.invalidArgument(ErrorText(.errPersonTooMany, quoted(text)))
        }
        func part(_ i: Int) -> String? { parts.count > i && !parts[i].isEmpty ? parts[i] : nil }
        self.init(name: name, title: part(1), department: part(2))
        if let roleText = part(3) {
            guard let role = Role(input: roleText) else {
                throw SalesError.invalidArgument(ErrorText(.errUnknownRole, quoted(roleText)))
            }
            self.role = role
        }
        if let stanceText = part(4) {
            guard let stance = Stance(input: stanceText) else {
                throw SalesError.invalidArgument(ErrorText(.errUnknownStance, quoted(stanceText)))
            }
            self.stance = stance
        }
    }

    /// The fields as they are written in a deal file, in a fixed order.
    public var yamlValue: YAMLValue {
        var entries: [(String, YAMLValue)] = [("name", .text(name))]
        if let title { entries.append(("title", .text(title))) }
        if let department { entries.append(("department", .text(department))) }
        if let role { entries.append(("role", .raw(role.rawValue))) }
        if let stance { entries.append(("stance", .raw(stance.rawValue))) }
        if let authority { entries.append(("authority", .raw(authority.rawValue))) }
        if let information { entries.append(("information", .raw(information.rawValue))) }
        if let reportsTo { entries.append(("reports_to", .text(reportsTo))) }
        return .map(entries)
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and ideographic spaces.
    public var trimmingSpaces: String {
        // Most values have nothing to trim: answered from the first and last bytes, no copy
        // (a space, a tab, or U+3000, E3 80 80 in UTF-8). Counting titles over 200k reports asks.
        let text = String(self)
        let bytes = text.utf8
        let ideographicSpace: [UInt8] = [0xE3, 0x80, 0x80]
        guard let firstByte = bytes.first, let lastByte = bytes.last else { return "" }
        if firstByte != 0x20 && firstByte != 0x09 && lastByte != 0x20 && lastByte != 0x09
            && !bytes.starts(with: ideographicSpace) && !bytes.reversed().starts(with: ideographicSpace.reversed())
        {
            return text
        }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) })!
        return String(self[first...last])
    }
}
