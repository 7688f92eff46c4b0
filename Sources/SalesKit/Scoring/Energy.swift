import Dispatch

/// User energy (ユーザエネルギー): how seriously a customer engages, read from its activity reports.
///
/// A report's points = its kind's points + Σ points of each attendee's title + Σ points of each
/// signal, all set in `salesctl.yaml`. The score reads them three ways: cumulative (the total),
/// breadth (多面的接触: people, titles, departments, key persons, the approval route) and
/// continuity (継続性: active weeks, the longest gap, the 4-week trend). Pure: a function of the
/// deal, its reports, the config and `today`; it never reads the clock.
public enum Energy {
    /// The points of one attendee, explained.
    public struct AttendeePoints: Sendable, Equatable {
        public var name: String
        public var title: String?
        public var department: String?
        public var points: Int
        /// The matched keyword, nil when the default weight applied.
        public var keyword: String?
    }

    /// One report's contribution: the line `--explain` prints.
    public struct Line: Sendable, Equatable {
        public var date: CalendarDate
        public var path: String
        public var kind: String
        public var kindPoints: Int
        public var attendees: [AttendeePoints]
        public var signals: [(id: String, points: Int)]
        public var points: Int {
            kindPoints + attendees.reduce(0) { $0 + $1.points } + signals.reduce(0) { $0 + $1.points }
        }

        public static func == (a: Line, b: Line) -> Bool {
            a.date == b.date && a.path == b.path && a.kind == b.kind && a.kindPoints == b.kindPoints
                && a.attendees == b.attendees && a.signals.elementsEqual(b.signals, by: { $0 == $1 })
        }
    }

    public struct KeyPersonMet: Sendable, Equatable {
        public var name: String
        public var role: KeyPerson.Role
        public var met: Bool
    }

    public struct Breadth: Sendable, Equatable {
        public var people: Int
        public var titles: Int
        public var departments: Int
        /// The deal's key persons with a role (D, A, I), in file order, each marked met or not.
        public var keyPersons: [KeyPersonMet]
        public var keyPersonsMet: Int { keyPersons.filter(\.met).count }
        public var keyPersonsTotal: Int { keyPersons.count }
        /// The D and A key persons not met yet.
        public var approvalRouteMissing: [KeyPersonMet] { keyPersons.filter { $0.role != .I && !$0.met } }
        /// Every D and A has been met; false when the deal records no D or A.
        public var approvalRouteCovered: Bool {
            keyPersons.contains { $0.role != .I } && approvalRouteMissing.isEmpty
        }
    }

    public struct Continuity: Sendable, Equatable {
        /// Weeks (Monday to Sunday) with at least one report, of the last `windowWeeks` weeks
        /// ending with the week of `today`.
        public var weeksActive: Int
        public var windowWeeks: Int
        /// The most days between two consecutive contacts, or between the last contact and
        /// today; nil without reports.
        public var longestGapDays: Int?
    }

    public enum Direction: String, Sendable { case rising, falling, flat }

    public struct Trend: Sendable, Equatable {
        /// Points of the last 4 weeks (this week and the 3 before).
        public var recent: Int
        /// Points of the 4 weeks before those.
        public var previous: Int
        /// Points per week of the last 12 weeks, oldest first; the last is this week.
        public var weekly: [Int]
        public var direction: Direction {
            recent > previous ? .rising : recent < previous ? .falling : .flat
        }
    }

    public struct Score: Sendable, Equatable {
        public var deal: String
        public var total: Int
        /// Every report counted, oldest first; their points sum to `total`. Empty when the
        /// caller asked `scores` not to keep them (`reportCount` and `lastContact` still hold).
        public var lines: [Line]
        public var breadth: Breadth
        public var continuity: Continuity
        public var trend: Trend
        /// How many reports were counted.
        public var reportCount: Int
        /// The date of the newest report counted.
        public var lastContact: CalendarDate?
    }

    public static let trendWeeks = 12
    public static let defaultWindowWeeks = 8

