/// Which reports a list shows: one deal, a date range (both ends included), one author. The
/// file names decide the deal and the dates before any file is read (`Store.forEachReport`);
/// the author, a typed name, follows the one rule of `NameMatch` among the authors of the
/// reports in range and the people the deal files know.
public struct ReportQuery: Sendable {
    public var deals: Set<String>?
    public var since: CalendarDate?
    public var until: CalendarDate?
    /// A report is in the range when its date or the day it was logged is (a late entry,
    /// see LateEntry.swift): a list of what is new never misses one.
    public var orLogged: Bool

    public init(deal: String? = nil, since: CalendarDate? = nil, until: CalendarDate? = nil, orLogged: Bool = true) {
        self.deals = deal.map { [$0] }
        self.since = since
        self.until = until
        self.orLogged = orLogged
    }

    /// Each report in range, in path order, handed to `visit` and let go; returns the findings.
    public func forEach(in store: Store, detail: Store.ReportDetail, _ visit: (Report) -> Void) -> [Finding] {
        store.forEachReport(deals: deals, since: since, until: until, orLogged: orLogged, detail: detail, visit: visit)
    }

    /// The reports in range, oldest first, and the findings.
    public func load(from store: Store, detail: Store.ReportDetail) -> (reports: [Report], findings: [Finding]) {
        store.loadReports(deals: deals, since: since, until: until, orLogged: orLogged, detail: detail)
    }

    /// The author `typed` names, among `authors` (of the reports at hand) and the store's people
    /// (owners, members and event authors of `deals`); an unknown or ambiguous name is an error.
    public static func author(_ typed: String, authors: some Sequence<String>, store: Store, deals: [Deal]) throws
        -> String
    {
        try NameMatch.require(
            typed, among: Array(authors) + store.knownPeople(deals: deals), kind: .person, what: "author")
    }

    /// `reports` by the author `typed` names (nil: all of them), the name resolved among their
    /// authors and the store's people.
    public static func reports(_ reports: [Report], by typed: String?, store: Store) throws -> [Report] {
        guard let typed else { return reports }
        let who = try author(typed, authors: reports.compactMap(\.author), store: store, deals: store.loadDeals().deals)
        return reports.filter { $0.author == who }
    }

    /// The rows of the reports in range, straight from the stream of reports (summaries), so
    /// 200k reports are never held at once: a row takes a third of a report's memory.
    public func rows(in store: Store) -> ReportRows {
        var rows: [[String]] = []
        let findings = forEach(in: store, detail: .summary) { r in
            rows.append([
                r.date.description, r.deal, r.kind, r.author ?? "", r.attendees.map(\.label).joined(separator: ", "),
                r.path, r.logged?.description ?? ""
            ])
        }
        return ReportRows(rows: rows, findings: findings)
    }
}

/// A row per report (`ReportRows.header`), and the files that did not read.
public struct ReportRows: Sendable {
    public static let header = ["date", "deal", "kind", "author", "attendees", "path", "logged"]
    public static let author = 3, path = 5, logged = 6

    public var rows: [[String]]
    public var findings: [Finding]

    /// The rows by the author `typed` names (nil: all of them), sorted by date, then path. The
    /// name is resolved among the authors of the rows and the store's people.
    public func by(author typed: String?, store: Store) throws -> [[String]] {
        var rows = rows
        if let typed {
            let authors = rows.map { $0[Self.author] }.filter { !$0.isEmpty }
            let who = try ReportQuery.author(typed, authors: authors, store: store, deals: store.loadDeals().deals)
            rows.removeAll { $0[Self.author] != who }
        }
        rows.sort { ($0[0], $0[Self.path]) < ($1[0], $1[Self.path]) }
        return rows
    }
}
