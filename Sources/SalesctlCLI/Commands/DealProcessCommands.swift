import ArgumentParser
import SalesKit

/// Options of every command that records a history event.
struct EventOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Date of the event (default: today); an earlier date also records today as 'logged'.",
            valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: "What happened, in a few words (recorded in the history).")
    var note: String?

    @Option(help: "Who records it (default: SALESCTL_AUTHOR, else git user.name).", completion: .people)
    var author: String?
}

/// Applies one process change to a deal file and prints what happened.
func recordChange(
    _ id: String, global: GlobalOptions, options: EventOptions, context: Context,
    _ change: (Store.DealDocument, CalendarDate, String?, Config, CalendarDate) throws -> DealProcess.Change
) async throws {
    let session = try global.open(context)
    let store = session.store
    let date = try session.eventDate(options.date)
    let today = try session.today()
    let who = await session.author(options.author)
    let result = try store.change(id) { try change($0, date, who, store.config, today) }
    session.output.line(TimelineEntry.successLine(CodeInput.asciiCode(id), result.event, config: store.config))
}

struct DealStep: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "step",
        abstract: "Check a step of the sales process, with its evidence.",
        discussion: """
            Writes the step under 'checklist:' in the deal file (done date and note) and appends a \
            'step' event to its history. STEP is a step id or label of salesctl.yaml; the steps of the \
            deal's stage come first, steps of other stages are accepted too (a customer may tell the \
            budget early). --undo unchecks a step that turned out wrong; both stay in the history.

            Examples:
              salesctl deal step kansai-logi proposal --note "提案書と見積(2,200万円)を提出"
              salesctl deal step tokai-erp 意思決定者に提案 --date 2026-11-18 --note "小林取締役に提案"
              salesctl deal step kansai-logi budget --undo --note "予算枠が凍結された"
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The deal id.", completion: .dealIDs)
    var id: String

    @Argument(help: "The step id or label.", completion: .steps)
    var step: String

    @Flag(help: "Uncheck the step instead.")
    var undo = false

    @OptionGroup var options: EventOptions

    func run(_ context: Context) async throws {
        try await recordChange(id, global: global, options: options, context: context) {
            doc, date, who, config, today in
            try DealProcess.step(
                doc, name: step, undo: undo, note: options.note, date: date, by: who, config: config, today: today)
        }
    }
}

struct DealAdvance: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "advance",
        abstract: "Move a deal to the next stage, or to --to STAGE.",
        discussion: """
            The gate: a deal enters a stage only when every step of the stages before it is checked. \
            Otherwise the command refuses and lists the missing steps; --force --reason TEXT moves it \
            anyway and records forced, the reason and the missing steps in the history. Moving back \
            (--to an earlier stage) needs no gate and is recorded as a regression, with its --reason \
            shown in 'deal show' and 'feed'. Only open deals \
            move: reopen a deal on hold or closed first. Only the 'stage:' line changes, and one \
            'stage' event is appended.

            Examples:
              salesctl deal advance tokai-erp
              salesctl deal advance kansai-logi --force --reason "長谷川本部長が年内発注を明言" --note "提案は来週"
              salesctl deal advance tokai-erp --to define --reason "推進者の山田部長が異動、要件を再確認"
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The deal id.", completion: .dealIDs)
    var id: String

    @Option(help: "The stage to move to, id or label (default: the next stage).", completion: .stages)
    var to: String?

    @Flag(help: "Move even though steps are not checked (needs --reason).")
    var force = false

    @Option(help: "Why the deal moves without the missing steps, or back.")
    var reason: String?

    @OptionGroup var options: EventOptions

    func run(_ context: Context) async throws {
        try await recordChange(id, global: global, options: options, context: context) {
            doc, date, who, config, today in
            try DealProcess.advance(
                doc, to: to, force: force, reason: reason, note: options.note, date: date, by: who,
                config: config, today: today)
        }
    }
}
