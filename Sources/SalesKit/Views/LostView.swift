/// How `lost` shows its result: for people (table, Markdown) the groups first (reason, stage or
/// owner, with labels), then the deals; for scripts (CSV, TSV, Excel) the deals with ids and plain
/// numbers; JSON from `LostDeals.json`.
public enum LostView {
    public static func write(
        _ lost: LostDeals, format: OutputFormat, config: Config, style: TextStyle, to emit: (String) -> Void
    ) {
        let table = format.isForPeople
        if table {
            groups(lost, config: config).write(format, style: style, to: emit)
            emit("\n")
        }
        deals(lost, table: table, config: config).write(format, style: style, to: emit)
    }

    public static func render(_ lost: LostDeals, format: OutputFormat, config: Config, style: TextStyle) -> String {
        var text = ""
        write(lost, format: format, config: config, style: style) { text += $0 }
        return text
    }

    /// The lost and dropped deals, a row each.
    static func deals(_ lost: LostDeals, table: Bool, config: Config) -> ListView {
        let header =
            [
                "closed", "id", "customer", "owner", "status", "stage", "reason", "days", "contacts", "amount",
                table ? "cur" : "currency", "note"
            ] + (table ? [] : ["reopened"])
        let rows = lost.entries.map { e -> [String] in
            [
                e.closed?.description ?? "", e.deal, e.customer, e.owner ?? "",
                table
                    ? e.status.word + (e.reopened.map { Message.wordReopened.text($0.description) } ?? "")
                    : e.status.rawValue,
                table ? config.stageLabel(e.stage) : e.stage,
                e.reason.map { table ? config.lostReason(named: $0)?.label ?? $0 : $0 } ?? "",
                e.days.map(String.init) ?? "", String(e.contacts), e.amount.map { money($0, forTable: table) } ?? "",
                e.currency, e.note ?? ""
            ]
                + (table ? [] : [e.reopened?.description ?? ""])
        }
        return ListView(header: header, rows: rows, rightAligned: table ? [7, 8, 9] : [], json: { lost.json })
    }

    /// The groups for people, with the labels of reasons and stages.
    static func groups(_ lost: LostDeals, config: Config) -> ListView {
        func label(_ g: String) -> String {
            switch lost.grouping {
            case .reason: return config.lostReason(named: g)?.label ?? g
            case .stage: return config.stageLabel(g)
            case .owner: return g
            }
        }
        let rows = lost.groups.map {
            [
                label($0.group), $0.currency, String($0.deals), money($0.amount, forTable: true),
                $0.averageDays.map(String.init) ?? "", String($0.contacts)
            ]
        }
        return ListView(
            header: [lost.grouping.rawValue, "cur", "deals", "amount", "avg_days", "contacts"], rows: rows,
            rightAligned: [2, 3, 4, 5])
    }
}
