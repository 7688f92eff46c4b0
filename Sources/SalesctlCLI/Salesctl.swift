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
/// 2. `Commands/<Noun>Command.swift` holds the command: abstract, a discussion with at least two
///    examples on `examples/basic`, `@OptionGroup var global: GlobalOptions`, a short `run()`.
/// 3. Register it in `subcommands` below (the only registry).
/// 4. An end-to-end test in `Tests/SalesctlTests` runs the built binary on a copy of `examples/basic`
///    and checks stdout, stderr, exit code and files; every new error message gets a test.
/// 5. Regenerate `man/` and `completions/` (`scripts/generate-docs`) and update the README and docs/ (docs/DEVELOPMENT.md).
public struct Salesctl: AsyncParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "salesctl",
        abstract: "Sales deals and activity reports as plain text files, shared through git.",
        discussion: """
        salesctl keeps one YAML file per deal (deals/<id>.yaml), one Markdown file per customer \
        contact (reports/YYYY/MM/...md) and the team's settings (salesctl.yaml) in a directory \
        you can diff, review and share with git.

        The store is found from -C/--dir, else SALESCTL_DIR, else the nearest salesctl.yaml \
        walking upward from the current directory.

        Exit codes: 0 ok; 1 failure or findings; 2 usage error; 75 the store is locked by \
        another salesctl.

        Examples:
          salesctl init my-team
          salesctl -C examples/basic deal list
          salesctl report add --deal tokai-erp --kind visit --attendee "山田 浩二" -m "要件を確認"
        """,
        version: "0.1.0",
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
            CheckCommand.self,
            EnergyCommand.self,
            QualityCommand.self,
            ForecastCommand.self,
            LostCommand.self,
            StaleCommand.self,
            ImportCommand.self,
            ExportCommand.self,
            CompletionCommand.self,
            GenerateManCommand.self,
        ]
    )

    /// Runs the command and maps errors to the documented exit codes: SalesError messages go to
    /// stderr as they are; ArgumentParser's usage errors (64) become 2.
    public static func runCommandLine() async {
        do {
            let arguments = try hoistGlobalOptions(Array(CommandLine.arguments.dropFirst()))
            try applyAmbiguousWidth(config: nil)  // help and errors before a store is opened
            var command: ParsableCommand
            do {
                command = try parseAsRoot(arguments)
            } catch {
                if let message = UsageErrors.unknownCommand(in: arguments) {
                    Output.error(message)
                    terminate(2)
                }
                throw error
            }
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            Output.finish()
        } catch let error as SalesError {
            Output.flush()
            Output.error(error.message)
            terminate(error.exitCode)
        } catch let error as ExitCode {
            Output.flush()
            terminate(error.rawValue)
        } catch {
            Output.flush()
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { Output.write(message + "\n") }
                Output.flush()
                terminate(0)
            }
            if !message.isEmpty { Output.error(UsageErrors.salesctlStyle(message)) }
            terminate(code.rawValue == 64 ? 2 : code.rawValue)
        }
    }
}

/// exit(3), named apart from ParsableCommand's `exit(withError:)`.
func terminate(_ code: Int32) -> Never {
    exit(code)
}

/// Global options may come before the subcommand, as in git: `salesctl -C examples/basic deal
/// list`. A leading `-C DIR` changes into DIR (paths on the command line are then relative to
/// it, as with `git -C`); a leading `--today` or `--color` is moved after the subcommand, where
/// every command's `GlobalOptions` reads it.
public func hoistGlobalOptions(_ arguments: [String]) throws -> [String] {
    var rest = arguments[...]
    var moved: [String] = []
    while let first = rest.first {
        if first == "-C" || first == "--dir" || first.hasPrefix("--dir=") {
            let directory: String
            if first.hasPrefix("--dir=") {
                directory = String(first.dropFirst(6))
                rest = rest.dropFirst()
            } else {
                guard rest.count >= 2 else { throw SalesError.invalidArgument("\(first) needs a directory") }
                directory = rest[rest.startIndex + 1]
                rest = rest.dropFirst(2)
            }
            guard chdir(directory) == 0 else {
                // A failure (exit 1), not bad usage: the directory may have been there a moment ago.
                throw SalesError.io(path: directory, reason: "cannot change to this directory: \(String(cString: strerror(errno)).lowercased())")
            }
        } else if first == "--today" || first == "--color" {
            guard rest.count >= 2 else { break }
            moved += rest.prefix(2)
            rest = rest.dropFirst(2)
        } else if first.hasPrefix("--today=") || first.hasPrefix("--color=") {
            moved.append(first)
            rest = rest.dropFirst()
        } else {
            break
        }
    }
    var result = Array(rest)
    if let terminator = result.firstIndex(of: "--") {
        result.insert(contentsOf: moved, at: terminator)
    } else {
        result += moved
    }
    return result
}
