import ArgumentParser
import SalesKit

/// Options every command takes: where the store is, what day it is, whether to colour. Given
/// before the subcommand (`salesctl -C DIR deal list`), `Invocation` reads them; after it, this.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: [.customShort("C"), .customLong("dir")],
        help: ArgumentHelp(
            "Use the store in DIR (default: SALESCTL_DIR, else the nearest salesctl.yaml upward).", valueName: "DIR"),
        completion: .directory)
    var directory: String?

    @Option(
        help: ArgumentHelp(
            "Take DATE as today (default: SALESCTL_TODAY, else the clock in the team's time zone).",
            valueName: "YYYY-MM-DD"))
    var today: String?

    @Option(help: "Colour output: auto (on a terminal), always or never. NO_COLOR turns auto off.")
    var color: ColorMode = .auto

    /// Read before parsing (Salesctl.run); declared here for --help, man pages and completion.
    @Flag(
        name: .customLong("no-pager"),
        help: "Never page output (default: long output on a terminal goes through SALESCTL_PAGER, PAGER or less -FRX).")
    var noPager = false

    /// Finds and opens the store: the one place a command gets its store, date and palette.
    func open(_ context: Context) throws -> Session {
        if let today { _ = try parseDate(today, option: "--today") }
        let root = try Store.locate(
            explicit: directory, environment: context.variable("SALESCTL_DIR"),
            start: context.workingDirectory)
        let noCache = context.variable("SALESCTL_NO_CACHE").map { $0 != "0" } ?? false
        let store = try Store.open(root: root, usesCache: !noCache)
        // The store's language and width are in force already: `DisplaySettings`, read before
        // parsing from the same -C/--dir, SALESCTL_DIR or working directory.
        return Session(store: store, context: context, global: self)
    }

    func palette(_ context: Context, forStandardError: Bool = false) -> Palette {
        Palette(
            mode: color, isTerminal: context.output.isTerminal(standardError: forStandardError),
            environment: [
                "NO_COLOR": context.environment["NO_COLOR"] ?? "",
                "TERM": context.environment["TERM"] ?? ""
            ])
    }
}

/// A command's view of the world once its store is open: the store, what day it is, where
/// output goes.
struct Session {
    let store: Store
    let context: Context
    let global: GlobalOptions

    var output: Output { context.output }
    var config: Config { store.config }

    /// `--today`, else `SALESCTL_TODAY`, else the clock in the team's time zone. A malformed
    /// date is reported by the name it was given under: the flag or the variable.
    func today() throws -> CalendarDate {
        if global.today == nil, let text = context.variable("SALESCTL_TODAY"), CodeInput.date(text) == nil {
            throw SalesError.invalidArgument(ErrorText(.useBadEnvironmentDate, "SALESCTL_TODAY", quoted(text)))
        }
        return try Clock.today(
            override: global.today ?? context.variable("SALESCTL_TODAY"), now: context.now,
            timeZone: store.config.timezone)
    }

    /// The date of something that happened: `--date`, else today; never after today.
    func eventDate(_ text: String?, what: Message = .errWhatDate) throws -> CalendarDate {
        let today = try today()
        guard let date = try parseDate(text, option: "--date") else { return today }
        try Clock.requirePast(date, today: today, what: what)
        return date
    }

    func palette(forStandardError: Bool = false) -> Palette {
        global.palette(context, forStandardError: forStandardError)
    }

    /// How text for a person looks on stdout: colours and the terminal's width.
    var style: TextStyle { TextStyle(palette: palette(), width: output.terminalWidth) }

    /// Writes one thing (the `show` commands) to stdout: its JSON, else its text for people.
    func show(_ format: TextOrJSON, json: () -> JSONValue, text: () -> String) {
        output.write(format == .json ? json().render() : text())
    }

    /// Writes a list in `format` to stdout, as it is produced.
    func write(_ list: ListView, _ format: ListFormat) {
        list.write(format.value, style: style) { output.write($0) }
    }

    /// Every deal file that reads, as a deal; the others are warned about on stderr.
    func deals() -> [Deal] {
        let loaded = store.loadDeals()
        output.warnSkipped(loaded.findings)
        return loaded.deals
    }

    /// The reports of `deals` (nil: every deal) dated from `since` up to `until`, without bodies
    /// unless `detail` asks: months a sparse checkout hides are noted, files that do not read
    /// warned about on stderr.
    func reports(
        of deals: Set<String>? = nil, since: CalendarDate? = nil, until: CalendarDate? = nil,
        detail: Store.ReportDetail = .summary
    ) -> [Report] {
        noteHiddenReports(from: since)
        let loaded = store.loadReports(deals: deals, since: since, until: until, detail: detail)
        output.warnSkipped(loaded.findings)
        return loaded.reports
    }

    /// `reports(of:until:detail:)` as a stream (`Store.forEachReport`), in path order, each
    /// report let go after `visit`: for commands that keep less than a report per report.
    func forEachReport(
        of deals: Set<String>? = nil, until: CalendarDate? = nil, detail: Store.ReportDetail = .summary,
        _ visit: (Report) -> Void
    ) {
        noteHiddenReports()
        output.warnSkipped(store.forEachReport(deals: deals, until: until, detail: detail, visit: visit))
    }

    /// In a sparse checkout that hides older months of reports (`PartialCheckout`), says once on
    /// stderr from which month on the command sees reports, when what it reads starts earlier
    /// (`from`: the first day it reads; nil: all of the history). Nothing otherwise.
    func noteHiddenReports(from: CalendarDate? = nil) {
        guard let horizon = PartialCheckout.horizon(root: store.root), from.map({ $0 < horizon }) ?? true else {
            return
        }
        let month = String(horizon.description.prefix(7))
        output.error("note: " + Message.hiddenReports.text(month))
    }

    /// Who is writing: `--author`, else `SALESCTL_AUTHOR`, else git's `user.name`.
    func author(_ option: String?) async -> String? { await Identity.author(option, context: context) }
}

extension ColorMode: ExpressibleByArgument {}

/// Parses a `--date`, `--since`-style option value, with the option's name in the error.
func parseDate(_ text: String?, option: String) throws -> CalendarDate? {
    guard let text else { return nil }
    guard let date = CodeInput.date(text) else {
        throw SalesError.invalidArgument(ErrorText(.errBadDateFor, quoted(text), option))
    }
    return date
}

/// A whole-number option such as `--days`: a code, so `３０` typed with an input method on is 30.
@Sendable func wholeNumber(_ text: String) throws -> Int {
    guard let value = CodeInput.integer(text) else {
        throw ValidationError(Message.useNotWholeNumber.text(quoted(text)))
    }
    return value
}

extension ArgumentHelp {
    /// The `--format` of every list command (`OutputFormat`).
    static let listFormat = ArgumentHelp(
        "Output format: table, json, ndjson (one JSON record per line), csv, tsv, excel (CSV for spreadsheets) or markdown."
    )
}