    /// Points of an attendee by title: the first rank (most senior first) with a keyword found in
    /// the title wins, else the default. Japanese keywords match anywhere in the title; keywords
    /// in ASCII match whole words, ignoring ASCII case ("cto" is not found in "Factory").
    public static func titlePoints(_ title: String?, config: Config) -> (points: Int, keyword: String?) {
        guard let title, !title.isEmpty else { return (config.defaultTitlePoints, nil) }
        let folded = asciiLowercased(title)
        for rank in config.titles {
            for keyword in rank.keywords where !keyword.isEmpty && contains(folded, asciiLowercased(keyword)) {
                return (rank.points, keyword)
            }
        }
        return (config.defaultTitlePoints, nil)
    }

    /// One report's points, itemised. Unknown kinds and signals count 0 (`check` reports them).
    public static func line(for report: Report, config: Config) -> Line {
        PointTable([report], config: config).line(for: report)
    }

    /// What a report's words are worth, worked out once per distinct title, kind and signal (a
    /// store of 200k reports has a few dozen of each): the answers of `titlePoints`,
    /// `Config.kind(named:)` and `Config.signal(named:)`, without a search per attendee. Words
    /// not seen when the table was made are looked up in the config.
    struct PointTable: Sendable {
        let config: Config
        private var titles: [TextKey: (points: Int, keyword: String?)] = [:]
        private var kinds: [TextKey: (id: String, points: Int)] = [:]
        private var signals: [TextKey: (id: String, points: Int)] = [:]

        init(_ reports: UnsafeBufferPointer<Report>, config: Config) {
            self.config = config
            for i in reports.indices {
                let kindName = reports[i].kind
                if kinds[TextKey(kindName)] == nil { kinds[TextKey(kindName)] = lookUpKind(kindName) }
                for a in reports[i].attendees {
                    if let title = a.title, titles[TextKey(title)] == nil {
                        titles[TextKey(title)] = titlePoints(title, config: config)
                    }
                }
                for id in reports[i].signals where signals[TextKey(id)] == nil {
                    signals[TextKey(id)] = lookUpSignal(id)
                }
            }
        }

        init(_ reports: [Report], config: Config) {
            self = reports.withUnsafeBufferPointer { PointTable($0, config: config) }
        }

        func title(_ title: String?) -> (points: Int, keyword: String?) {
            title.flatMap { titles[TextKey($0)] } ?? titlePoints(title, config: config)
        }

        /// The kind's id and points; an unknown kind counts 0 (`check` reports it).
        func kind(_ name: String) -> (id: String, points: Int) { kinds[TextKey(name)] ?? lookUpKind(name) }

        /// The signal's id and points; an unknown signal counts 0 (`check` reports it).
        func signal(_ id: String) -> (id: String, points: Int) { signals[TextKey(id)] ?? lookUpSignal(id) }

        private func lookUpKind(_ name: String) -> (id: String, points: Int) {
            config.kind(named: name).map { ($0.id, $0.points) } ?? (name, 0)
        }

        private func lookUpSignal(_ id: String) -> (id: String, points: Int) {
            config.signal(named: id).map { ($0.id, $0.points) } ?? (id, 0)
        }

        /// A report's points, without building its `Line`.
        func points(kind: String, attendees: [Report.Attendee], signals ids: [String]) -> Int {
            var total = self.kind(kind).points
            for a in attendees { total += title(a.title).points }
            for id in ids { total += signal(id).points }
            return total
        }

        /// One report's points, itemised.
        func line(for report: Report) -> Line {
            let kind = kind(report.kind)
            return Line(
                date: report.date, path: report.path, kind: kind.id, kindPoints: kind.points,
                attendees: report.attendees.map { a in
                    let (points, keyword) = title(a.title)
                    return AttendeePoints(
                        name: a.name, title: a.title, department: a.department, points: points, keyword: keyword)
                },
                signals: report.signals.map(signal))
        }
    }

    /// The energy of one deal. `reports` may hold other deals' reports and reports after `today`
    /// or before `since`: those are skipped. One pass over the reports.
    public static func score(
        deal: Deal, reports: [Report], config: Config, today: CalendarDate,
        since: CalendarDate? = nil, windowWeeks: Int = defaultWindowWeeks
    ) -> Score {
        reports.withUnsafeBufferPointer { buffer in
            score(
                deal: deal, reports: buffer, indices: reportIndices(buffer, of: [deal.id])[0], today: today,
                since: since,
                windowWeeks: windowWeeks, table: PointTable(buffer, config: config), keepLines: true)
        }
    }

