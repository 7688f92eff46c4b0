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
        is a terminal (git's editor order: GIT_EDITOR, core.editor, VISUAL, EDITOR, vi); an empty \
        body in the editor aborts and writes nothing. Without a terminal and without a message the \
        report has no body.

        An attendee who is a key person of the deal gets the key person's title and department. \
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
        """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "The deal this contact belongs to.", completion: .dealIDs)
    var deal: String

    @Option(help: "Kind of contact: an id or label from salesctl.yaml (visit, phone, web-meeting, ...).", completion: .kinds)
    var kind: String

    @Option(help: ArgumentHelp("Date of the contact (default: today).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(name: .customLong("attendee"), help: ArgumentHelp("A customer person met, \"name,title[,department]\". Repeatable.", valueName: "PERSON"))
    var attendees: [String] = []

    @Option(name: .customLong("signal"), help: "A signal of customer energy (question, introduced-boss, ...). Repeatable.",
            completion: .signals)
    var signals: [String] = []

    @Option(name: .customLong("homework"), help: ArgumentHelp("A request from the customer, \"text[;for[;due]]\". Repeatable.", valueName: "ITEM"))
    var homework: [String] = []

    @Option(help: "The agreed next step.")
    var next: String?

    @Option(name: .customLong("next-due"), help: ArgumentHelp("Also set --next as the deal's dated next action, due DATE (see 'salesctl next').", valueName: "YYYY-MM-DD"))
    var nextDue: String?

    @Option(name: [.customShort("m"), .customLong("message")], help: "The report body (Markdown).")
    var message: String?

    @Option(name: .customLong("file"), help: ArgumentHelp("Read the body from FILE, or from standard input with -.", valueName: "FILE"),
            completion: .file())
    var file: String?

    @Option(help: "Who writes the report (default: SALESCTL_AUTHOR, else git user.name).", completion: .people)
    var author: String?

    func validate() throws {
        if message != nil && file != nil { throw ValidationError("use either --message or --file, not both") }
        if nextDue != nil && next == nil { throw ValidationError("--next-due needs --next TEXT") }
    }

    func run(_ context: Context) async throws {
        let session = try global.open(context), store = session.store
        let today = try session.today()
        let due = try parseDate(nextDue, option: "--next-due")
        var input = Store.ReportInput(deal: deal, kind: kind, date: try parseDate(date, option: "--date") ?? today,
                                      author: await session.author(author))
        input.attendees = try attendees.map { try Report.Attendee(commaSeparated: $0) }
        input.signals = signals
        input.homework = try homework.map { try Report.Homework(semicolonSeparated: $0) }
        input.next = next
        if let message {
            input.body = message
        } else if let file {
            input.body = try readBody(context.path(file), shown: file)
        }
        var report = try store.prepareReport(input, today: today)
        if message == nil && file == nil && Editor.isInteractive(context) {
            report = try await ReportDraft.edit(report, store: store, today: today, context: context)
        }
        let path = try due.map { try store.addReport(report, nextDue: $0, by: report.author) }
            ?? store.withLock { try store.addReport(report) }
        session.output.line(path)
        if let problem = try store.dealForReport(report.deal).problem {
            session.output.warnOnSuccess("warning: the report is written, but deal \(quoted(report.deal)) does not read: \(problem.description)")
            session.output.warnOnSuccess("hint: fix \(escapedForMessage(problem.path)) ('salesctl check' says where); the report's attendees were not matched to the deal's key persons")
        }
    }

    private func readBody(_ path: String, shown file: String) throws -> String {
        let bytes: [UInt8]
        if file == "-" {
            bytes = try FileSystem.readStandardInput(limit: YAMLReader.maxFileSize)
        } else {
            bytes = try FileSystem.read(path, display: file, limit: YAMLReader.maxFileSize)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw SalesError.invalidArgument("\(quoted(file)) is not valid UTF-8")
        }
        return text
    }
}

/// The editor round trip of `report add`: a draft in .salesctl/REPORT_EDITMSG.md, kept when
/// anything fails so no typing is lost.
enum ReportDraft {
    static let helpStart = "<!-- salesctl:"

    static func edit(_ report: Report, store: Store, today: CalendarDate, context: Context) async throws -> Report {
        let draftPath = store.absolute(Store.stateDirectory + "/REPORT_EDITMSG.md")
        try FileSystem.createDirectories(store.absolute(Store.stateDirectory))
        let help = """
        \(helpStart) write what happened above this comment, in Markdown. Edit the front matter
        as needed. This comment is removed; an empty body aborts and writes nothing.
        kinds: \(store.config.kinds.map { "\($0.id) (\($0.label))" }.joined(separator: ", "))
        signals: \(store.config.signals.map { "\($0.id) (\($0.label))" }.joined(separator: ", "))
        -->

        """
        var draft = report
        draft.body = "\n" + help
        try FileSystem.writeAtomically(Array(draft.fileText.utf8), to: draftPath)
        try await Editor.edit(draftPath, context: context)
        let bytes = try FileSystem.read(draftPath)
        do {
            var edited = try bytes.withUnsafeBytes { try Report.parse($0, path: draftPath) }
            if let start = edited.body.range(of: helpStart) {
                edited.body = String(edited.body[..<start.lowerBound])
            }
            edited.body = edited.body.trimmingSpaces
            while edited.body.hasSuffix("\n") { edited.body.removeLast() }
            guard !edited.body.trimmingCharactersAndNewlines.isEmpty else {
                throw SalesError.aborted("empty report; nothing written")
            }
            var input = Store.ReportInput(deal: edited.deal, kind: edited.kind, date: edited.date, author: edited.author)
            input.attendees = edited.attendees
            input.signals = edited.signals
            input.homework = edited.homework
            input.next = edited.next
            input.body = edited.body
            return try store.prepareReport(input, today: today)
        } catch let error as SalesError {
            if case .aborted = error { throw error }
            context.output.error("salesctl: your draft is kept in \(draftPath)")
            throw error
        }
    }
}

extension String {
    var trimmingCharactersAndNewlines: String {
        String(self.unicodeScalars.filter { !($0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\u{3000}") })
    }
}

struct ReportList: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List reports, oldest first.",
        discussion: """
        One line per report: date, deal, kind, author, attendees and the file's path. Filters \
        combine; --since and --until include their dates. -q prints only the paths, for xargs.

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

    @Option(help: "Output format: table, json, csv or tsv.")
    var format: OutputFormat = .table

    @Flag(name: [.short, .long], help: "Print only report paths, one per line.")
    var quiet = false

    func run(_ context: Context) async throws {
        let session = try global.open(context), store = session.store
        let deal = deal.map(CodeInput.asciiCode)  // a code: `ｔｏｋａｉ－ｅｒｐ` is tokai-erp
        if let deal { try store.requireDeal(deal) }
        let query = ReportQuery(deal: deal, since: try parseDate(since, option: "--since"),
                                until: try parseDate(until, option: "--until"))
        // The typed author, among the authors of the reports in range and the people of the deals.
        func resolve(_ authors: [String]) throws -> String? {
            try author.map { try ReportQuery.author($0, authors: authors, store: store, deals: store.loadDeals().deals) }
        }
        if format == .json {  // the only format that prints bodies
            let loaded = query.load(from: store, detail: quiet ? .summary : .full)
            session.output.warnSkipped(loaded.findings)
            let who = try resolve(loaded.reports.compactMap(\.author))
            let reports = loaded.reports.filter { who == nil || $0.author == who }
            if quiet {
                for report in reports { session.output.line(report.path) }
            } else {
                session.output.write(JSONValue.array(reports.map(\.json)).render())
            }
            return
        }
        // Rows straight from the stream of reports, so 200k reports are never held at once (a
        // row takes a third of a report's memory). Sorted by the date (first) and path (last) cells.
        var rows: [[String]] = []
        let findings = query.forEach(in: store, detail: .summary) { r in
            rows.append([r.date.description, r.deal, r.kind, r.author ?? "", r.attendees.map(\.label).joined(separator: ", "), r.path])
        }
        session.output.warnSkipped(findings)
        if let who = try resolve(rows.map { $0[3] }.filter { !$0.isEmpty }) { rows.removeAll { $0[3] != who } }
        rows.sort { ($0[0], $0[5]) < ($1[0], $1[5]) }
        if quiet {
            for row in rows { session.output.line(row[5]) }
            return
        }
        let header = ["date", "deal", "kind", "author", "attendees", "path"]
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
        let session = try global.open(context), store = session.store
        let report = try store.loadReport(try store.findReport(report))
        switch format {
        case .json: session.output.write(report.json.render())
        case .text: session.output.write(report.showText(config: store.config, palette: session.palette()))
        }
    }
}

