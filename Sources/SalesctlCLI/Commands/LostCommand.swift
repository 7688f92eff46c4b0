import ArgumentParser
import SalesKit

struct LostCommand: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "lost",
            help: .lost)
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Only deals closed on or after DATE.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: "Group by reason, stage (the stage the deal was in) or owner.")
    var by: LostDeals.Grouping = .reason

    @Option(help: .listFormat)
    var format: ListFormat = .table

    @Flag(name: [.short, .long], help: "Print only the ids of the lost and dropped deals, one per line.")
    var quiet = false

    func run(_ context: Context) async throws {
        let session = try global.open(context)
        let since = try parseDate(since, option: "--since")
        let deals = session.deals()
        session.noteHiddenReports(from: since)
        let lost = LostDeals.build(
            deals: deals, contacts: session.store.contactDates(), config: session.config, since: since, by: by)
        if quiet {
            for entry in lost.entries { session.output.line(entry.deal) }
            return
        }
        LostView.write(lost, format: format.value, config: session.config, style: session.style) {
            session.output.write($0)
        }
    }
}
