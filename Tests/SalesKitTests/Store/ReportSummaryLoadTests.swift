import Foundation
import Testing

@testable import SalesKit

/// The light read path: `loadReports(detail: .summary)` gives the full answer minus bodies and
/// marks, cold, warm and after changes; a filtered load stats only the files it wants and
/// keeps the cache entries of the others.
@Suite struct ReportSummaryLoadTests {
    static func stripped(_ reports: [Report]) -> [Report] {
        reports.map { r in
            var r = r
            r.body = ""
            r.marks = [:]
            return r
        }
    }

    /// Summary and full loads agree (minus body and marks) under several filters, and the
    /// summary reports really carry no body and no marks.
    static func expectSummaryAgrees(_ store: Store, deals: [Set<String>?], _ comment: Comment) {
        let since = CalendarDate(year: 2026, month: 10, day: 1)
        let until = CalendarDate(year: 2026, month: 11, day: 20)
        for filter in deals {
            for (s, u) in [(nil, nil), (since, until), (nil, until)] as [(CalendarDate?, CalendarDate?)] {
                let full = store.loadReports(deals: filter, since: s, until: u)
                let light = store.loadReports(deals: filter, since: s, until: u, detail: .summary)
                #expect(light.reports == stripped(full.reports), comment)
                #expect(light.findings == full.findings, comment)
                #expect(light.reports.allSatisfy { $0.body.isEmpty && $0.marks.isEmpty }, comment)
            }
        }
    }

    static func copy(_ source: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("salesctl-light-\(UUID().uuidString)")
            .path
        try FileManager.default.copyItem(atPath: source, toPath: dir)
        return dir
    }

    @Test func summaryEqualsFullOnExamplesBasic() throws {
        let root = try Self.copy(ExamplesTests.packageRoot + "/examples/basic")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let store = try Store.open(root: root)
        let ids = store.dealIDs()
        let filters: [Set<String>?] = [nil, [ids[0]], Set(ids.prefix(3)), ["no-such-deal"]]
        let coldFull = store.loadReports(deals: nil)
        #expect(!coldFull.reports.isEmpty && coldFull.reports.contains { !$0.body.isEmpty })
        try? FileManager.default.removeItem(atPath: root + "/" + Store.cacheDirectory)
        Self.expectSummaryAgrees(store, deals: filters, "cold, then warm")
        Self.expectSummaryAgrees(store, deals: filters, "warm")
        // The full load from the warm cache still equals the cold one, bodies and marks included.
        #expect(store.loadReports(deals: nil) == coldFull)
        let check = StoreCheck.run(store, today: ExamplesTests.today)
        try FileManager.default.removeItem(atPath: root + "/" + Store.cacheDirectory)
        #expect(StoreCheck.run(store, today: ExamplesTests.today) == check)
    }

    /// `energy score` ranks from summaries without keeping per-report lines: same scores.
    @Test func energyFromSummariesWithoutLinesEqualsTheFullScore() throws {
        let root = try Self.copy(ExamplesTests.packageRoot + "/examples/basic")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let store = try Store.open(root: root)
        let deals = store.loadDeals().deals
        let today = ExamplesTests.today
        let full = Energy.scores(deals: deals, reports: store.loadReports().reports, config: store.config, today: today)
        let light = Energy.scores(
            deals: deals, reports: store.loadReports(detail: .summary).reports, config: store.config,
            today: today, keepLines: false)
        #expect(full.contains { !$0.lines.isEmpty })
        #expect(
            light.map { s in
                var s = s
                s.lines = []
                return s
            }
                == full.map { s in
                    var s = s
                    s.lines = []
                    return s
                })
        #expect(
            zip(full, light).allSatisfy {
                $0.reportCount == $0.lines.count && $0.lastContact == $0.lines.last?.date && $1.lines.isEmpty
            })
        // One deal at a time (the public `score`) gives the same as the parallel `scores`.
        for (deal, s) in zip(deals, full) {
            #expect(
                Energy.score(deal: deal, reports: store.loadReports().reports, config: store.config, today: today) == s)
        }
    }

    @Test func summaryEqualsFullOnAGeneratedStore() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "salesctl-light-gen-\(UUID().uuidString)"
        ).path
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try Store.initialize(at: root)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", ExamplesTests.packageRoot + "/scripts/bench-gen.py", root,
            "--deals", "20", "--reports", "200", "--seed", "11"
        ]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "scripts/bench-gen.py needs python3")
        let store = try Store.open(root: root)
        let ids = store.dealIDs()
        let filters: [Set<String>?] = [nil, [ids[0]], Set(ids.prefix(5))]
        Self.expectSummaryAgrees(store, deals: filters, "cold, then warm")
        Self.expectSummaryAgrees(store, deals: filters, "warm")
    }

    @Test func filteredLoadKeepsTheOtherEntriesAndSeesTheirChangesLater() throws {
        let t = try CacheTests()  // its store trusts keys at once
        defer { try? FileManager.default.removeItem(atPath: t.root) }
        let reportsCache = t.cacheDirectory + "/reports.bin"
        let cold = try t.coldAnswers()
        _ = t.answers()
        #expect(FileCache.load(reportsCache, kind: Store.reportCacheKind)?.entries.count == 5)
        // A new file for one deal and a load filtered to that deal: the cache is rewritten
        // with every other entry kept, not only the stat'ed ones.
        try t.write(
            "reports/2026/11/2026-11-13-tokai-crm-eeeeee.md", CacheTests.report("2026-11-13", "tokai-crm", "伊藤 花子"))
        let tokai = t.store.loadReports(deals: ["tokai-crm"], detail: .summary)
        #expect(
            tokai.reports.map(\.path) == [
                "reports/2026/11/2026-11-12-tokai-crm-bbbbbb.md",
                "reports/2026/11/2026-11-13-tokai-crm-eeeeee.md"
            ])
        #expect(FileCache.load(reportsCache, kind: Store.reportCacheKind)?.entries.count == 6)
        // A same-size edit of a file the filtered load did not stat is still seen by the next
        // command that wants it.
        let path = "reports/2026/11/2026-11-10-acme-erp-aaaaaa.md"
        try t.write(path, CacheTests.report("2026-11-10", "acme-erp", "山田 次郎"))
        _ = t.store.loadReports(deals: ["tokai-crm"], detail: .summary)
        let acme = t.store.loadReports(deals: ["acme-erp"], detail: .summary)
        #expect(acme.reports.contains { $0.attendees.first?.name == "山田 次郎" })
        #expect(t.answers() != cold)
        try t.expectCacheAgrees("after filtered loads")
    }

    @Test func summaryDecodeSkipsBodyAndMarksButChecksBounds() throws {
        let t = try CacheTests()
        defer { try? FileManager.default.removeItem(atPath: t.root) }
        let parsed = try t.store.loadReport("reports/2026/11/2026-11-10-acme-erp-aaaaaa.md")
        #expect(!parsed.body.isEmpty && !parsed.marks.isEmpty)
        let bytes = CacheCodec.encode(Result<Report, Finding>.success(parsed))
        let light = try bytes.withUnsafeBytes { try CacheCodec.decodeReport($0, detail: .summary) }.get()
        var expected = Self.stripped([parsed])[0]
        expected.path = ""  // the loader puts in the path it scanned
        #expect(light == expected)
        for cut in 0..<bytes.count {
            #expect(throws: (any Error).self) {
                try bytes[..<cut].withUnsafeBytes { try CacheCodec.decodeReport($0, detail: .summary) }
            }
        }
    }
}
