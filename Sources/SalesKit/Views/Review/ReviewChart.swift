/// The picture of a section's numbers, before it is drawn: the page draws it in SVG, the
/// terminal in block characters. One bar per row; the style says how the page draws it.
public struct ReviewChart: Sendable {
    public enum Style: Sendable {
        /// Centred bars: the pipeline.
        case funnel
        case bars
        /// One column per bar: `won` dark at the bottom, the rest of the bar's value lighter on it,
        /// the target of each (nil: none) as a dashed line.
        case columns(won: [Int], targets: [Int?])
        /// Each bar split into segments, one per series.
        case stacked(segments: [[Int]], series: [String])
    }

    public var title: String
    public var bars: [SVGChart.Bar]
    public var style: Style

    /// The charts of `section` (none for a section with nothing to show).
    public static func charts(_ section: ReviewStrings.Section, review: Review, config: Config) -> [ReviewChart] {
        switch section {
        case .pipeline:
            guard !review.funnel.isEmpty else { return [] }
            return [
                ReviewChart(
                    title: "Open deals per stage",
                    bars: review.funnel.map { stage in
                        let money = stage.amounts.map { formatAmount($0.amount, currency: $0.currency) }.joined(
                            separator: " + ")
                        return SVGChart.Bar(
                            label: stage.label, value: stage.deals,
                            caption: "\(stage.deals) · " + (money.isEmpty ? "-" : money))
                    }, style: .funnel)
            ]
        case .forecast:
            let currencies = Array(Set(review.months.map(\.amounts.currency))).sorted()
            return currencies.map { currency in
                let months = review.months.filter { $0.amounts.currency == currency }
                return ReviewChart(
                    title: "Won and weighted forecast per month, \(currency)",
                    bars: months.map { m in
                        let won =
                            m.amounts.won > 0 ? "won " + formatAmount(m.amounts.won, currency: currency) + " + " : ""
                        return SVGChart.Bar(
                            label: m.month, value: m.amounts.won + m.amounts.weighted,
                            caption: won + formatAmount(m.amounts.weighted, currency: currency)
                                + (m.target.map { " / target " + formatAmount($0, currency: currency) } ?? ""))
                    }, style: .columns(won: months.map(\.amounts.won), targets: months.map(\.target)))
            }
        case .movement:
            guard !review.movement.lines.isEmpty else { return [] }
            let counts = PipelineChanges.Change.allCases.map { change in
                (change, review.movement.lines.filter { $0.changes.contains(change) }.count)
            }
            .filter { $0.1 > 0 }
            return [
                ReviewChart(
                    title: "Deals per change in the window",
                    bars: counts.map { SVGChart.Bar(label: $0.0.rawValue, value: $0.1, caption: String($0.1)) },
                    style: .bars)
            ]
        case .attention:
            let a = review.attention
            let counts = [
                ("stale", a.stale.count), ("next action", a.nextActions.count), ("homework", a.homework.count)
            ]
            guard counts.contains(where: { $0.1 > 0 }) else { return [] }
            return [
                ReviewChart(
                    title: "Deals and items that need action",
                    bars: counts.map { SVGChart.Bar(label: $0.0, value: $0.1, caption: String($0.1)) }, style: .bars)
            ]
        case .energy:
            guard !review.energy.isEmpty else { return [] }
            return [
                ReviewChart(
                    title: "Energy points per open deal" + review.firstOf(review.energy.count),
                    bars: review.energy.prefix(review.rowLimit ?? .max).map {
                        SVGChart.Bar(label: $0.deal, value: $0.score.total, caption: String($0.score.total))
                    }, style: .bars)
            ]
        case .quality:
            guard !review.quality.isEmpty else { return [] }
            return [
                ReviewChart(
                    title: "Quality score per open deal (0-100)" + review.firstOf(review.quality.count),
                    bars: review.quality.prefix(review.rowLimit ?? .max).map { q in
                        SVGChart.Bar(
                            label: q.deal, value: q.assessment.score ?? 0,
                            caption: q.assessment.score.map(String.init) ?? "-")
                    }, style: .bars)
            ]
        case .lost:
            guard !review.lostReasons.isEmpty else { return [] }
            return [
                ReviewChart(
                    title: "Lost and dropped deals per reason",
                    bars: review.lostReasons.map { g in
                        SVGChart.Bar(
                            label: g.group == LostDeals.none
                                ? "-" : config.lostReason(named: g.group)?.label ?? g.group,
                            value: g.deals, caption: String(g.deals))
                    }, style: .bars)
            ]
        case .activity:
            let a = review.activity
            guard !a.reps.isEmpty else { return [] }
            let labels = a.kinds.map { config.kind(named: $0)?.label ?? $0 }
            return [
                ReviewChart(
                    title: "Activity reports per rep and kind",
                    bars: a.reps.map { rep in
                        let parts = a.kinds.indices.filter { rep.total(kind: $0) > 0 }.map {
                            "\(labels[$0]) \(rep.total(kind: $0))"
                        }
                        return SVGChart.Bar(
                            label: rep.name, value: rep.total, caption: "\(rep.total): " + parts.joined(separator: ", ")
                        )
                    },
                    style: .stacked(
                        segments: a.reps.map { rep in a.kinds.indices.map { rep.total(kind: $0) } }, series: labels))
            ]
        }
    }
}

extension Review {
    /// " (first 25 of 6,938)" when a chart of `count` deals shows only the first `rowLimit`.
    func firstOf(_ count: Int) -> String {
        guard let rowLimit, count > rowLimit + 1 else { return "" }
        return " " + Message.reviewFirstOf.text(String(rowLimit), grouped(count))
    }
}
