import Foundation
import Testing

/// CI's check of the cache on a generated store (scripts/bench-gen.py at a tiny size): every
/// command prints the same with and without `.salesctl/cache`, before and after changes.
@Suite("Cache end to end") struct CacheE2ETests {
    static let commands: [[String]] = [
        ["deal", "list", "--format", "json"],
        ["report", "list", "--format", "json"],
        ["report", "list", "--since", "2026-10-01", "--format", "csv"],
        ["check", "--format", "json"],
        ["check"],
        // The light read path (reports without body and marks).
        ["energy", "score", "--format", "json"],
        ["energy", "score", "--explain"],
        ["stale", "list", "--format", "json"],
        ["homework", "list", "--format", "json"],
        ["feed", "--format", "json"],
        ["report", "list"],
        // Late entries (issue 19): a report's logged date comes from the cache too.
        ["report", "list", "--since", "2026-11-19", "--format", "json"],
        ["feed", "--since", "2026-11-19", "--format", "json"]
    ]
    static let environment = ["SALESCTL_TODAY": "2026-11-20"]

    func generate() throws -> String {
        let dir = try Harness.temporaryDirectory() + "/store"
        try #require(Harness.run(["init", dir]).status == 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", Harness.packageRoot.appendingPathComponent("scripts/bench-gen.py").path, dir,
            "--deals", "30", "--reports", "300", "--seed", "7"
        ]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "scripts/bench-gen.py needs python3")
        return dir
    }

    func outputs(_ dir: String, cache: Bool) throws -> [String] {
        var env = Self.environment
        env["SALESCTL_DIR"] = dir
        if !cache { env["SALESCTL_NO_CACHE"] = "1" }
        return try Self.commands.map { command in
            let r = try Harness.run(command, environment: env)
            return "\(command.joined(separator: " ")) exit \(r.status)\n\(r.stdout)\(r.stderr)"
        }
    }

    func expectAgreement(_ dir: String, _ comment: Comment) throws {
        let cold = try outputs(dir, cache: false)
        let first = try outputs(dir, cache: true)
        let warm = try outputs(dir, cache: true)
        #expect(cold.allSatisfy { !$0.contains("Usage:") }, comment)
        for i in cold.indices {
            #expect(first[i] == cold[i], comment)
            #expect(warm[i] == cold[i], comment)
        }
    }

    @Test func commandsAgreeWithAndWithoutTheCache() throws {
        let dir = try generate()
        try expectAgreement(dir, "fresh store")
        #expect(FileManager.default.fileExists(atPath: dir + "/.salesctl/cache/reports.bin"))
        #expect(FileManager.default.fileExists(atPath: dir + "/.salesctl/cache/deals.bin"))

        // Changes behind the cache's back: an edit, a new report, a deletion, a broken file.
        let fm = FileManager.default
        let deals = try fm.contentsOfDirectory(atPath: dir + "/deals").filter { $0.hasSuffix(".yaml") }.sorted()
        let dealPath = dir + "/deals/" + deals[0]
        let text = try Harness.read(dealPath).replacingOccurrences(of: "status: open", with: "status: lost")
            .replacingOccurrences(of: "status: won", with: "status: lost")
        try text.write(toFile: dealPath, atomically: false, encoding: .utf8)
        try "title: [\n".write(toFile: dir + "/deals/" + deals[1], atomically: false, encoding: .utf8)
        let r = try Harness.run(
            [
                "report", "add", "--deal", String(deals[2].dropLast(5)), "--kind", "phone",
                "-m", "電話で確認"
            ], environment: Self.environment.merging(["SALESCTL_DIR": dir]) { $1 })
        #expect(r.status == 0, "\(r.stderr)")
        let late = try Harness.run(
            [
                "report", "add", "--deal", String(deals[2].dropLast(5)), "--kind", "visit", "--date", "2026-10-20",
                "-m", "遅れて記録"
            ], environment: Self.environment.merging(["SALESCTL_DIR": dir]) { $1 })
        #expect(late.status == 0, "\(late.stderr)")
        let reports = try fm.subpathsOfDirectory(atPath: dir + "/reports").filter { $0.hasSuffix(".md") }.sorted()
        try fm.removeItem(atPath: dir + "/reports/" + reports[0])
        try "---\ndate: 2026-13-01\n---\n".write(
            toFile: dir + "/reports/" + reports[1], atomically: false, encoding: .utf8)
        try expectAgreement(dir, "after changes")

        // A damaged cache is ignored.
        try Data("garbage".utf8).write(to: URL(fileURLWithPath: dir + "/.salesctl/cache/reports.bin"))
        try expectAgreement(dir, "damaged cache")
    }
}