    /// Oldest first: by date, then path (the order of `Store.loadReports`).
    static func precedes(_ a: Report, _ b: Report) -> Bool {
        a.date != b.date ? a.date < b.date : a.path < b.path
    }

    /// The score from `reports[indices]`: the deal's reports, oldest first. Reads the reports in
    /// place (a copy of each report was a third of the time).
    static func score(
        deal: Deal, reports: UnsafeBufferPointer<Report>, indices: [Int], today: CalendarDate,
        since: CalendarDate?, windowWeeks: Int, table: PointTable, keepLines: Bool
    ) -> Score {
        let thisWeek = today.startOfWeek
        let window = max(1, windowWeeks)
        var weekly = Array(repeating: 0, count: trendWeeks)
        var activeWeeks = Set<Int>()
        var people = Set<TextKey>()
        var titles = Set<TextKey>()
        var departments = Set<TextKey>()
        var lines: [Line] = []
        var reportCount = 0
        var total = 0
        var previousDate: CalendarDate?
        var longestGap: Int?
        for i in indices {
            let date = reports[i].date
            guard date <= today, since == nil || date >= since! else { continue }
            let points: Int
            if keepLines {
                let line = table.line(for: reports[i])
                lines.append(line)
                points = line.points
            } else {
                points = table.points(
                    kind: reports[i].kind, attendees: reports[i].attendees, signals: reports[i].signals)
            }
            reportCount += 1
            total += points
            for a in reports[i].attendees {
                people.insert(TextKey(KeyPerson.nameKey(a.name)))
                if let t = a.title?.trimmingSpaces, !t.isEmpty { titles.insert(TextKey(t)) }
                if let d = a.department?.trimmingSpaces, !d.isEmpty { departments.insert(TextKey(d)) }
            }
            let weeksAgo = thisWeek.days(since: date.startOfWeek) / 7
            if weeksAgo < trendWeeks { weekly[trendWeeks - 1 - weeksAgo] += points }
            if weeksAgo < window { activeWeeks.insert(weeksAgo) }
            if let previousDate { longestGap = max(longestGap ?? 0, date.days(since: previousDate)) }
            previousDate = date
        }
        if let previousDate { longestGap = max(longestGap ?? 0, today.days(since: previousDate)) }
        let keyPersons = deal.keyPersons.compactMap { p in
            p.role.map {
                KeyPersonMet(name: p.name, role: $0, met: people.contains(TextKey(KeyPerson.nameKey(p.name))))
            }
        }
        let recent = weekly.suffix(4).reduce(0, +)
        let previous = weekly.dropLast(4).suffix(4).reduce(0, +)
        return Score(
            deal: deal.id, total: total, lines: lines,
            breadth: Breadth(
                people: people.count, titles: titles.count, departments: departments.count, keyPersons: keyPersons),
            continuity: Continuity(weeksActive: activeWeeks.count, windowWeeks: window, longestGapDays: longestGap),
            trend: Trend(recent: recent, previous: previous, weekly: weekly),
            reportCount: reportCount, lastContact: previousDate)
    }

    /// Scores many deals with one pass over the reports (grouped by deal first).
    public static func scores(
        deals: [Deal], reports: [Report], config: Config, today: CalendarDate,
        since: CalendarDate? = nil, windowWeeks: Int = defaultWindowWeeks,
        keepLines: Bool = true
    ) -> [Score] {
        reports.withUnsafeBufferPointer { reports in
            let groups = reportIndices(reports, of: deals.map(\.id))
            let table = PointTable(reports, config: config)
            let shared = UncheckedSendable(value: reports)
            // Deals are independent: scored on all cores.
            return parallelMap(deals.count) { i in
                score(
                    deal: deals[i], reports: shared.value, indices: groups[i], today: today,
                    since: since, windowWeeks: windowWeeks, table: table, keepLines: keepLines)
            }
        }
    }

