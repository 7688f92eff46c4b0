import Foundation
import Testing

@testable import SalesKit

/// The cache under `.salesctl/cache/` must never change an answer: after any change behind
/// its back, and with any damage to it, every load gives what a cold run (no cache) gives.
@Suite("Store cache") struct CacheTests {
    let root: String
    let store: Store
    static let today = CalendarDate(year: 2026, month: 11, day: 20)

    init() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("salesctl-cache-\(UUID().uuidString)")
            .path
        root = try Store.initialize(at: dir)
        var store = try Store.open(root: root)
        // Trust keys at once: these tests change files within the same second on purpose.
        store.cacheRacyWindowNs = 0
        self.store = store
        try write("deals/acme-erp.yaml", Self.deal(title: "基幹システム刷新", stage: "define"))
        try write("deals/tokai-crm.yaml", Self.deal(title: "顧客管理", stage: "discovery"))
        try write("deals/broken.yaml", "title: [unclosed\n")
        try write("deals/Bad_ID.yaml", Self.deal(title: "x", stage: "define"))
        try write("reports/2026/11/2026-11-10-acme-erp-aaaaaa.md", Self.report("2026-11-10", "acme-erp", "山田 太郎"))
        try write("reports/2026/11/2026-11-12-tokai-crm-bbbbbb.md", Self.report("2026-11-12", "tokai-crm", "伊藤 花子"))
        try write(
            "reports/2026/10/2026-10-01-acme-erp-cccccc.md",
            Self.report("2026-10-01", "acme-erp", "鈴木 一郎", kind: "nope"))
        try write("reports/2026/10/2026-10-02-acme-erp-dddddd.md", "no front matter\n")
        try write("reports/2026/10/notes.md", Self.report("2026-10-03", "acme-erp", "佐藤 健"))
    }

    static func deal(title: String, stage: String) -> String {
        """
        title: \(title)
        customer: 株式会社アクメ
        owner: 佐藤 健
        stage: \(stage)
        status: open
        amount: 12000000
        created: 2026-07-01
        key_persons:
          - name: 山田 太郎
            title: 部長
            role: D
        checklist:
          budget:
            done: 2026-08-03
            note: 予算確認済
        history:
          - date: 2026-07-01
            by: 佐藤 健
            event: created
            stage: discovery

        """
    }

    static func report(_ date: String, _ deal: String, _ attendee: String, kind: String = "visit") -> String {
        """
        ---
        date: \(date)
        deal: \(deal)
        author: 佐藤 健
        kind: \(kind)
        attendees:
          - name: \(attendee)
            title: 部長
            department: 情報システム部
        signals:
          - question
        homework:
          - text: 見積書を送付
            for: 田中 美咲
            due: 2026-11-27
        next: 12月第1週に提案
        ---

        刷新時期を確認。

        """
    }

    func write(_ relative: String, _ text: String) throws {
        let path = root + "/" + relative
        try FileSystem.createDirectories(FileSystem.parentDirectory(of: path))
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    func stat(_ relative: String) -> Foundation.stat {
        var info = Foundation.stat()
        lstat(root + "/" + relative, &info)
        return info
    }

    /// Sets a file's mtime (nanoseconds) without touching its content.
    func setMtime(_ relative: String, _ time: timespec) {
        let omit = (1 << 30) - 2  // UTIME_OMIT: leave atime alone
        var stamps = [timespec(tv_sec: 0, tv_nsec: omit), time]
        utimensat(AT_FDCWD, root + "/" + relative, &stamps, 0)
    }

    var cacheDirectory: String { root + "/" + Store.cacheDirectory }

    /// Everything the loaders and `check` answer, as text: deals with every field (marks
    /// sorted), reports, findings.
    func answers() -> String {
        var lines: [String] = []
        let deals = store.loadDeals()
        for var deal in deals.deals {
            let marks = deal.marks.sorted { $0.key < $1.key }
            deal.marks = [:]
            lines.append("deal \(deal) marks \(marks)")
        }
        lines += deals.findings.map { "deal finding \($0.description)" }
        let reports = store.loadReports()
        for var report in reports.reports {
            let marks = report.marks.sorted { $0.key < $1.key }
            report.marks = [:]
            lines.append("report \(report) marks \(marks)")
        }
        lines += reports.findings.map { "report finding \($0.description)" }
        let some = store.loadReports(deals: ["acme-erp"], since: CalendarDate(year: 2026, month: 10, day: 2))
        lines += some.reports.map { "filtered \($0.path)" } + some.findings.map { "filtered finding \($0.description)" }
        lines += StoreCheck.run(store, today: Self.today).map { "check \($0.description)" }
        return lines.joined(separator: "\n")
    }

    /// The answer of a cold run: no cache at all.
    func coldAnswers() throws -> String {
        try? FileManager.default.removeItem(atPath: cacheDirectory)
        defer { try? FileManager.default.removeItem(atPath: cacheDirectory) }
        return answers()
    }

    /// Runs with the cache as it is now (twice: the second run reads what the first wrote)
    /// and compares with a cold run.
    func expectCacheAgrees(_ comment: Comment) throws {
        let first = answers()
        let second = answers()
        let cold = try coldAnswers()
        #expect(first == cold, comment)
        #expect(second == cold, comment)
    }

    @Test func aKilledCacheWritersTempFileGoesWhenOld() throws {
        _ = answers()
        let old = Store.cacheDirectory + "/" + FileSystem.temporaryPrefix + "OldOne"
        let young = Store.cacheDirectory + "/" + FileSystem.temporaryPrefix + "YoungOne"
        try write(old, "half a cache")
        try write(young, "a cache being written")
        setMtime(old, timespec(tv_sec: time(nil) - 120, tv_nsec: 0))
        try write("deals/acme-erp.yaml", Self.deal(title: "基幹システム刷新 第二期", stage: "define"))  // the next load rewrites the cache
        _ = answers()
        #expect(!FileManager.default.fileExists(atPath: root + "/" + old))
        #expect(FileManager.default.fileExists(atPath: root + "/" + young))
    }

    @Test func warmAnswersEqualColdOnes() throws {
        let cold = try coldAnswers()
        #expect(
            cold.contains("bad-id") && cold.contains("no-front-matter") && cold.contains("unknown-kind")
                && cold.contains("bad-name"))
        _ = answers()
        #expect(FileCache.load(cacheDirectory + "/deals.bin", kind: Store.dealCacheKind) != nil)
        #expect(FileCache.load(cacheDirectory + "/reports.bin", kind: Store.reportCacheKind)?.entries.count == 5)
        #expect(answers() == cold)
    }

    @Test func sameSizeEditInTheSameSecondIsSeen() throws {
        _ = answers()
        let path = "reports/2026/11/2026-11-10-acme-erp-aaaaaa.md"
        let before = stat(path)
        // Same length, same second: only the nanoseconds of mtime differ.
        try write(path, Self.report("2026-11-10", "acme-erp", "山田 次郎"))
        setMtime(path, timespec(tv_sec: before.st_mtim.tv_sec, tv_nsec: (before.st_mtim.tv_nsec + 1) % 1_000_000_000))
        #expect(stat(path).st_size == before.st_size)
        try expectCacheAgrees("same-size edit")
        #expect(answers().contains("山田 次郎"))
    }

    @Test func rewriteWithMtimePutBackIsSeenByInodeOrCtime() throws {
        _ = answers()
        // Replaced by rename (new inode), mtime restored: the inode differs.
        let path = "deals/acme-erp.yaml"
        let before = stat(path)
        let temporary = root + "/deals/.tmp"
        try Data(Self.deal(title: "基幹システム更改", stage: "define").utf8).write(to: URL(fileURLWithPath: temporary))
        rename(temporary, root + "/" + path)
        setMtime(path, before.st_mtim)
        #expect(stat(path).st_size == before.st_size && stat(path).st_mtim.tv_nsec == before.st_mtim.tv_nsec)
        try expectCacheAgrees("renamed over, mtime restored")
        #expect(answers().contains("基幹システム更改"))

        // Rewritten in place (same inode), mtime restored: only ctime differs. The pause moves
        // the kernel's coarse clock past the first write's tick; it asserts no timing.
        _ = answers()
        let again = stat(path)
        usleep(20_000)
        try write(path, Self.deal(title: "基幹システム改修", stage: "define"))
        setMtime(path, again.st_mtim)
        #expect(stat(path).st_ino == again.st_ino && stat(path).st_mtim.tv_nsec == again.st_mtim.tv_nsec)
        try expectCacheAgrees("rewritten in place, mtime restored")
        #expect(answers().contains("基幹システム改修"))
    }

    @Test func addedDeletedAndRenamedFilesAreSeen() throws {
        _ = answers()
        try write("reports/2026/11/2026-11-15-acme-erp-eeeeee.md", Self.report("2026-11-15", "acme-erp", "新人 さん"))
        try write("deals/new-deal.yaml", Self.deal(title: "新規", stage: "discovery"))
        try expectCacheAgrees("added")
        _ = answers()
        try FileManager.default.removeItem(atPath: root + "/reports/2026/11/2026-11-12-tokai-crm-bbbbbb.md")
        try FileManager.default.removeItem(atPath: root + "/deals/tokai-crm.yaml")
        try expectCacheAgrees("deleted")
        _ = answers()
        // Same content under another name: the path is part of the answer (and of findings).
        rename(
            root + "/reports/2026/11/2026-11-10-acme-erp-aaaaaa.md",
            root + "/reports/2026/11/2026-11-10-acme-erp-ffffff.md")
        rename(root + "/deals/acme-erp.yaml", root + "/deals/acme-erp2.yaml")
        try expectCacheAgrees("renamed")
        // A bad file fixed, a good file broken.
        _ = answers()
        try write("reports/2026/10/2026-10-02-acme-erp-dddddd.md", Self.report("2026-10-02", "acme-erp", "山田 太郎"))
        try write("deals/new-deal.yaml", "title: [\n")
        try expectCacheAgrees("fixed and broken")
    }

    @Test(arguments: ["truncated", "flipped", "foreign version", "garbage", "empty", "index damaged"])
    func damagedCacheIsIgnoredAndRebuilt(_ damage: String) throws {
        let cold = try coldAnswers()
        _ = answers()
        for name in ["deals.bin", "reports.bin"] {
            let path = cacheDirectory + "/" + name
            var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            switch damage {
            case "truncated": bytes.removeLast(bytes.count / 3)
            case "flipped": bytes[bytes.count * 3 / 4] ^= 0x5A
            case "foreign version": bytes[8] = 99
            case "garbage": bytes = Array("this is not a cache".utf8)
            case "empty": bytes = []
            default: bytes[FileCache.headerSize + 3] ^= 0x01
            }
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        }
        #expect(answers() == cold, "\(damage)")
        #expect(
            FileCache.load(cacheDirectory + "/reports.bin", kind: Store.reportCacheKind) != nil,
            "rebuilt after \(damage)")
        #expect(answers() == cold, "\(damage), rebuilt")
    }

    @Test func concurrentUpdatersLeaveAWholeCache() throws {
        let cold = try coldAnswers()
        _ = answers()
        try write("reports/2026/11/2026-11-16-acme-erp-999999.md", Self.report("2026-11-16", "acme-erp", "並行 さん"))
        let store = self.store
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            _ = store.loadReports()
            _ = store.loadDeals()
        }
        #expect(FileCache.load(cacheDirectory + "/reports.bin", kind: Store.reportCacheKind) != nil)
        #expect(FileCache.load(cacheDirectory + "/deals.bin", kind: Store.dealCacheKind) != nil)
        let now = try coldAnswers()
        #expect(now != cold)
        try expectCacheAgrees("after concurrent updates")
    }

    @Test func decodedValuesEqualParsedOnes() throws {
        let path = "reports/2026/11/2026-11-10-acme-erp-aaaaaa.md"
        let parsed = try store.loadReport(path)
        let bytes = CacheCodec.encode(Result<Report, Finding>.success(parsed))
        let decoded = try bytes.withUnsafeBytes { try CacheCodec.decodeReport($0) }
        #expect(try decoded.get() == parsed)
        let finding = Finding(path: "x", line: 3, column: nil, code: "c", message: "m「」")
        let back = try CacheCodec.encode(Result<Report, Finding>.failure(finding)).withUnsafeBytes {
            try CacheCodec.decodeReport($0)
        }
        if case .failure(let f) = back { #expect(f == finding) } else { Issue.record("finding lost") }
        // Any truncation of an encoded value is refused, never half-read.
        for cut in 0..<bytes.count {
            #expect(throws: (any Error).self) { try bytes[..<cut].withUnsafeBytes { try CacheCodec.decodeReport($0) } }
        }
    }
}

