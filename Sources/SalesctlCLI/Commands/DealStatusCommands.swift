import ArgumentParser
import SalesKit

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

/// The `--reason` of `deal lose|drop|hold`: one option, one help text.
struct StatusReason: ParsableArguments {
    @Option(help: "Why: a lost_reasons id or label (required).", completion: .lostReasons)
    var reason: String?
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
    @OptionGroup var reason: StatusReason
    @OptionGroup var options: EventOptions
    var reasonCode: String? { reason.reason }
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
    @OptionGroup var reason: StatusReason
    @OptionGroup var options: EventOptions
    var reasonCode: String? { reason.reason }
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
    @OptionGroup var reason: StatusReason
    @OptionGroup var options: EventOptions
    var reasonCode: String? { reason.reason }
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
