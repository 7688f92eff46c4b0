/// A sales target (目標) of `salesctl.yaml`: what the team, or one member, should win in a
/// month, a quarter or a year, in one currency.
///
/// ```yaml
/// targets:
///   - period: 2026-Q4          # 2026-11, 2026-Q4 or 2026
///     amount: 90000000         # the team's target (no member)
///   - period: 2026-Q4
///     member: 田中 美咲
///     amount: 50000000
///     currency: JPY            # default: the team's currency
/// ```
public struct Target: Sendable, Equatable {
    public var period: Period
    public var member: String?
    public var amount: Int
    public var currency: String
}

/// A calendar month, quarter or year: `2026-11`, `2026-Q4`, `2026`.
public struct Period: Sendable, Equatable, Hashable, CustomStringConvertible {
    public enum Unit: String, Sendable { case month, quarter, year }
    public var unit: Unit
    public var year: Int
    /// The month (1-12), the quarter (1-4), or 0 for a year.
    public var index: Int

    public init(unit: Unit, year: Int, index: Int) {
        self.unit = unit
        self.year = year
        self.index = index
    }

    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, let year = Int(first), year >= 1 else { return nil }
        if parts.count == 1 {
            self.init(unit: .year, year: year, index: 0)
        } else if parts.count == 2, parts[1].hasPrefix("Q"), let q = Int(parts[1].dropFirst()), (1...4).contains(q),
            parts[1].count == 2
        {
            self.init(unit: .quarter, year: year, index: q)
        } else if parts.count == 2, parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) {
            self.init(unit: .month, year: year, index: m)
        } else {
            return nil
        }
    }

    /// The month, quarter or year holding `date`.
    public static func of(_ date: CalendarDate, unit: Unit) -> Period {
        switch unit {
        case .month: Period(unit: .month, year: date.year, index: date.month)
        case .quarter: Period(unit: .quarter, year: date.year, index: date.quarter)
        case .year: Period(unit: .year, year: date.year, index: 0)
        }
    }

    public var first: CalendarDate {
        switch unit {
        case .month: CalendarDate(year: year, month: index, day: 1)
        case .quarter: CalendarDate(year: year, month: (index - 1) * 3 + 1, day: 1)
        case .year: CalendarDate(year: year, month: 1, day: 1)
        }
    }

    public var last: CalendarDate {
        let next: CalendarDate
        switch unit {
        case .month:
            next =
                index == 12
                ? CalendarDate(year: year + 1, month: 1, day: 1) : CalendarDate(year: year, month: index + 1, day: 1)
        case .quarter:
            next =
                index == 4
                ? CalendarDate(year: year + 1, month: 1, day: 1)
                : CalendarDate(year: year, month: index * 3 + 1, day: 1)
        case .year: next = CalendarDate(year: year + 1, month: 1, day: 1)
        }
        return next.adding(days: -1)
    }

    public func contains(_ date: CalendarDate) -> Bool { date >= first && date <= last }

    /// True when every day of `self` is in `other`.
    public func isWithin(_ other: Period) -> Bool { first >= other.first && last <= other.last }

    public var description: String {
        switch unit {
        case .month: "\(year)-" + String(index).leftPadded(to: 2)
        case .quarter: "\(year)-Q\(index)"
        case .year: "\(year)"
        }
    }
}

extension Config {
    /// `won_at` and `targets` (issue 20).
    static func parseWeek(_ root: YAMLNode.Mapping, reader r: NodeReader, into config: inout Config) throws {
        if let wonAt = try r.text(root, "won_at") {
            guard let stage = config.stage(named: wonAt) else {
                throw r.fail(
                    root["won_at"], "unknown-stage",
                    "'won_at' is \(quoted(wonAt)), which is not a stage; valid: \(config.stages.map(\.id).joined(separator: ", "))"
                )
            }
            config.wonAt = stage.id
        }
        if root["targets"] != nil {
            config.targets = try r.list(root, "targets").map { item in
                let m = try r.mapping(item, what: "a target")
                let text = try r.requiredText(m, "period", in: "a target")
                guard let period = Period(text), period.unit != .year || text.count == 4 else {
                    throw r.fail(
                        m["period"], "bad-value",
                        "target period \(quoted(text)) must be a month (2026-11), a quarter (2026-Q4) or a year (2026)")
                }
                guard let amount = try r.integer(m, "amount") else {
                    throw r.fail(item, "missing-field", "target has no 'amount'")
                }
                guard amount >= 0 else { throw r.fail(m["amount"], "bad-value", "target amount must not be negative") }
                return Target(
                    period: period, member: try r.text(m, "member"), amount: amount,
                    currency: try r.text(m, "currency") ?? config.currency)
            }
        }
    }
}
