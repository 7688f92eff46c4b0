/// Report files: `reports/YYYY/MM/<date>-<deal>-<suffix>.md`, listed, read and added (never
/// rewritten).
extension Store {
    /// Paths (relative to the root) of every report file, sorted.
    public func reportPaths() -> [String] {
        let listing = ReportListing(root: root, keepNames: false)
        var paths: [String] = []
        for (i, month) in listing.months.enumerated() {
            paths += listing.names(ofMonth: i).map { "\(Store.reportsDirectory)/\(month)/\($0)" }
        }
        return paths.sorted()
    }

    /// The report files, listed but not read: pass it to `lastContacts` and `loadReports` to
    /// list the tree once for both.
    public func listReports() -> ReportListing { ReportListing(root: root, keepNames: true) }

    public func loadReport(_ relativePath: String) throws -> Report {
        let bytes = try FileSystem.read(absolute(relativePath), display: relativePath)
        return try bytes.withUnsafeBytes { try Report.parse($0, path: relativePath) }
    }

    /// Reports matching the filter, oldest first (by date, then path), plus findings for files
    /// that do not read. The file name alone decides `deals` and the dates where it can; only
    /// the files it lets through are read, and from `.salesctl/cache/` when they did not change.
    ///
    /// `detail: .summary` leaves out what most commands never look at — the body and the marks
    /// of fields — so 200k reports cost a fraction of the memory and time; `report show` and
    /// `report list --format json` use `.full` (`check` reads the marks of a report again only
    /// when it has a finding). Only the files whose names pass the
    /// filter are stat'ed.
    ///
    /// With `orLogged`, a report is in the window when its date or its `logged` date is (late
    /// entries, see LateEntry.swift); then `since` cannot skip files by name.
    public func loadReports(
        deals: Set<String>? = nil, since: CalendarDate? = nil, until: CalendarDate? = nil,
        orLogged: Bool = false, detail: ReportDetail = .full,
        listing: ReportListing? = nil
    ) -> (reports: [Report], findings: [Finding]) {
        var reports: [Report] = []
        let findings = forEachReport(
            deals: deals, since: since, until: until, orLogged: orLogged, detail: detail,
            listing: listing
        ) { reports.append($0) }
        reports.sort { ($0.date, $0.path) < ($1.date, $1.path) }
        return (reports, findings)
    }

    /// `loadReports` without keeping the reports: each one that passes the filter is handed to
    /// `visit` in path order (not date order), and let go after, so a command that keeps less
    /// than a report per report (a table row) never holds 200k of them. Returns the findings
    /// for files that do not read.
    public func forEachReport(
        deals: Set<String>? = nil, since: CalendarDate? = nil, until: CalendarDate? = nil,
        orLogged: Bool = false, detail: ReportDetail = .full, listing: ReportListing? = nil,
        visit: (Report) -> Void
    ) -> [Finding] {
        var findings: [Finding] = []
        reportResults(
            detail: detail, listing: listing,
            wanted: { name in
                guard let name else { return true }
                if let deals, !deals.contains(name.deal) { return false }
                // A report is logged on or after its date: `until` may skip by name, `since` not.
                if let since, name.date < since, !orLogged { return false }
                if let until, name.date > until { return false }
                return true
            },
            visit: { _, result in
                switch result {
                case .success(let report):
                    if let deals, !deals.contains(report.deal) { return }
                    if orLogged {
                        guard isInWindow(date: report.date, logged: report.logged, since: since, until: until) else {
                            return
                        }
                    } else {
                        if let since, report.date < since { return }
                        if let until, report.date > until { return }
                    }
                    visit(report)
                case .failure(let finding):
                    findings.append(finding)
                }
            })
        return findings
    }

    /// How much of each report `loadReports` fills in.
    public enum ReportDetail: Sendable, Equatable {
        /// Every field, the body and `marks` (where each field is, for findings).
        case full
        /// Every front-matter field; `body` is empty and `marks` too. Enough for energy, stale,
        /// feed, homework, forecast.
        case summary
    }

    /// Writes a new report under `reports/YYYY/MM/` and returns its relative path. The file
    /// name ends in a random suffix, so two clones never pick the same name.
    public func addReport(_ report: Report) throws -> String {
        for _ in 0..<8 {
            let suffix = String(UInt32.random(in: 0...0xFFFFFF), radix: 16).leftPadded(to: 6)
            let name = ReportName(date: report.date, deal: report.deal, suffix: suffix)
            let path = name.relativePath
            var written = report
            written.path = path
            do {
                try write(Array(written.fileText.utf8), to: path, createOnly: true) { try Report.parse($0, path: path) }
                return path
            } catch SalesError.io(_, let reason) where reason == "already exists" {
                continue
            }
        }
        throw SalesError.io(path: "reports", reason: "could not find a free file name")
    }

    /// The dates of every deal's activity reports (one per contact), from file names alone
    /// (those of `listing`, else of a fresh listing).
    public func contactDates(in listing: ReportListing? = nil) -> [String: [CalendarDate]] {
        var result: [String: [CalendarDate]] = [:]
        for name in (listing ?? ReportListing(root: root, keepNames: false)).parsedNames {
            result[name.deal, default: []].append(name.date)
        }
        return result
    }

    /// Last contact per deal: the date of its newest report (up to `until`), from file names alone.
    public func lastContacts(until: CalendarDate? = nil, in listing: ReportListing? = nil) -> [String: CalendarDate] {
        contactDates(in: listing).compactMapValues { dates in dates.filter { until == nil || $0 <= until! }.max() }
    }
}
