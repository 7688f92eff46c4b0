/// The dated next action of a deal (seed 003: every report names the next step; Pipedrive
/// builds its workflow on it). It lives in the history only: a `next` event with
/// `action: set` (text, due, for) or `action: done` (text, note). The current next action is
/// the latest `set` with no `done` after it, so the history keeps every action set and done
/// and two clones that both set one merge as two appended events.
public struct NextAction: Sendable, Equatable {
    public var deal: String
    public var text: String
    public var due: CalendarDate
    /// Who does it; nil: the deal's owner.
    public var assignee: String?
    public var set: CalendarDate
    public var setBy: String?

    public enum Standing: String, Sendable {
        case missing = "none"
        case overdue, open
    }

    /// The open next action of `deal` as of `today` (events after it are not yet known).
    public static func current(of deal: Deal, asOf today: CalendarDate? = nil) -> NextAction? {
        var current: NextAction?
        for event in deal.history where event.kind == "next" {
            if let today, event.date > today { continue }
            switch event["action"] {
            case "set":
                guard let text = event["text"], let due = event["due"].flatMap({ CalendarDate($0) }) else { continue }
                current = NextAction(
                    deal: deal.id, text: text, due: due, assignee: event["for"], set: event.date, setBy: event.by)
            case "done":
                current = nil
            default:
                continue
            }
        }
        return current
    }

    /// `missing` ("none") when an open deal has no next action, `overdue` when its due date has passed.
    public static func standing(of deal: Deal, today: CalendarDate) -> Standing {
        guard let action = current(of: deal, asOf: today) else { return .missing }
        return action.due < today ? .overdue : .open
    }

    /// Who does it: the assignee, else the deal's owner.
    public func who(in deal: Deal) -> String? { assignee ?? deal.owner }

    /// The `next` event that sets a next action. `report` names the report that set it.
    public static func setEvent(
        text: String, due: CalendarDate, for assignee: String?, report: String? = nil,
        date: CalendarDate, by author: String?
    ) throws -> Deal.Event {
        let text = text.trimmingSpaces
        guard !text.isEmpty else { throw SalesError.invalidArgument(ErrorText(.errNextNeedsText)) }
        var fields = [("action", "set"), ("text", text), ("due", due.description)]
        if let assignee { fields.append(("for", assignee)) }
        if let report { fields.append(("report", report)) }
        return Deal.Event(date: date, by: author, kind: "next", fields: fields)
    }

    /// `next set`: appends a `set` event (a later set replaces the open action; both stay in the
    /// history). `people` are the names the store knows; `assignee` must be one of them.
    public static func set(
        _ doc: Store.DealDocument, text: String, due: CalendarDate, for assignee: String?,
        report: String? = nil, date: CalendarDate, by author: String?,
        people: [String], today: CalendarDate? = nil
    ) throws -> DealProcess.Change {
        let deal = doc.deal
        guard deal.status != .lost && deal.status != .dropped else {
            throw SalesError.refused(ErrorText(.errNextClosed, quoted(deal.id), deal.status.message))
        }
        let who = try assignee.map {
            try NameMatch.require($0.trimmingSpaces, among: people, kind: .person, what: "member")
        }
        let event = try setEvent(text: text, due: due, for: who, report: report, date: date, by: author).logged(
            on: today)
        var editor = doc.editor()
        editor.append(event.yamlValue, toListAt: "history")
        return DealProcess.Change(bytes: editor.apply(), event: event)
    }

    /// `next done`: closes the open next action with a `done` event.
    public static func done(
        _ doc: Store.DealDocument, note: String?, date: CalendarDate, by author: String?,
        today: CalendarDate? = nil
    ) throws -> DealProcess.Change {
        let deal = doc.deal
        guard let open = current(of: deal) else {
            throw SalesError.refused(ErrorText(.errNoNextAction, quoted(deal.id), deal.id, ErrorText.field("due")))
        }
        var fields = [("action", "done"), ("text", open.text)]
        if let note = note?.trimmingSpaces, !note.isEmpty { fields.append(("note", note)) }
        let event = Deal.Event(date: date, by: author, kind: "next", fields: fields).logged(on: today)
        var editor = doc.editor()
        editor.append(event.yamlValue, toListAt: "history")
        return DealProcess.Change(bytes: editor.apply(), event: event)
    }

    /// "next action: 移行スケジュール案を提出 (due 2026-11-27, 高橋 由美)", "next action done: … — note".
    public static func describe(_ event: Deal.Event) -> String {
        let text = event["text"] ?? "?"
        if event["action"] == "done" {
            return Message.eventNextDone.text(text) + (event["note"].map { " — \($0)" } ?? "")
        }
        let details = [event["due"].map { Message.eventNextDue.text($0) }, event["for"]].compactMap { $0 }
        return Message.eventNext.text(text) + (details.isEmpty ? "" : " (\(details.joined(separator: ", ")))")
    }
}

extension Store {
    /// `next set`: under the store lock, sets the next action of deal `id`.
    @discardableResult
    public func setNextAction(
        _ id: String, text: String, due: CalendarDate, for assignee: String?, report: String? = nil,
        date: CalendarDate, by author: String?, today: CalendarDate? = nil
    ) throws -> DealProcess.Change {
        let people = assignee == nil ? [] : knownPeople()
        return try change(id) {
            try NextAction.set(
                $0, text: text, due: due, for: assignee, report: report, date: date, by: author, people: people,
                today: today)
        }
    }

    /// `next done`: under the store lock, closes the open next action of deal `id`.
    @discardableResult
    public func completeNextAction(
        _ id: String, note: String?, date: CalendarDate, by author: String?,
        today: CalendarDate? = nil
    ) throws -> DealProcess.Change {
        try change(id) { try NextAction.done($0, note: note, date: date, by: author, today: today) }
    }
}

extension Store {
    /// `report add --next TEXT --next-due DATE`: under one lock, writes the report and sets the
    /// deal's next action from it (a `next` event naming the report). Everything is checked
    /// before the report is written; returns the report's path.
    public func addReport(_ report: Report, nextDue due: CalendarDate, by author: String?) throws -> String {
        guard let text = report.next else {
            throw SalesError.invalidArgument(ErrorText(.errNextDueNeedsText))
        }
        return try withLock {
            let document = try loadDealDocument(report.deal)
            _ = try NextAction.set(
                document, text: text, due: due, for: nil, date: report.date, by: author, people: [],
                today: report.logged)
            let path = try addReport(report)
            let stem = String(Store.fileName(of: path).dropLast(3))
            let change = try NextAction.set(
                document, text: text, due: due, for: nil, report: stem, date: report.date,
                by: author, people: [], today: report.logged)
            try save(document, bytes: change.bytes)
            return path
        }
    }
}