@Suite("Report names, fast path") struct ReportNameFastPathTests {
    @Test(
        arguments: [
            ("2026-11-20-acme-erp-3f9a2c.md", "2026-11-20", "acme-erp", "3f9a2c"),
            ("2026-11-20-a-b.md", "2026-11-20", "a", "b"),
            ("2026-11-20-acme-erp-.md", nil, nil, nil),
            ("2026-11-20--x.md", nil, nil, nil),
            ("2026-11-20-acme.md", nil, nil, nil),
            ("2026-02-30-acme-erp-1.md", nil, nil, nil),
            ("2026-11-20xacme-erp-1.md", nil, nil, nil),
            ("2026-11-20-Acme-erp-1.md", nil, nil, nil),
            ("2026-11-20-acme-erp-1.txt", nil, nil, nil),
            ("2026-11-20-acme-erp-1あ.md", nil, nil, nil),  // suffixes are [a-z0-9]+
            ("2026-11-20-acme-erp-a9..md", nil, nil, nil)
        ] as [(String, String?, String?, String?)])
    func parses(_ file: String, _ date: String?, _ deal: String?, _ suffix: String?) {
        let name = ReportName(fileName: file)
        #expect(name?.date.description == date)
        #expect(name?.deal == deal)
        #expect(name?.suffix == suffix)
    }
}
