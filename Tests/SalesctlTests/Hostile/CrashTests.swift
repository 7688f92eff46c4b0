import Foundation
import SalesKit
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 13, crashes and concurrency, with the built binary. Small sizes here; bigger ones with
/// `SALESCTL_KILL_RUNS=1000 SALESCTL_CONCURRENT_RUNS=1000 swift test --filter CrashTests`
/// (or `scripts/crash-harness`).
@Suite(.serialized) struct CrashTests {
    static func size(_ name: String, _ small: Int) -> Int {
        ProcessInfo.processInfo.environment[name].flatMap(Int.init) ?? small
    }

    /// A store with one deal, `acme`, mode 0640, committed to git when git is here.
    static func store() throws -> (dir: String, git: Bool) {
        let dir = try HostileInputTests.store()
        chmod(dir + "/deals/acme.yaml", 0o640)
        let git = FileManager.default.isExecutableFile(atPath: "/usr/bin/git")
        if git {
            for args in [
                ["init", "-q"], ["add", "-A"],
                ["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "init"]
            ] {
                let r = Spawn.wait(try Spawn.start(["-C", dir] + args, executable: "/usr/bin/git"))
                #expect(r.status == 0, "git \(args): \(r.err)")
            }
        }
        return (dir, git)
    }

    static func mutation(_ i: Int) -> [String] {
        i % 2 == 0
            ? [
                "report", "add", "--deal", "acme", "--kind", "visit", "--date", "2026-11-20", "--today", "2026-11-20",
                "--attendee", "山田 太郎,部長", "-m", "第\(i)回の打ち合わせ。" + String(repeating: "議事録。", count: 200)
            ]
            : [
                "quality", "set", "acme", "champion", i % 4 == 1 ? "yes" : "no", "--date", "2026-11-20",
                "--note", "判断 \(i)", "--today", "2026-11-20"
            ]
    }

    static func files(under dir: String) -> [String] {
        (FileManager.default.enumerator(atPath: dir)?.allObjects as? [String] ?? []).filter { !$0.hasPrefix(".git/") }
    }

    /// `kill -9` at random moments during deal and report writes: no torn or empty file, temp
    /// files invisible to `check` and git, the deal file's mode kept.
    @Test func killDuringWritesLeavesNoTornFiles() throws {
        let runs = Self.size("SALESCTL_KILL_RUNS", 40)
        let (dir, git) = try Self.store()
        var generator = SystemRandomNumberGenerator()
        var killed = 0
        for i in 0..<runs {
            let child = try Spawn.start(["-C", dir] + Self.mutation(i))
            usleep(UInt32.random(in: 0...60_000, using: &generator))
            if kill(child.pid, SIGKILL) == 0 { killed += 1 }
            _ = Spawn.wait(child)
        }
        let all = Self.files(under: dir)
        let temporary = all.filter { $0.split(separator: "/").last!.hasPrefix(FileSystem.temporaryPrefix) }
        print(
            "crash harness: \(runs) runs, \(killed) kill -9 sent, \(temporary.count) temp files left, \(all.filter { $0.hasSuffix(".md") }.count) reports"
        )
        for path in all where path.hasSuffix(".md") || path.hasSuffix(".yaml") {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: dir + "/" + path))
            #expect(!bytes.isEmpty, "\(path) is empty")
        }
        let check = try Harness.run(["-C", dir, "check", "--today", "2026-11-20"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let mode = try FileManager.default.attributesOfItem(atPath: dir + "/deals/acme.yaml")[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(try Harness.read(dir + "/.gitignore").contains("\n\(FileSystem.temporaryPrefix)*\n"))
        if git {
            let status = Spawn.wait(
                try Spawn.start(
                    ["-C", dir, "status", "--porcelain", "--untracked-files=all"], executable: "/usr/bin/git"))
            #expect(!status.out.contains(FileSystem.temporaryPrefix), "\(status.out)")
        }
        // Every deal and report still reads in full.
        let store = try Store.open(root: dir)
        #expect(store.loadDeals().findings.isEmpty)
        #expect(store.loadReports().findings.isEmpty)
    }

    /// 4 processes × N mutations of the same deal at once: nothing lost, everything parses.
    @Test func concurrentMutationsLoseNothing() throws {
        let perProcess = Self.size("SALESCTL_CONCURRENT_RUNS", 12)
        let (dir, _) = try Self.store()
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            for i in 0..<perProcess {
                do {
                    var arguments = Self.mutation(i)
                    if let note = arguments.firstIndex(of: "--note") { arguments[note + 1] = "w\(worker)-\(i)" }
                    let result = try Spawn.wait(Spawn.start(["-C", dir] + arguments))
                    if result.status != 0 { failures.withLock { $0.append("\(worker)/\(i): \(result.err)") } }
                } catch {
                    failures.withLock { $0.append("\(worker)/\(i): \(error)") }
                }
            }
        }
        #expect(failures.withLock { $0 }.isEmpty)
        let store = try Store.open(root: dir)
        let deal = try store.loadDeal("acme")
        let expectedEach = 4 * ((perProcess + 1) / 2)
        #expect(store.reportPaths().count == expectedEach)
        #expect(deal.history.filter { $0.kind == "quality" }.count == 4 * (perProcess / 2))
        let check = try Harness.run(["-C", dir, "check", "--today", "2026-11-20"])
        #expect(check.status == 0, "\(check.stdout)")
    }

    /// 4 processes moving the same deal back and forth at once: every move that succeeded is in
    /// the history exactly once, and the file's stage is the last move's target.
    @Test func concurrentAdvancesLoseNothing() throws {
        let perProcess = Self.size("SALESCTL_CONCURRENT_RUNS", 12)
        let (dir, _) = try Self.store()
        let outcomes = Mutex<(moved: Int, unexpected: [String])>((0, []))
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            for i in 0..<perProcess {
                let target = (worker + i) % 2 == 0 ? "define" : "discovery"
                let arguments = [
                    "-C", dir, "deal", "advance", "acme", "--to", target, "--force", "--reason", "w\(worker)-\(i)",
                    "--date", "2026-11-20", "--today", "2026-11-20"
                ]
                do {
                    let result = try Spawn.wait(Spawn.start(arguments))
                    // 1: refused because another worker already moved it there.
                    outcomes.withLock {
                        if result.status == 0 {
                            $0.moved += 1
                        } else if result.status != 1 {
                            $0.unexpected.append(result.err)
                        }
                    }
                } catch {
                    outcomes.withLock { $0.unexpected.append("\(error)") }
                }
            }
        }
        let (moved, unexpected) = outcomes.withLock { $0 }
        #expect(unexpected.isEmpty)
        let deal = try Store.open(root: dir).loadDeal("acme")
        let moves = deal.history.filter { $0.kind == "stage" }
        #expect(moves.count == moved)
        #expect(moved > 0)
        #expect(moves.last?["to"] == deal.stage)
        let check = try Harness.run(["-C", dir, "check", "--today", "2026-11-20"])
        #expect(check.status == 0, "\(check.stdout)")
    }

