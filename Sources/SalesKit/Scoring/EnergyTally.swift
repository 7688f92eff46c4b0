extension Energy {
    /// What one deal's reports add up to, one report at a time: the single rule behind every
    /// `Score`. Reports may come in any order: the lines and the gaps are put in date order at
    /// the end. (A stream of all reports through one tally per deal, tried for `energy score`,
    /// saved 60 MB but ran 30 % slower: the tallies run on one core, deals scored in memory run
    /// on all.)
    struct Tally {
        /// The Monday of `today`'s week, and the continuity window in weeks (at least 1).
        let thisWeek: CalendarDate
        let window: Int

        init(today: CalendarDate, windowWeeks: Int) {
            thisWeek = today.startOfWeek
            window = max(1, windowWeeks)
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

        mutating func add(_ report: Report, table: PointTable, keepLines: Bool) {
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
            let weeksAgo = thisWeek.days(since: report.date.startOfWeek) / 7
            if weeksAgo < trendWeeks { weekly[trendWeeks - 1 - weeksAgo] += points }
            if weeksAgo < window { activeWeeks.insert(weeksAgo) }
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

        func score(deal: Deal, today: CalendarDate) -> Score {
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
                    weeksActive: activeWeeks.count, windowWeeks: window, longestGapDays: longestGap),
                trend: Trend(recent: recent, previous: previous, weekly: weekly),
                reportCount: dates.count, lastContact: sortedDates.last)
        }
    }
}
