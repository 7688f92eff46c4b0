/// One sales opportunity with one customer: `deals/<id>.yaml`.
public struct Deal: Sendable {
    public enum Status: String, Sendable, CaseIterable {
        case open, won, lost, dropped
        case onHold = "on-hold"

        public var isClosed: Bool { self == .won || self == .lost || self == .dropped }
    }

    /// A checked step of the sales process, with the evidence note.
    public struct CheckedStep: Sendable, Equatable {
        public var step: String
        public var done: CalendarDate
        public var note: String?
        public var mark: Mark?
    }

    /// One entry of the append-only `history` list. `fields` keeps every key but date, by
    /// and event, in file order, for the commands that define their own event kinds.
    public struct Event: Sendable, Equatable {
        public var date: CalendarDate
        public var by: String?
        public var kind: String
        public var fields: [(String, String)]
        public var mark: Mark?

        public init(date: CalendarDate, by: String?, kind: String, fields: [(String, String)] = [], mark: Mark? = nil) {
            self.date = date
            self.by = by
            self.kind = kind
            self.fields = fields
            self.mark = mark
        }

        public subscript(key: String) -> String? { fields.first { $0.0 == key }?.1 }

        public static func == (a: Event, b: Event) -> Bool {
            a.date == b.date && a.by == b.by && a.kind == b.kind && a.fields.elementsEqual(b.fields, by: { $0 == $1 })
        }

        /// The event as written in the file: date, by, event, then the fields.
        public var yamlValue: YAMLValue {
            var entries: [(String, YAMLValue)] = [("date", .date(date))]
            if let by { entries.append(("by", .text(by))) }
            entries.append(("event", .raw(kind)))
            for (key, value) in fields {
                // Flags and counts read back as the same text; writing them bare keeps diffs clean.
                let bare =
                    value == "true" || value == "false" || parseInteger(value) != nil
                    || CalendarDate(value)?.description == value
                entries.append((key, bare ? .raw(value) : .text(value)))
            }
            return .map(entries)
        }
    }

    public var id: String
    public var title: String
    public var customer: String
    public var owner: String?
    public var members: [String]
    public var stage: String
    public var status: Status
    public var amount: Int?
    public var currency: String?
    public var created: CalendarDate
    public var expectedClose: CalendarDate?
    public var source: String?
    /// Where an imported deal came from, `salesforce:0065g00000ABCdE`: a second import of the
    /// same record finds it and changes nothing.
    public var sourceID: String?
    public var keyPersons: [KeyPerson]
    public var checklist: [CheckedStep]
    public var history: [Event]
    /// The `id:` field, when the file has one (it must agree with the file name).
    public var declaredID: String?
    /// Where each top-level field's value starts, for findings.
    public var marks: [String: Mark] = [:]
    /// Where each key person starts, in order.
    public var keyPersonMarks: [Mark] = []

    public init(
        id: String, title: String, customer: String, owner: String? = nil, members: [String] = [],
        stage: String, status: Status = .open, amount: Int? = nil, currency: String? = nil,
        created: CalendarDate, expectedClose: CalendarDate? = nil, source: String? = nil,
        keyPersons: [KeyPerson] = [], checklist: [CheckedStep] = [], history: [Event] = []
    ) {
        self.id = id
        self.title = title
        self.customer = customer
        self.owner = owner
        self.members = members
        self.stage = stage
        self.status = status
        self.amount = amount
        self.currency = currency
        self.created = created
        self.expectedClose = expectedClose
        self.source = source
        self.keyPersons = keyPersons
        self.checklist = checklist
        self.history = history
    }

    public func isChecked(_ step: String) -> Bool { checklist.contains { $0.step == step } }

    /// The owner and the members, without repeats: everyone on our side of the deal.
    public var team: [String] {
        var seen = Set<String>()
        return ([owner].compactMap { $0 } + members).filter { seen.insert($0).inserted }
    }

    /// The file text of a new deal, in the documented field order.
    public var yamlText: String {
        var entries: [(String, YAMLValue)] = [
            ("title", .text(title)),
            ("customer", .text(customer))
        ]
        if let owner { entries.append(("owner", .text(owner))) }
        if !members.isEmpty { entries.append(("members", .list(members.map { .text($0) }))) }
        entries.append(("stage", .raw(stage)))
        entries.append(("status", .raw(status.rawValue)))
        if let amount { entries.append(("amount", .int(amount))) }
        if let currency { entries.append(("currency", .text(currency))) }
        entries.append(("created", .date(created)))
        if let expectedClose { entries.append(("expected_close", .date(expectedClose))) }
        if let source { entries.append(("source", .text(source))) }
        if let sourceID { entries.append(("source_id", .text(sourceID))) }
        if !keyPersons.isEmpty { entries.append(("key_persons", .list(keyPersons.map(\.yamlValue)))) }
        if !checklist.isEmpty {
            entries.append(
                (
                    "checklist",
                    .map(
                        checklist.map { step in
                            var fields: [(String, YAMLValue)] = [("done", .date(step.done))]
                            if let note = step.note { fields.append(("note", .text(note))) }
                            return (step.step, .map(fields))
                        })
                ))
        }
        entries.append(("history", .list(history.map(\.yamlValue))))
        return YAMLWriter.mapping(entries)
    }
}