    /// A lock held by someone else for more than 5 s: exit 75, a clear message, nothing written.
    @Test func heldLockTimesOutWithExit75() throws {
        let (dir, _) = try Self.store()
        try FileManager.default.createDirectory(atPath: dir + "/.salesctl", withIntermediateDirectories: true)
        let fd = open(dir + "/.salesctl/lock", O_RDWR | O_CREAT, 0o644)
        try #require(fd >= 0)
        defer { close(fd) }
        try #require(flock(fd, LOCK_EX) == 0)
        let before = try Harness.snapshot(dir)
        let started = Spawn.now()
        let result = try Spawn.run(["-C", dir] + Self.mutation(1))
        #expect(result.status == 75)
        #expect(Spawn.now() - started >= 4.9)
        #expect(
            result.err
                == "salesctl: another salesctl is changing this store (lock '\(dir)/.salesctl/lock' held for 5 s); try again\n"
        )
        #expect(try Harness.snapshot(dir) == before)
    }
}

/// Disk full, a read-only store, a store deleted between commands: a clear error, exit 1,
/// nothing half-written.
@Suite struct StoreFailureTests {
    static func temporaryFiles(_ dir: String) -> [String] {
        CrashTests.files(under: dir).filter { $0.split(separator: "/").last!.hasPrefix(FileSystem.temporaryPrefix) }
    }

    /// "Disk full" without root: the shell sets a file size limit of 0 blocks and ignores
    /// SIGXFSZ, so every write fails with EFBIG, as it would with ENOSPC.
    @Test func failedWritesLeaveNothingBehind() throws {
        let dir = try HostileInputTests.store()
        // Both files to write are over 8 KB; the limit is 4 blocks (2 KB for dash, 4 KB for
        // bash), so the short error message on stderr (a file too) still gets out.
        let padding = String(repeating: "# 長いコメント\n", count: 600)
        try Data((HostileCorpus.dealBase + padding).utf8).write(to: URL(fileURLWithPath: dir + "/deals/acme.yaml"))
        let bigReport = ["report", "add", "--deal", "acme", "--kind", "visit", "--today", "2026-11-20", "-m", padding]
        let before = try Harness.snapshot(dir)
        for arguments in [bigReport, CrashTests.mutation(1)] {
            let child = try Spawn.start(
                ["-c", "ulimit -f 4; trap '' XFSZ; exec \"$0\" \"$@\"", Harness.binary, "-C", dir] + arguments,
                executable: "/bin/sh")
            let result = Spawn.wait(child)
            #expect(result.status == 1, "\(arguments): \(result.err)")
            #expect(result.err.hasPrefix("salesctl: '"), "\(result.err)")
            #expect(result.err.contains("file too large"), "\(result.err)")
            #expect(result.err.split(separator: "\n").count == 1)
        }
        #expect(try Harness.snapshot(dir) == before)
        #expect(Self.temporaryFiles(dir).isEmpty)
    }

