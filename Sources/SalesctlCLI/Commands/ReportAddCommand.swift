import ArgumentParser
import SalesKit

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
