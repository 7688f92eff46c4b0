/// The tables of the review, shared by the three renderers so the page, the mail and the
/// terminal show the same rows and numbers. Charts are each renderer's own.
public struct ReviewTable: Sendable {
    public enum Cell: Sendable, Equatable {
        case text(String)
        /// Right-aligned: a count or an amount.
        case number(String)
        /// Points per week: an SVG sparkline on the page, `▁▂▃` elsewhere.
        case spark([Int])
        /// Several lines (suggestions): a list on the page, lines under the row in the terminal.
        case lines([String])

        var plain: String {
            switch self {
            case .text(let s), .number(let s): s
            case .spark(let values): sparkline(values)
            case .lines(let lines): lines.joined(separator: "\n")
            }
        }
    }

    /// The command that lists every row, for a table that can grow with the store.
    public var fullList: String? = nil
    public var caption: String?
    public var header: [String]
    public var rows: [[Cell]]

    /// At most `limit` rows, and a last row saying how many more there are and which command
    /// lists them all. A page with every one of 7,000 open deals is not read by anyone.
    func capped(to limit: Int?) -> ReviewTable {
        guard let limit, let fullList, rows.count > limit + 1 else { return self }
        var table = self
        let more = Message.reviewMore.text(grouped(rows.count - limit), fullList)
        table.rows = Array(rows.prefix(limit)) + [[.text(more)] + Array(repeating: .text(""), count: header.count - 1)]
        return table
    }
}

extension Review {
    /// The tables of `section`, in order (none when the section has nothing to show), the long
    /// ones cut to `rowLimit` rows.
    public func tables(_ section: ReviewStrings.Section, config: Config) -> [ReviewTable] {
        allTables(section, config: config).map { $0.capped(to: rowLimit) }
    }