enum TextOrJSON: String, ExpressibleByArgument, CaseIterable { case text, json }

extension Report.Attendee {
    /// `山田 太郎 (部長, 情報システム部)`.
    var label: String {
        let details = [title, department].compactMap { $0 }
        return details.isEmpty ? name : "\(name) (\(details.joined(separator: ", ")))"
    }

    var json: JSONValue {
        .object([("name", .string(name)), ("title", .optional(title)), ("department", .optional(department))])
    }
}

extension Report {
    var json: JSONValue {
        .object([
            ("path", .string(path)),
            ("date", .string(date.description)),
            ("deal", .string(deal)),
            ("author", .optional(author)),
            ("kind", .string(kind)),
            ("attendees", .array(attendees.map(\.json))),
            ("signals", .array(signals.map { .string($0) })),
            ("homework", .array(homework.map { h in
                .object([("text", .string(h.text)), ("for", .optional(h.assignee)), ("due", .optional(h.due?.description))])
            })),
            ("next", .optional(next)),
            ("body", .string(body)),
        ])
    }

    func showText(config: Config, palette: Palette) -> String {
        var lines = [palette.bold(path)]
        let kindLabel = config.kind(named: kind).map { "\($0.id) (\($0.label))" } ?? kind
        lines.append("date:      \(date)")
        lines.append("deal:      \(deal)")
        lines.append("kind:      \(kindLabel)")
        if let author { lines.append("author:    \(author)") }
        for attendee in attendees { lines.append("attendee:  \(attendee.label)") }
        if !signals.isEmpty {
            lines.append("signals:   " + signals.map { s in config.signal(named: s).map { "\($0.id) (\($0.label))" } ?? s }.joined(separator: ", "))
        }
        for item in homework {
            let extra = [item.assignee, item.due.map { "due \($0)" }].compactMap { $0 }
            lines.append("homework:  \(item.text)" + (extra.isEmpty ? "" : " (\(extra.joined(separator: ", ")))"))
        }
        if let next { lines.append("next:      \(next)") }
        var text = lines.joined(separator: "\n") + "\n"
        if !body.isEmpty { text += "\n" + body + (body.hasSuffix("\n") ? "" : "\n") }
        return text
    }
}
