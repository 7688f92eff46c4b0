import SalesKit
import Subprocess

/// Who is writing: `--author`, else `SALESCTL_AUTHOR`, else git's `user.name`.
enum Identity {
    static func author(_ option: String?) async -> String? {
        if let option, !option.isEmpty { return option }
        if let env = FileSystem.environment("SALESCTL_AUTHOR"), !env.isEmpty { return env }
        if let name = await gitOutput(["config", "user.name"]) { return name }
        // Said once the command has recorded something: before a "no deal" error it is noise.
        Output.warnOnSuccess("warning: nobody to record as the author; pass --author, set SALESCTL_AUTHOR or git's user.name")
        return nil
    }

    /// One line of git's output, or nil when git is missing or fails.
    static func gitOutput(_ arguments: [String]) async -> String? {
        guard let result = try? await run(.name("git"), arguments: Arguments(arguments),
                                          output: .string(limit: 1 << 16), error: .discarded),
              result.terminationStatus.isSuccess,
              let text = result.standardOutput.trimmingSpaces.split(separator: "\n").first else { return nil }
        return String(text)
    }
}
