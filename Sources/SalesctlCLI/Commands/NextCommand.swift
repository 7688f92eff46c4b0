import ArgumentParser
import SalesKit

struct NextCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "next",
            help: .next,
            subcommands: [NextSet.self, NextDone.self])
    }
}

struct NextSet: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "set",
            help: .nextSet)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The deal id.", completion: .dealIDs)
    var id: String

    @Argument(help: "What to do next, in a few words.")
    var text: String

    @Option(help: ArgumentHelp("When it is due.", valueName: "YYYY-MM-DD"))
    var due: String

    @Option(name: .customLong("for"), help: "Who does it (default: the deal's owner).", completion: .people)
    var assignee: String?

    @Option(help: ArgumentHelp("Date it was agreed (default: today).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: "Who records it (default: SALESCTL_AUTHOR, else git user.name).", completion: .people)
    var author: String?

    func run(_ context: Context) async throws {
        let session = try global.open(context)
        let store = session.store
        let dueDate = try parseDate(due, option: "--due")!
        let day = try session.eventDate(date)
        let who = await session.author(author)
        let result = try store.setNextAction(
            id, text: text, due: dueDate, for: assignee, date: day, by: who, today: try session.today())
        session.output.line(TimelineEntry.successLine(id, result.event, config: store.config))
    }
}

struct NextDone: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "done",
            help: .nextDone)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The deal id.", completion: .dealIDs)
    var id: String

    @OptionGroup var options: EventOptions

    func run(_ context: Context) async throws {
        let session = try global.open(context)
        let store = session.store
        let day = try session.eventDate(options.date)
        let who = await session.author(options.author)
        let result = try store.completeNextAction(
            id, note: options.note, date: day, by: who, today: try session.today())
        session.output.line(TimelineEntry.successLine(id, result.event, config: store.config))
    }
}
