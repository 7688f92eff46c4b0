/// The customer's power structure (パワーストラクチャー) for one deal: who decides (D), who
/// approves (A), who influences (I), where each stands, how they report to each other, what
/// kind of contact each is (authority × information, seed 001), when we last met them, and
/// what a rep should worry about. A pure function of the deal, its reports and today.
public struct PowerMap: Sendable {
    /// Seed 001's four kinds of contact, by organisational authority and information.
    public enum Quadrant: Int, Sendable, CaseIterable {
        /// ① strong authority, sufficient information: can decide and act.
        case one = 1
        /// ② strong authority, insufficient information: give them what they need to decide.
        case two
        /// ③ weak authority, sufficient information: may not move even their own boss.
        case three
        /// ④ weak authority, insufficient information: find another route.
        case four

        public init?(authority: KeyPerson.Authority?, information: KeyPerson.Information?) {
            switch (authority, information) {
            case (.strong, .sufficient): self = .one
            case (.strong, .insufficient): self = .two
            case (.weak, .sufficient): self = .three
            case (.weak, .insufficient): self = .four
            default: return nil
            }
        }

        public var symbol: String { ["①", "②", "③", "④"][rawValue - 1] }

        public var label: String {
            switch self {
            case .one: Message.pmQuadrantOne.text()
            case .two: Message.pmQuadrantTwo.text()
            case .three: Message.pmQuadrantThree.text()
            case .four: Message.pmQuadrantFour.text()
            }
        }

        /// What the rep should do with such a contact.
        public var advice: String {
            switch self {
            case .one: Message.pmAdviceOne.text()
            case .two: Message.pmAdviceTwo.text()
            case .three: Message.pmAdviceThree.text()
            case .four: Message.pmAdviceFour.text()
            }
        }
    }

    public struct Person: Sendable, Equatable {
        public var keyPerson: KeyPerson
        public var quadrant: Quadrant?
        /// The date of the newest report of the deal that lists them as an attendee.
        public var lastMet: CalendarDate?
        public var daysSinceMet: Int?
        /// How many reports list them as an attendee.
        public var meetings: Int
        /// Key persons whose `reports_to` is this person.
        public var directReports: [String]
    }

    public struct Warning: Sendable, Equatable {
        /// Stable id for scripts: no-decision-maker, never-met, opposed-approver,
        /// weak-only-contact, not-met-recently.
        public var code: String
        public var person: String?
        public var message: String
    }

    public var deal: Deal
    /// D first, then A, then I, then people without a role; file order within a role.
    public var people: [Person]
    /// Names in `reports_to` that are not key persons themselves (bosses we know only by name).
    public var outsiders: [String]
    public var warnings: [Warning]
    public var days: Int

    /// Builds the map. `reports` may hold other deals' reports; only this deal's, up to
    /// `today`, count. `days` is how long a key person may go unmet before a warning.
    public static func build(deal: Deal, reports: [Report], today: CalendarDate, days: Int) -> PowerMap {
        let own = reports.filter { $0.deal == deal.id && $0.date <= today }
        let rank: (KeyPerson.Role?) -> Int = { role in role.map { ["D": 0, "A": 1, "I": 2][$0.rawValue]! } ?? 3 }
        let ordered = deal.keyPersons.enumerated().sorted {
            (rank($0.element.role), $0.offset) < (rank($1.element.role), $1.offset)
        }
        let people = ordered.map { _, person -> Person in
            let met = own.filter { $0.attendees.contains { person.hasName($0.name) } }
            let last = met.map(\.date).max()
            return Person(
                keyPerson: person,
                quadrant: Quadrant(authority: person.authority, information: person.information),
                lastMet: last, daysSinceMet: last.map { today.dayNumber - $0.dayNumber },
                meetings: met.count,
                directReports: deal.keyPersons.filter { $0.reportsTo.map(person.hasName) ?? false }.map(\.name))
        }
        var outsiders: [String] = []
        for person in deal.keyPersons {
            guard let boss = person.reportsTo, !deal.keyPersons.contains(where: { $0.hasName(boss) }),
                !outsiders.contains(where: { KeyPerson.nameKey($0) == KeyPerson.nameKey(boss) })
            else { continue }
            outsiders.append(boss)
        }
        var map = PowerMap(deal: deal, people: people, outsiders: outsiders, warnings: [], days: days)
        map.warnings = map.findWarnings()
        return map
    }

