import ArgumentParser
import SalesKit

struct QualityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quality",
        abstract: "Deal quality (商談クオリティ): yes/no indicators kept up to date by the manager.",
        discussion: """
            The indicators are in salesctl.yaml (quality: id, label, question, weight, good). Each \
            judgement is a 'quality' event appended to the deal's history: the latest one is the \
            current value, earlier ones stay in the file and in git. See docs/METHOD.md, "Deal quality".

            Examples:
              salesctl quality show tokai-erp
              salesctl quality set tokai-erp empathy yes --note "山田部長が提案内容に賛同"
              salesctl quality check --min 60
            """,
        subcommands: [QualitySet.self, QualityShow.self, QualityCheck.self]
    )
}

struct QualitySet: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Record a judgement of one indicator: yes, no or unknown.",
        discussion: """
            Appends {date, by, event: quality, indicator, value, note} to the deal's history; no other \
            line of the file changes. The indicator may be typed by id or label.

            Examples:
              salesctl quality set tokai-erp champion no --note "推進者の山田部長が異動"
              salesctl quality set kansai-logi 強力な競合 yes --note "B社も比較対象" --date 2026-11-09
              salesctl quality set hokuriku-ec empathy unknown --by "佐藤 健"
            """
    )

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
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a deal's indicators: current value, date, who, note, and the changes over time.",
        discussion: """
            One line per indicator of salesctl.yaml with its latest judgement, then the earlier \
            judgements from the deal's history, and the weighted score.

            Examples:
              salesctl quality show tokai-erp --today 2026-11-20
              salesctl quality show kansai-logi --format json | jq '.indicators[] | {id, value, standing}'
            """
    )

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
        switch format {
        case .json: session.output.write(QualityText.showJSON(deal, states).render())
        default:  // text
            session.output.write(
                QualityText.show(deal, states, palette: session.palette(), width: session.output.terminalWidth))
        }
    }
}

struct QualityCheck: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check open deals against the quality indicators; silent and exit 0 when all is well.",
        discussion: """
            For each open deal (or the deals named): the score (weighted share of good answers, \
            0-100), indicators never answered or answered 'unknown' (listed together as unanswered: \
            what the rep must find out), indicators not reviewed for more than --review-days \
            days, and indicators worse now than --review-days ago. Only deals with findings are \
            printed; the exit code is 1 when there is any (a score below --min, an unanswered, overdue \
            or worsened indicator, an open deal with no next action or an overdue one), else 0 \
            with no output: fit for a weekly script or CI.

            Examples:
              salesctl quality check --today 2026-11-20
              salesctl quality check --min 60 --owner "田中 美咲" --format json
              salesctl quality check --review-days 14 --stage 決定 || echo "quality needs attention"
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Deal ids (default: every open deal).", completion: .dealIDs)
    var ids: [String] = []

    @Option(help: "A finding when the score is below SCORE (0-100).", transform: wholeNumber)
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
            throw SalesError.invalidArgument("--min must be between 0 and 100, not \(min)")
        }
        guard reviewDays >= 0 else { throw SalesError.invalidArgument("--review-days must not be negative") }
        let session = try global.open(context)
        let store = session.store
        let today = try session.today()
        let selected = try store.selectDeals(ids: ids)
        session.output.warnSkipped(selected.findings)
        let deals = try DealQuery(
            stage: stage, owner: owner, config: store.config,
            deals: owner == nil ? [] : store.loadDeals().deals
        ).select(selected.deals)
        let findings = deals.map {
            Quality.assess($0, config: store.config, today: today, min: min, reviewDays: reviewDays)
        }
        .filter(\.hasFindings)
        guard !findings.isEmpty else { return }
        if quiet {
            for finding in findings { session.output.line(finding.deal) }
            throw ExitCode(1)
        }
        let byID = Dictionary(uniqueKeysWithValues: deals.map { ($0.id, $0) })
        let (header, rows) = QualityText.checkRows(
            findings, deals: byID, config: store.config, table: format.isForPeople)
        session.write(
            ListView(
                header: header, rows: rows, rightAligned: [3],
                json: { .array(findings.map { $0.json(deal: byID[$0.deal]!) }) }), format)
        throw ExitCode(1)
    }
}
