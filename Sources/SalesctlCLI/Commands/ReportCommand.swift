import ArgumentParser
import SalesKit

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Log customer contacts (activity reports) and read them.",
        discussion: """
            One report per customer contact: a Markdown file with YAML front matter under \
            reports/YYYY/MM/. Reports are written once and never rewritten by salesctl.

            Examples:
              salesctl report add --deal tokai-erp --kind visit --attendee "山田 太郎" -m "要件を確認"
              salesctl report list --deal tokai-erp
              salesctl report show 130bca
            """,
        subcommands: [ReportAdd.self, ReportList.self, ReportShow.self]
    )
}

struct ReportAdd: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Log a customer contact.",
        discussion: """
            Writes reports/YYYY/MM/<date>-<deal>-<random>.md and prints its path. The body comes from \
            -m, from --file (or --file - for standard input), or from your editor when standard input \
            is a terminal (git's editor order: GIT_EDITOR, core.editor, VISUAL, EDITOR, vi). Without a \
            terminal and without a message the report has no body.

            --attendee takes "name,title[,department]" and --homework "text[;for[;due]]"; the \
            full-width ， and 、 are commas and ； is a semicolon too. An attendee typed without a \
            title takes the title and department last known for them: a key person of the deal, or \
            someone met at the same customer before (key persons and attendees of any of its deals, \
            the latest by date; names match exactly, then ignoring spaces and width, then by a unique \
            start). The title is written into the report. A warning follows on standard error when a \
            name still holds a separator, or an attendee has no title and matches nobody known. A \
            homework item due before the report's date is refused.

            A --file that starts with '---' front matter is read like a report: its fields are \
            attendees, signals, homework, next, kind and date; options given on the command line \
            win; the body is what follows the front matter. An unknown field or a bad value is \
            refused with FILE:LINE:COLUMN and nothing is written.

            In the editor, salesctl's help comment (from '<!-- salesctl:' to its '-->') is removed; \
            text above and below it is the body. An empty body aborts and writes nothing; the draft \
            stays in .salesctl/REPORT_EDITMSG.md (then REPORT_EDITMSG-2.md, ...: a kept draft is \
            never overwritten) and the message says where. A report dated before today records \
            'logged: TODAY' too, so 'report list --since' and 'feed' show the late entry.

            Kinds and signals may be typed by id or by their Japanese label (see salesctl.yaml). \
            The author is --author, else SALESCTL_AUTHOR, else git's user.name.

            Examples:
              salesctl report add --deal tokai-erp --kind visit \\
                --attendee "山田 浩二" --attendee "伊藤 花子,課長,経理部" \\
                --signal question --homework "見積書を送付;田中 美咲;2026-11-27" \\
                --next "12月第1週に提案" -m "基幹システムの刷新時期を確認。来期予算で検討中。"
              salesctl report add --deal tokai-erp --kind phone --next "役員会の結果を確認" --next-due 2026-12-04 \\
                -m "稟議は12月の役員会に上がる"
              echo "電話で導入時期を確認" | salesctl report add --deal kansai-logi --kind phone --file -
              salesctl report add --deal kansai-logi --kind 訪問     # opens the editor
              salesctl report add --deal tokai-erp --file visit-notes.md   # front matter + body
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "The deal this contact belongs to.", completion: .dealIDs)
    var deal: String

    @Option(
        help: "Kind of contact: an id or label from salesctl.yaml (visit, phone, web-meeting, ...).", completion: .kinds
    )
    var kind: String?

    @Option(help: ArgumentHelp("Date of the contact (default: today).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(
        name: .customLong("attendee"),
        help: ArgumentHelp("A customer person met, \"name,title[,department]\". Repeatable.", valueName: "PERSON"))
    var attendees: [String] = []

    @Option(
        name: .customLong("signal"), help: "A signal of customer energy (question, introduced-boss, ...). Repeatable.",
        completion: .signals)
    var signals: [String] = []

    @Option(
        name: .customLong("homework"),
        help: ArgumentHelp("A request from the customer, \"text[;for[;due]]\". Repeatable.", valueName: "ITEM"))
    var homework: [String] = []

    @Option(help: "The agreed next step.")
    var next: String?

    @Option(
        name: .customLong("next-due"),
        help: ArgumentHelp(
            "Also set --next as the deal's dated next action, due DATE (see 'salesctl next').", valueName: "YYYY-MM-DD")
    )
    var nextDue: String?

    @Option(name: [.customShort("m"), .customLong("message")], help: "The report body (Markdown).")
    var message: String?

    @Option(
        name: .customLong("file"),
        help: ArgumentHelp(
            "Read the body, or a whole report with front matter, from FILE (- for standard input).", valueName: "FILE"),
        completion: .file())
    var file: String?

    @Option(help: "Who writes the report (default: SALESCTL_AUTHOR, else git user.name).", completion: .people)
    var author: String?

    func validate() throws {
        if message != nil && file != nil { throw ValidationError("use either --message or --file, not both") }
        if nextDue != nil && next == nil { throw ValidationError("--next-due needs --next TEXT") }
    }

    func run(_ context: Context) async throws {
        let session = try global.open(context)
        let store = session.store
        let today = try session.today()
        let due = try parseDate(nextDue, option: "--next-due")
        var input = Store.ReportInput(
            deal: deal, kind: kind ?? "", date: try parseDate(date, option: "--date") ?? today,
            author: await session.author(author))
        input.attendees = try attendees.map { try Report.Attendee(commaSeparated: $0) }
        input.signals = signals
        input.homework = try homework.map { try Report.Homework(semicolonSeparated: $0) }
        input.next = next
        if let message {
            input.body = message
        } else if let file {
            let (bytes, name) = try readFile(context.path(file), shown: file)
            if let parsed = try ReportFile.parse(bytes, path: name, config: store.config, today: today) {
                input = input.filling(from: parsed, kindGiven: kind != nil, dateGiven: date != nil)
            } else {
                input.body = try text(bytes, file)
            }
        }
        guard !input.kind.isEmpty else {
            throw SalesError.invalidArgument(
                "a report needs a kind: pass --kind KIND (\(store.config.kinds.map(\.id).joined(separator: ", ")))")
        }
        var prepared = try store.prepare(input, today: today)
        var draft: String?
        if message == nil && file == nil && Editor.isInteractive(context) {
            (prepared, draft) = try await ReportDraft.edit(
                prepared.report, store: store, today: today, context: context)
        }
        let path =
            try due.map { try store.addReport(prepared.report, nextDue: $0, by: prepared.report.author) }
            ?? store.withLock { try store.addReport(prepared.report) }
        if let draft { FileSystem.removeFile(draft) }
        session.output.line(path)
        for warning in prepared.warnings { session.output.warnOnSuccess(warning) }
        let report = prepared.report
        if let problem = try store.dealForReport(report.deal).problem {
            session.output.warnOnSuccess(Message.warnDealUnreadable.text(quoted(report.deal), problem.description))
            session.output.warnOnSuccess(Message.hintDealUnreadable.text(escapedForMessage(problem.path)))
        }
    }

    /// The bytes of --file and how messages name it (`<stdin>` for -).
    private func readFile(_ path: String, shown file: String) throws -> (bytes: [UInt8], name: String) {
        if file == "-" { return (try FileSystem.readStandardInput(limit: YAMLReader.maxFileSize), "<stdin>") }
        return (try FileSystem.read(path, display: file, limit: YAMLReader.maxFileSize), file)
    }

    private func text(_ bytes: [UInt8], _ file: String) throws -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw SalesError.invalidArgument("\(quoted(file)) is not valid UTF-8")
        }
        return text
    }
}

/// The editor round trip of `report add`: a draft in .salesctl/ (see `ReportDrafts`), kept
/// when anything fails so no typing is lost, and never overwritten by the next run.
enum ReportDraft {
    /// The prepared report and the draft to remove once it is written.
    static func edit(_ report: Report, store: Store, today: CalendarDate, context: Context) async throws -> (
        Store.PreparedReport, String
    ) {
        try FileSystem.createDirectories(store.absolute(Store.stateDirectory))
        let kept = store.keptDrafts()
        let draftPath = store.newDraftPath()
        if let last = kept.last {
            context.output.error(
                "salesctl: \(kept.count == 1 ? "a draft is" : "\(kept.count) drafts are") kept from before (\(last)); this one is \(draftPath)"
            )
        }
        let help = """
            \(ReportDrafts.helpStart) write what happened above or below this comment, in Markdown. Edit
            the front matter as needed. This comment is removed; an empty body aborts and writes nothing.
            kinds: \(store.config.kinds.map { "\($0.id) (\($0.label))" }.joined(separator: ", "))
            signals: \(store.config.signals.map { "\($0.id) (\($0.label))" }.joined(separator: ", "))
            -->

            """
        var draft = report
        draft.logged = nil
        draft.body = "\n" + help
        let written = Array(draft.fileText.utf8)
        try FileSystem.writeAtomically(written, to: draftPath)
        try await Editor.edit(draftPath, context: context)
        let bytes = try FileSystem.read(draftPath)
        if bytes == written {
            FileSystem.removeFile(draftPath)
            throw SalesError.aborted("empty report; nothing written")
        }
        do {
            guard
                let edited = try ReportFile.parse(
                    bytes, path: draftPath, allowed: ReportFile.draftFields,
                    config: store.config, today: today)
            else {
                throw SalesError.invalidArgument("\(draftPath) no longer starts with '---' front matter")
            }
            let body = ReportDrafts.removingHelp(edited.body).trimmingSpaces
            guard !body.trimmingCharactersAndNewlines.isEmpty else {
                throw SalesError.aborted("empty report; nothing written; your draft is kept in \(draftPath)")
            }
            var input = Store.ReportInput(
                deal: edited.deal ?? report.deal, kind: edited.kind ?? report.kind,
                date: edited.date ?? report.date, author: edited.author)
            input.attendees = edited.attendees ?? []
            input.signals = edited.signals ?? []
            input.homework = edited.homework ?? []
            input.next = edited.next
            input.body = body.trimmingTrailingNewlines
            return (try store.prepare(input, today: today), draftPath)
        } catch let error as SalesError {
            if case .aborted = error { throw error }
            context.output.error("salesctl: your draft is kept in \(draftPath)")
            throw error
        }
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var text = self
        while text.hasSuffix("\n") || text.hasSuffix("\r\n") { text.removeLast() }
        return text
    }

    var trimmingCharactersAndNewlines: String {
        String(
            self.unicodeScalars.filter { !($0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\u{3000}") })
    }
}

struct ReportList: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List reports, oldest first.",
        discussion: """
            One line per report: date, deal, kind, author, attendees and the file's path. Filters \
            combine; --since and --until include their dates. A report written later than the day of \
            the contact (a late entry: 'logged' in its front matter) is listed when either date falls \
            between them, so 'report list --since' never misses one; the table then shows a logged \
            column, and CSV, TSV and JSON always carry 'logged'. -q prints only the paths, for xargs.

            Examples:
              salesctl report list --deal kansai-logi
              salesctl report list --since 2026-11-01 --author "佐藤 健"
              salesctl report list --format json | jq -r '.[] | [.date, .deal, .kind] | @tsv'
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only reports of this deal.", completion: .dealIDs)
    var deal: String?

    @Option(help: ArgumentHelp("Only reports on or after DATE.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("Only reports on or before DATE.", valueName: "YYYY-MM-DD"))
    var until: String?

    @Option(help: "Only reports by this author.", completion: .people)
    var author: String?

    @Option(help: .listFormat)
    var format: OutputFormat = .table

    @Flag(name: [.short, .long], help: "Print only report paths, one per line.")
    var quiet = false

    func run(_ context: Context) async throws {
        let session = try global.open(context)
        let store = session.store
        let deal = deal.map(CodeInput.asciiCode)  // a code: `ｔｏｋａｉ－ｅｒｐ` is tokai-erp
        if let deal { try store.requireDeal(deal) }
        let query = ReportQuery(
            deal: deal, since: try parseDate(since, option: "--since"),
            until: try parseDate(until, option: "--until"))
        session.noteHiddenReports(from: query.since)
        // The typed author, among the authors of the reports in range and the people of the deals.
        func resolve(_ authors: [String]) throws -> String? {
            try author.map {
                try ReportQuery.author($0, authors: authors, store: store, deals: store.loadDeals().deals)
            }
        }
        if format.isJSON {  // the only formats that print bodies
            let loaded = query.load(from: store, detail: quiet ? .summary : .full)
            session.output.warnSkipped(loaded.findings)
            let who = try resolve(loaded.reports.compactMap(\.author))
            let reports = loaded.reports.filter { who == nil || $0.author == who }
            if quiet {
                for report in reports { session.output.line(report.path) }
            } else {
                session.write(ListView(header: [], rows: [], json: { .array(reports.map(\.json)) }), format)
            }
            return
        }
        // Rows straight from the stream of reports, so 200k reports are never held at once (a
        // row takes a third of a report's memory). Sorted by the date (first) and path (last) cells.
        var rows: [[String]] = []
        let findings = query.forEach(in: store, detail: .summary) { r in
            rows.append([
                r.date.description, r.deal, r.kind, r.author ?? "", r.attendees.map(\.label).joined(separator: ", "),
                r.path,
                r.logged?.description ?? ""
            ])
        }
        session.output.warnSkipped(findings)
        if let who = try resolve(rows.map { $0[3] }.filter { !$0.isEmpty }) { rows.removeAll { $0[3] != who } }
        rows.sort { ($0[0], $0[5]) < ($1[0], $1[5]) }
        if quiet {
            for row in rows { session.output.line(row[5]) }
            return
        }
        var header = ["date", "deal", "kind", "author", "attendees", "path", "logged"]
        if format == .table && !rows.contains(where: { !$0[6].isEmpty }) {
            header.removeLast()
            rows = rows.map { Array($0.prefix(6)) }
        } else if format == .table {
            // People read the late entry next to its date.
            header = ["date", "logged"] + header[1..<6]
            rows = rows.map { [$0[0], $0[6]] + $0[1..<6] }
        }
        session.write(ListView(header: header, rows: rows), format)
    }
}

struct ReportShow: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one report.",
        discussion: """
            REPORT is a path, a file name, or a unique end of the file name (its random suffix).

            Examples:
              salesctl report show reports/2026/11/2026-11-19-kansai-logi-70dca6.md
              salesctl report show 70dca6
              salesctl report show 70dca6 --format json
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The report: a path, file name or unique suffix.", completion: .reports)
    var report: String

    @Option(help: "Output format: text or json.")
    var format: TextOrJSON = .text

    func run(_ context: Context) async throws {
        let session = try global.open(context)
        let store = session.store
        let report = try store.loadReport(try store.findReport(report))
        switch format {
        case .json: session.output.write(report.json.render())
        case .text: session.output.write(report.showText(config: store.config, palette: session.palette()))
        }
    }
}

enum TextOrJSON: String, ExpressibleByArgument, CaseIterable { case text, json }