extension Deal {
    /// Decodes a deal file. `id` comes from the file name.
    public static func parse(_ root: YAMLNode?, id: String, path: String) throws -> Deal {
        let r = NodeReader(path: path)
        let m = try r.mapping(root, what: "a deal file")
        var deal = Deal(
            id: id,
            title: try r.requiredText(m, "title", in: "deal"),
            customer: try r.requiredText(m, "customer", in: "deal"),
            owner: try r.text(m, "owner"),
            members: try r.textList(m, "members"),
            stage: try r.requiredText(m, "stage", in: "deal"),
            status: try r.choice(m, "status", as: Status.self) ?? .open,
            amount: try r.integer(m, "amount"),
            currency: try r.text(m, "currency"),
            created: try r.date(m, "created")
                ?? { throw r.fail(.mapping(m), "missing-field", "deal has no 'created'") }(),
            expectedClose: try r.date(m, "expected_close"),
            source: try r.text(m, "source"))
        deal.declaredID = try r.text(m, "id")
        deal.sourceID = try r.text(m, "source_id")
        for entry in m.entries { deal.marks[entry.key] = entry.value.start }
        deal.keyPersonMarks = try r.list(m, "key_persons").map(\.start)
        deal.keyPersons = try r.list(m, "key_persons").map { item in
            let p = try r.mapping(item, what: "a key person")
            var person = KeyPerson(name: try r.requiredText(p, "name", in: "key person"))
            person.title = try r.text(p, "title")
            person.department = try r.text(p, "department")
            person.role = try r.choice(p, "role", as: KeyPerson.Role.self)
            if let stance = try r.text(p, "stance") {
                guard let value = KeyPerson.Stance(input: stance) else {
                    throw r.fail(
                        p["stance"], "bad-value",
                        "'stance' is \(quoted(stance)); valid: supporter ○, cooperative △, neutral −, uncooperative ▽, opposed ×"
                    )
                }
                person.stance = value
            }
            person.authority = try r.choice(p, "authority", as: KeyPerson.Authority.self)
            person.information = try r.choice(p, "information", as: KeyPerson.Information.self)
            person.reportsTo = try r.text(p, "reports_to")
            return person
        }
        if let checklist = m["checklist"], !checklist.isNull {
            let c = try r.mapping(checklist, what: "'checklist'")
            deal.checklist = try c.entries.map { entry in
                if let scalar = entry.value.scalar, !entry.value.isNull {
                    // The short form `step: 2026-08-03`.
                    guard let date = CalendarDate(scalar.value) else {
                        throw r.fail(
                            entry.value, "bad-date",
                            "'\(entry.key)' must be a date YYYY-MM-DD, not \(quoted(scalar.value))")
                    }
                    return CheckedStep(step: entry.key, done: date, note: nil, mark: entry.keyStart)
                }
                let s = try r.mapping(entry.value, what: "checklist step '\(entry.key)'")
                guard let done = try r.date(s, "done") else {
                    throw r.fail(entry.value, "missing-field", "checklist step '\(entry.key)' has no 'done' date")
                }
                return CheckedStep(step: entry.key, done: done, note: try r.text(s, "note"), mark: entry.keyStart)
            }
        }
        deal.history = try r.list(m, "history").map { item in
            let e = try r.mapping(item, what: "a history event")
            guard let date = try r.date(e, "date") else {
                throw r.fail(item, "missing-field", "history event has no 'date'")
            }
            var fields: [(String, String)] = []
            for entry in e.entries where !["date", "by", "event"].contains(entry.key) {
                guard let scalar = entry.value.scalar else {
                    throw r.fail(entry.value, "type", "'\(entry.key)' in a history event must be text")
                }
                fields.append((entry.key, scalar.value))
            }
            return Event(
                date: date, by: try r.text(e, "by"), kind: try r.requiredText(e, "event", in: "history event"),
                fields: fields, mark: item.start)
        }
        return deal
    }
}
