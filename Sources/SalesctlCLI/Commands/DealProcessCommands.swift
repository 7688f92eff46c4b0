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
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "step",
            help: .dealStep)
    }

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
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "advance",
            help: .dealAdvance)
    }

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