    /// For each deal id, the indices of its reports that pass `include`, oldest first. Indices,
    /// not copies: copying 200k reports into groups cost more than scoring them.
    static func reportIndices(
        _ reports: UnsafeBufferPointer<Report>, of ids: [String],
        where include: (Report) -> Bool = { _ in true }
    ) -> [[Int]] {
        var byDeal: [TextKey: [Int]] = [:]
        for i in reports.indices where include(reports[i]) { byDeal[TextKey(reports[i].deal), default: []].append(i) }
        // `Store.loadReports` gives them oldest first already; anything else is sorted here.
        let ordered = reports.indices.dropFirst().allSatisfy { !precedes(reports[$0], reports[$0 - 1]) }
        return ids.map { id in
            let mine = byDeal[TextKey(id)] ?? []
            return ordered ? mine : mine.sorted { precedes(reports[$0], reports[$1]) }
        }
    }

    static func asciiLowercased(_ s: String) -> [Unicode.Scalar] {
        // ASCII upper case is exactly A-Z; no Unicode property lookup (it was 15% of `energy score`).
        s.unicodeScalars.map { (0x41...0x5A).contains($0.value) ? Unicode.Scalar($0.value + 32)! : $0 }
    }

    /// `needle` in `haystack`; an ASCII needle must stand as a whole word (no ASCII letter or
    /// digit right before or after it).
    static func contains(_ haystack: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        let wordy = needle.allSatisfy(\.isASCII)
        func isWordChar(_ s: Unicode.Scalar) -> Bool {
            s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s))
        }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            guard haystack[start..<(start + needle.count)].elementsEqual(needle) else { continue }
            if wordy {
                if start > 0 && isWordChar(haystack[start - 1]) { continue }
                let end = start + needle.count
                if end < haystack.count && isWordChar(haystack[end]) { continue }
            }
            return true
        }
        return false
    }
}

extension Energy.Score {
    /// The JSON object of `energy score --format json`.
    public func json(deal: Deal, explain: Bool) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("deal", .string(self.deal)),
            ("title", .string(deal.title)),
            ("customer", .string(deal.customer)),
            ("owner", .optional(deal.owner)),
            ("total", .int(total)),
            ("reports", .int(reportCount)),
            ("last_contact", .optional(lastContact?.description)),
            (
                "breadth",
                .object([
                    ("people", .int(breadth.people)),
                    ("titles", .int(breadth.titles)),
                    ("departments", .int(breadth.departments)),
                    ("key_persons_met", .int(breadth.keyPersonsMet)),
                    ("key_persons_total", .int(breadth.keyPersonsTotal)),
                    ("approval_route_covered", .bool(breadth.approvalRouteCovered)),
                    (
                        "key_persons",
                        .array(
                            breadth.keyPersons.map { p in
                                .object([
                                    ("name", .string(p.name)), ("role", .string(p.role.rawValue)), ("met", .bool(p.met))
                                ])
                            })
                    )
                ])
            ),
            (
                "continuity",
                .object([
                    ("weeks_active", .int(continuity.weeksActive)),
                    ("window_weeks", .int(continuity.windowWeeks)),
                    ("longest_gap_days", continuity.longestGapDays.map { .int($0) } ?? .null)
                ])
            ),
            (
                "trend",
                .object([
                    ("recent", .int(trend.recent)),
                    ("previous", .int(trend.previous)),
                    ("direction", .string(trend.direction.rawValue)),
                    ("weekly", .array(trend.weekly.map { .int($0) }))
                ])
            )
        ]
        if explain {
            members.append(
                (
                    "lines",
                    .array(
                        lines.map { line in
                            .object([
                                ("date", .string(line.date.description)),
                                ("report", .string(line.path)),
                                ("kind", .string(line.kind)),
                                ("kind_points", .int(line.kindPoints)),
                                (
                                    "attendees",
                                    .array(
                                        line.attendees.map { a in
                                            .object([
                                                ("name", .string(a.name)), ("title", .optional(a.title)),
                                                ("points", .int(a.points))
                                            ])
                                        })
                                ),
                                (
                                    "signals",
                                    .array(
                                        line.signals.map { s in
                                            .object([("id", .string(s.id)), ("points", .int(s.points))])
                                        })
                                ),
                                ("points", .int(line.points))
                            ])
                        })
                ))
        }
        return .object(members)
    }
}
