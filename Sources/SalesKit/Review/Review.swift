/// The manager's weekly review (issue 23): one value holding every section of the page, built
/// from the same queries the list commands use (`Forecast`, `Staleness`, `Energy`, `Quality`,
/// `LostDeals`, `Homework`, `NextAction`), so its numbers are theirs. Renderers (HTML, Markdown,
/// text) only lay it out. Pure: a function of the store's data, the config and the window.
public struct Review: Sendable {
    /// The days the review looks back on, both ends included. Everything "as of" is as of `until`.
    public struct Window: Sendable, Equatable {
        public var since: CalendarDate
        public var until: CalendarDate

        public init(since: CalendarDate, until: CalendarDate) {
            self.since = since
            self.until = until
        }

        /// The default window: the 7 days ending with `until`.
        public static func lastWeek(until: CalendarDate) -> Window {
            Window(since: until.adding(days: -6), until: until)
        }

        /// The window between the days given, both ends included; without `since`, the 7 days
        /// ending with `until`. A window that starts after it ends is a malformed request.
        public static func between(since: CalendarDate?, until: CalendarDate) throws -> Window {
            let since = since ?? lastWeek(until: until).since
            try Clock.requireRange(since: since, until: until)
            return Window(since: since, until: until)
        }

        public var days: Int { until.days(since: since) + 1 }
        public func contains(_ date: CalendarDate) -> Bool { date >= since && date <= until }
    }

    /// Sums in one currency: the open pipeline (deals, amount, weighted) and, where the
    /// forecast counts them, the deals won (at their amount, in the month of the win).
    public struct Amounts: Sendable, Equatable {
        public var currency: String
        public var deals: Int
        public var amount: Int
        public var weighted: Int
        public var wonDeals: Int = 0
        public var won: Int = 0
    }

    /// Section 1: one stage of the funnel, every stage of salesctl.yaml in process order.
    public struct FunnelStage: Sendable, Equatable {
        public var stage: String
        public var label: String
        public var probability: Int
        /// Per currency, sorted by currency; empty when no open deal is in the stage.
        public var amounts: [Amounts]
        public var deals: Int { amounts.reduce(0) { $0 + $1.deals } }
    }

    /// Section 2: the forecast of one month (the expected close month of open deals, the month
    /// of the win of won deals; `Forecast.noDate` for open deals without a date), in one
    /// currency, with the target for the month if set.
    public struct Month: Sendable, Equatable {
        public var month: String
        public var amounts: Amounts
        public var target: Int?
    }

    /// Section 2: `results --period` of the quarter of `until`, the next one and the year, in
    /// one currency: won against the target, and the weighted pipeline expected in the period.
    public struct PeriodResult: Sendable, Equatable {
        public var period: Period
        public var row: Results.Row
    }

    /// Section 4, second list: an open deal without a next action, or with an overdue one.
    public struct NextActionGap: Sendable, Equatable {
        public var deal: String
        public var title: String
        public var owner: String?
        public var standing: NextAction.Standing
        /// The overdue action (nil when there is none).
        public var action: NextAction?
        public var daysLate: Int
    }

    /// Section 4, third list: an overdue homework item with its deal's title.
    public struct LateHomework: Sendable, Equatable {
        public var item: HomeworkItem
        public var dealTitle: String
        public var daysLate: Int
    }

    public struct Attention: Sendable {
        /// As `stale list --suggest` gives them, most days first.
        public var stale: [Staleness.Row]
        public var nextActions: [NextActionGap]
        public var homework: [LateHomework]
    }

    /// Section 5: one open deal's energy as `energy score` computes it.
    public struct EnergyRow: Sendable, Equatable {
        public var deal: String
        public var title: String
        public var customer: String
        public var owner: String?
        public var score: Energy.Score
        /// recent − previous (points of the last 4 weeks minus the 4 before).
        public var change: Int { score.trend.recent - score.trend.previous }
    }

    /// Section 6: one open deal's quality.
    public struct QualityRow: Sendable, Equatable {
        public var deal: String
        public var title: String
        public var owner: String?
        /// As `quality check` assesses it (its default review days).
        public var assessment: Quality.Assessment
        /// Indicators worse at the end of the window than at its start.
        public var worsenedInWindow: [Quality.Worsened]
    }

    /// Section 8: reports per author, kind and week.
    public struct Activity: Sendable, Equatable {
        public struct Rep: Sendable, Equatable {
            public var name: String
            /// counts[week][kind], in the order of `weeks` and `kinds`.
            public var counts: [[Int]]
            public var total: Int { counts.reduce(0) { $0 + $1.reduce(0, +) } }
            public func total(week: Int) -> Int { counts[week].reduce(0, +) }
            public func total(kind: Int) -> Int { counts.reduce(0) { $0 + $1[kind] } }
        }

        /// Mondays, oldest first: at least `minimumWeeks`, the last one the week of `until`.
        public var weeks: [CalendarDate]
        /// Kind ids in salesctl.yaml's order, then unknown kinds by name; only kinds reported.
        public var kinds: [String]
        /// By name; a report without an author counts under "-".
        public var reps: [Rep]
        public static let minimumWeeks = 4
    }

    public var window: Window
    /// The owner the review is limited to (as the deal files spell it), if any.
    public var owner: String?
    public var funnel: [FunnelStage]
    /// Open deals (on hold left out, as in `forecast`) per currency.
    public var totals: [Amounts]
    public var months: [Month]
    /// Periods with a target, a win or an open deal expected in them.
    public var periods: [PeriodResult]
    /// Section 3: `pipeline changes` over the window.
    public var movement: PipelineChanges
    public var attention: Attention
    /// Open deals by energy, highest first (the order of `energy score`).
    public var energy: [EnergyRow]
    /// The open deals whose 4-week points fell the most, at most `fallsShown`.
    public var falls: [EnergyRow]
    public var quality: [QualityRow]
    /// Lost and dropped deals closed in the window, oldest first.
    public var lost: [LostDeals.Entry]
    /// The same by reason and currency, the most frequent first.
    public var lostReasons: [LostDeals.Group]
    public var activity: Activity
    /// How many rows the long tables show (stale deals, next actions, homework, energy,
    /// quality, moved deals); nil: all of them.
    public var rowLimit: Int? = defaultRowLimit

    public static let fallsShown = 5
    public static let defaultRowLimit = 25
}