    private func allTables(_ section: ReviewStrings.Section, config: Config) -> [ReviewTable] {
        func money(_ a: Amounts) -> [ReviewTable.Cell] {
            [
                .number(formatAmount(a.amount, currency: a.currency)),
                .number(formatAmount(a.weighted, currency: a.currency))
            ]
        }
        switch section {
        case .pipeline:
            var rows = funnel.flatMap { stage -> [[ReviewTable.Cell]] in
                let head: [ReviewTable.Cell] = [.text(stage.label), .number("\(stage.probability)%")]
                guard !stage.amounts.isEmpty else { return [head + [.number("0"), .text(""), .text("")]] }
                return stage.amounts.enumerated().map { i, a in
                    (i == 0 ? head : [.text(""), .text("")]) + [.number(String(a.deals))] + money(a)
                }
            }
            rows += totals.map {
                [.text(Message.wordTotalIn.text($0.currency)), .text(""), .number(String($0.deals))] + money($0)
            }
            return [ReviewTable(caption: nil, header: ["stage", "prob", "deals", "amount", "weighted"], rows: rows)]
        case .forecast:
            var tables: [ReviewTable] = []
            if !months.isEmpty {
                tables.append(
                    ReviewTable(
                        caption: nil,
                        header: ["month", "deals", "amount", "weighted", "won", "target", "(won+weighted)/target"],
                        rows: months.map { m in
                            let c = m.amounts.currency
                            return [.text(m.month), .number(String(m.amounts.deals))] + money(m.amounts)
                                + [
                                    .number(m.amounts.wonDeals == 0 ? "" : formatAmount(m.amounts.won, currency: c)),
                                    .number(m.target.map { formatAmount($0, currency: c) } ?? ""),
                                    .number(m.target.map { percent(m.amounts.won + m.amounts.weighted, of: $0) } ?? "")
                                ]
                        }))
            }
            if !periods.isEmpty {
                tables.append(
                    ReviewTable(
                        caption: ReviewStrings.targets,
                        header: [
                            "period", "won", "target", "achieved", "open", "weighted", Message.colGapToTarget.text()
                        ],
                        rows: periods.map { p in
                            let r = p.row
                            let c = r.currency
                            return [
                                .text(p.period.description), .number(formatAmount(r.wonAmount, currency: c)),
                                .number(r.target.map { formatAmount($0, currency: c) } ?? ""),
                                .number(r.achievement.map { "\($0)%" } ?? ""), .number(String(r.openDeals)),
                                .number(formatAmount(r.weighted, currency: c)),
                                .number(r.gap.map { formatAmount($0, currency: c) } ?? "")
                            ]
                        }))
            }
            return tables
        case .movement:
            guard !movement.lines.isEmpty else { return [] }
            return [
                ReviewTable(
                    caption: nil, header: ["change", "deals", "amount"],
                    rows: movement.totals.map { t in
                        [
                            .text(t.change.word), .number(String(t.deals)),
                            .number(formatAmount(t.amount, currency: t.currency))
                        ]
                    }),
                ReviewTable(
                    fullList: "salesctl pipeline changes --since \(window.since) --until \(window.until)",
                    caption: ReviewStrings.movedDeals,
                    header: ["deal", "title", "owner", "changes", "stage", "amount", "close"],
                    rows: movement.lines.map { l in
                        let stage =
                            l.stageFrom == l.stageTo
                            ? config.stageLabel(l.stageTo)
                            : config.stageLabel(l.stageFrom) + " → " + config.stageLabel(l.stageTo)
                        let amount =
                            l.amountChange.map { change in
                                formatAmount(l.amountFrom ?? 0, currency: l.currency) + " → "
                                    + formatAmount(l.amount ?? 0, currency: l.currency)
                                    + " (" + (change > 0 ? "+" : "") + formatAmount(change, currency: l.currency) + ")"
                            } ?? l.amount.map { formatAmount($0, currency: l.currency) } ?? ""
                        let close =
                            l.closeDays.map { days in
                                "\(l.closeFrom!) → \(l.closeTo!) ("
                                    + Message.wordDaysShort.text((days > 0 ? "+" : "") + String(days)) + ")"
                            } ?? l.closeTo?.description ?? ""
                        return [
                            .text(l.deal), .text(l.title), .text(l.owner ?? ""),
                            .text(l.changes.map(\.word).joined(separator: ", ")),
                            .text(stage), .number(amount), .text(close)
                        ]
                    })
            ]
        case .attention:
            return attentionTables(config: config)
        case .energy:
            guard !energy.isEmpty else { return [] }
            var tables = [
                ReviewTable(
                    fullList: "salesctl energy score --today \(window.until)", caption: ReviewStrings.energyTrend,
                    header: [
                        "deal", "customer", "owner", "total", "trend", "4 wk", "prev 4 wk", "people", "key persons met",
                        "approval route"
                    ],
                    rows: energy.map { e in
                        let b = e.score.breadth
                        return [
                            .text(e.deal), .text(e.customer), .text(e.owner ?? ""), .number(String(e.score.total)),
                            .spark(e.score.trend.weekly), .number(String(e.score.trend.recent)),
                            .number(String(e.score.trend.previous)),
                            .number(String(b.people)), .number("\(b.keyPersonsMet)/\(b.keyPersonsTotal)"),
                            .text(
                                b.approvalRouteCovered
                                    ? Message.wordRouteCovered.text()
                                    : b.approvalRouteMissing.isEmpty
                                        ? Message.wordRouteNoDA.text()
                                        : Message.wordRouteMissing.text(
                                            b.approvalRouteMissing.map { "\($0.name) (\($0.role.rawValue))" }.joined(
                                                separator: ", ")))
                        ]
                    })
            ]
            if !falls.isEmpty {
                tables.append(
                    ReviewTable(
                        caption: ReviewStrings.falls, header: ["deal", "owner", "4 wk", "prev 4 wk", "change"],
                        rows: falls.map { e in
                            [
                                .text(e.deal), .text(e.owner ?? ""), .number(String(e.score.trend.recent)),
                                .number(String(e.score.trend.previous)), .number(String(e.change))
                            ]
                        }))
            }
            return tables
        case .quality:
            guard !quality.isEmpty else { return [] }
            func label(_ id: String) -> String { config.indicator(named: id)?.label ?? id }
            return [
                ReviewTable(
                    fullList: "salesctl quality check --today \(window.until)",
                    caption: nil, header: ["deal", "owner", "score", "unanswered", "worse in the window"],
                    rows: quality.map { q in
                        [
                            .text(q.deal), .text(q.owner ?? ""), .number(q.assessment.score.map(String.init) ?? "-"),
                            .text(q.assessment.unanswered.map(label).joined(separator: ", ")),
                            .text(
                                q.worsenedInWindow.map {
                                    "\(label($0.indicator)) \($0.from.rawValue)→\($0.to.rawValue) \($0.date)"
                                }
                                .joined(separator: ", "))
                        ]
                    })
            ]
        case .lost:
            guard !lost.isEmpty else { return [] }
            func reason(_ id: String?) -> String { id.map { config.lostReason(named: $0)?.label ?? $0 } ?? "-" }
            return [
                ReviewTable(
                    caption: nil,
                    header: [
                        "closed", "deal", "title", "customer", "owner", "status", "stage", "reason", "amount", "note"
                    ],
                    rows: lost.map { e in
                        [
                            .text(e.closed?.description ?? ""), .text(e.deal), .text(e.title), .text(e.customer),
                            .text(e.owner ?? ""),
                            .text(e.status.word), .text(config.stageLabel(e.stage)), .text(reason(e.reason)),
                            .number(e.amount.map { formatAmount($0, currency: e.currency) } ?? ""), .text(e.note ?? "")
                        ]
                    }),
                ReviewTable(
                    caption: ReviewStrings.lostReasons, header: ["reason", "deals", "amount"],
                    rows: lostReasons.map { g in
                        [
                            .text(reason(g.group == LostDeals.none ? nil : g.group)), .number(String(g.deals)),
                            .number(formatAmount(g.amount, currency: g.currency))
                        ]
                    })
            ]
        case .activity:
            guard !activity.reps.isEmpty else { return [] }
            let kinds = activity.kinds.map { config.kind(named: $0)?.label ?? $0 }
            return [
                ReviewTable(
                    caption: nil, header: ["rep"] + kinds + ["total"],
                    rows: activity.reps.map { rep in
                        [.text(rep.name)] + activity.kinds.indices.map { .number(String(rep.total(kind: $0))) } + [
                            .number(String(rep.total))
                        ]
                    }),
                ReviewTable(
                    caption: ReviewStrings.perWeek,
                    header: ["rep"] + activity.weeks.map { String($0.description.dropFirst(5)) },
                    rows: activity.reps.map { rep in
                        [.text(rep.name)] + activity.weeks.indices.map { .number(String(rep.total(week: $0))) }
                    })
            ]
        }
    }

