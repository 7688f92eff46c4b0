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
}
