import ArgumentParser
import SalesKit

struct QualityCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "quality",
            help: .quality,
            subcommands: [QualitySet.self, QualityShow.self, QualityCheck.self])
    }
}

struct QualitySet: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "set",
            help: .qualitySet)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The deal id.", completion: .dealIDs)
    var id: String

    @Argument(help: "The indicator id or label (see salesctl.yaml).", completion: .indicators)
    var indicator: String

    @Argument(help: "yes, no or unknown.", completion: .list(["yes", "no", "unknown"]))
    var value: String

    @Option(help: "Why: the fact behind the judgement.")
    var note: String?

    @Option(help: ArgumentHelp("Date of the judgement (default: today).", valueName: "YYYY-MM-DD"))
    var date: String?

    // --author as in every other command that records an event; --by is the older name.
    @Option(
        name: [.customLong("author"), .customLong("by")],
        help: "Who judges (default: SALESCTL_AUTHOR, else git user.name).", completion: .people)
    var author: String?

    func run(_ context: Context) async throws {
        let session = try global.open(context)
        let store = session.store
        let today = try session.today()
        let when = try session.eventDate(date)
        let who = await session.author(author)
        let change = try store.setQuality(
            deal: id, indicator: indicator, value: value, note: note,
            date: when, by: who, today: today)
        let was = change.previous.map { "\($0.rawValue) → " } ?? ""
        session.output.line(
            Message.doneQuality.text(
                change.deal, change.indicator.id, change.indicator.label, was + change.value.rawValue))
    }
}

struct QualityShow: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "show",
            help: .qualityShow)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The deal id.", completion: .dealIDs)
    var id: String

    @Option(help: "Output format: text or json.")
    var format: TextOrJSON = .text

    func run(_ context: Context) async throws {
        let session = try global.open(context)
        let store = session.store
        let today = try session.today()
        let deal = try store.loadDeal(id)
        let states = Quality.states(of: deal, config: store.config, today: today)
        session.show(
            format, json: { QualityText.showJSON(deal, states) },
            text: { QualityText.show(deal, states, palette: session.palette(), width: session.output.terminalWidth) })
    }
}

struct QualityCheck: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "check",
            help: .qualityCheck)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Deal ids (default: every open deal).", completion: .dealIDs)
    var ids: [String] = []

    @Option(
        parsing: .unconditional, help: "A finding when the score is below SCORE (0-100).", transform: wholeNumber)
    var min: Int?

    @Option(
        name: .customLong("review-days"),
        help:
            "Indicators not judged for more than N days are overdue; worsened compares with N days ago (default: \(Quality.defaultReviewDays)).",
        transform: wholeNumber)
    var reviewDays: Int = Quality.defaultReviewDays

    @Option(help: "Only deals owned by this rep.", completion: .people)
    var owner: String?

    @Option(help: "Only deals in this stage (id or label).", completion: .stages)
    var stage: String?

    @Option(help: .listFormat)
    var format: ListFormat = .table

    @Flag(name: [.short, .long], help: "Print only the ids of deals with findings, one per line.")
    var quiet = false

    func run(_ context: Context) async throws {
        if let min, !(0...100).contains(min) {
            throw SalesError.invalidArgument(ErrorText(.useBetween, "--min", 0, 100, min))
        }
        guard reviewDays >= 0 else { throw SalesError.invalidArgument(ErrorText(.useNotNegative, "--review-days")) }
        let session = try global.open(context)
        let store = session.store
        let today = try session.today()
        let selected = try store.selectDeals(ids: ids)
        session.output.warnSkipped(selected.findings)
        let deals = try DealQuery(
            stage: stage, owner: owner, config: store.config,
            deals: owner == nil ? [] : store.loadDeals().deals
        ).select(selected.deals)
        let findings = Quality.findings(deals, config: store.config, today: today, min: min, reviewDays: reviewDays)
        guard !findings.isEmpty else { return }
        if quiet {
            for finding in findings { session.output.line(finding.deal) }
            throw ExitCode(1)
        }
        session.write(QualityText.checkList(findings, deals: deals, config: store.config, format: format.value), format)
        throw ExitCode(1)
    }
}
