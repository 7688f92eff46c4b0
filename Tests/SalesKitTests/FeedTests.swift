import Testing

@testable import SalesKit

@Suite struct FeedTests {
    static let log = """
        \u{1E}93dfdbc7eb9acfed70ff67622307d9f18732c563\u{1F}田中 美咲\u{1F}2026-11-20

        diff --git a/deals/kansai-logi.yaml b/deals/kansai-logi.yaml
        index 8e6eeff..e3d92e5 100644
        --- a/deals/kansai-logi.yaml
        +++ b/deals/kansai-logi.yaml
        @@ -7 +7 @@ members:
        -stage: define
        +stage: decision
        @@ -157,0 +158,6 @@ history:
        +  - date: 2026-11-20
        +    by: 田中 美咲
        +    event: stage
        +    from: define
        +    to: decision
        +    note: "yes: 決定"   # comment
        diff --git a/reports/2026/11/2026-11-20-kansai-logi-e9cead.md b/reports/2026/11/2026-11-20-kansai-logi-e9cead.md
        new file mode 100644
        index 0000000..02f23fe
        --- /dev/null
        +++ b/reports/2026/11/2026-11-20-kansai-logi-e9cead.md
        @@ -0,0 +1,5 @@
        +---
        +date: 2026-11-20
        +deal: kansai-logi
        +  - date: 2026-11-20
        +---
        \u{1E}1111111111111111111111111111111111111111\u{1F}鈴木 大輔\u{1F}2026-11-01

        diff --git a/deals/kansai-logi.yaml b/deals/kansai-logi.yaml
        new file mode 100644
        --- /dev/null
        +++ b/deals/kansai-logi.yaml
        @@ -0,0 +1,4 @@
        +history:
        +  - date: 2026-11-01
        +    event: created
        +    stage: discovery

        """

    @Test func gitLogCreditsFilesAndEvents() {
        let git = GitHistory.parse(Self.log)
        #expect(git.files["reports/2026/11/2026-11-20-kansai-logi-e9cead.md"]?.author == "田中 美咲")
        #expect(git.files["deals/kansai-logi.yaml"]?.hash == "1111111111111111111111111111111111111111")
        #expect(git.files.count == 2)
        let stage = Deal.Event(
            date: CalendarDate("2026-11-20")!, by: "田中 美咲", kind: "stage",
            fields: [("from", "define"), ("to", "decision"), ("note", "yes: 決定")])
        #expect(git.commit(for: stage, in: "deals/kansai-logi.yaml")?.shortHash == "93dfdbc")
        var edited = stage
        edited.fields[2].1 = "changed by hand later"
        #expect(git.commit(for: edited, in: "deals/kansai-logi.yaml")?.author == "田中 美咲")
        let created = Deal.Event(
            date: CalendarDate("2026-11-01")!, by: nil, kind: "created", fields: [("stage", "discovery")])
        #expect(git.commit(for: created, in: "deals/kansai-logi.yaml")?.author == "鈴木 大輔")
        #expect(git.commit(for: created, in: "deals/other.yaml") == nil)
        #expect(GitHistory.parse("").files.isEmpty)
    }

    @Test func feedIsChronologicalWithHomeworkDue() throws {
        let config = try Config.parse(Array(Config.defaultYAML.utf8))
        var deal = Deal(
            id: "acme", title: "刷新", customer: "アクメ", owner: "佐藤 健", members: ["田中 美咲"],
            stage: "define", created: CalendarDate("2026-11-01")!)
        deal.history = [
            Deal.Event(
                date: CalendarDate("2026-11-01")!, by: "佐藤 健", kind: "created", fields: [("stage", "discovery")]),
            Deal.Event(
                date: CalendarDate("2026-11-12")!, by: "田中 美咲", kind: "homework-done",
                fields: [("ref", "2026-11-03-acme-aaaaaa#1"), ("note", "送付")])
        ]
        let other = Deal(
            id: "beta", title: "b", customer: "c", owner: "高橋 由美", stage: "define", created: CalendarDate("2026-11-01")!
        )
        let reports = [
            Report(
                path: "reports/2026/11/2026-11-03-acme-aaaaaa.md", date: CalendarDate("2026-11-03")!, deal: "acme",
                author: "佐藤 健", kind: "visit", attendees: [.init(name: "山田 太郎", title: "部長")],
                homework: [
                    .init(text: "見積", assignee: "田中 美咲", due: CalendarDate("2026-11-10")),
                    .init(text: "構成図", due: CalendarDate("2026-11-15"))
                ], next: "提案"),
            Report(
                path: "reports/2026/11/2026-11-04-beta-bbbbbb.md", date: CalendarDate("2026-11-04")!, deal: "beta",
                author: "高橋 由美", kind: "phone")
        ]
        let filter = Feed.Filter(since: CalendarDate("2026-11-02")!, until: CalendarDate("2026-11-20")!, member: "田中美咲")
        let feed = Feed.build(deals: [deal, other], reports: reports, config: config, filter: filter)
        #expect(feed.map(\.date.description) == ["2026-11-03", "2026-11-10", "2026-11-12", "2026-11-15"])
        #expect(feed.map(\.event) == ["report", "homework-due", "homework-done", "homework-due"])
        #expect(feed[0].details == ["宿題: 見積 (田中 美咲, due 2026-11-10)", "宿題: 構成図 (due 2026-11-15)", "next: 提案"])
        #expect(feed[1].summary == "homework due: 見積")
        #expect(feed[2].summary == "homework done: 見積 — 送付")
        #expect(feed[3].summary == "homework due: 構成図 (not done)")
        let all = Feed.build(
            deals: [deal, other], reports: reports, config: config,
            filter: Feed.Filter(since: CalendarDate("2026-11-01")!, until: CalendarDate("2026-11-04")!))
        #expect(all.map(\.deal) == ["acme", "acme", "beta"])
    }
}

extension FeedTests {
    @Test func gitArgumentsSkipCommitsBeforeTheWindow() {
        #expect(GitHistory.arguments().suffix(3) == ["--", "deals", "reports"])
        #expect(GitHistory.arguments(since: CalendarDate("2026-11-01")).contains("--since=2026-10-30 00:00"))
    }

    @Test(arguments: [
        ("date: 2026-11-10", "date", "2026-11-10"), ("note: \"見積 #2\"", "note", "見積 #2"),
        ("note: 見積 # a comment", "note", "見積"), ("note: \"一行目\\n二行目\"", "note", "一行目\n二行目"),
        ("note: 'it''s'", "note", "it's"), ("by: 佐藤 健", "by", "佐藤 健"), ("value: \"yes\"", "value", "yes")
    ])
    func addedLinesAreReadAsTheDealFileReadsThem(line: String, key: String, value: String) {
        let pair = GitHistory.keyValue(line[...])
        #expect(pair?.0 == key && pair?.1 == value, "\(String(describing: pair))")
    }
}
