import Foundation

/// A salesctl data directory: `salesctl.yaml`, `deals/`, `reports/`.
public struct Store: Sendable {
    public let root: String
    public let config: Config
    /// How recent a change must be for the cache to read the file again next time anyway.
    var cacheRacyWindowNs = FileCache.racyWindowNs

    public static let dealsDirectory = "deals"
    public static let reportsDirectory = "reports"
    public static let stateDirectory = ".salesctl"

    public init(root: String, config: Config) {
        self.root = root
        self.config = config
    }

    /// Opens the store at `root`, reading its `salesctl.yaml`.
    public static func open(root: String) throws -> Store {
        let path = root + "/" + Config.fileName
        let bytes = try FileSystem.read(path, display: Config.fileName)
        return Store(root: root, config: try Config.parse(bytes))
    }

    /// Finds the store root: `explicit` (from -C/--dir), else `SALESCTL_DIR`, else the nearest
    /// directory upward from `start` holding `salesctl.yaml` (as git finds `.git`).
    public static func locate(explicit: String?, environment: String?, start: String) throws -> String {
        if let dir = explicit ?? environment {
            let absolute = dir.hasPrefix("/") ? dir : start + "/" + dir
            guard FileSystem.exists(absolute + "/" + Config.fileName) else {
                throw SalesError.noStore(searchedFrom: dir)
            }
            return normalize(absolute)
        }
        var directory = normalize(start)
        while true {
            if FileSystem.exists(directory + "/" + Config.fileName) { return directory }
            let parent = FileSystem.parentDirectory(of: directory)
            if parent == directory || directory == "/" { throw SalesError.noStore(searchedFrom: start) }
            directory = parent
        }
    }

    /// Removes `.` and `..` components and doubled slashes.
    static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast(); continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    public func absolute(_ relative: String) -> String { root + "/" + relative }

    // MARK: deals

    /// `deals/<id>.yaml`, for an id already known to be valid (a loaded deal's).
    static func dealFile(_ id: String) -> String { dealsDirectory + "/" + id + ".yaml" }

    public func dealPath(_ id: String) throws -> String {
        try DealID.validate(id)
        return Store.dealFile(id)
    }

    /// Ids of every `deals/*.yaml`, sorted.
    public func dealIDs() -> [String] {
        FileSystem.entries(absolute(Store.dealsDirectory))
            .filter { $0.kind != .directory && $0.name.hasSuffix(".yaml") && !$0.name.hasPrefix(".") }
            .map { String($0.name.dropLast(5)) }
            .sorted()
    }

    /// A deal file as read: its bytes, parsed tree and decoded deal, ready for a minimal edit.
    public struct DealDocument: Sendable {
        public var path: String
        public var bytes: [UInt8]
        public var root: YAMLNode.Mapping
        public var deal: Deal

        public func editor() -> YAMLEditor { YAMLEditor(bytes: bytes, root: root) }
    }

    /// The deal file of `id`, a code as typed (`ｔｏｋａｉ－ｅｒｐ` is tokai-erp: CodeInput).
    public func loadDealDocument(_ id: String) throws -> DealDocument {
        let id = CodeInput.asciiCode(id)
        return try readDealDocument(id, path: try requireDeal(id))
    }

    /// The path of deal `id`'s file, or the "no deal" error with the closest id as a hint. Does
    /// not read the file: a filter such as `--deal ID` of a list command needs the deal to
    /// exist, not to parse (a broken file is a warning there, as in the unfiltered list).
    @discardableResult
    public func requireDeal(_ id: String) throws -> String {
        let id = CodeInput.asciiCode(id)
        let path = try dealPath(id)
        guard FileSystem.exists(absolute(path)) else {
            throw SalesError.noDeal(id, suggestion: closestMatch(to: id, in: dealIDs()))
        }
        return path
    }

    /// Reads and parses the deal file at `path`, for an `id` already validated (the cache's
    /// parse of a listed file checks neither the id nor the file's existence again).
    func readDealDocument(_ id: String, path: String) throws -> DealDocument {
        let bytes = try FileSystem.read(absolute(path), display: path)
        if let conflict = ConflictMarkers.finding(bytes, path: path) { throw SalesError.invalidFile(conflict) }
        let node = try bytes.withUnsafeBytes { try YAMLReader.parse($0, path: path) }
        let deal = try Deal.parse(node, id: id, path: path)
        return DealDocument(path: path, bytes: bytes, root: node!.mapping!, deal: deal)
    }

    public func loadDeal(_ id: String) throws -> Deal { try loadDealDocument(id).deal }

    /// Every deal that reads cleanly, plus a finding for each file that does not. Served from
    /// `.salesctl/cache/` for files that did not change (see `StoreCache.swift`).
    public func loadDeals() -> (deals: [Deal], findings: [Finding]) {
        var deals: [Deal] = []
        var findings: [Finding] = []
        dealResults { _, result in
            switch result {
            case .success(let deal): deals.append(deal)
            case .failure(let finding): findings.append(finding)
            }
        }
        return (deals, findings)
    }

    /// Saves a changed deal file atomically (call inside `withLock`).
    public func save(_ document: DealDocument, bytes: [UInt8]) throws {
        guard bytes != document.bytes else { return }
        try writeDealFile(bytes, to: document.path)
    }

