import ArgumentParser
import SalesKit

struct DealCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deal",
        abstract: "Create, list and show deals; move them through the sales process.",
        discussion: """
            One YAML file per deal: deals/<id>.yaml. Ids are lower-case letters, digits and '-' \
            (like acme-erp), at most 64 characters.

            A deal's life: 'deal step' checks the steps of its stage with evidence, 'deal advance' \
            moves it to the next stage once they are checked, 'deal win|lose|drop|hold|reopen' \
            changes its status. Each change appends a history event and touches only the lines it must.

            Examples:
              salesctl deal list --status open
              salesctl deal show tokai-erp
              salesctl deal advance kansai-logi
            """,
        subcommands: [
            DealNew.self, DealList.self, DealShow.self, DealSet.self, DealStep.self, DealAdvance.self,
            DealWin.self, DealLose.self, DealDrop.self, DealHold.self, DealReopen.self
        ]
    )
}

struct DealNew: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a deal.",
        discussion: """
            Writes deals/<id>.yaml with a 'created' history event and prints its path. The stage \
            defaults to the first stage of salesctl.yaml and may be typed by id or label. The \
            currency is a three-letter code, stored in upper case (usd is stored as USD). In \
            --key-person the full-width ， and 、 are commas too.

            Examples:
              salesctl deal new acme-erp --title "基幹システム刷新" \\
                --customer "株式会社アクメ" --owner "佐藤 健" --amount 12000000 \\
                --expected-close 2027-03-31 \\
                --key-person "山田 太郎,部長,情報システム部,D,supporter"
              salesctl deal new kita-crm --title "CRM導入" \\
                --customer "北日本物流株式会社" --stage 定義 \\
                --member "田中 美咲" --source 紹介
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The deal id (lower-case letters, digits and '-').")
    var id: String

    @Option(help: "What the customer wants, in a few words.")
    var title: String

    @Option(help: "The customer company.")
    var customer: String

    @Option(help: "The rep who owns the deal (default: the author).", completion: .people)
    var owner: String?

    @Option(help: "Expected order amount, a whole number in the deal's currency.")
    var amount: String?

    @Option(help: "Currency of the amount (default: salesctl.yaml's).")
    var currency: String?

    @Option(help: "Stage id or label (default: the first stage).", completion: .stages)
    var stage: String?

    @Option(name: .customLong("expected-close"), help: ArgumentHelp("Expected close date.", valueName: "YYYY-MM-DD"))
    var expectedClose: String?

    @Option(help: "Where the deal came from (referral, inbound, event, ...).")
    var source: String?

    @Option(
        name: .customLong("member"), help: "A member of our side working on the deal. Repeatable.", completion: .people)
    var members: [String] = []

    @Option(
        name: .customLong("key-person"),
        help: ArgumentHelp(
            "\"name,title,department,role,stance\" (role D/A/I; stance word or ○△−▽×). Repeatable.", valueName: "PERSON"
        ))
    var keyPersons: [String] = []

    @Option(help: ArgumentHelp("Creation date (default: today).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: "Who creates the deal (default: SALESCTL_AUTHOR, else git user.name).", completion: .people)
    var author: String?

    func run(_ context: Context) async throws {
        let session = try global.open(context)
        let store = session.store
        var amountValue: Int?
        if let amount {
            guard let value = CodeInput.integer(amount) else {
                throw SalesError.invalidArgument("amount \(quoted(amount)) is not a whole number")
            }
            amountValue = value
        }
        let who = await session.author(author)
        let people = try keyPersons.map { try KeyPerson(commaSeparated: $0) }
        let deal = Deal(
            id: id, title: title, customer: customer, owner: owner ?? who, members: members,
            stage: stage ?? store.config.stages[0].id, amount: amountValue, currency: currency,
            created: try session.eventDate(date),
            expectedClose: try parseDate(expectedClose, option: "--expected-close"), source: source,
            keyPersons: people)
        session.output.line(try store.createDeal(deal, by: who, today: try session.today()))
        for person in people {
            if let warning = Separators.warning(name: person.name, what: "key person") {
                session.output.warnOnSuccess(warning)
            }
        }
    }
}

struct DealList: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List deals.",
        discussion: """
            One line per deal, sorted by id, with the last contact (the newest report's date).

            Examples:
              salesctl deal list
              salesctl deal list --status open --owner "佐藤 健"
              salesctl deal list --stage 決定 --format csv > decision.csv
              salesctl deal list -q --status open | xargs -n1 salesctl deal show
            """
    )

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
    var format: OutputFormat = .table

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
        let header = [
            "id", "title", "customer", "owner", "stage", "status", "amount", "currency", "expected_close",
            "last_contact"
        ]
        let rows = deals.map { d -> [String] in
            let label = store.config.stageLabel(d.stage)
            return [
                d.id, d.title, d.customer, d.owner ?? "", format.isForPeople ? label : d.stage,
                format.isForPeople ? d.status.word : d.status.rawValue,
                d.amount.map { money($0, forTable: format.isForPeople) } ?? "",
                d.currency ?? store.config.currency, d.expectedClose?.description ?? "",
                contacts[d.id]?.description ?? ""
            ]
        }
        session.write(
            ListView(
                header: header, rows: rows, rightAligned: [6],
                json: { .array(deals.map { $0.summaryJSON(config: store.config, lastContact: contacts[$0.id]) }) }),
            format)
    }
}

struct DealShow: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a deal as a line: header, key persons, checklist, timeline.",
        discussion: """
            The timeline merges the deal's history (stage and status changes, checked steps, quality \
            judgements) with its activity reports, in date order.

            Examples:
              salesctl deal show tokai-erp
              salesctl deal show tokai-erp --format json | jq '.timeline[] | select(.type == "report")'
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
        let deal = try store.loadDeal(id)
        let reports = session.reports(of: [deal.id], detail: .full)
        let timeline = Language.english(if: format == .json) {
            TimelineEntry.build(deal: deal, reports: reports, config: store.config)
        }
        switch format {
        case .json:
            session.output.write(deal.detailJSON(config: store.config, timeline: timeline).render())
        case .text:
            session.output.write(deal.showText(config: store.config, timeline: timeline, palette: session.palette()))
        }
    }
}

