import Foundation

/// How `quality show` and `quality check` show judgements and findings.
public enum QualityText {
    public static func standingText(_ state: Quality.IndicatorState) -> String {
        guard state.current != nil else { return Message.wordUnanswered.text() }
        switch state.standing {
        case .good: return Message.wordGood.text()
        case .bad: return Message.wordBad.text()
        case .unknown: return Message.wordUnknown.text()
        }
    }

    public static func show(_ deal: Deal, _ states: [Quality.IndicatorState], palette: Palette, width: Int?) -> String {
        var out = "\(deal.id)  \(deal.title) (\(deal.customer))\n"
        let good = states.filter { $0.standing == .good }.count
        out +=
            Message.qsScore.text(Quality.score(states).map(String.init) ?? "-", String(good), String(states.count))
            + "\n\n"
        let table = TextTable(
            columns: ["indicator", "id", "value", "standing", "date", "by", "note"].map {
                TextTable.Column(header: $0)
            },
            rows: states.map { s in
                [
                    s.indicator.label, s.indicator.id, s.current?.value.word ?? "-", standingText(s),
                    s.current?.date.description ?? "", s.current?.by ?? "", s.current?.note ?? ""
                ]
            })
        out += table.render(maxWidth: width, colorHeader: palette.bold)
        let changes = states.flatMap { s in s.history.enumerated().map { (s, $0.offset, $0.element) } }
            .sorted { ($0.2.date, $0.0.indicator.id, $0.1) < ($1.2.date, $1.0.indicator.id, $1.1) }
        guard !changes.isEmpty else {
            return out + "\n" + Message.qsNoJudgements.text(deal.id) + "\n"
        }
        out += "\n" + Message.qsChanges.text() + "\n"
        for (state, index, j) in changes {
            let was = index > 0 ? "\(state.history[index - 1].value.word) → " : ""
            out +=
                "  \(j.date)  \(j.by ?? "?")  \(state.indicator.label) (\(state.indicator.id)): \(was)\(j.value.word)"
            out += j.note.map { " — \($0)" } ?? ""
            out += "\n"
        }
        return out
    }

    public static func showJSON(_ deal: Deal, _ states: [Quality.IndicatorState]) -> JSONValue {
        func judgement(_ j: Quality.Judgement) -> [(String, JSONValue)] {
            [
                ("value", .string(j.value.rawValue)), ("date", .string(j.date.description)), ("by", .optional(j.by)),
                ("note", .optional(j.note))
            ]
        }
        return .object([
            ("deal", .string(deal.id)),
            ("score", Quality.score(states).map { .int($0) } ?? .null),
            (
                "indicators",
                .array(
                    states.map { s in
                        .object([
                            ("id", .string(s.indicator.id)),
                            ("label", .string(s.indicator.label)),
                            ("question", .string(s.indicator.question)),
                            ("weight", .int(s.indicator.weight)),
                            ("good", .string(s.indicator.good.rawValue)),
                            ("value", .optional(s.current?.value.rawValue)),
                            ("standing", .string(standingText(s))),
                            ("date", .optional(s.current?.date.description)),
                            ("by", .optional(s.current?.by)),
                            ("note", .optional(s.current?.note)),
                            ("history", .array(s.history.map { .object(judgement($0)) }))
                        ])
                    })
            )
        ])
    }

    /// `quality check`'s findings as a list: a row per deal; JSON from `Quality.Assessment.json`.
    public static func checkList(_ findings: [Quality.Assessment], deals: [Deal], config: Config, format: OutputFormat)
        -> ListView
    {
        let byID = Dictionary(uniqueKeysWithValues: deals.map { ($0.id, $0) })
        let (header, rows) = checkRows(findings, deals: byID, config: config, table: format.isForPeople)
        return ListView(
            header: header, rows: rows, rightAligned: [3],
            json: { .array(findings.map { $0.json(deal: byID[$0.deal]!) }) })
    }

    public static func checkRows(
        _ findings: [Quality.Assessment], deals: [String: Deal], config: Config,
        table: Bool
    ) -> ([String], [[String]]) {
        let label = { (id: String) in table ? config.indicator(named: id)?.label ?? id : id }
        let header = ["deal", "owner", "stage", "score", "min", "unanswered", "overdue", "worsened", "next"]
        let rows = findings.map { a -> [String] in
            let d = deals[a.deal]!
            let score = a.score.map(String.init) ?? ""
            return [
                a.deal, d.owner ?? "", table ? config.stageLabel(d.stage) : d.stage,
                table && a.belowMin != nil ? "\(score) < \(a.belowMin!)" : score,
                a.belowMin.map(String.init) ?? "",
                a.unanswered.map {
                    table && a.unknown.contains($0) ? label($0) + Message.wordUnknownMark.text() : label($0)
                }
                .joined(separator: table ? ", " : ";"),
                a.overdue.map {
                    table
                        ? "\(label($0.indicator)) " + Message.wordDaysShort.text(String($0.days))
                        : "\($0.indicator):\($0.lastReviewed)"
                }
                .joined(separator: table ? ", " : ";"),
                a.worsened.map {
                    "\(label($0.indicator)) \($0.from.rawValue)→\($0.to.rawValue)"
                        + (table ? " \($0.date)" : ":\($0.date)")
                }
                .joined(separator: table ? ", " : ";"),
                (table ? a.nextAction?.word : a.nextAction?.rawValue) ?? ""
            ]
        }
        guard table else { return (header, rows) }
        // The table shows "40 < 60" in the score column instead of a min column.
        return (
            header.enumerated().filter { $0.offset != 4 }.map(\.element),
            rows.map { $0.enumerated().filter { $0.offset != 4 }.map(\.element) }
        )
    }
}

extension QualityAnswer {
    /// yes, no, unknown as people read them (JSON keeps the code).
    public var word: String {
        switch self {
        case .yes: Message.wordYes.text()
        case .no: Message.wordNo.text()
        case .unknown: Message.wordUnknown.text()
        }
    }
}
