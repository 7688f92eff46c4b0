import Foundation

/// How a deal shows: the row of `deal list --format json`, and `deal show` as text and JSON.
extension Deal {
    public func summaryJSON(config: Config, lastContact: CalendarDate?) -> JSONValue {
        .object([
            ("id", .string(id)),
            ("title", .string(title)),
            ("customer", .string(customer)),
            ("owner", .optional(owner)),
            ("members", .array(members.map { .string($0) })),
            ("stage", .string(stage)),
            ("stage_label", .optional(config.stage(named: stage)?.label)),
            ("status", .string(status.rawValue)),
            ("amount", amount.map { .int($0) } ?? .null),
            ("currency", .string(currency ?? config.currency)),
            ("created", .string(created.description)),
            ("expected_close", .optional(expectedClose?.description)),
            ("source", .optional(source)),
            ("last_contact", .optional(lastContact?.description))
        ])
    }
}

extension Deal {
    public func showText(config: Config, timeline: [TimelineEntry], palette: Palette) -> String {
        var out = palette.bold("\(id)  \(title)") + "\n"
        let stageInfo = config.stage(named: stage).map { "\($0.label) (\($0.id), \($0.probability)%)" } ?? stage
        var fields: [(Message, String)] = [
            (.dsCustomer, customer),
            (.dsOwner, owner ?? "-")
        ]
        if !members.isEmpty { fields.append((.dsMembers, members.joined(separator: ", "))) }
        fields.append((.dsStage, stageInfo))
        fields.append((.dsStatus, status.word))
        if let amount { fields.append((.dsAmount, "\(grouped(amount)) \(currency ?? config.currency)")) }
        fields.append((.dsCreated, created.description))
        if let expectedClose { fields.append((.dsExpected, expectedClose.description)) }
        if let source { fields.append((.dsSource, source)) }
        if let next = NextAction.current(of: self) {
            let text =
                next.assignee.map { Message.dsNextDueFor.text(next.text, next.due.description, $0) }
                ?? Message.dsNextDue.text(next.text, next.due.description)
            fields.append((.dsNext, text))
        }
        let labels = fields.map { $0.0.text() + ":" }
        let width = max(10, (labels.map(displayWidth).max() ?? 0) + 1)
        for (label, (_, value)) in zip(labels, fields) {
            out += pad(label, toWidth: width, alignRight: false) + value + "\n"
        }

        out += "\n" + palette.bold(Message.dsKeyPersons.text()) + "\n"
        if keyPersons.isEmpty {
            out += "  " + Message.dsNoPersons.text() + "\n"
        } else {
            // "title" is the person's (役職), not the deal's (件名)
            let headers = ["role", "stance", "name", Message.fieldPersonTitle.text(), "department", "reports to"]
            var table = TextTable(columns: headers.map { TextTable.Column(header: $0, alignment: .left) })
            table.rows = keyPersons.map { p in
                [
                    p.role?.rawValue ?? "", p.stance.map { "\($0.symbol) \($0.word)" } ?? "", p.name,
                    p.title ?? "", p.department ?? "", p.reportsTo ?? ""
                ]
            }
            out += indent(table.render())
        }

        out += "\n" + palette.bold(Message.dsChecklist.text()) + "\n"
        let current = config.stageIndex(stage) ?? config.stages.count - 1
        for (index, s) in config.stages.enumerated() where index <= current {
            let done = s.steps.filter { isChecked($0.id) }.count
            out += "  \(s.label) \(done)/\(s.steps.count)\n"
            for step in s.steps {
                let entry = checklist.first { $0.step == step.id }
                let mark = entry == nil ? "[ ]" : palette.green("[x]")
                var line = "    \(mark) \(step.label) (\(step.id))"
                if let entry { line += "  \(entry.done)" + (entry.note.map { "  \($0)" } ?? "") }
                out += line + "\n"
            }
        }

        out += "\n" + palette.bold(Message.dsTimeline.text()) + "\n"
        if timeline.isEmpty { out += "  " + Message.dsNothingYet.text() + "\n" }
        for entry in timeline {
            let who = entry.who.map { "  \($0)" } ?? ""
            let marker: String
            switch entry.source {
            case .event: marker = "*"
            case .report: marker = "●"
            }
            out += "  \(entry.date) \(marker) \(entry.summary)" + palette.dim(who) + "\n"
            if case .report(let report) = entry.source, let next = report.next {
                out += "               " + Message.dsReportNext.text(next) + "\n"
            }
        }
        return out
    }

    public func detailJSON(config: Config, timeline: [TimelineEntry]) -> JSONValue {
        var object: [(String, JSONValue)] = []
        if case .object(let summary) = summaryJSON(
            config: config,
            lastContact: timeline.compactMap { entry -> CalendarDate? in
                if case .report = entry.source { return entry.date } else { return nil }
            }.max())
        {
            object = summary
        }
        object.append(
            (
                "key_persons",
                .array(
                    keyPersons.map { p in
                        .object([
                            ("name", .string(p.name)), ("title", .optional(p.title)),
                            ("department", .optional(p.department)),
                            ("role", .optional(p.role?.rawValue)), ("stance", .optional(p.stance?.rawValue)),
                            ("authority", .optional(p.authority?.rawValue)),
                            ("information", .optional(p.information?.rawValue)),
                            ("reports_to", .optional(p.reportsTo))
                        ])
                    })
            ))
        object.append(
            (
                "checklist",
                .array(
                    checklist.map { c in
                        .object([
                            ("step", .string(c.step)), ("done", .string(c.done.description)),
                            ("note", .optional(c.note))
                        ])
                    })
            ))
        object.append(
            (
                "timeline",
                .array(
                    timeline.map { entry in
                        var fields: [(String, JSONValue)] = [
                            ("date", .string(entry.date.description)), ("who", .optional(entry.who))
                        ]
                        switch entry.source {
                        case .event(let event):
                            fields.append(("type", .string("event")))
                            fields.append(("event", .string(event.kind)))
                            fields.append(("fields", .object(event.fields.map { ($0.0, .string($0.1)) })))
                        case .report(let report):
                            fields.append(("type", .string("report")))
                            fields.append(("path", .string(report.path)))
                        }
                        fields.append(("summary", .string(entry.summary)))
                        return .object(fields)
                    })
            ))
        return .object(object)
    }
}

/// Indents every line of a block by two spaces.
func indent(_ text: String, by width: Int = 2) -> String {
    let pad = String(repeating: " ", count: width)
    return text.split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.isEmpty ? "" : pad + $0 }.joined(separator: "\n")
}
