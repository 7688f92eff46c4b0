import SalesKit
import Subprocess

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Opens the user's editor on a file, in the order git uses: `git var GIT_EDITOR` (which honours
/// GIT_EDITOR, core.editor, VISUAL and EDITOR), else VISUAL, else EDITOR, else vi.
enum Editor {
    static func isInteractive(_ context: Context) -> Bool { isatty(0) == 1 && context.output.isTerminal() }

    static func command(_ context: Context) async -> String {
        if let editor = await Identity.gitOutput(["var", "GIT_EDITOR"], in: context), !editor.isEmpty { return editor }
        for name in ["VISUAL", "EDITOR"] {
            if let value = context.variable(name) { return value }
        }
        return "vi"
    }

    /// Runs the editor on the terminal; throws when it fails.
    static func edit(_ path: String, context: Context) async throws {
        let editor = await command(context)
        // As git does: the editor string may carry arguments, so the shell splits it.
        let result = try await run(
            .name("sh"), arguments: ["-c", editor + " \"$@\"", editor, path],
            input: .currentStandardInput, output: .currentStandardOutput,
            error: .currentStandardError)
        guard result.terminationStatus.isSuccess else {
            throw SalesError.aborted(Message.useEditorFailed.text(quoted(editor), path))
        }
    }
}
