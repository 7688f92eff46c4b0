import ArgumentParser
import SalesKit

extension Forecast.Grouping: ExpressibleByArgument {}
extension LostDeals.Grouping: ExpressibleByArgument {}

struct ForecastCommand: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "forecast",
            help: .forecast)
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Only deals expected to close on or after DATE.", valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(help: ArgumentHelp("Only deals expected to close on or before DATE.", valueName: "YYYY-MM-DD"))
    var to: String?

    @Option(help: "Group by month, quarter (calendar), owner or stage.")
    var by: Forecast.Grouping = .month

    @Option(help: .listFormat)
    var format: ListFormat = .table

    @Flag(name: [.short, .long], help: "Print only the ids of the forecast deals, one per line.")
    var quiet = false

    func run(_ context: Context) async throws {
        let session = try global.open(context)
        let today = try session.today()
        let (from, to) = (try parseDate(from, option: "--from"), try parseDate(to, option: "--to"))
        let forecast = Forecast.build(
            deals: session.deals(), config: session.config, today: today, from: from, to: to, by: by)
        if quiet {
            for line in forecast.lines { session.output.line(line.deal) }
            return
        }
        ForecastView.write(forecast, format: format.value, config: session.config, style: session.style) {
            session.output.write($0)
        }
    }
}
