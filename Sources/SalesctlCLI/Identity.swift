import SalesKit
import Subprocess

/// Who is writing: `--author`, else `SALESCTL_AUTHOR`, else git's `user.name`.
enum Identity {
    static func author(_ option: String?, context: Context) async -> String? {
        if let option, !option.isEmpty { return option }
        if let env = context.variable("SALESCTL_AUTHOR") { return env }
        if let name = await gitOutput(["config", "user.name"], in: context) { return name }
        // Said once the command has recorded something: before a "no deal" error it is noise.
        context.output.warnOnSuccess(
            Message.warnNoAuthor.text())
        return nil
    }

    /// One line of git's output (run in the context's working directory), or nil when git is
    /// missing or fails.
    static func gitOutput(_ arguments: [String], in context: Context) async -> String? {
        guard
            let result = try? await run(
                .name("git"), arguments: Arguments(["-C", context.workingDirectory] + arguments),
                output: .string(limit: 1 << 16), error: .discarded),
            result.terminationStatus.isSuccess,
            let text = result.standardOutput.trimmingSpaces.split(separator: "\n").first
        else { return nil }
        return String(text)
    }
}
