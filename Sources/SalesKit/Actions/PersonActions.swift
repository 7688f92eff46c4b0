/// Edits of a deal's `key_persons` (キーパーソン): add one, change fields of one, remove one.
/// Each edit touches only the lines it needs and appends a `person` history event
/// (`action: add|set|rm`, `name`, and the fields given), so the feed and `git log -p` show it.
public enum PersonEdit {
    /// The fields of a key person a command can set, in file order. A nil value leaves the field
    /// alone; an empty text removes it.
    public struct Fields: Sendable, Equatable {
        public var title: String?
        public var department: String?
        public var role: String?
        public var stance: String?
        public var authority: String?
        public var information: String?
        public var reportsTo: String?

        public init(
            title: String? = nil, department: String? = nil, role: String? = nil, stance: String? = nil,
            authority: String? = nil, information: String? = nil, reportsTo: String? = nil
        ) {
            self.title = title
            self.department = department
            self.role = role
            self.stance = stance
            self.authority = authority
            self.information = information
            self.reportsTo = reportsTo
        }

        public var isEmpty: Bool { entries.isEmpty }

        /// (file key, value as typed) for every field given.
        var entries: [(String, String)] {
            [
                ("title", title), ("department", department), ("role", role), ("stance", stance),
                ("authority", authority), ("information", information), ("reports_to", reportsTo)
            ]
            .compactMap { key, value in value.map { (key, $0.trimmingSpaces) } }
        }

        /// Checks the values and returns them as written in a deal file: (key, value or nil to remove).
        func normalized() throws -> [(String, YAMLValue?)] {
            try entries.map { key, value in
                if value.isEmpty { return (key, nil) }
                switch key {
                case "role":
                    guard let role = KeyPerson.Role(input: value) else {
                        throw SalesError.invalidArgument("unknown role \(quoted(value)); valid: D, A, I")
                    }
                    return (key, .raw(role.rawValue))
                case "stance":
                    guard let stance = KeyPerson.Stance(input: value) else {
                        throw SalesError.invalidArgument(
                            "unknown stance \(quoted(value)); valid: supporter ○, cooperative △, neutral −, uncooperative ▽, opposed ×"
                        )
                    }
                    return (key, .raw(stance.rawValue))
                case "authority":
                    guard let authority = KeyPerson.Authority(input: value) else {
                        throw SalesError.invalidArgument("unknown authority \(quoted(value)); valid: strong, weak")
                    }
                    return (key, .raw(authority.rawValue))
                case "information":
                    guard let information = KeyPerson.Information(input: value) else {
                        throw SalesError.invalidArgument(
                            "unknown information \(quoted(value)); valid: sufficient, insufficient")
                    }
                    return (key, .raw(information.rawValue))
                default:
                    return (key, .text(value))
                }
            }
        }
    }

    static let fieldNames = ["title", "department", "role", "stance", "authority", "information", "reports-to"]

    /// `person add` or `person set`: they share one path and differ only in what they require.
    public enum Mode: String, Sendable {
        /// A new key person: the name must not be there yet; fields are optional.
        case add
        /// A key person already there: at least one field, and at least one that changes.
        case set
    }

    /// The new bytes of a deal file with `name` added to `key_persons`.
    public static func add(
        _ name: String, fields: Fields, to document: Store.DealDocument,
        date: CalendarDate, by author: String?, today: CalendarDate? = nil
    ) throws -> [UInt8] {
        try edit(.add, name, fields: fields, in: document, date: date, by: author, today: today).bytes
    }

    /// The new bytes of a deal file with fields of key person `name` changed (an empty value
    /// removes the field). Fields that already have the value are left alone; nothing changed
    /// is an error, so a typo cannot pass silently.
    public static func set(
        _ name: String, fields: Fields, in document: Store.DealDocument,
        date: CalendarDate, by author: String?, today: CalendarDate? = nil
    ) throws -> [UInt8] {
        try edit(.set, name, fields: fields, in: document, date: date, by: author, today: today).bytes
    }

    /// The one path of `add` and `set`: checks what `mode` requires, then the values, then edits
    /// only the lines that change (a new item under `key_persons` for `add`; the changed fields
    /// in place for `set`) and appends one `person` event recording each new value and, for
    /// `set`, the old one (`stance_was`, ...).
    public static func edit(
        _ mode: Mode, _ name: String, fields: Fields, in document: Store.DealDocument,
        date: CalendarDate, by author: String?, today: CalendarDate? = nil
    ) throws -> DealProcess.Change {
        let deal = document.deal
        let target: (name: String, mapping: YAMLNode.Mapping?)
        switch mode {
        case .add:
            let name = name.trimmingSpaces
            guard !name.isEmpty else { throw SalesError.invalidArgument("a key person needs a name") }
            if let existing = deal.keyPersons.first(where: { $0.hasName(name) }) {
                throw SalesError.refused(
                    "key person \(quoted(existing.name)) is already in deal \(quoted(deal.id)); change them with 'salesctl person set'"
                )
            }
            target = (name, nil)
        case .set:
            guard !fields.isEmpty else {
                throw SalesError.invalidArgument("nothing to change; give at least one of \(fields: fieldNames)")
            }
            let (index, mapping) = try person(name, in: document)
            target = (deal.keyPersons[index].name, mapping)
        }
        let values = try fields.normalized()
        try checkReportsTo(values.compactMap { k, v in v.map { (k, $0) } }, name: target.name)
        // What changes against the person as written (nobody yet, for `add`).
        var changes: [(String, String)] = []
        var changed: [(String, YAMLValue?)] = []
        for (key, value) in values {
            let old = target.mapping?[key]?.scalar.flatMap { $0.value.isEmpty ? nil : $0.value }
            let new = value.map(plain)
            if old == new { continue }
            changed.append((key, value))
            changes.append((key, new ?? ""))
            if let old { changes.append((key + "_was", old)) }
        }
        var editor = document.editor()
        if let mapping = target.mapping {
            guard !changes.isEmpty else {
                throw SalesError.refused("key person \(quoted(target.name)) already has these values; nothing changed")
            }
            var added: [(String, YAMLValue)] = []
            for (key, value) in changed {
                if let value, mapping.entry(key) == nil {
                    added.append((key, value))
                } else if let value {
                    editor.set(key, to: value, in: mapping)
                } else {
                    editor.remove(key, from: mapping)
                }
            }
            if !added.isEmpty { editor.insertEntries(added, into: mapping) }
        } else {
            let item: YAMLValue = .map(
                [("name", .text(target.name))] + changed.compactMap { k, v in v.map { (k, $0) } })
            if document.root.entry("key_persons") != nil {
                editor.append(item, toListAt: "key_persons")
            } else {
                let before = document.root.entry("checklist") != nil ? "checklist" : "history"
                editor.insertEntries([("key_persons", .list([item]))], before: before)
            }
        }
        let event = Deal.Event(
            date: date, by: author, kind: "person",
            fields: [("action", mode.rawValue), ("name", target.name)] + changes
        ).logged(on: today)
        editor.append(event.yamlValue, toListAt: "history")
        return DealProcess.Change(bytes: editor.apply(), event: event)
    }

