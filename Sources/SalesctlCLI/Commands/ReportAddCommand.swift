import ArgumentParser
import SalesKit

struct ReportAdd: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "add",
            help: .reportAdd)
    }

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
        if message != nil && file != nil { throw ValidationError(Message.useEitherOr.text("--message", "--file")) }
        if nextDue != nil && next == nil {
            throw ValidationError(Message.useNeedsOption.text("--next-due", "--next TEXT"))
        }
    }

    func run(_ context: Context) async throws {
        let session = try global.open(context)
        let store = session.store
        let today = try session.today()
        let due = try parseDate(nextDue, option: "--next-due")
        var prepared = try store.prepare(try await input(session, today: today), today: today)
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
        try warn(prepared, session)
    }

    /// The report the options describe: --message, or --file (a body, or a whole report whose
    /// front matter fills what the options leave out).
    private func input(_ session: Session, today: CalendarDate) async throws -> Store.ReportInput {
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
            let (bytes, name) = try readFile(session.context.path(file), shown: file)
            if let parsed = try ReportFile.parse(bytes, path: name, config: session.config, today: today) {
                input = input.filling(from: parsed, kindGiven: kind != nil, dateGiven: date != nil)
            } else {
                input.body = try text(bytes, file)
            }
        }
        guard !input.kind.isEmpty else {
            throw SalesError.invalidArgument(
                ErrorText(.useReportNeedsKind, "--kind", session.config.kinds.map(\.id).joined(separator: ", ")))
        }
        return input
    }

    /// The warnings of a written report: its own, and a deal file that no longer reads.
    private func warn(_ prepared: Store.PreparedReport, _ session: Session) throws {
        for warning in prepared.warnings { session.output.warnOnSuccess(warning) }
        let report = prepared.report
        if let problem = try session.store.dealForReport(report.deal).problem {
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
            throw SalesError.invalidArgument(ErrorText(.useNotUTF8, quoted(file)))
        }
        return text
    }
}
