import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the built binary with `posix_spawn` and `wait4`, so each run has its own peak RSS and
/// wall time (Foundation's `Process` reports neither), and so a test can `kill -9` it.
enum Spawn {
    struct Measured {
        var stdout: [UInt8]
        var stderr: [UInt8]
        /// The exit status, or nil when a signal ended the process.
        var status: Int32?
        var signal: Int32?
        var seconds: Double
        /// Peak resident set size of the child, in kilobytes (`ru_maxrss`).
        var maxRSSKB: Int

        var out: String { String(decoding: stdout, as: UTF8.self) }
        var err: String { String(decoding: stderr, as: UTF8.self) }
    }

    /// A started process whose output goes to files in a private directory.
    struct Child {
        var pid: pid_t
        var started: Double
        var outPath: String
        var errPath: String
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// The environment of `Harness.run`: no colour, a fixed author, nothing from the caller's store.
    static func environment(_ extra: [String: String]) -> [String] {
        var env = ProcessInfo.processInfo.environment
        for key in ["SALESCTL_DIR", "SALESCTL_TODAY", "SALESCTL_AUTHOR", "NO_COLOR", "GIT_EDITOR", "VISUAL", "EDITOR"] {
            env[key] = nil
        }
        env["SALESCTL_AUTHOR"] = "佐藤 健"
        env["TERM"] = "dumb"
        for (key, value) in extra { env[key] = value }
        return env.map { "\($0.key)=\($0.value)" }
    }

    /// Starts `executable` (the salesctl binary by default) with stdin from /dev/null.
    static func start(
        _ arguments: [String], executable: String = Harness.binary,
        environment extra: [String: String] = [:]
    ) throws -> Child {
        let dir = try Harness.temporaryDirectory()
        let outPath = dir + "/stdout"
        let errPath = dir + "/stderr"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment(extra).map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let started = now()
        let rc = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EIO) }
        return Child(pid: pid, started: started, outPath: outPath, errPath: errPath)
    }

    /// Waits for a child; never gives up (a hang shows as a test timeout, and `seconds` is checked).
    static func wait(_ child: Child) -> Measured {
        var status: Int32 = 0
        var usage = rusage()
        while wait4(child.pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = now() - child.started
        let out = (try? Data(contentsOf: URL(fileURLWithPath: child.outPath))).map { [UInt8]($0) } ?? []
        let err = (try? Data(contentsOf: URL(fileURLWithPath: child.errPath))).map { [UInt8]($0) } ?? []
        try? FileManager.default.removeItem(atPath: FileSystemPath.parent(child.outPath))
        let signaled = status & 0x7F != 0 && status & 0x7F != 0x7F
        return Measured(
            stdout: out, stderr: err,
            status: signaled ? nil : (status >> 8) & 0xFF,
            signal: signaled ? status & 0x7F : nil,
            seconds: seconds, maxRSSKB: Int(usage.ru_maxrss))
    }

    /// GNU time, when the machine has it. posix_spawn clones the test process's memory map
    /// (vfork), and Linux carries that peak over into the child's `ru_maxrss` across exec, so the
    /// child's own peak is only known through a small parent such as `time`.
    static let gnuTime: String? = {
        let path = "/usr/bin/time"
        guard FileManager.default.isExecutableFile(atPath: path) else { return nil }
        let probe = try? Spawn.wait(Spawn.start(["-f", "%M", "true"], executable: path))
        return probe?.status == 0 ? path : nil
    }()

    /// Runs salesctl to the end. `maxRSSKB` is the child's own peak (via GNU time), or 0 when
    /// the machine has no GNU time.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Measured {
        guard let time = gnuTime else {
            var result = wait(try start(arguments, environment: environment))
            result.maxRSSKB = 0
            return result
        }
        let report = try Harness.temporaryDirectory() + "/rss"
        var result = wait(
            try start(
                ["-f", "%M", "-o", report, Harness.binary] + arguments, executable: time,
                environment: environment))
        let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
        result.maxRSSKB =
            Int(text.split(separator: "\n").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "") ?? 0
        try? FileManager.default.removeItem(atPath: FileSystemPath.parent(report))
        return result
    }
}

enum FileSystemPath {
    static func parent(_ path: String) -> String { (path as NSString).deletingLastPathComponent }
}
