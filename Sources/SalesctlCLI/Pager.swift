import SalesKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The pager of long output on a terminal, as git does it: `SALESCTL_PAGER`, else `PAGER`, else
/// `less -FRX`, run by `sh -c` with salesctl's stdout going into its stdin. Output starts it only
/// once what a command prints is taller than the screen; never when stdout is not a terminal,
/// never under `--no-pager`.
final class Pager {
    /// The pager command for `environment`, nil for none: an empty value or `cat` (as in git)
    /// means none, and the default `less` only when it is installed.
    static func command(environment: [String: String]) -> String? {
        for key in ["SALESCTL_PAGER", "PAGER"] {
            if let value = environment[key] {
                let trimmed = value.trimmingSpaces
                return trimmed.isEmpty || trimmed == "cat" ? nil : value
            }
        }
        return onPath("less", path: environment["PATH"] ?? "/usr/bin:/bin") ? "less -FRX" : nil
    }

    static func onPath(_ name: String, path: String) -> Bool {
        path.split(separator: ":").contains { access("\($0)/\(name)", X_OK) == 0 }
    }

    /// The rows of the terminal on `fd`; `LINES`, else 24, when it does not say.
    static func screenRows(fd: Int32 = 1, environment: [String: String]) -> Int {
        var size = winsize()
        if ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 { return Int(size.ws_row) }
        if let lines = environment["LINES"].flatMap({ Int($0) }), lines > 0 { return lines }
        return 24
    }

    /// The write end of the pipe into the pager.
    let fd: Int32
    private let pid: pid_t

    /// Starts `sh -c command`; nil when it cannot be started (the output then goes to the
    /// terminal as it is). `LESS=FRX` is set for a plain `less` when LESS is unset, as git does.
    init?(command: String, environment: [String: String]) {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return nil }
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        #if os(Linux)
            var actions = posix_spawn_file_actions_t()
        #else
            var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, fds[0], 0)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        var env = environment
        if env["LESS"] == nil { env["LESS"] = "FRX" }
        if env["LV"] == nil { env["LV"] = "-c" }
        let words: [String] = ["/bin/sh", "-c", command]
        let pairs: [String] = env.map { "\($0.key)=\($0.value)" }
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = pairs.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, envp)
        close(fds[0])
        guard status == 0 else {
            close(fds[1])
            return nil
        }
        // A pager quit before the end (q in less) closes the pipe: the rest is dropped quietly.
        signal(SIGPIPE, SIG_IGN)
        self.fd = fds[1]
        self.pid = pid
    }

    /// Closes the pipe and waits until the person leaves the pager.
    func finish() {
        close(fd)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    }
}
