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
        switch format {
        case .json: session.output.write(JSONValue.array(entries.map(\.json)).render())
        case .ndjson: for entry in entries { session.output.write(entry.json.render(pretty: false)) }
        case .markdown: session.output.write(markdown(entries))
        default: session.output.write(text(entries, palette: session.palette()))
        }
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

    func text(_ entries: [FeedEntry], palette: Palette) -> String {
        guard !entries.isEmpty else { return "" }
        let width = entries.map { displayWidth($0.deal) }.max() ?? 0
        var out = ""
        var day: CalendarDate?
        for entry in entries {
            if entry.date != day {
                out += (day == nil ? "" : "\n") + palette.bold(entry.date.description) + "\n"
                day = entry.date
            }
            let marker = entry.kind == .report ? "●" : entry.kind == .event ? "*" : "!"
            var line = "  \(pad(entry.deal, toWidth: width, alignRight: false))  \(marker) \(entry.summary)"
            if let logged = entry.logged { line += Message.feedLogged.text(logged.description) }
            if let who = entry.who { line += palette.dim("  \(who)") }
            if let commit = entry.commit { line += palette.dim("  [\(commit.author) \(commit.shortHash)]") }
            out += line + "\n"
            let indent = String(repeating: " ", count: width + 6)
            for detail in entry.details { out += indent + detail + "\n" }
        }
        return out
    }

    func markdown(_ entries: [FeedEntry]) -> String {
        var out = ""
        var day: CalendarDate?
        for entry in entries {
            if entry.date != day {
                out += (day == nil ? "" : "\n") + "### \(entry.date)\n\n"
                day = entry.date
            }
            var line =
                "- **\(entry.deal)** \(entry.summary)"
                + (entry.logged.map { Message.feedLogged.text($0.description) } ?? "")
            if let who = entry.who { line += " — \(who)" }
            if let commit = entry.commit { line += Message.feedCommitted.text(commit.author, "`\(commit.shortHash)`") }
            out += line + "\n" + entry.details.map { "  - \($0)\n" }.joined()
        }
        return out
    }
}
