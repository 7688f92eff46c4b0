import ArgumentParser
import SalesKit

struct DealCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "deal",
            help: .deal,
            subcommands: [
                DealNew.self, DealList.self, DealShow.self, DealSet.self, DealStep.self, DealAdvance.self,
                DealWin.self, DealLose.self, DealDrop.self, DealHold.self, DealReopen.self
            ])
    }
}

struct DealList: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "list",
            help: .dealList)
    }

    @OptionGroup var global: GlobalOptions

    @Option(
        help: "Only deals with this status: open, won, lost, dropped, on-hold, closed (won/lost/dropped) or all.",
        completion: .statuses)
    var status: String = "all"

    @Option(help: "Only deals in this stage (id or label).", completion: .stages)
    var stage: String?

    @Option(help: "Only deals owned by this rep.", completion: .people)
    var owner: String?

    @Option(help: "Only deals whose customer contains this text.")
    var customer: String?

    @Option(help: .listFormat)
    var format: ListFormat = .table

    @Flag(name: [.short, .long], help: "Print only deal ids, one per line.")
    var quiet = false

    func run(_ context: Context) async throws {
        let session = try global.open(context)
        let store = session.store
        let loaded = store.loadDeals()
        session.output.warnSkipped(loaded.findings)
        let deals = try DealQuery(
            status: status, stage: stage, owner: owner, customer: customer, config: store.config,
            deals: loaded.deals
        ).select(loaded.deals)
        if quiet {
            for deal in deals { session.output.line(deal.id) }
            return
        }
        session.noteHiddenReports()
        let contacts = store.lastContacts(until: try session.today())  // as of --today, like stale list
        session.write(
            DealListView.list(deals, lastContacts: contacts, config: store.config, format: format.value), format)
    }
}

struct DealShow: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "show",
            help: .dealShow)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The deal id.", completion: .dealIDs)
    var id: String

    @Option(help: "Output format: text or json.")
    var format: TextOrJSON = .text

    func run(_ context: Context) async throws {
        let session = try global.open(context)
        let store = session.store
        let deal = try store.loadDeal(id)
        let reports = session.reports(of: [deal.id], detail: .full)
        let timeline = Language.english(if: format == .json) {
            TimelineEntry.build(deal: deal, reports: reports, config: store.config)
        }
        session.show(
            format, json: { deal.detailJSON(config: store.config, timeline: timeline) },
            text: { deal.showText(config: store.config, timeline: timeline, palette: session.palette()) })
    }
}
