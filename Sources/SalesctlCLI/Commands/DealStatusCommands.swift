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

struct DealLose: DealStatusCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "lose",
            help: .dealLose)
    }
    static let action = DealProcess.StatusAction.lose
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The deal id.", completion: .dealIDs) var id: String
    @OptionGroup var reason: StatusReason
    @OptionGroup var options: EventOptions
    var reasonCode: String? { reason.reason }
}

struct DealDrop: DealStatusCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "drop",
            help: .dealDrop)
    }
    static let action = DealProcess.StatusAction.drop
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The deal id.", completion: .dealIDs) var id: String
    @OptionGroup var reason: StatusReason
    @OptionGroup var options: EventOptions
    var reasonCode: String? { reason.reason }
}

struct DealHold: DealStatusCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "hold",
            help: .dealHold)
    }
    static let action = DealProcess.StatusAction.hold
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The deal id.", completion: .dealIDs) var id: String
    @OptionGroup var reason: StatusReason
    @OptionGroup var options: EventOptions
    var reasonCode: String? { reason.reason }
}

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