    func attentionTables(config: Config) -> [ReviewTable] {
        var tables: [ReviewTable] = []
        if !attention.stale.isEmpty {
            tables.append(
                ReviewTable(
                    fullList: "salesctl stale list --suggest --today \(window.until)", caption: ReviewStrings.stale,
                    header: ["deal", "title", "owner", "stage", "last contact", "days", "threshold", "suggestions"],
                    rows: attention.stale.map { r in
                        [
                            .text(r.deal.id), .text(r.deal.title), .text(r.deal.owner ?? ""),
                            .text(config.stageLabel(r.deal.stage)),
                            .text(r.stale.lastContact?.description ?? Message.wordNone.text()),
                            .number(String(r.stale.daysSince)),
                            .number(String(r.stale.threshold)),
                            .lines(r.suggestions.map { "\($0.action) (\($0.reason))" })
                        ]
                    }))
        }
        if !attention.nextActions.isEmpty {
            tables.append(
                ReviewTable(
                    fullList: "salesctl quality check --today \(window.until)", caption: ReviewStrings.nextActions,
                    header: ["deal", "title", "owner", "next action", "due", "late"],
                    rows: attention.nextActions.map { g in
                        [
                            .text(g.deal), .text(g.title), .text(g.owner ?? ""),
                            .text(g.action?.text ?? ReviewStrings.standing(g.standing)),
                            .text(g.action?.due.description ?? ""),
                            .number(g.standing == .overdue ? Message.wordDaysShort.text(String(g.daysLate)) : "")
                        ]
                    }))
        }
        if !attention.homework.isEmpty {
            tables.append(
                ReviewTable(
                    fullList: "salesctl homework list --overdue --today \(window.until)",
                    caption: ReviewStrings.homework, header: ["deal", "homework", "for", "due", "late", "ref"],
                    rows: attention.homework.map { h in
                        [
                            .text(h.item.deal), .text(h.item.text), .text(h.item.assignee ?? h.item.givenTo ?? ""),
                            .text(h.item.due?.description ?? ""),
                            .number(Message.wordDaysShort.text(String(h.daysLate))), .text(h.item.ref)
                        ]
                    }))
        }
        return tables
    }
}

/// `62%`: `part` of `whole`, rounded half up; "-" when the whole is 0.
func percent(_ part: Int, of whole: Int) -> String {
    whole == 0 ? "-" : "\((part * 200 + whole) / (whole * 2))%"
}