// MARK: the sales process

/// Options of every command that records a history event.
struct EventOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Date of the event (default: today); an earlier date also records today as 'logged'.",
            valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: "What happened, in a few words (recorded in the history).")
    var note: String?

    @Option(help: "Who records it (default: SALESCTL_AUTHOR, else git user.name).", completion: .people)
    var author: String?
}

/// Applies one process change to a deal file and prints what happened.
func recordChange(
    _ id: String, global: GlobalOptions, options: EventOptions, context: Context,
    _ change: (Store.DealDocument, CalendarDate, String?, Config, CalendarDate) throws -> DealProcess.Change
) async throws {
    let session = try global.open(context)
    let store = session.store
    let date = try session.eventDate(options.date)
    let today = try session.today()
    let who = await session.author(options.author)
    let result = try store.change(id) { try change($0, date, who, store.config, today) }
    session.output.line(TimelineEntry.successLine(CodeInput.asciiCode(id), result.event, config: store.config))
}

struct DealStep: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "step",
        abstract: "Check a step of the sales process, with its evidence.",
        discussion: """
            Writes the step under 'checklist:' in the deal file (done date and note) and appends a \
            'step' event to its history. STEP is a step id or label of salesctl.yaml; the steps of the \
            deal's stage come first, steps of other stages are accepted too (a customer may tell the \
            budget early). --undo unchecks a step that turned out wrong; both stay in the history.

            Examples:
              salesctl deal step kansai-logi proposal --note "提案書と見積(2,200万円)を提出"
              salesctl deal step tokai-erp 意思決定者に提案 --date 2026-11-18 --note "小林取締役に提案"
              salesctl deal step kansai-logi budget --undo --note "予算枠が凍結された"
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The deal id.", completion: .dealIDs)
    var id: String

    @Argument(help: "The step id or label.", completion: .steps)
    var step: String

    @Flag(help: "Uncheck the step instead.")
    var undo = false

    @OptionGroup var options: EventOptions

    func run(_ context: Context) async throws {
        try await recordChange(id, global: global, options: options, context: context) {
            doc, date, who, config, today in
            try DealProcess.step(
                doc, name: step, undo: undo, note: options.note, date: date, by: who, config: config, today: today)
        }
    }
}

struct DealAdvance: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "advance",
        abstract: "Move a deal to the next stage, or to --to STAGE.",
        discussion: """
            The gate: a deal enters a stage only when every step of the stages before it is checked. \
            Otherwise the command refuses and lists the missing steps; --force --reason TEXT moves it \
            anyway and records forced, the reason and the missing steps in the history. Moving back \
            (--to an earlier stage) needs no gate and is recorded as a regression, with its --reason \
            shown in 'deal show' and 'feed'. Only open deals \
            move: reopen a deal on hold or closed first. Only the 'stage:' line changes, and one \
            'stage' event is appended.

            Examples:
              salesctl deal advance tokai-erp
              salesctl deal advance kansai-logi --force --reason "長谷川本部長が年内発注を明言" --note "提案は来週"
              salesctl deal advance tokai-erp --to define --reason "推進者の山田部長が異動、要件を再確認"
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The deal id.", completion: .dealIDs)
    var id: String

    @Option(help: "The stage to move to, id or label (default: the next stage).", completion: .stages)
    var to: String?

    @Flag(help: "Move even though steps are not checked (needs --reason).")
    var force = false

    @Option(help: "Why the deal moves without the missing steps, or back.")
    var reason: String?

    @OptionGroup var options: EventOptions

    func run(_ context: Context) async throws {
        try await recordChange(id, global: global, options: options, context: context) {
            doc, date, who, config, today in
            try DealProcess.advance(
                doc, to: to, force: force, reason: reason, note: options.note, date: date, by: who,
                config: config, today: today)
        }
    }
}

