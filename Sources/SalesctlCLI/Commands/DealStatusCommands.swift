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
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "win",
            help: .dealWin)
    }
    static let action = DealProcess.StatusAction.win
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The deal id.", completion: .dealIDs) var id: String
    @OptionGroup var options: EventOptions
    var reasonCode: String? { nil }
}

/// `deal lose|drop|hold`: one command, parameterised by the status it records with a reason.
struct DealReasonedStatus<Status: StatusWithReason>: DealStatusCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: Status.commandName,
            help: Status.help)
    }
    static var action: DealProcess.StatusAction { Status.action }
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The deal id.", completion: .dealIDs) var id: String
    @OptionGroup var reason: StatusReason
    @OptionGroup var options: EventOptions
    var reasonCode: String? { reason.reason }
}

/// A row of the table of statuses recorded with a reason: its command, action and help.
protocol StatusWithReason {
    static var commandName: String { get }
    static var action: DealProcess.StatusAction { get }
    static var help: CommandHelp { get }
}

enum LoseStatus: StatusWithReason {
    static let commandName = "lose"
    static let action = DealProcess.StatusAction.lose
    static var help: CommandHelp { .dealLose }
}

enum DropStatus: StatusWithReason {
    static let commandName = "drop"
    static let action = DealProcess.StatusAction.drop
    static var help: CommandHelp { .dealDrop }
}

enum HoldStatus: StatusWithReason {
    static let commandName = "hold"
    static let action = DealProcess.StatusAction.hold
    static var help: CommandHelp { .dealHold }
}

typealias DealLose = DealReasonedStatus<LoseStatus>
typealias DealDrop = DealReasonedStatus<DropStatus>
typealias DealHold = DealReasonedStatus<HoldStatus>

struct DealReopen: DealStatusCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "reopen",
            help: .dealReopen)
    }
    static let action = DealProcess.StatusAction.reopen
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The deal id.", completion: .dealIDs) var id: String
    @OptionGroup var options: EventOptions
    var reasonCode: String? { nil }
}