    /// Writes the text of a deal file at `path` (relative), refusing text salesctl could not read
    /// back (call inside `withLock`).
    func writeDealFile(_ bytes: [UInt8], to path: String, createOnly: Bool = false) throws {
        try write(bytes, to: path, createOnly: createOnly) { try YAMLReader.parse($0, path: path) }
    }

    /// The one way a file of the store is written: refuses text salesctl could not read back,
    /// clears the temp files a killed writer left in the file's directory (holding the lock, no
    /// other writer can be using them; only that directory is listed, so a report never lists
    /// the 10k files of `deals/`), then writes atomically. Call inside `withLock`.
    func write<T>(_ bytes: [UInt8], to path: String, createOnly: Bool, durable: Bool = true, clearTemporaryFiles: Bool = true,
                  readBack: (UnsafeRawBufferPointer) throws -> T) throws {
        try Store.verifyReadable(bytes, path: path, readBack)
        let directory = FileSystem.parentDirectory(of: absolute(path))
        if clearTemporaryFiles {
            try FileSystem.createDirectories(directory)
            FileSystem.removeTemporaryFiles(in: directory)
        }
        try FileSystem.writeAtomically(to: absolute(path), display: path, createOnly: createOnly, durable: durable) { emit in
            try bytes.withUnsafeBytes { try emit($0) }
        }
    }

    // MARK: reports

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
    public func loadReports(deals: Set<String>? = nil, since: CalendarDate? = nil, until: CalendarDate? = nil,
                            detail: ReportDetail = .full, listing: ReportListing? = nil) -> (reports: [Report], findings: [Finding]) {
        var reports: [Report] = []
        let findings = forEachReport(deals: deals, since: since, until: until, detail: detail, listing: listing) { reports.append($0) }
        reports.sort { ($0.date, $0.path) < ($1.date, $1.path) }
        return (reports, findings)
    }

    /// `loadReports` without keeping the reports: each one that passes the filter is handed to
    /// `visit` in path order (not date order), and let go after, so a command that keeps less
    /// than a report per report (a table row) never holds 200k of them. Returns the findings
    /// for files that do not read.
    public func forEachReport(deals: Set<String>? = nil, since: CalendarDate? = nil, until: CalendarDate? = nil,
                              detail: ReportDetail = .full, listing: ReportListing? = nil, visit: (Report) -> Void) -> [Finding] {
        var findings: [Finding] = []
        reportResults(detail: detail, listing: listing, wanted: { name in
            guard let name else { return true }
            if let deals, !deals.contains(name.deal) { return false }
            if let since, name.date < since { return false }
            if let until, name.date > until { return false }
            return true
        }, visit: { _, result in
            switch result {
            case .success(let report):
                if let deals, !deals.contains(report.deal) { return }
                if let since, report.date < since { return }
                if let until, report.date > until { return }
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

    /// Refuses to write a file salesctl could not read back. The reader refuses control
    /// characters in values, so one typed in a flag (`--title $'\a'`) stops here, before any file
    /// is touched, instead of producing a file that every later command rejects.
    static func verifyReadable<T>(_ bytes: [UInt8], path: String, _ parse: (UnsafeRawBufferPointer) throws -> T) throws {
        do {
            _ = try bytes.withUnsafeBytes { try parse($0) }
        } catch SalesError.invalidFile(let finding) where finding.code == "control-character" {
            throw SalesError.invalidArgument("a value contains a control character (\(finding.message.split(separator: " ").last ?? "")); salesctl does not store control characters")
        } catch SalesError.invalidFile(let finding) {
            throw SalesError.io(path: path, reason: "refusing to write a file salesctl could not read back (\(finding.code): \(finding.message))")
        }
    }

    // MARK: locking

    public var lockPath: String { absolute(Store.stateDirectory + "/lock") }

    /// Runs `body` holding the store lock: every read-modify-write goes through here.
    public func withLock<T>(_ body: () throws -> T) throws -> T {
        let lock = try StoreLock(path: lockPath)
        defer { withExtendedLifetime(lock) {} }
        return try body()
    }

    static func finding(from error: SalesError, path: String) -> Finding {
        switch error {
        case .invalidFile(let finding): return finding
        case .io(let p, let reason): return Finding(path: p, code: "io", message: reason)
        default: return Finding(path: path, code: "error", message: error.message)
        }
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}

/// The candidate closest to `word` by edit distance, if it is close enough to be a likely typo.
public func closestMatch(to word: String, in candidates: [String]) -> String? {
    let target = Array(word)
    var best: (String, Int)?
    for candidate in candidates {
        let c = Array(candidate)
        var previous = Array(0...c.count)
        for (i, a) in target.enumerated() {
            var current = [i + 1]
            for (j, b) in c.enumerated() {
                current.append(Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (a == b ? 0 : 1)))
            }
            previous = current
        }
        let distance = previous[c.count]
        if distance <= Swift.max(2, target.count / 3), best == nil || distance < best!.1 {
            best = (candidate, distance)
        }
    }
    return best?.0
}

/// Today's calendar date: `--today`, else `SALESCTL_TODAY`, else the system clock in the team's
/// time zone. Scoring code takes the date as a parameter and never calls this.
public enum Clock {
    public static func today(override: String?, timezone: String) throws -> CalendarDate {
        if let text = override ?? FileSystem.environment("SALESCTL_TODAY"), !text.isEmpty {
            guard let date = CodeInput.date(text) else {
                throw SalesError.invalidArgument("invalid date \(quoted(text)) for --today (expected YYYY-MM-DD)")
            }
            return date
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: timezone) ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)
    }
}
