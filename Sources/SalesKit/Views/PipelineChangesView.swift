/// How `pipeline changes` looks: per deal, what moved (labels and grouped amounts for people,
/// ids and plain numbers for scripts), and the totals per change and currency. Field names
/// are part of the interface, never translated.
extension PipelineChanges {
    /// The changes in `format`; for people (table, Markdown) the totals after them.
    public func write(_ format: OutputFormat, config: Config, style: TextStyle, to emit: (String) -> Void) {
        view(for: format, config: config).write(format, style: style, to: emit)
        if format.isForPeople {
            emit("\n")
            totalsView.write(format, style: style, to: emit)
        }
    }

    public func view(for format: OutputFormat, config: Config) -> ListView {
        let people = format.isForPeople
        func stage(_ id: String) -> String { people ? config.stageLabel(id) : id }
        if people {
            let rows = lines.map { l -> [String] in
                let stages = l.stageFrom == l.stageTo ? stage(l.stageTo) : "\(stage(l.stageFrom)) → \(stage(l.stageTo))"
                let status =
                    l.statusTo.map { to in
                        l.statusFrom.map { "\(Deal.Status.word($0)) → \(Deal.Status.word(to))" } ?? Deal.Status.word(to)
                    } ?? ""
                let amount = l.amountFrom.map { "\(grouped($0)) → " } ?? ""
                let change = l.amountChange.map { ($0 > 0 ? "+" : "") + grouped($0) } ?? ""
                let close = l.closeFrom.map { "\($0) → \(l.closeTo!)" } ?? ""
                let days = l.closeDays.map { ($0 > 0 ? "+" : "") + String($0) } ?? ""
                return [
                    l.deal, l.owner ?? "", l.changes.map(\.word).joined(separator: ", "), stages, status,
                    amount + (l.amount.map(grouped) ?? ""), change, l.currency, close, days
                ]
            }
            return ListView(
                header: ["id", "owner", "changes", "stage", "status", "amount", "change", "cur", "close", "days"],
                rows: rows, rightAligned: [5, 6, 9], json: { json })
        }
        let rows = lines.map { l -> [String] in
            [
                l.deal, l.title, l.customer, l.owner ?? "", l.changes.map(\.rawValue).joined(separator: " "),
                l.stageFrom,
                l.stageTo, l.statusFrom ?? "", l.statusTo ?? "", l.amountFrom.map(String.init) ?? "",
                l.amount.map(String.init) ?? "", l.amountChange.map(String.init) ?? "", l.currency,
                l.closeFrom?.description ?? "", l.closeTo?.description ?? "", l.closeDays.map(String.init) ?? ""
            ]
        }
        return ListView(
            header: [
                "id", "title", "customer", "owner", "changes", "stage_from", "stage_to", "status_from",
                "status_to", "amount_from", "amount", "amount_change", "currency", "close_from",
                "close_to", "close_days"
            ], rows: rows, json: { json })
    }

    /// The totals as a table for people: per change and currency, deals and amount.
    public var totalsView: ListView {
        ListView(
            header: ["change", "cur", "deals", "amount"],
            rows: totals.map { [$0.change.word, $0.currency, String($0.deals), money($0.amount, forTable: true)] },
            rightAligned: [2, 3])
    }

    public var json: JSONValue {
        func int(_ n: Int?) -> JSONValue { n.map { .int($0) } ?? .null }
        return .object([
            ("since", .string(since.description)), ("until", .string(until.description)),
            (
                "deals",
                .array(
                    lines.map { l in
                        .object([
                            ("id", .string(l.deal)), ("title", .string(l.title)), ("customer", .string(l.customer)),
                            ("owner", .optional(l.owner)), ("changes", .array(l.changes.map { .string($0.rawValue) })),
                            ("stage_from", .string(l.stageFrom)), ("stage_to", .string(l.stageTo)),
                            ("status_from", .optional(l.statusFrom)), ("status_to", .optional(l.statusTo)),
                            ("amount_from", int(l.amountFrom)), ("amount", int(l.amount)),
                            ("amount_change", int(l.amountChange)),
                            ("currency", .string(l.currency)), ("close_from", .optional(l.closeFrom?.description)),
                            ("close_to", .optional(l.closeTo?.description)), ("close_days", int(l.closeDays))
                        ])
                    })
            ),
            (
                "totals",
                .array(
                    totals.map { t in
                        .object([
                            ("change", .string(t.change.rawValue)), ("currency", .string(t.currency)),
                            ("deals", .int(t.deals)), ("amount", .int(t.amount))
                        ])
                    })
            )
        ])
    }
}
