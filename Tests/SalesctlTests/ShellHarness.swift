import Foundation

/// Runs other programs for the shell-citizen tests: real shells, and salesctl under a
/// pseudo-terminal (util-linux `script`, which Debian always has).
enum ShellHarness {
    /// The full path of `name` on PATH, or nil.
    static func which(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    static let hasScript = which("script") != nil && which("timeout") != nil

    /// The directory of the built salesctl, put first on PATH so shells find `salesctl`.
    static var binaryDirectory: String { URL(fileURLWithPath: Harness.binary).deletingLastPathComponent().path }

    /// An environment like Harness.run's, with salesctl on PATH and a throwaway HOME (no user
    /// rc files, no git config).
    static func environment(_ extra: [String: String] = [:]) throws -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        for key in [
            "SALESCTL_DIR", "SALESCTL_TODAY", "NO_COLOR", "GIT_EDITOR", "VISUAL", "EDITOR", "ZDOTDIR",
            "XDG_CONFIG_HOME", "XDG_DATA_HOME", "BASH_ENV", "ENV"
        ] {
            env[key] = nil
        }
        env["SALESCTL_AUTHOR"] = "佐藤 健"
        env["PATH"] = binaryDirectory + ":" + (env["PATH"] ?? "/usr/bin:/bin")
        env["HOME"] = try Harness.temporaryDirectory()
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["TERM"] = "dumb"
        env["LANG"] = "C.UTF-8"
        env["LC_ALL"] = "C.UTF-8"
        for (key, value) in extra { env[key] = value }
        return env
    }

    /// Runs a shell command line on a pseudo-terminal (stdin, stdout and stderr are the terminal
    /// unless the command redirects them); returns what the terminal showed (CRLF → LF) and the
    /// command's exit status. `input` is typed into the terminal. A 60 s guard stops a hang.
    static func onTerminal(
        _ commandLine: String, in directory: String? = nil, environment: [String: String],
        input: String = ""
    ) throws -> Harness.Result {
        var result = try Harness.spawn(
            which("timeout")!, ["60", which("script")!, "-qec", commandLine, "/dev/null"],
            in: directory, environment: environment, stdin: input)
        result.stdout = result.stdout.replacingOccurrences(of: "\r\n", with: "\n")
        return result
    }

    /// `'word'` for sh.
    static func quote(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
