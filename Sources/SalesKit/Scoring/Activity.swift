/// Activity counts (活動量): activity reports per rep per week, by kind, the way managers kept
/// them in a spreadsheet. A week starts on Monday; a report counts for its author on its date
/// (the day of the contact, not the day it was logged).
public struct Activity: Sendable {
    public struct Row: Sendable, Equatable {
        /// The Monday of the week.
        public var week: CalendarDate
        public var rep: String
        /// Reports per kind id.
        public var kinds: [String: Int]
        public var total: Int
    }

    public var period: Period
    /// The kinds that occur, in the order of salesctl.yaml, then unknown ones by id.
    public var kinds: [String]
    /// Weeks in order, reps by name within a week ("-" last: reports without an author).
    public var rows: [Row]
    /// Reports per kind over the whole period, and all of them.
    public var totals: [String: Int]
    public var total: Int
    /// The deals of the counted reports, in id order.
    public var deals: [String]

    /// The rep of a report without an author.
    public static let none = "-"

    /// Counts `reports` dated within `period`.
    public static func build(reports: [Report], config: Config, period: Period) -> Activity {
        var counts: [CalendarDate: [String: [String: Int]]] = [:]
        var totals: [String: Int] = [:]
        var total = 0
        var deals = Set<String>()
        for report in reports where period.contains(report.date) {
            let kind = config.kind(named: report.kind)?.id ?? report.kind
            counts[report.date.startOfWeek, default: [:]][report.author ?? none, default: [:]][kind, default: 0] += 1
            totals[kind, default: 0] += 1
            total += 1
            deals.insert(report.deal)
        }
        var rows: [Row] = []
        for week in counts.keys.sorted() {
            let reps = counts[week]!.keys.sorted { ($0 == none ? 1 : 0, $0) < ($1 == none ? 1 : 0, $1) }
            for rep in reps {
                let kinds = counts[week]![rep]!
                rows.append(Row(week: week, rep: rep, kinds: kinds, total: kinds.values.reduce(0, +)))
            }
        }
        let known = config.kinds.map(\.id).filter { totals[$0] != nil }
        let unknown = totals.keys.filter { id in !config.kinds.contains { $0.id == id } }.sorted()
        return Activity(
            period: period, kinds: known + unknown, rows: rows, totals: totals, total: total, deals: deals.sorted())
    }
}
