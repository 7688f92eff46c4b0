/// A deal seen as a line, not points (点でなく線): its history events and its reports merged
/// in date order. Within one day, history events come before reports, each in file order.
public struct TimelineEntry: Sendable, Equatable {
    public enum Source: Sendable, Equatable {
        case event(Deal.Event)
        case report(Report)
    }

    public var date: CalendarDate
    public var who: String?
    public var source: Source
    /// One line for people: what happened.
    public var summary: String

    public static func build(deal: Deal, reports: [Report], config: Config) -> [TimelineEntry] {
        var entries: [(TimelineEntry, Int)] = []
        for (i, event) in deal.history.enumerated() {
            entries.append(
                (
                    TimelineEntry(
                        date: event.date, who: event.by, source: .event(event),
                        summary: describe(event, config: config)), i
                ))
        }
        let offset = deal.history.count
        for (i, report) in reports.enumerated() {
            entries.append(
                (
                    TimelineEntry(
                        date: report.date, who: report.author, source: .report(report),
                        summary: describe(report, config: config)), offset + i
                ))
        }
        return entries.sorted { ($0.0.date, $0.1) < ($1.0.date, $1.1) }.map(\.0)
    }

    static func stageLabel(_ id: String?, _ config: Config) -> String {
        guard let id else { return "?" }
        return config.stageLabel(id)
    }

    public static func describe(_ event: Deal.Event, config: Config) -> String {
        switch event.kind {
        case "created":
            return Message.eventCreated.text(stageLabel(event["stage"], config))
        case "stage":
            var text = Message.eventStage.text(stageLabel(event["from"], config), stageLabel(event["to"], config))
            if event["regression"] == "true" {
                text += event["reason"].map { Message.eventBackReason.text($0) } ?? Message.eventBack.text()
            }
            if event["forced"] == "true" { text += Message.eventForced.text(event["reason"] ?? "") }
            if let missing = event["missing"] { text += Message.eventMissing.text(missing) }
            if let note = event["note"] { text += " — \(note)" }
            return text
        case "status":
            var text = Message.eventStatus.text(Deal.Status.word(event["from"]), Deal.Status.word(event["to"]))
            if let reason = event["reason"] {
                text += Message.eventReason.text(config.lostReason(named: reason)?.label ?? reason)
            }
            if let note = event["note"] { text += " — \(note)" }
            return text
        case "step":
            let step = event["step"] ?? "?"
            let label = config.stages.flatMap(\.steps).first { $0.id == step }?.label ?? step
            var text = event["undo"] == "true" ? Message.eventUnchecked.text(label) : Message.eventChecked.text(label)
            if let note = event["note"] { text += " — \(note)" }
            return text
        case "quality":
            let indicator = event["indicator"] ?? "?"
            let label = config.indicator(named: indicator)?.label ?? indicator
            let value = event["value"] ?? "?"
            var text = Message.eventQuality.text(label, QualityAnswer(rawValue: value)?.word ?? value)
            if let note = event["note"] { text += " — \(note)" }
            return text
        case "homework-done":
            var text = Message.eventHomeworkDone.text(event["ref"] ?? "")
            if let note = event["note"] { text += " — \(note)" }
            return text
        case "person":
            return describePerson(event)
        case "changed":
            return DealEdit.describe(event)
        case "next":
            return NextAction.describe(event)
        default:
            let fields = event.describedFields.map { "\($0.0): \($0.1)" }.joined(separator: ", ")
            return fields.isEmpty ? event.kind : "\(event.kind) (\(fields))"
        }
    }

    /// What a write command prints after recording `event` on deal `id`: in English `id: event`,
    /// in Japanese a sentence where one reads better (「商談 tokai-erp を提案に進めました」).
    public static func successLine(_ id: String, _ event: Deal.Event, config: Config) -> String {
        let described = describe(event, config: config)
        let message: Message
        var tail = ""
        switch event.kind {
        case "stage" where event["forced"] != "true":
            message = event["regression"] == "true" ? .doneBack : .doneStage
            if event["regression"] == "true", let reason = event["reason"] { tail += Message.eventReason.text(reason) }
            if let missing = event["missing"] { tail += Message.eventMissing.text(missing) }
            if let note = event["note"] { tail += " — \(note)" }
            if Language.current == .en { return message.text(id, described) }
            return message.text(id, stageLabel(event["to"], config)) + tail
        case "status":
            switch Deal.Status(rawValue: event["to"] ?? "") {
            case .won: message = .doneWon
            case .lost: message = .doneLost
            case .dropped: message = .doneDropped
            case .onHold: message = .doneOnHold
            case .open: message = .doneReopened
            case nil: message = .doneOther
            }
            if let reason = event["reason"] {
                tail += Message.eventReason.text(config.lostReason(named: reason)?.label ?? reason)
            }
            if let note = event["note"] { tail += " — \(note)" }
        default:
            message = .doneOther
        }
        if Language.current == .en || message == .doneOther { return message.text(id, described) }
        return message.text(id, described) + tail
    }

    /// `person` events: "key person added: 松本 隆 (A, ×)", "key person 松本 隆: stance opposed → cooperative".
    static func describePerson(_ event: Deal.Event) -> String {
        let name = event["name"] ?? "?"
        func shown(_ key: String, _ value: String) -> String {
            key == "stance" ? (KeyPerson.Stance(input: value).map { "\($0.symbol) \($0.word)" } ?? value) : value
        }
        let labels: [String: Message] = [
            "reports_to": .eventReportsTo, "role": .fieldRole, "stance": .fieldStance,
            "title": .fieldPersonTitle, "department": .fieldDepartment
        ]
        let changed = event.describedFields.filter { !["action", "name"].contains($0.0) && !$0.0.hasSuffix("_was") }
        switch event["action"] {
        case "add":
            let details = changed.map { shown($0.0, $0.1) }.joined(separator: ", ")
            return Message.eventPersonAdded.text(name) + (details.isEmpty ? "" : " (\(details))")
        case "rm":
            return Message.eventPersonRemoved.text(name)
        default:
            let details = changed.map { key, value -> String in
                let label = labels[key]?.text() ?? key
                let new = value.isEmpty ? Message.eventRemoved.text() : shown(key, value)
                if let old = event[key + "_was"] { return "\(label) \(shown(key, old)) → \(new)" }
                return "\(label) \(new)"
            }.joined(separator: ", ")
            return Message.eventPerson.text(name, details)
        }
    }

    public static func describe(_ report: Report, config: Config) -> String {
        let kind = config.kind(named: report.kind)?.label ?? report.kind
        var text = kind
        if !report.attendees.isEmpty {
            text +=
                ": "
                + report.attendees.map { a in a.title.map { "\(a.name)(\($0))" } ?? a.name }.joined(separator: ", ")
        }
        if !report.signals.isEmpty {
            text += " [" + report.signals.map { config.signal(named: $0)?.label ?? $0 }.joined(separator: ", ") + "]"
        }
        if !report.homework.isEmpty { text += " 宿題×\(report.homework.count)" }
        return text
    }
}
