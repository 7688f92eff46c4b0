import ArgumentParser
import Foundation
import SalesKit

/// What every command runs with, made once per run of the program and passed down: the
/// directory relative paths start from (the current one, or a leading `-C DIR`: the process
/// never changes directory), the environment, the clock and where output goes. SalesKit reads
/// none of these itself; commands hand it what it needs.
final class Context {
    let workingDirectory: String
    let environment: [String: String]
    let now: Date
    let output: Output

    init(workingDirectory: String, environment: [String: String], now: Date = Date(), output: Output = Output()) {
        self.workingDirectory = workingDirectory
        self.environment = environment
        self.now = now
        self.output = output
    }

    /// This process's: its current directory, environment and clock, stdout and stderr.
    static func process() -> Context {
        Context(workingDirectory: FileSystem.currentDirectory(), environment: ProcessInfo.processInfo.environment)
    }

    /// The same context, starting relative paths from `directory` instead.
    func moved(to directory: String) -> Context {
        Context(workingDirectory: directory, environment: environment, now: now, output: output)
    }

    /// A variable of the environment, nil when unset or empty.
    func variable(_ name: String) -> String? {
        guard let value = environment[name], !value.isEmpty else { return nil }
        return value
    }

    /// `path` (a file named on the command line) as an absolute path: relative paths start at
    /// the working directory, as if the process had changed into it (`git -C`).
    func path(_ path: String) -> String {
        path.hasPrefix("/") ? path : workingDirectory + "/" + path
    }
}

/// A command of the tree: parsed by ArgumentParser, run with the program's `Context`.
protocol SalesctlCommand: AsyncParsableCommand {
    func run(_ context: Context) async throws
}

extension SalesctlCommand {
    /// ArgumentParser's entry point, for a command run outside `Salesctl.runCommandLine`.
    func run() async throws {
        let context = Context.process()
        try await run(context)
        context.output.finish()
    }
}
