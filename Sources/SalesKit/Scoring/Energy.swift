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
        var tally = Tally(today: today, windowWeeks: windowWeeks)
        for i in indices where reports[i].date <= today && (since == nil || reports[i].date >= since!) {
            tally.add(reports[i], table: table, keepLines: keepLines)
        }
        return tally.score(deal: deal, today: today)
    }

    /// Scores many deals with one pass over the reports (grouped by deal first); `ranked`: the
    /// highest total first (ties by deal id), else in the order of `deals`.
    public static func scores(
        deals: [Deal], reports: [Report], config: Config, today: CalendarDate,
        since: CalendarDate? = nil, windowWeeks: Int = defaultWindowWeeks,
        keepLines: Bool = true, ranked: Bool = false
    ) -> [Score] {
        let scores = reports.withUnsafeBufferPointer { reports in
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
        return ranked ? rank(scores) : scores
    }

    /// The highest total first, ties by deal id: `energy score`'s order.
    static func rank(_ scores: [Score]) -> [Score] { scores.sorted { ($1.total, $0.deal) < ($0.total, $1.deal) } }

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
}