/// `deal win|lose|drop|hold|reopen`: one implementation, five commands.
protocol DealStatusCommand: SalesctlCommand {
    static var action: DealProcess.StatusAction { get }
    var global: GlobalOptions { get }
    var id: String { get }
    var reasonCode: String? { get }
    var options: EventOptions { get }
}

extension DealStatusCommand {
    func run(_ context: Context) async throws {
        try await recordChange(id, global: global, options: options, context: context) {
            doc, date, who, config, today in
            try DealProcess.setStatus(
                doc, action: Self.action, reason: reasonCode, note: options.note, date: date, by: who,
                config: config, today: today)
        }
    }
}

struct DealWin: DealStatusCommand {
    static let configuration = CommandConfiguration(
        commandName: "win",
        abstract: "Record an order won (受注).",
        discussion: """
            Sets 'status: won' and appends a 'status' event with the stage the deal was won in. \
            Works on open deals and deals on hold.

            Examples:
              salesctl deal win tokai-erp --note "注文書を受領、4,800万円"
              salesctl deal win kansai-logi --date 2026-12-18 --author "鈴木 大輔"
            """
    )
    static let action = DealProcess.StatusAction.win
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The deal id.", completion: .dealIDs) var id: String
    @OptionGroup var options: EventOptions
    var reasonCode: String? { nil }
}

struct DealLose: DealStatusCommand {
    static let configuration = CommandConfiguration(
        commandName: "lose",
        abstract: "Record a lost deal (失注), with the reason.",
        discussion: """
            Sets 'status: lost' and appends a 'status' event with the reason code (lost_reasons of \
            salesctl.yaml, id or label) and the stage the deal was lost in; 'salesctl lost' studies them.

            Examples:
              salesctl deal lose tokai-erp --reason competitor --note "現行ベンダーが大幅値引き。松本CFOの意向"
              salesctl deal lose kansai-logi --reason 価格 --note "B社が2割安い"
            """
    )
    static let action = DealProcess.StatusAction.lose
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The deal id.", completion: .dealIDs) var id: String
    @Option(help: "Why: a lost_reasons id or label (required).", completion: .lostReasons) var reason: String?
    @OptionGroup var options: EventOptions
    var reasonCode: String? { reason }
}

struct DealDrop: DealStatusCommand {
    static let configuration = CommandConfiguration(
        commandName: "drop",
        abstract: "Drop a deal (廃棄): we stop pursuing it, with the reason.",
        discussion: """
            Sets 'status: dropped' and appends a 'status' event with the reason code and the stage.

            Examples:
              salesctl deal drop hokuriku-ec --reason lost-contact --note "3回連絡して返信なし"
              salesctl deal drop aoba-rpa --reason no-budget
            """
    )
    static let action = DealProcess.StatusAction.drop
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The deal id.", completion: .dealIDs) var id: String
    @Option(help: "Why: a lost_reasons id or label (required).", completion: .lostReasons) var reason: String?
    @OptionGroup var options: EventOptions
    var reasonCode: String? { reason }
}

struct DealHold: DealStatusCommand {
    static let configuration = CommandConfiguration(
        commandName: "hold",
        abstract: "Put a deal on hold (ペンディング), with the reason.",
        discussion: """
            Sets 'status: on-hold' and appends a 'status' event. Deals on hold leave the forecast \
            until 'deal reopen'.

            Examples:
              salesctl deal hold kansai-logi --reason timing --note "来期予算で再検討"
              salesctl deal hold hokuriku-ec --reason no-decision
            """
    )
    static let action = DealProcess.StatusAction.hold
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The deal id.", completion: .dealIDs) var id: String
    @Option(help: "Why: a lost_reasons id or label (required).", completion: .lostReasons) var reason: String?
    @OptionGroup var options: EventOptions
    var reasonCode: String? { reason }
}

struct DealReopen: DealStatusCommand {
    static let configuration = CommandConfiguration(
        commandName: "reopen",
        abstract: "Reopen a deal that is on hold, lost, dropped or won.",
        discussion: """
            Sets 'status: open' and appends a 'status' event; the deal stays in its stage.

            Examples:
              salesctl deal reopen aoba-rpa --note "2027年度予算で再検討が決定"
              salesctl deal reopen minato-sfa --date 2026-12-01 --note "C社の導入が頓挫"
            """
    )
    static let action = DealProcess.StatusAction.reopen
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The deal id.", completion: .dealIDs) var id: String
    @OptionGroup var options: EventOptions
    var reasonCode: String? { nil }
}
