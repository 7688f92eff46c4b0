/// What happened, for everyone on the team (seed 000: a feed tells support departments about a
/// deal without anyone asking): reports added, history events (created, stage, status, step,
/// quality, person, homework-done) and homework falling due, oldest first.
public struct FeedEntry: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case report
        case event
        case homeworkDue = "homework-due"
    }

    public var date: CalendarDate
    public var deal: String
    public var dealTitle: String
    public var kind: Kind
    /// `report`, the history event's kind (`stage`, `quality`, ...) or `homework-due`.
    public var event: String
    /// The report's author or the event's `by`.
    public var who: String?
    public var summary: String
    /// More lines: homework given in a report, its `next` step.
    public var details: [String]
    /// The file that holds it, relative to the store root.
    public var path: String
    /// The homework reference for homework-done and homework-due entries.
    public var ref: String?
    /// Who committed it, when the store is in a git repository.
    public var commit: GitHistory.Commit?
    /// The day a back-dated report or event was entered (its `logged`), later than `date`.
    public var logged: CalendarDate? = nil
}

public enum Feed {
    public struct Filter: Sendable {
        public var since: CalendarDate
        public var until: CalendarDate
        /// Deals where this member is the owner or a member (spaces in names do not matter).
        public var member: String?
        public var deal: String?

        public init(since: CalendarDate, until: CalendarDate, member: String? = nil, deal: String? = nil) {
            self.since = since
            self.until = until
            self.member = member
            self.deal = deal
        }

        public func matches(_ deal: Deal) -> Bool {
            if let id = self.deal, deal.id != id { return false }
            if let member, !deal.team.contains(where: { KeyPerson.nameKey($0) == KeyPerson.nameKey(member) }) {
                return false
            }
            return true
        }
    }

    /// The feed of `deals` (those the filter keeps) between `since` and `until`, oldest first;
    /// a report or event is in when its date or the day it was logged is in the window (a late
    /// entry keeps its date and says when it was logged);
    /// within a day: deal by deal, history events before reports, each in file order, homework
    /// falling due last. `git` credits each report and event to the commit that added it.
    public static func build(
        deals: [Deal], reports: [Report], config: Config, filter: Filter,
        git: GitHistory? = nil
    ) -> [FeedEntry] {
        let kept = deals.filter(filter.matches)
        let byID = Dictionary(kept.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let ownReports = reports.filter { byID[$0.deal] != nil }
        let homework = Homework.items(reports: ownReports, deals: kept)
        let texts = Dictionary(homework.map { ($0.ref, $0.text) }, uniquingKeysWith: { a, _ in a })
        let inRange = { (date: CalendarDate) in date >= filter.since && date <= filter.until }
        var entries: [(FeedEntry, Int)] = []

        for deal in kept {
            let path = Store.dealFile(deal.id)
            for (i, event) in deal.history.enumerated() where inRange(event.date) || event.logged.map(inRange) == true {
                var summary = TimelineEntry.describe(event, config: config)
                if event.kind == "homework-done", let ref = event["ref"] {
                    summary =
                        Message.feedHomeworkDone.text(texts[ref] ?? ref) + (event["note"].map { " — \($0)" } ?? "")
                }
                entries.append(
                    (
                        FeedEntry(
                            date: event.date, deal: deal.id, dealTitle: deal.title, kind: .event,
                            event: event.kind, who: event.by, summary: summary, details: [], path: path,
                            ref: event.kind == "homework-done" ? event["ref"] : nil,
                            commit: git?.commit(for: event, in: path), logged: event.logged), i
                    ))
            }
        }
        for report in ownReports where inRange(report.date) || report.logged.map(inRange) == true {
            let deal = byID[report.deal]!
            var details = report.homework.map { h in
                "宿題: \(h.text)"
                    + ([h.assignee, h.due.map { Message.eventNextDue.text($0.description) }].compactMap { $0 }.isEmpty
                        ? ""
                        : " ("
                            + [h.assignee, h.due.map { Message.eventNextDue.text($0.description) }].compactMap { $0 }
                            .joined(separator: ", ") + ")")
            }
            if let next = report.next { details.append(Message.feedNext.text(next)) }
            entries.append(
                (
                    FeedEntry(
                        date: report.date, deal: deal.id, dealTitle: deal.title, kind: .report, event: "report",
                        who: report.author, summary: summary(report, config: config),
                        details: details, path: report.path, ref: nil, commit: git?.files[report.path],
                        logged: report.logged),
                    100_000 + entries.count
                ))
        }
        for item in homework {
            guard let due = item.due, inRange(due) else { continue }
            if let done = item.done, done.date <= due { continue }
            let deal = byID[item.deal]!
            entries.append(
                (
                    FeedEntry(
                        date: due, deal: deal.id, dealTitle: deal.title, kind: .homeworkDue, event: "homework-due",
                        who: item.assignee,
                        summary: Message.feedHomeworkDue.text(item.text)
                            + (item.done == nil ? Message.feedNotDone.text() : ""),
                        details: [], path: item.report, ref: item.ref, commit: nil), 200_000 + entries.count
                ))
        }
        return entries.sorted { ($0.0.date, $0.0.deal, $0.1) < ($1.0.date, $1.0.deal, $1.1) }.map(\.0)
    }

    /// The timeline's line for a report, without the homework count (the details list the items).
    static func summary(_ report: Report, config: Config) -> String {
        var plain = report
        plain.homework = []
        return TimelineEntry.describe(plain, config: config)
    }
}
