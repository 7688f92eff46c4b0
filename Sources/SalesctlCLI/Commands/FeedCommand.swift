import ArgumentParser
import SalesKit
import Subprocess

struct FeedCommand: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "feed",
            help: .feed)
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Start here (default: 14 days ago).", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(
        name: .customLong("for"),
        help: ArgumentHelp("Only deals where MEMBER is the owner or a member.", valueName: "MEMBER"),
        completion: .people)
    var member: String?

    @Option(help: ArgumentHelp("Only this deal.", valueName: "ID"), completion: .dealIDs)
    var deal: String?

    @Option(help: "Output format: text, json or markdown.")
    var format: FeedFormat = .text

    func run(_ context: Context) async throws {
        let session = try global.open(context)
        let store = session.store
        let today = try session.today()
        let start = try parseDate(since, option: "--since") ?? today.adding(days: -13)
        let deal = deal.map(CodeInput.asciiCode)  // a code: `ｔｏｋａｉ－ｅｒｐ` is tokai-erp
        if let deal { try store.requireDeal(deal) }
        let deals = store.loadDeals()
        // The typed name, among the owners and members of the deals (NameMatch).
        let teamMember = try member.map {
            try NameMatch.require($0, among: Store.team(of: deals.deals), kind: .person, what: "member")
        }
        // Every report up to today: homework given before --since may fall due or be done after it.
        session.noteHiddenReports(from: start)
        let reports = store.loadReports(deals: deal.map { Set([$0]) }, until: today, detail: .summary)
        session.output.warnSkipped(deals.findings + reports.findings)
        let git = await gitHistory(root: store.root, since: start)
        let entries = Language.english(if: format == .json) {
            Feed.build(
                deals: deals.deals, reports: reports.reports, config: store.config,
                filter: Feed.Filter(since: start, until: today, member: teamMember, deal: deal), git: git)
        }
        session.output.write(FeedView.render(entries, format: format.value, palette: session.palette()))
    }

    /// One `git log` for the whole feed; nil outside a repository or without git.
    func gitHistory(root: String, since: CalendarDate) async -> GitHistory? {
        guard
            let result = try? await Subprocess.run(
                .name("git"), arguments: Arguments(["-C", root] + GitHistory.arguments(since: since)),
                output: .string(limit: 256 << 20), error: .discarded),
            result.terminationStatus.isSuccess
        else { return nil }
        return GitHistory.parse(result.standardOutput)
    }
}
