extension Energy {
    /// Each deal's energy total — the points of its reports up to `today`, `Score.total` —
    /// from a stream of reports (`Store.forEachReport`), for views that show only the total
    /// (`customer list`) and need not hold 200k reports. Points are looked up once per distinct
    /// kind, title and signal, as `PointTable` does.
    public struct Totals {
        private var table: PointTable
        private let today: CalendarDate
        /// Points per deal id; a deal without reports up to `today` has no entry.
        public private(set) var byDeal: [String: Int] = [:]

        public init(config: Config, today: CalendarDate) {
            self.table = PointTable([Report](), config: config)
            self.today = today
        }

        public mutating func add(_ report: Report) {
            guard report.date <= today else { return }
            table.learn(report)
            byDeal[report.deal, default: 0] += table.points(
                kind: report.kind, attendees: report.attendees, signals: report.signals)
        }
    }
}
