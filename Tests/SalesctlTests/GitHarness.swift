import Foundation

extension Harness {
    /// Runs the real git in `directory` with a clean configuration (no global or system file),
    /// branch `main`, paths unquoted; `name` is the author and committer.
    @discardableResult
    static func git(_ arguments: [String], in directory: String, name: String = "佐藤 健") throws -> Result {
        var env = ProcessInfo.processInfo.environment
        env["GIT_CONFIG_GLOBAL"] = "/dev/null"
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        for key in ["GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"] { env[key] = name }
        for key in ["GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"] { env[key] = "sales@example.com" }
        return try spawn(
            "/usr/bin/env", ["git", "-c", "init.defaultBranch=main", "-c", "core.quotepath=off"] + arguments,
            in: directory, environment: env)
    }
}
