import ArgumentParser
import SalesKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The root command.
///
/// Adding a command (like git's "adding a new built-in"):
/// 1. The logic goes in SalesKit as a pure function of (store data, today), with a unit test.
/// 2. `Commands/<Noun>Command.swift` holds the command: `static var configuration` (computed, so
///    it speaks the language decided before parsing) naming its help, `@OptionGroup var global:
///    GlobalOptions`, a short `run()`. The help goes in `Help/Help+*.swift`: abstract and discussion
///    in English and Japanese, at least two examples on `examples/basic`; the Japanese of each new
///    option's help in `Help/OptionHelp+*.swift`.
/// 3. Register it in `subcommands` below (the only registry).
/// 4. An end-to-end test in `Tests/SalesctlTests` runs the built binary on a copy of `examples/basic`
///    and checks stdout, stderr, exit code and files; every new error message gets a test; a
///    malformed command line of it goes in `Tests/SalesctlCLITests/Parsing/` (exit code 2).
/// 5. Regenerate `man/` and `completions/` (`scripts/generate-docs`) and update the README and docs/ (docs/DEVELOPMENT.md).
public struct Salesctl: AsyncParsableCommand {
    public init() {}

    public static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "salesctl",
            help: .root,
            version: BuildInfo.versionLine,
            subcommands: [
                InitCommand.self,
                DealCommand.self,
                ReportCommand.self,
                PersonCommand.self,
                HomeworkCommand.self,
                NextCommand.self,
                AgendaCommand.self,
                FeedCommand.self,
                MergeDriverCommand.self,
                GitCommand.self,
                CheckCommand.self,
                EnergyCommand.self,
                QualityCommand.self,
                ForecastCommand.self,
                LostCommand.self,
                ResultsCommand.self,
                PipelineCommand.self,
                CustomerCommand.self,
                StaleCommand.self,
                ReviewCommand.self,
                ImportCommand.self,
                ExportCommand.self,
                CompletionCommand.self,
                GenerateManCommand.self
            ])
    }

    /// The global options before the command (`salesctl -C DIR deal show`): declared here so
    /// --help and the completion scripts know them; each command's GlobalOptions receives
    /// the values (ArgumentParser hands an option group of the same type down).
    @OptionGroup var global: GlobalOptions

    /// Runs the command line of this process and exits with the documented exit code.
    public static func runCommandLine() async {
        let context = Context.process()
        terminate(await run(Array(CommandLine.arguments.dropFirst()), context: context))
    }

    /// Runs one command line in `context` and returns the exit code: SalesError messages go to
    /// stderr (with the command line's flag names); ArgumentParser's usage errors become 2.
    static func run(_ arguments: [String], context: Context) async -> Int32 {
        let output = context.output
        do {
            let invocation = try Invocation(arguments, context: context)
            if !invocation.arguments.prefix(while: { $0 != "--" }).contains("--no-pager") {
                output.usePager(Pager.command(environment: context.environment), environment: context.environment)
            }
            // Help and errors before the store is opened: in the store's language (and width).
            let settings = try DisplaySettings(context, config: invocation.configBeforeParsing())
            return await settings.scope { await parseAndRun(invocation, settings: settings) }
        } catch {
            // Before the store is found (a -C DIR that does not exist): SALESCTL_LANG, if set.
            guard let early = try? DisplaySettings(context, config: nil) else { return fail(error, output: output) }
            return await early.scope { fail(error, output: output) }
        }
    }

    /// Parses the command line and runs its command, with `settings` in force (a command that
    /// chooses its language, `init`, speaks its own); errors are reported in them too.
    static func parseAndRun(_ invocation: Invocation, settings: DisplaySettings) async -> Int32 {
        let output = invocation.context.output
        do {
            var command: ParsableCommand
            do {
                command = try parseAsRoot(invocation.arguments)
            } catch {
                if let message = UsageErrors.unknownCommand(in: invocation.arguments) {
                    output.error(message)
                    return ExitStatus.usage
                }
                throw error
            }
            guard let command = command as? any SalesctlCommand else {
                try command.run()  // a command group: its help
                output.finish()
                return 0
            }
            var settings = settings
            if let chooser = command as? any ChoosesLanguage, invocation.context.variable("SALESCTL_LANG") == nil {
                settings.language = chooser.language
            }
            return await settings.scope {
                do {
                    try await command.run(invocation.context)
                    output.finish()
                    return 0
                } catch {
                    return fail(error, output: output)
                }
            }
        } catch {
            return fail(error, output: output)
        }
    }

    /// Reports `error` the command line's way and returns its exit code.
    static func fail(_ error: any Error, output: Output) -> Int32 {
        switch error {
        case let error as SalesError:
            output.end()
            output.error(ExitStatus.message(for: error))
            return ExitStatus.code(for: error)
        case let error as ExitCode:
            output.end()
            return error.rawValue
        default:
            output.end()
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                // A help screen: asked for unwrapped, wrapped by display width (HelpText).
                let message =
                    UsageErrors.isHelp(message)
                    ? OptionHelp.headings(
                        HelpText.wrap(
                            OptionHelp.localize(fullMessage(for: error, columns: 1_000)),
                            width: output.terminalWidth ?? 80))
                    : message
                if !message.isEmpty { output.write(message + "\n") }
                output.end()
                return 0
            }
            if !message.isEmpty { output.error(UsageErrors.salesctlStyle(message)) }
            return code.rawValue == 64 ? ExitStatus.usage : code.rawValue
        }
    }
}

/// exit(3), named apart from ParsableCommand's `exit(withError:)`.
func terminate(_ code: Int32) -> Never {
    exit(code)
}