    /// The new bytes of a deal file without key person `name`, and the names of the people
    /// who reported to them (their `reports_to` is left as it is, for the user to fix).
    public static func remove(
        _ name: String, from document: Store.DealDocument,
        date: CalendarDate, by author: String?, today: CalendarDate? = nil
    ) throws -> (bytes: [UInt8], orphans: [String]) {
        let result = try removeChange(name, from: document, date: date, by: author, today: today)
        return (result.change.bytes, result.orphans)
    }

    /// `remove`, with the event it appended.
    public static func removeChange(
        _ name: String, from document: Store.DealDocument, date: CalendarDate, by author: String?,
        today: CalendarDate? = nil
    ) throws -> (change: DealProcess.Change, orphans: [String]) {
        let (index, _) = try person(name, in: document)
        let removed = document.deal.keyPersons[index]
        guard let sequence = document.root["key_persons"]?.sequence, !sequence.isFlow else {
            throw SalesError.invalidArgument("'key_persons' in \(document.path) is a flow list; edit it by hand")
        }
        var editor = document.editor()
        editor.removeItem(at: index, from: sequence)
        let event = Deal.Event(
            date: date, by: author, kind: "person", fields: [("action", "rm"), ("name", removed.name)]
        )
        .logged(on: today)
        editor.append(event.yamlValue, toListAt: "history")
        let orphans = document.deal.keyPersons.filter { $0.reportsTo.map(removed.hasName) ?? false }.map(\.name)
        return (DealProcess.Change(bytes: editor.apply(), event: event), orphans)
    }

    /// The index and mapping node of key person `name`, or an error naming the people there are.
    static func person(_ name: String, in document: Store.DealDocument) throws -> (Int, YAMLNode.Mapping) {
        let deal = document.deal
        guard let index = deal.keyPersons.firstIndex(where: { $0.hasName(name) }) else {
            var text = "no key person \(quoted(name)) in deal \(quoted(deal.id))"
            if let guess = closestMatch(to: name, in: deal.keyPersons.map(\.name)) {
                text += "\nhint: did you mean \(quoted(guess))?"
            } else if deal.keyPersons.isEmpty {
                text += "\nhint: add one with 'salesctl person add \(deal.id) NAME'"
            }
            throw SalesError.notFound(ErrorText(text))
        }
        guard let sequence = document.root["key_persons"]?.sequence, !sequence.isFlow,
            let mapping = sequence.items[safe: index]?.mapping, !mapping.isFlow
        else {
            throw SalesError.invalidArgument(
                "key person \(quoted(name)) in \(document.path) is not written as a block mapping; edit it by hand")
        }
        return (index, mapping)
    }

    static func checkReportsTo(_ values: [(String, YAMLValue)], name: String) throws {
        for (key, value) in values where key == "reports_to" {
            if case .text(let boss) = value, KeyPerson.nameKey(boss) == KeyPerson.nameKey(name) {
                throw SalesError.invalidArgument("key person \(quoted(name)) cannot report to themselves")
            }
        }
    }

    static func plain(_ value: YAMLValue) -> String {
        switch value {
        case .text(let t), .raw(let t): t
        default: ""
        }
    }
}

extension Store {
    /// `person add` or `person set`: under the store lock, edits a key person of deal `id`;
    /// returns the event.
    @discardableResult
    public func editKeyPerson(
        _ mode: PersonEdit.Mode, _ name: String, fields: PersonEdit.Fields, deal id: String,
        date: CalendarDate, by author: String?, today: CalendarDate? = nil
    ) throws -> Deal.Event {
        try change(id) { try PersonEdit.edit(mode, name, fields: fields, in: $0, date: date, by: author, today: today) }
            .event
    }

    /// `person rm`: under the store lock, removes a key person of deal `id`; returns the event and
    /// the names of the people whose `reports_to` now points at someone who is no longer listed.
    @discardableResult
    public func removeKeyPerson(
        _ name: String, deal id: String, date: CalendarDate, by author: String?,
        today: CalendarDate? = nil
    ) throws -> (event: Deal.Event, orphans: [String]) {
        try editDeal(id) { document in
            let result = try PersonEdit.removeChange(name, from: document, date: date, by: author, today: today)
            return (result.change.bytes, (result.change.event, result.orphans))
        }
    }
}
