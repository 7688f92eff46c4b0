import ArgumentParser
import SalesKit

struct HomeworkCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "homework",
            help: .homework,
            subcommands: [HomeworkList.self, HomeworkDone.self])
    }
}

struct HomeworkList: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "list",
            help: .homeworkList)
    }

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Only items not done yet.")
    var open = false

    @Flag(help: "Only items not done whose due date has passed.")
    var overdue = false

    @Option(
        name: .customLong("for"), help: ArgumentHelp("Only items assigned to MEMBER.", valueName: "MEMBER"),
        completion: .people)
    var member: String?

    @Option(help: ArgumentHelp("Only items of this deal.", valueName: "ID"), completion: .dealIDs)
    var deal: String?

    @Option(help: .listFormat)
    var format: ListFormat = .table

    @Flag(name: [.short, .long], help: "Print only item references (REPORT#N), one per line.")
    var quiet = false

    func run(_ context: Context) async throws {
        let session = try global.open(context)
        let today = try session.today()
        let deal = deal.map(CodeInput.asciiCode)  // a code: `ｔｏｋａｉ－ｅｒｐ` is tokai-erp
        if let deal { try session.store.requireDeal(deal) }
        let deals = session.deals()
        let reports = session.reports(of: deal.map { Set([$0]) }, until: today)
        let items = try Homework.select(
            Homework.items(reports: reports, deals: deals), deals: deals,
            filter: Homework.Filter(openOnly: open, overdueOnly: overdue, member: member, deal: deal), today: today)
        if quiet {
            for item in items { session.output.line(item.ref) }
            return
        }
        session.write(HomeworkView.list(items, format: format.value, today: today), format)
    }
}

struct HomeworkDone: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "done",
            help: .homeworkDone)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The item: REPORT#N, as 'homework list' shows it.")
    var ref: String

    @Option(help: "What was delivered.")
    var note: String?

    @Option(help: ArgumentHelp("When it was done (default: today).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: "Who did it (default: SALESCTL_AUTHOR, else git user.name).", completion: .people)
    var author: String?

    func run(_ context: Context) async throws {
        let session = try global.open(context)
        let store = session.store
        let day = try session.eventDate(date, what: .errWhatDoneDate)
        let item = try store.completeHomework(
            ref, note: note, date: day, by: await session.author(author), today: try session.today())
        session.output.line(Message.doneHomework.text(item.deal, item.ref, item.text))
    }
}
