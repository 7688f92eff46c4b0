/// `deal set`: changes a deal's own fields (title, customer, amount, currency, expected close,
/// owner, source, members) as minimal diffs and appends one `changed` history event holding
/// each field's new value and, under `<field>_was`, its old one (as `person set` does), plus
/// the note. Hand edits of the same fields stay allowed and need no event.
public enum DealEdit {
    /// What to change. A nil value leaves the field alone; an empty text removes an optional
    /// field (source, currency, expected close, amount).
    public struct Fields: Sendable, Equatable {
        public var title: String?
        public var customer: String?
        public var owner: String?
        public var amount: String?
        public var currency: String?
        public var expectedClose: String?
        public var source: String?
        public var addMembers: [String] = []
        public var removeMembers: [String] = []

        public init(
            title: String? = nil, customer: String? = nil, owner: String? = nil, amount: String? = nil,
            currency: String? = nil, expectedClose: String? = nil, source: String? = nil,
            addMembers: [String] = [], removeMembers: [String] = []
        ) {
            self.title = title
            self.customer = customer
            self.owner = owner
            self.amount = amount
            self.currency = currency
            self.expectedClose = expectedClose
            self.source = source
            self.addMembers = addMembers
            self.removeMembers = removeMembers
        }

        public var isEmpty: Bool {
            [title, customer, owner, amount, currency, expectedClose, source].allSatisfy { $0 == nil }
                && addMembers.isEmpty && removeMembers.isEmpty
        }
    }

    /// The scalar fields in the documented key order of a deal file.
    static let order = [
        "title", "customer", "owner", "members", "stage", "status", "amount", "currency",
        "created", "expected_close", "source"
    ]

    /// The field names people read in the timeline.
    static let labels: [String: Message] = [
        "title": .fieldTitle, "customer": .fieldCustomer, "owner": .fieldOwner,
        "amount": .fieldAmount, "currency": .fieldCurrency,
        "expected_close": .fieldExpectedClose, "source": .fieldSource
    ]

    /// The new bytes of the deal file and the `changed` event. `people` are the names the store
    /// knows (owners, members, authors): a new owner or member must be one of them (NameMatch).
    public static func set(
        _ doc: Store.DealDocument, fields: Fields, note: String?, date: CalendarDate,
        by author: String?, people: [String], today: CalendarDate? = nil
    ) throws -> DealProcess.Change {
        guard !fields.isEmpty else {
            throw SalesError.invalidArgument(ErrorText(.errNothingToChange))
        }
        let deal = doc.deal
        var wanted: [(String, String?)] = []  // (key, new value or nil to remove), in file order
        if let title = fields.title { wanted.append(("title", try required(title, .fieldTitle))) }
        if let customer = fields.customer { wanted.append(("customer", try required(customer, .fieldCustomer))) }
        if let owner = fields.owner {
            wanted.append(
                (
                    "owner",
                    try NameMatch.require(try required(owner, .fieldOwner), among: people, kind: .person, what: "owner")
                ))
        }
        if let amount = fields.amount { wanted.append(("amount", try parseAmount(amount))) }
        if let currency = fields.currency { wanted.append(("currency", try parseCurrency(currency))) }
        if let close = fields.expectedClose { wanted.append(("expected_close", try parseClose(close))) }
        if let source = fields.source {
            wanted.append(("source", source.trimmingSpaces.isEmpty ? nil : source.trimmingSpaces))
        }

        var editor = doc.editor()
        var changes: [(String, String)] = []
        for (key, new) in wanted {
            let old = doc.root[key]?.scalar.flatMap { $0.value.isEmpty ? nil : $0.value }
            if old == new { continue }
            if let new {
                let value: YAMLValue = key == "amount" ? .raw(new) : key == "expected_close" ? .raw(new) : .text(new)
                if doc.root.entry(key) != nil {
                    editor.set(key, to: value)
                } else {
                    editor.insertEntries([(key, value)], after: previousKey(key, in: doc.root))
                }
            } else {
                editor.remove(key, from: doc.root)
            }
            changes.append((key, new ?? ""))
            if let old { changes.append((key + "_was", old)) }
        }
        try editMembers(doc, fields: fields, people: people, editor: &editor, changes: &changes)
        guard !changes.isEmpty else {
            throw SalesError.refused(ErrorText(.errDealUnchanged, quoted(deal.id)))
        }
        if let note = note?.trimmingSpaces, !note.isEmpty { changes.append(("note", note)) }
        let event = Deal.Event(date: date, by: author, kind: "changed", fields: changes).logged(on: today)
        editor.append(event.yamlValue, toListAt: "history")
        return DealProcess.Change(bytes: editor.apply(), event: event)
    }

