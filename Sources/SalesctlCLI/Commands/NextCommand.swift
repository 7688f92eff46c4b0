import ArgumentParser
import SalesKit

struct NextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next",
        abstract: "Set and complete a deal's dated next action.",
        discussion: """
            Every open deal should have a dated next action. It is kept in the deal's history as \
            'next' events (set and done), so the history holds every action ever planned. \
            'agenda' lists what falls due; 'stale list --suggest' and 'quality check' report open \
            deals with none or with an overdue one. 'report add --next TEXT --next-due DATE' sets \
            one while logging a contact.

            Examples:
              salesctl next set tokai-erp "小林取締役に稟議の状況を確認" --due 2026-11-27
              salesctl next set kansai-logi "移行スケジュール案を提出" --due 2026-11-27 --for 高橋
              salesctl next done tokai-erp --note "1月の役員会で審議と確認"
            """,
        subcommands: [NextSet.self, NextDone.self]
    )
}

struct NextSet: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Set the next action of a deal (replaces the open one).",
        discussion: """
            Appends a 'next' event (action: set, text, due, for). A later 'next set' replaces the \
            open action; both stay in the history. --for names who does it (default: the owner), \
            matched against the people the store knows.

            Examples:
              salesctl next set tokai-erp "小林取締役に稟議の状況を確認" --due 2026-11-27
              salesctl next set kansai-logi "移行スケジュール案を提出" --due 2026-11-27 --for "高橋 由美"
            """
    )

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
    static let configuration = CommandConfiguration(
        commandName: "done",
        abstract: "Mark the open next action of a deal done.",
        discussion: """
            Appends a 'next' event (action: done, the action's text, --note). Set the following \
            action with 'next set'.

            Examples:
              salesctl next done tokai-erp --note "1月の役員会で審議と確認"
              salesctl next done kansai-logi --date 2026-11-27
            """
    )

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
