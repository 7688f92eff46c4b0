/// A person on the customer's side who matters to the decision (キーパーソン).
public struct KeyPerson: Sendable, Equatable {
    public enum Role: String, Sendable, CaseIterable {
        /// Decision maker (意思決定者).
        case D
        /// Approver (承認権限者).
        case A
        /// Influencer (影響力保持者).
        case I
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
            switch input.lowercased() {
            case "supporter", "○", "後援者": self = .supporter
            case "cooperative", "△", "協力者": self = .cooperative
            case "neutral", "−", "-", "中立者", "中立": self = .neutral
            case "uncooperative", "▽", "非協力者": self = .uncooperative
            case "opposed", "×", "反対者": self = .opposed
            default: return nil
            }
        }
    }

    public enum Authority: String, Sendable, CaseIterable { case strong, weak }
    public enum Information: String, Sendable, CaseIterable { case sufficient, insufficient }

    public var name: String
    public var title: String?
    public var department: String?
    public var role: Role?
    public var stance: Stance?
    public var authority: Authority?
    public var information: Information?
    public var reportsTo: String?

    public init(name: String, title: String? = nil, department: String? = nil, role: Role? = nil,
                stance: Stance? = nil, authority: Authority? = nil, information: Information? = nil,
                reportsTo: String? = nil) {
        self.name = name
        self.title = title
        self.department = department
        self.role = role
        self.stance = stance
        self.authority = authority
        self.information = information
        self.reportsTo = reportsTo
    }

    /// Parses the `--key-person "name,title,department,role,stance"` form (empty parts allowed).
    public init(commaSeparated text: String) throws {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingSpaces }
        guard let name = parts.first, !name.isEmpty else {
            throw SalesError.invalidArgument("key person \(quoted(text)) has no name (expected \"name,title,department,role,stance\")")
        }
        guard parts.count <= 5 else {
            throw SalesError.invalidArgument("key person \(quoted(text)) has more than 5 parts (expected \"name,title,department,role,stance\")")
        }
        func part(_ i: Int) -> String? { parts.count > i && !parts[i].isEmpty ? parts[i] : nil }
        self.init(name: name, title: part(1), department: part(2))
        if let roleText = part(3) {
            guard let role = Role(rawValue: roleText.uppercased()) else {
                throw SalesError.invalidArgument("unknown role \(quoted(roleText)); valid: D, A, I")
            }
            self.role = role
        }
        if let stanceText = part(4) {
            guard let stance = Stance(input: stanceText) else {
                throw SalesError.invalidArgument("unknown stance \(quoted(stanceText)); valid: supporter ○, cooperative △, neutral −, uncooperative ▽, opposed ×")
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
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) })!
        return String(self[first...last])
    }
}
