import Foundation
import SalesKit
import Testing

/// Issue 13, first row: every case of `HostileCorpus` is refused with exactly one finding
/// `path:line:col: error: [code] ...` of at most 1 KB with control characters escaped (or, for a
/// BOM, CRLF and `no`, accepted exactly), quickly and in little memory, and no file is written.
///
/// Time and memory are measured and printed (`hostile: ...` lines); the asserts are generous
/// guards against hangs and floods, not benchmarks: 2 s wall and 200 MB RSS for a debug build
/// (the issue's goal, 200 ms and 100 MB, is what the figures in docs/SAFETY.md show).
@Suite struct HostileInputTests {
    static let wallLimit = 2.0
    static let rssLimitKB = 200 * 1024

    /// Parses a case the way commands do and returns the value the case names.
    static func parse(_ c: HostileCase) throws -> String {
        switch c.target {
        case .deal:
            if c.bytes.count > YAMLReader.maxFileSize {
                // FileSystem.read refuses before reading; the reader refuses the same way.
                _ = try c.bytes.withUnsafeBytes { try YAMLReader.parse($0, path: c.path) }
            }
            let node = try c.bytes.withUnsafeBytes { try YAMLReader.parse($0, path: c.path) }
            return try Deal.parse(node, id: "bad", path: c.path).title
        case .report:
            return try c.bytes.withUnsafeBytes { try Report.parse($0, path: c.path) }.body
        case .config:
            return try Config.parse(c.bytes).stages[0].label
        }
    }

    /// A finding line as the user sees it: one line, ≤ 1 KB, nothing a terminal would act on.
    static func expectClean(
        _ line: String, _ c: HostileCase, code: String, at: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(line.hasPrefix("\(c.path):\(at): error: [\(code)] "), "\(line)", sourceLocation: sourceLocation)
        #expect(line.utf8.count <= 1024, "\(line.utf8.count) bytes", sourceLocation: sourceLocation)
        #expect(
            !line.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) },
            "control character in \(line.debugDescription)", sourceLocation: sourceLocation)
    }

    @Test(arguments: HostileCorpus.all)
    func inProcess(_ c: HostileCase) throws {
        let start = Spawn.now()
        switch c.expectation {
        case .accepted(let value):
            #expect(try Self.parse(c) == value)
        case .refused(let code, let at):
            do {
                let value = try Self.parse(c)
                Issue.record("accepted, read as \(value.prefix(80).debugDescription)")
            } catch SalesError.invalidFile(let finding) {
                #expect(finding.code == code)
                Self.expectClean(finding.description, c, code: code, at: at)
            }
        }
        #expect(Spawn.now() - start < Self.wallLimit)
    }

    /// A store with the default settings and one good deal, `acme`, built in-process.
    static func store() throws -> String {
        let dir = try Harness.temporaryDirectory() + "/store"
        try Store.initialize(at: dir)
        try Data(HostileCorpus.dealBase.utf8).write(to: URL(fileURLWithPath: dir + "/deals/acme.yaml"))
        return dir
    }

    static func put(_ c: HostileCase, in dir: String) throws {
        let url = URL(fileURLWithPath: dir + "/" + c.path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(c.bytes).write(to: url)
    }

    /// The mutating command run on a store holding the case's file: one that reads that file.
    static func mutation(_ c: HostileCase) -> [String] {
        switch c.target {
        case .deal: ["quality", "set", "bad", "champion", "yes", "--date", "2026-11-20", "--today", "2026-11-20"]
        case .report:
            [
                "report", "add", "--deal", "acme", "--kind", "visit", "--date", "2026-11-20", "-m", "x", "--today",
                "2026-11-20"
            ]
        case .config: ["deal", "new", "newdeal", "--title", "t", "--customer", "c", "--date", "2026-11-20"]
        }
    }

    @Test(arguments: HostileCorpus.all)
    func endToEnd(_ c: HostileCase) throws {
        let dir = try Self.store()
        try Self.put(c, in: dir)
        let before = try Harness.snapshot(dir)

        let check = try Spawn.run(["-C", dir, "check", "--today", "2026-11-20"])
        print(
            "hostile: \(c.testDescription): check \(String(format: "%.3f", check.seconds)) s, \(check.maxRSSKB / 1024) MB RSS"
        )
        #expect(check.seconds < Self.wallLimit)
        #expect(check.maxRSSKB < Self.rssLimitKB)
        let lines = (check.out + check.err).split(separator: "\n").map(String.init)
        let mutation = try Spawn.run(["-C", dir] + Self.mutation(c))
        #expect(mutation.seconds < Self.wallLimit)
        let after = try Harness.snapshot(dir)

        switch c.expectation {
        case .refused(let code, let at):
            #expect(check.status == 1)
            #expect(lines.count == 1, "\(lines)")
            if let line = lines.first { Self.expectClean(line, c, code: code, at: at) }
            if c.target == .report {
                // Reports are independent files: adding one works and leaves the bad one alone.
                #expect(mutation.status == 0, "\(mutation.err)")
                #expect(after[c.path] == before[c.path])
                #expect(Set(after.keys).subtracting(before.keys).count == 1)
                #expect(before.allSatisfy { after[$0.key] == $0.value })
            } else {
                #expect(mutation.status == 1)
                #expect(
                    mutation.err == (lines.first ?? "") + "\n" || mutation.err.hasPrefix("salesctl: "),
                    "\(mutation.err)")
                #expect(mutation.out.isEmpty)
                #expect(after == before, "a refused mutation wrote a file")
            }
        case .accepted:
            #expect(check.status == 0, "\(lines)")
            #expect(lines.isEmpty, "\(lines)")
            #expect(mutation.status == 0, "\(mutation.err)")
            #expect(after[c.path] == before[c.path] || c.target == .deal)
            if c.target == .deal, let written = after[c.path] {
                let bytes = [UInt8](written)
                // Accepted exactly: the BOM stays, CRLF stays CRLF on every line (old and new).
                #expect(Array(bytes.prefix(3)) == Array(c.bytes.prefix(3)))
                let crlf = c.bytes.contains(0x0D)
                for (i, b) in bytes.enumerated() where b == 0x0A {
                    #expect((i > 0 && bytes[i - 1] == 0x0D) == crlf, "line ending at byte \(i)")
                    if (i > 0 && bytes[i - 1] == 0x0D) != crlf { break }
                }
                #expect(bytes.starts(with: c.bytes) || !crlf, "history is appended, the rest kept")
                let recheck = try Spawn.run(["-C", dir, "check", "--today", "2026-11-20"])
                #expect(recheck.status == 0, "\(recheck.out)")
            }
        }
    }
}

/// Writes the small cases of the corpus into Fuzz/corpus/<target>/ as fuzzing seeds:
/// `SALESCTL_DUMP_CORPUS=1 swift test --filter dumpFuzzSeeds` (the seeds are committed).
@Test(.enabled(if: ProcessInfo.processInfo.environment["SALESCTL_DUMP_CORPUS"] != nil))
func dumpFuzzSeeds() throws {
    for (i, c) in HostileCorpus.all.enumerated() where c.bytes.count <= 8192 {
        let dir = Harness.packageRoot.path + "/Fuzz/corpus/" + c.target.rawValue
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try Data(c.bytes).write(to: URL(fileURLWithPath: dir + "/hostile-\(i)"))
    }
}