    /// A real full disk: a 64 KB tmpfs (needs root and mount rights; skipped otherwise).
    @Test func fullDiskLeavesNothingBehind() throws {
        let mountPoint = try Harness.temporaryDirectory()
        let mounted = Spawn.wait(
            try Spawn.start(["-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint], executable: "/bin/mount"))
        guard mounted.status == 0 else {
            print(
                "skipped: cannot mount a tmpfs here (\(mounted.err.trimmingCharacters(in: .whitespacesAndNewlines))); failedWritesLeaveNothingBehind covers write errors"
            )
            return
        }
        defer { _ = try? Spawn.wait(Spawn.start([mountPoint], executable: "/bin/umount")) }
        let dir = mountPoint + "/store"
        try Store.initialize(at: dir)
        try Data(HostileCorpus.dealBase.utf8).write(to: URL(fileURLWithPath: dir + "/deals/acme.yaml"))
        try FileManager.default.createDirectory(atPath: dir + "/reports/2026/11", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: dir + "/.salesctl", withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: dir + "/.salesctl/lock", contents: nil)
        // Fill the disk.
        let filler = open(mountPoint + "/filler", O_WRONLY | O_CREAT, 0o644)
        let block = [UInt8](repeating: 0x78, count: 1024)
        while block.withUnsafeBytes({ write(filler, $0.baseAddress!, 1024) }) > 0 {}
        close(filler)
        let before = try Harness.snapshot(dir)
        for arguments in [CrashTests.mutation(0), CrashTests.mutation(1)] {
            let result = try Spawn.run(["-C", dir] + arguments)
            #expect(result.status == 1, "\(arguments): \(result.err)")
            #expect(result.err.contains("no space left on device"), "\(result.err)")
        }
        #expect(try Harness.snapshot(dir) == before)
        #expect(Self.temporaryFiles(dir).isEmpty)
    }

    /// chmod 0555 directories. Root ignores permissions, so as root the command runs as
    /// nobody through setpriv, or the test says it is skipped.
    @Test func readOnlyStoreIsRefused() throws {
        let dir = try HostileInputTests.store()
        try FileManager.default.createDirectory(atPath: dir + "/.salesctl", withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: dir + "/.salesctl/lock", contents: nil)
        chmod(dir + "/.salesctl/lock", 0o666)
        var prefix: [String] = []
        if geteuid() == 0 {
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                Spawn.wait(
                    try Spawn.start(
                        ["--reuid=65534", "--regid=65534", "--clear-groups", Harness.binary, "--version"],
                        executable: "/usr/bin/setpriv")
                ).status == 0
            else {
                print("skipped: running as root without a way to drop privileges (root ignores 0555)")
                return
            }
            prefix = ["--reuid=65534", "--regid=65534", "--clear-groups", Harness.binary]
        }
        for sub in ["", "/deals", "/reports", "/.salesctl"] { chmod(dir + sub, 0o555) }
        defer { for sub in ["", "/deals", "/reports", "/.salesctl"] { chmod(dir + sub, 0o755) } }
        let before = try Harness.snapshot(dir)
        for arguments in [
            CrashTests.mutation(0), CrashTests.mutation(1), ["deal", "new", "x", "--title", "t", "--customer", "c"]
        ] {
            let full = prefix + ["-C", dir] + arguments
            let result =
                prefix.isEmpty
                ? try Spawn.run(full)
                : Spawn.wait(try Spawn.start(Array(full.dropFirst(0)), executable: "/usr/bin/setpriv"))
            #expect(result.status == 1, "\(arguments): \(result.err)")
            #expect(result.err.contains("permission denied"), "\(result.err)")
            #expect(result.err.split(separator: "\n").count == 1, "\(result.err)")
        }
        #expect(try Harness.snapshot(dir) == before)
        #expect(Self.temporaryFiles(dir).isEmpty)
    }

    @Test func storeDeletedBetweenCommands() throws {
        let dir = try HostileInputTests.store()
        #expect(try Harness.run(["-C", dir, "deal", "show", "acme"]).status == 0)
        // deals/ gone: the deal is gone, and nothing recreates it.
        try FileManager.default.removeItem(atPath: dir + "/deals")
        for arguments in [CrashTests.mutation(0), CrashTests.mutation(1)] {
            let result = try Harness.run(["-C", dir] + arguments)
            #expect(result.status == 1)
            #expect(result.stderr == "salesctl: no deal 'acme'\n")
        }
        #expect(!FileManager.default.fileExists(atPath: dir + "/deals"))
        #expect(CrashTests.files(under: dir + "/reports") == [".gitkeep"])
        // The whole store gone.
        try FileManager.default.removeItem(atPath: dir)
        for arguments in [CrashTests.mutation(0), CrashTests.mutation(1), ["deal", "list"]] {
            let result = try Harness.run(["-C", dir] + arguments)
            #expect(result.status == 1)
            #expect(result.stderr == "salesctl: '\(dir)': cannot change to this directory: no such file or directory\n")
        }
        for arguments in [CrashTests.mutation(0), ["deal", "list"]] {
            let result = try Harness.run(arguments, environment: ["SALESCTL_DIR": dir])
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("salesctl: not a salesctl store"), "\(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir))
    }
}

/// A small lock for test bookkeeping across threads.
final class Mutex<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func withLock<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
