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
            entries.append((TimelineEntry(date: event.date, who: event.by, source: .event(event),
                                          summary: describe(event, config: config)), i))
        }
        let offset = deal.history.count
        for (i, report) in reports.enumerated() {
            entries.append((TimelineEntry(date: report.date, who: report.author, source: .report(report),
                                          summary: describe(report, config: config)), offset + i))
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
            return "created in \(stageLabel(event["stage"], config))"
        case "stage":
            var text = "stage \(stageLabel(event["from"], config)) → \(stageLabel(event["to"], config))"
            if event["regression"] == "true" { text += event["reason"].map { " (back: \($0))" } ?? " (back)" }
            if event["forced"] == "true" { text += " (forced: \(event["reason"] ?? ""))" }
            if let missing = event["missing"] { text += "; missing: \(missing)" }
            if let note = event["note"] { text += " — \(note)" }
            return text
        case "status":
            var text = "status \(event["from"] ?? "?") → \(event["to"] ?? "?")"
            if let reason = event["reason"] { text += " (\(config.lostReason(named: reason)?.label ?? reason))" }
            if let note = event["note"] { text += " — \(note)" }
            return text
        case "step":
            let step = event["step"] ?? "?"
            let label = config.stages.flatMap(\.steps).first { $0.id == step }?.label ?? step
            var text = event["undo"] == "true" ? "unchecked \(label)" : "checked \(label)"
            if let note = event["note"] { text += " — \(note)" }
            return text
        case "quality":
            let indicator = event["indicator"] ?? "?"
            let label = config.indicator(named: indicator)?.label ?? indicator
            var text = "quality \(label): \(event["value"] ?? "?")"
            if let note = event["note"] { text += " — \(note)" }
            return text
        case "homework-done":
            var text = "homework done \(event["ref"] ?? "")"
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

    /// `person` events: "key person added: 松本 隆 (A, ×)", "key person 松本 隆: stance opposed → cooperative".
    static func describePerson(_ event: Deal.Event) -> String {
        let name = event["name"] ?? "?"
        func shown(_ key: String, _ value: String) -> String {
            key == "stance" ? (KeyPerson.Stance(input: value).map { "\($0.symbol) \($0.rawValue)" } ?? value) : value
        }
        let changed = event.describedFields.filter { !["action", "name"].contains($0.0) && !$0.0.hasSuffix("_was") }
        switch event["action"] {
        case "add":
            let details = changed.map { shown($0.0, $0.1) }.joined(separator: ", ")
            return "key person added: \(name)" + (details.isEmpty ? "" : " (\(details))")
        case "rm":
            return "key person removed: \(name)"
        default:
            let details = changed.map { key, value -> String in
                let label = key == "reports_to" ? "reports to" : key
                let new = value.isEmpty ? "(removed)" : shown(key, value)
                if let old = event[key + "_was"] { return "\(label) \(shown(key, old)) → \(new)" }
                return "\(label) \(new)"
            }.joined(separator: ", ")
            return "key person \(name): \(details)"
        }
    }

    public static func describe(_ report: Report, config: Config) -> String {
        let kind = config.kind(named: report.kind)?.label ?? report.kind
        var text = kind
        if !report.attendees.isEmpty {
            text += ": " + report.attendees.map { a in a.title.map { "\(a.name)(\($0))" } ?? a.name }.joined(separator: ", ")
        }
        if !report.signals.isEmpty {
            text += " [" + report.signals.map { config.signal(named: $0)?.label ?? $0 }.joined(separator: ", ") + "]"
        }
        if !report.homework.isEmpty { text += " 宿題×\(report.homework.count)" }
        return text
    }
}
