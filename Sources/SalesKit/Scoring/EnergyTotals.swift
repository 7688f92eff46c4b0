extension Energy {
    /// Each deal's energy total — the points of its reports up to `today`, `Score.total` —
    /// from a stream of reports (`Store.forEachReport`), for views that show only the total
    /// (`customer list`) and need not hold 200k reports. Points are looked up once per distinct
    /// kind, title and signal, as `PointTable` does.
    public struct Totals {
        private let table: PointTable
        private let today: CalendarDate
        private var kinds: [TextKey: Int] = [:]
        private var titles: [TextKey: Int] = [:]
        private var signals: [TextKey: Int] = [:]
        /// Points per deal id; a deal without reports up to `today` has no entry.
        public private(set) var byDeal: [String: Int] = [:]

        public init(config: Config, today: CalendarDate) {
            self.table = PointTable([Report](), config: config)
            self.today = today
        }

        public mutating func add(_ report: Report) {
            guard report.date <= today else { return }
            let table = self.table
            var points = Self.memo(&kinds, report.kind) { table.kind($0).points }
            for attendee in report.attendees {
                if let title = attendee.title {
                    points += Self.memo(&titles, title) { table.title($0).points }
                } else {
                    points += table.title(nil).points
                }
            }
            for id in report.signals { points += Self.memo(&signals, id) { table.signal($0).points } }
            byDeal[report.deal, default: 0] += points
        }

        private static func memo(_ cache: inout [TextKey: Int], _ text: String, _ look: (String) -> Int) -> Int {
            if let known = cache[TextKey(text)] { return known }
            let points = look(text)
            cache[TextKey(text)] = points
            return points
        }
    }
}