    func findWarnings() -> [Warning] {
        guard !deal.status.isClosed else { return [] }
        var warnings: [Warning] = []
        func warn(_ code: String, _ person: String?, _ message: String) {
            warnings.append(Warning(code: code, person: person, message: message))
        }
        if !people.contains(where: { $0.keyPerson.role == .D }) {
            warn("no-decision-maker", nil, Message.pmNoDecisionMaker.text())
        }
        for p in people {
            let k = p.keyPerson
            if let role = k.role, role != .I, p.lastMet == nil {
                warn("never-met", k.name, (role == .D ? Message.pmNeverMetD : .pmNeverMetA).text(k.name))
            }
            if k.role == .A, let stance = k.stance, stance == .opposed || stance == .uncooperative {
                warn("opposed-approver", k.name, Message.pmOpposedApprover.text(k.name, stance.word, stance.symbol))
            }
        }
        let met = people.filter { $0.lastMet != nil }
        if !met.isEmpty, met.allSatisfy({ $0.keyPerson.authority == .weak }) {
            let names = met.map(\.keyPerson.name)
            let bosses = met.compactMap(\.keyPerson.reportsTo)
            let boss =
                bosses.isEmpty
                ? Message.pmTheirBoss.text() : Message.pmTheirBossNamed.text(bosses.joined(separator: ", "))
            warn(
                "weak-only-contact", names.count == 1 ? names[0] : nil,
                names.count == 1
                    ? Message.pmWeakOnlyOne.text(names[0], boss)
                    : Message.pmWeakAll.text(names.joined(separator: ", "), boss))
        }
        if deal.status == .open {
            for p in people {
                guard let since = p.daysSinceMet, since > days, let last = p.lastMet else { continue }
                warn(
                    "not-met-recently", p.keyPerson.name,
                    Message.pmNotMet.text(p.keyPerson.name, String(since), last.description, String(days)))
            }
        }
        return warnings
    }

    /// A Mermaid flowchart (GitHub renders it): a box per key person, coloured by stance, an
    /// arrow from each boss to the people who report to them.
    public var mermaid: String {
        var out = "flowchart TD\n"
        var ids: [String: String] = [:]
        for (i, p) in people.enumerated() { ids[KeyPerson.nameKey(p.keyPerson.name)] = "p\(i + 1)" }
        for (i, name) in outsiders.enumerated() { ids[KeyPerson.nameKey(name)] = "x\(i + 1)" }
        for p in people {
            let k = p.keyPerson
            var lines = [k.name]
            let job = [k.title, k.department].compactMap { $0 }.joined(separator: " ")
            if !job.isEmpty { lines.append(job) }
            let badge = [k.role?.rawValue, k.stance.map { "\($0.symbol) \($0.word)" }, p.quadrant?.symbol]
                .compactMap { $0 }.joined(separator: " ")
            if !badge.isEmpty { lines.append(badge) }
            lines.append(p.lastMet.map { Message.pmLastMet.text($0.description) } ?? Message.pmNeverMet.text())
            out +=
                "  \(ids[KeyPerson.nameKey(k.name)]!)[\"\(lines.map(PowerMap.mermaidEscape).joined(separator: "<br/>"))\"]\n"
        }
        for name in outsiders {
            out +=
                "  \(ids[KeyPerson.nameKey(name)]!)[\"\(PowerMap.mermaidEscape(name))<br/>\(Message.pmNotKeyPerson.text())\"]\n"
        }
        for p in people {
            guard let boss = p.keyPerson.reportsTo, let from = ids[KeyPerson.nameKey(boss)] else { continue }
            out += "  \(from) --> \(ids[KeyPerson.nameKey(p.keyPerson.name)]!)\n"
        }
        let colours: [(KeyPerson.Stance, String)] = [
            (.supporter, "fill:#c8e6c9,stroke:#2e7d32"), (.cooperative, "fill:#e8f5e9,stroke:#66bb6a"),
            (.neutral, "fill:#f5f5f5,stroke:#9e9e9e"), (.uncooperative, "fill:#fff3e0,stroke:#ef6c00"),
            (.opposed, "fill:#ffcdd2,stroke:#c62828")
        ]
        for (stance, style) in colours {
            let members = people.filter { $0.keyPerson.stance == stance }.map {
                ids[KeyPerson.nameKey($0.keyPerson.name)]!
            }
            guard !members.isEmpty else { continue }
            out += "  classDef \(stance.rawValue) \(style)\n"
            out += "  class \(members.joined(separator: ",")) \(stance.rawValue)\n"
        }
        if !outsiders.isEmpty {
            out += "  classDef outside stroke-dasharray: 4 4\n"
            out += "  class \(outsiders.indices.map { "x\($0 + 1)" }.joined(separator: ",")) outside\n"
        }
        return out
    }

    /// Mermaid label text: quotes, angle brackets and '#' as Mermaid entity codes.
    static func mermaidEscape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "#": out += "#35;"
            case "\"": out += "#quot;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "\n", "\r": out += " "
            default: out.append(c)
            }
        }
        return out
    }
}
