import Foundation

/// How a report shows: `report show` as text, and the JSON of `report list|show`.
extension Report.Attendee {
    /// `山田 太郎 (部長, 情報システム部)`.
    public var label: String {
        let details = [title, department].compactMap { $0 }
        return details.isEmpty ? name : "\(name) (\(details.joined(separator: ", ")))"
    }

    public var json: JSONValue {
        .object([("name", .string(name)), ("title", .optional(title)), ("department", .optional(department))])
    }
}

extension Report {
    public var json: JSONValue {
        .object([
            ("path", .string(path)),
            ("date", .string(date.description)),
            ("logged", .optional(logged?.description)),
            ("deal", .string(deal)),
            ("author", .optional(author)),
            ("kind", .string(kind)),
            ("attendees", .array(attendees.map(\.json))),
            ("signals", .array(signals.map { .string($0) })),
            (
                "homework",
                .array(
                    homework.map { h in
                        .object([
                            ("text", .string(h.text)), ("for", .optional(h.assignee)),
                            ("due", .optional(h.due?.description))
                        ])
                    })
            ),
            ("next", .optional(next)),
            ("body", .string(body))
        ])
    }

    public func showText(config: Config, palette: Palette) -> String {
        var lines = [palette.bold(path)]
        let kindLabel = config.kind(named: kind).map { "\($0.id) (\($0.label))" } ?? kind
        lines.append("date:      \(date)")
        if let logged { lines.append("logged:    \(logged)") }
        lines.append("deal:      \(deal)")
        lines.append("kind:      \(kindLabel)")
        if let author { lines.append("author:    \(author)") }
        for attendee in attendees { lines.append("attendee:  \(attendee.label)") }
        if !signals.isEmpty {
            lines.append(
                "signals:   "
                    + signals.map { s in config.signal(named: s).map { "\($0.id) (\($0.label))" } ?? s }.joined(
                        separator: ", "))
        }
        for item in homework {
            let extra = [item.assignee, item.due.map { "due \($0)" }].compactMap { $0 }
            lines.append("homework:  \(item.text)" + (extra.isEmpty ? "" : " (\(extra.joined(separator: ", ")))"))
        }
        if let next { lines.append("next:      \(next)") }
        var text = lines.joined(separator: "\n") + "\n"
        if !body.isEmpty { text += "\n" + body + (body.hasSuffix("\n") ? "" : "\n") }
        return text
    }
}
