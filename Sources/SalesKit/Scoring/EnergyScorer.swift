extension Energy {
    /// What one deal's reports add up to, one report at a time: the single rule behind every
    /// `Score` (`score(deal:reports:…)` over a deal's reports in memory, `Scorer` over a stream).
    /// Reports may come in any order: the lines and the gaps are put in date order at the end.
    struct Tally {
        /// The weeks a report's date falls in, relative to the week of `today`.
        struct Week {
            let thisWeek: CalendarDate
            let window: Int

            init(today: CalendarDate, windowWeeks: Int) {
                thisWeek = today.startOfWeek
                window = max(1, windowWeeks)
            }
        }

        var weekly = Array(repeating: 0, count: trendWeeks)
        var activeWeeks = Set<Int>()
        /// Names, titles and departments as written: normalised once per distinct spelling at
        /// the end, not once per attendee (it was most of a streamed tally's time).
        var names = Set<TextKey>()
        var titles = Set<TextKey>()
        var departments = Set<TextKey>()
        var lines: [Line] = []
        var dates: [CalendarDate] = []
        var total = 0

        mutating func add(_ report: Report, table: PointTable, week: Week, keepLines: Bool) {
            let points: Int
            if keepLines {
                let line = table.line(for: report)
                lines.append(line)
                points = line.points
            } else {
                points = table.points(kind: report.kind, attendees: report.attendees, signals: report.signals)
            }
            total += points
            for a in report.attendees {
                names.insert(TextKey(a.name))
                if let t = a.title { titles.insert(TextKey(t)) }
                if let d = a.department { departments.insert(TextKey(d)) }
            }
            let weeksAgo = week.thisWeek.days(since: report.date.startOfWeek) / 7
            if weeksAgo < trendWeeks { weekly[trendWeeks - 1 - weeksAgo] += points }
            if weeksAgo < week.window { activeWeeks.insert(weeksAgo) }
            dates.append(report.date)
        }

        /// The distinct non-empty values of `spellings` once trimmed (`key`: how they compare).
        static func distinct(_ spellings: Set<TextKey>, _ key: (String) -> String) -> Set<TextKey> {
            Set(
                spellings.compactMap { spelling in
                    let k = key(spelling.text)
                    return k.isEmpty ? nil : TextKey(k)
                })
        }

        func score(deal: Deal, today: CalendarDate, windowWeeks: Int) -> Score {
            let people = Tally.distinct(names) { KeyPerson.nameKey($0) }
            let titleCount = Tally.distinct(titles) { $0.trimmingSpaces }.count
            let departmentCount = Tally.distinct(departments) { $0.trimmingSpaces }.count
            let ordered = dates.indices.dropFirst().allSatisfy { dates[$0 - 1] <= dates[$0] }
            let sortedDates = ordered ? dates : dates.sorted()
            var longestGap: Int?
            for (previous, next) in zip(sortedDates, sortedDates.dropFirst()) {
                longestGap = max(longestGap ?? 0, next.days(since: previous))
            }
            if let last = sortedDates.last { longestGap = max(longestGap ?? 0, today.days(since: last)) }
            let keyPersons = deal.keyPersons.compactMap { p in
                p.role.map {
                    KeyPersonMet(name: p.name, role: $0, met: people.contains(TextKey(KeyPerson.nameKey(p.name))))
                }
            }
            let recent = weekly.suffix(4).reduce(0, +)
            let previous = weekly.dropLast(4).suffix(4).reduce(0, +)
            return Score(
                deal: deal.id, total: total,
                lines: ordered ? lines : lines.sorted { ($0.date, $0.path) < ($1.date, $1.path) },
                breadth: Breadth(
                    people: people.count, titles: titleCount, departments: departmentCount,
                    keyPersons: keyPersons),
                continuity: Continuity(
                    weeksActive: activeWeeks.count, windowWeeks: max(1, windowWeeks), longestGapDays: longestGap),
                trend: Trend(recent: recent, previous: previous, weekly: weekly),
                reportCount: dates.count, lastContact: sortedDates.last)
        }
    }

    /// `scores(deals:reports:…)` from a stream of reports (`Store.forEachReport`), in any order:
    /// one `Tally` per deal instead of 200k reports held at once. Reports of other deals, after
    /// `today` or before `since` are skipped.
    public struct Scorer {
        private let deals: [Deal]
        private let index: [TextKey: Int]
        private var tallies: [Tally]
        private var table: PointTable
        private let today: CalendarDate
        private let since: CalendarDate?
        private let windowWeeks: Int
        private let week: Tally.Week
        private let keepLines: Bool

        public init(
            deals: [Deal], config: Config, today: CalendarDate, since: CalendarDate? = nil,
            windowWeeks: Int = defaultWindowWeeks, keepLines: Bool = false
        ) {
            self.deals = deals
            index = Dictionary(deals.enumerated().map { (TextKey($1.id), $0) }, uniquingKeysWith: { a, _ in a })
            tallies = Array(repeating: Tally(), count: deals.count)
            table = PointTable([Report](), config: config)
            self.today = today
            self.since = since
            self.windowWeeks = windowWeeks
            week = Tally.Week(today: today, windowWeeks: windowWeeks)
            self.keepLines = keepLines
        }

        public mutating func add(_ report: Report) {
            guard report.date <= today, since == nil || report.date >= since!,
                let i = index[TextKey(report.deal)]
            else { return }
            table.learn(report)
            tallies[i].add(report, table: table, week: week, keepLines: keepLines)
        }

        /// The scores, in the order of the deals given; `ranked`: in `scores(…, ranked: true)`'s order.
        public func scores(ranked: Bool = false) -> [Score] {
            let scores = deals.indices.map {
                tallies[$0].score(deal: deals[$0], today: today, windowWeeks: windowWeeks)
            }
            return ranked ? rank(scores) : scores
        }
    }
}