    /// Adds and removes members: items of the block list, or the whole list rewritten when it is
    /// a flow list or missing; the key goes when the last member does.
    static func editMembers(
        _ doc: Store.DealDocument, fields: Fields, people: [String],
        editor: inout YAMLEditor, changes: inout [(String, String)]
    ) throws {
        guard !fields.addMembers.isEmpty || !fields.removeMembers.isEmpty else { return }
        let current = doc.deal.members
        var removed: [String] = []
        for typed in fields.removeMembers {
            let name = try NameMatch.require(
                typed.trimmingSpaces, among: current, kind: .person, what: "member of deal \(quoted(doc.deal.id))")
            if !removed.contains(name) { removed.append(name) }
        }
        var added: [String] = []
        for typed in fields.addMembers {
            let name = try NameMatch.require(
                try required(typed, .errMember), among: people, kind: .person, what: "member")
            if current.contains(name) && !removed.contains(name) {
                throw SalesError.refused(ErrorText(.errAlreadyMember, quoted(name), quoted(doc.deal.id)))
            }
            if !added.contains(name) { added.append(name) }
        }
        let result =
            current.filter { !removed.contains($0) } + added.filter { !current.contains($0) || removed.contains($0) }
        let sequence = doc.root["members"]?.sequence
        if let sequence, !sequence.isFlow, !result.isEmpty, sequence.items.count == current.count {
            for (i, name) in current.enumerated().reversed() where removed.contains(name) {
                editor.removeItem(at: i, from: sequence)
            }
            for name in added where !current.contains(name) || removed.contains(name) {
                editor.append(.text(name), toListAt: "members")
            }
        } else if result.isEmpty {
            editor.remove("members", from: doc.root)
        } else if doc.root.entry("members") != nil {
            editor.set("members", to: .list(result.map { .text($0) }))
        } else {
            editor.insertEntries(
                [("members", .list(result.map { .text($0) }))], after: previousKey("members", in: doc.root))
        }
        if !added.isEmpty { changes.append(("members_added", added.joined(separator: ", "))) }
        if !removed.isEmpty { changes.append(("members_removed", removed.joined(separator: ", "))) }
    }

    /// The key a missing field goes after: the nearest one before it in the documented order.
    static func previousKey(_ key: String, in root: YAMLNode.Mapping) -> String {
        let index = order.firstIndex(of: key) ?? order.count
        return order[..<index].last { root.entry($0) != nil } ?? "title"
    }

    static func required(_ text: String, _ what: Message) throws -> String {
        let value = text.trimmingSpaces
        guard !value.isEmpty else { throw SalesError.invalidArgument(ErrorText(.errMustNotBeEmpty, what)) }
        return value
    }

    /// `12,000,000` or `12000000`; empty removes the amount.
    public static func parseAmount(_ text: String) throws -> String? {
        text.trimmingSpaces.isEmpty ? nil : String(try amount(text))
    }

    /// The one rule for a typed amount (`deal new`, `deal set`): a whole number as typed
    /// (`12,000,000`, or full width from an input method: `１２，０００，０００`), not negative.
    public static func amount(_ text: String) throws -> Int {
        guard let value = CodeInput.integer(text.trimmingSpaces) else {
            throw SalesError.invalidArgument(ErrorText(.errNotWholeAmount, quoted(text)))
        }
        guard value >= 0 else { throw SalesError.invalidArgument(ErrorText(.errNegativeAmount)) }
        return value
    }

    /// The one currency rule, `Deal.currencyCode`; empty removes the field.
    static func parseCurrency(_ text: String) throws -> String? {
        let trimmed = text.trimmingSpaces
        if trimmed.isEmpty { return nil }
        return try Deal.currencyCode(trimmed)
    }

    static func parseClose(_ text: String) throws -> String? {
        let trimmed = text.trimmingSpaces
        if trimmed.isEmpty { return nil }
        guard let date = CalendarDate(trimmed) else {
            throw SalesError.invalidArgument(ErrorText(.errBadCloseDate, quoted(text)))
        }
        return date.description
    }

    /// "amount 12,000,000 → 9,800,000, expected close 2026-11-13 → 2027-01-29 (+77 days) — note".
    public static func describe(_ event: Deal.Event) -> String {
        var parts: [String] = []
        for (key, value) in event.describedFields {
            if key == "note" || key.hasSuffix("_was") { continue }
            if key == "members_added" {
                parts.append(Message.eventMemberAdded.text(value))
                continue
            }
            if key == "members_removed" {
                parts.append(Message.eventMemberRemoved.text(value))
                continue
            }
            let label = labels[key]?.text() ?? key
            let old = event[key + "_was"]
            func shown(_ v: String) -> String {
                key == "amount" ? (parseInteger(v).map(grouped) ?? v) : v
            }
            let new = value.isEmpty ? Message.eventRemoved.text() : shown(value)
            var text = old.map { "\(label) \(shown($0)) → \(new)" } ?? "\(label) \(new)"
            if key == "expected_close", let old = event[key + "_was"].flatMap({ CalendarDate($0) }),
                let to = CalendarDate(value)
            {
                let days = to.dayNumber - old.dayNumber
                text += Message.eventDays.text("\(days >= 0 ? "+" : "")\(days)", String(abs(days)))
            }
            parts.append(text)
        }
        var text = parts.joined(separator: ", ")
        if let note = event["note"] { text += " — \(note)" }
        return text
    }
}

extension Store {
    /// The names the store knows for our side: owners, members and the authors of history
    /// events of every deal, and the members named in targets. New owners and members must be one.
    public func knownPeople(deals: [Deal]? = nil) -> [String] {
        var names = Set<String>()
        for deal in deals ?? loadDeals().deals {
            if let owner = deal.owner { names.insert(owner) }
            names.formUnion(deal.members)
            for event in deal.history { if let by = event.by { names.insert(by) } }
        }
        for target in config.targets { if let member = target.member { names.insert(member) } }
        return names.sorted()
    }

    /// `deal set`: under the store lock, changes fields of deal `id`.
    @discardableResult
    public func setDealFields(
        _ id: String, fields: DealEdit.Fields, note: String?, date: CalendarDate,
        by author: String?, today: CalendarDate? = nil
    ) throws -> DealProcess.Change {
        let people = fields.owner == nil && fields.addMembers.isEmpty ? [] : knownPeople()
        return try change(id) {
            try DealEdit.set($0, fields: fields, note: note, date: date, by: author, people: people, today: today)
        }
    }
}
