import Foundation
import Testing

@testable import SalesKit

/// Issue 19, "input that never lies": what a rep typed is stored as meant, or refused.
@Suite struct InputTests {
    static func date(_ text: String) -> CalendarDate { CalendarDate(text)! }
    let config = Config.defaults

    // MARK: 1. separators typed by a Japanese IME

    @Test(arguments: ["岡田修，部長", "岡田修、部長", "岡田修,部長", "岡田修 ， 部長"])
    func attendeeSeparators(_ typed: String) throws {
        let attendee = try Report.Attendee(commaSeparated: typed)
        #expect(attendee == Report.Attendee(name: "岡田修", title: "部長"))
    }

    @Test func keyPersonAndHomeworkSeparators() throws {
        let person = try KeyPerson(commaSeparated: "山田 太郎、部長、情報システム部、D、○")
        #expect(person.name == "山田 太郎" && person.title == "部長" && person.department == "情報システム部")
        #expect(person.role == .D && person.stance == .supporter)
        let mixed = try KeyPerson(commaSeparated: "伊藤 花子，課長,経理部")
        #expect(mixed.name == "伊藤 花子" && mixed.title == "課長" && mixed.department == "経理部")
        let homework = try Report.Homework(semicolonSeparated: "見積書を送付；田中 美咲；2026-11-27")
        #expect(homework == Report.Homework(text: "見積書を送付", assignee: "田中 美咲", due: Self.date("2026-11-27")))
        // A comma inside homework text stays: only semicolons separate homework fields.
        #expect(try Report.Homework(semicolonSeparated: "見積、提案書").text == "見積、提案書")
        #expect(Separators.split("a，b、c,d", by: .comma) == ["a", "b", "c", "d"])
        #expect(Separators.split("a；;b", by: .semicolon) == ["a", "", "b"])
    }

    @Test func namesStillHoldingASeparatorAreWarnedAbout() {
        #expect(Separators.warning(name: "岡田修", what: "attendee") == nil)
        #expect(
            Separators.warning(name: "岡田修；部長", what: "attendee")
                == "warning: attendee name '岡田修；部長' contains '；'; if it separates a name from a title, the wrong separator was typed (fields are separated by , ， 、 and homework fields by ; ；)"
        )
        #expect(Separators.firstSeparator(in: "田中、鈴木") == "、")
    }

    // MARK: 2. remembered titles

    static func sighting(_ name: String, _ title: String?, _ department: String?, _ date: String, key: Bool = false)
        -> Acquaintances.Sighting
    {
        Acquaintances.Sighting(
            name: name, title: title, department: department, date: Self.date(date), isKeyPersonOfDeal: key)
    }

    @Test func latestTitleWinsAndTheDealsKeyPersonFirst() {
        let known = Acquaintances(sightings: [
            Self.sighting("中村 修", "主任", "情報システム部", "2026-06-01"),
            Self.sighting("中村 修", "課長", "情報システム部", "2026-11-19"),
            Self.sighting("中村 修", nil, nil, "2026-11-20"),
            Self.sighting("山田 浩二", "部長", "情報システム部", "2026-01-01", key: true),
            Self.sighting("山田 浩二", "本部長", "経営企画室", "2026-11-01"),
            Self.sighting("山田 花子", "課長", nil, "2026-10-01")
        ])
        guard case .person(let nakamura, let byPrefix) = known.match("中村修") else {
            Issue.record("no match")
            return
        }
        #expect(nakamura.title == "課長" && nakamura.name == "中村 修" && !byPrefix)
        guard case .person(let yamada, _) = known.match("山田　浩二") else {
            Issue.record("no match")
            return
        }
        #expect(yamada.title == "部長" && yamada.department == "情報システム部")
        guard case .person(let prefix, let byPrefix2) = known.match("中村") else {
            Issue.record("no match")
            return
        }
        #expect(prefix.name == "中村 修" && byPrefix2)
        #expect(known.match("山田") == .ambiguous(["山田 浩二", "山田 花子"]))
        #expect(known.match("岡田 修") == .unknown)
    }

    @Test func acquaintancesComeFromTheCustomersDealsAndReports() {
        var deal = Deal(
            id: "tokai-mes", title: "MES", customer: "東海精機", stage: "discovery", created: Self.date("2026-11-01"))
        deal.keyPersons = [KeyPerson(name: "小林 正人")]
        var other = Deal(
            id: "tokai-erp", title: "ERP", customer: "東海精機株式会社", stage: "define", created: Self.date("2026-06-01"))
        other.keyPersons = [
            KeyPerson(name: "小林 正人", title: "取締役", department: "管理本部"), KeyPerson(name: "松本 隆", title: "CFO")
        ]
        other.history = [
            Deal.Event(
                date: Self.date("2026-09-01"), by: nil, kind: "person", fields: [("action", "add"), ("name", "松本 隆")])
        ]
        let report = Report(
            path: "r.md", date: Self.date("2026-10-01"), deal: "tokai-erp", author: nil, kind: "visit",
            attendees: [Report.Attendee(name: "松本 隆", title: "専務取締役 CFO", department: "財務本部")])
        let known = Acquaintances(deal: deal, customerDeals: [other], reports: [report])
        // The deal's own key person has no title: the title seen elsewhere is taken, the deal's spelling kept.
        guard case .person(let kobayashi, _) = known.match("小林正人") else {
            Issue.record("no match")
            return
        }
        #expect(kobayashi.name == "小林 正人" && kobayashi.title == "取締役")
        // The key person of the other deal dates from its 'person' event (09-01); the report (10-01) is later.
        guard case .person(let matsumoto, _) = known.match("松本 隆") else {
            Issue.record("no match")
            return
        }
        #expect(matsumoto.title == "専務取締役 CFO" && matsumoto.department == "財務本部")
    }

    // MARK: 3. report files with front matter

    func parse(_ text: String, today: String = "2026-11-20") throws -> ReportFile? {
        try ReportFile.parse(Array(text.utf8), path: "note.md", config: config, today: Self.date(today))
    }

    @Test func frontMatterIsReadLikeAReport() throws {
        let file = try #require(
            try parse(
                """
                ---
                kind: 訪問
                date: 2026-11-19
                attendees:
                  - 岡田修，部長
                  - name: 伊藤 花子
                    title: 課長
                signals: [question]
                homework:
                  - 見積を送付；田中 美咲；2026-11-27
                next: 12月に提案
                ---

                本文。
                ---
                まだ本文。

                """))
        #expect(file.kind == "訪問" && file.date == Self.date("2026-11-19"))
        #expect(
            file.attendees == [Report.Attendee(name: "岡田修", title: "部長"), Report.Attendee(name: "伊藤 花子", title: "課長")])
        #expect(file.signals == ["question"])
        #expect(file.homework == [Report.Homework(text: "見積を送付", assignee: "田中 美咲", due: Self.date("2026-11-27"))])
        #expect(file.next == "12月に提案")
        #expect(file.body == "本文。\n---\nまだ本文。\n")
        #expect(try parse("just a body\n---\n") == nil)
    }

    @Test(arguments: [
        (
            "---\nkind: visit\ndeal: tokai-erp\n---\n",
            "note.md:3:1: unknown field 'deal'; a report file may set attendees, signals, homework, next, kind, date"
        ),
        (
            "---\nkind: fax\n---\n",
            "note.md:2:7: unknown kind 'fax'\nhint: valid: visit (訪問), visit-us (来社), web-meeting (Web会議), phone (電話), inquiry (問い合わせ), email-reply (メール返信), demo (デモ), email (メール)"
        ),
        ("---\ndate: 2026-11-31\n---\n", "note.md:2:7: 'date' must be a date YYYY-MM-DD, not '2026-11-31'"),
        ("---\ndate: 2026-11-21\n---\n", "note.md:2:7: date 2026-11-21 is after today (2026-11-20)"),
        (
            "---\nsignals:\n  - question\n  - vibes\n---\n",
            "note.md:4:5: unknown signal 'vibes'\nhint: valid: introduced-boss (上司を紹介された), new-stakeholder (新しい関係者が参加), budget-request (予算取りの相談), ringi-started (稟議開始), question (質問を受けた), homework-given (宿題をもらった)"
        ),
        (
            "---\nattendees:\n  - name: 岡田\n    rank: 部長\n---\n",
            "note.md:4:5: unknown field 'rank'; valid: name, title, department"
        ),
        (
            "---\ndate: 2026-11-20\nhomework:\n  - text: 見積\n    due: 2026-11-19\n---\n",
            "note.md:4:5: homework '見積' is due 2026-11-19, before the report's date 2026-11-20"
        ),
        ("---\nkind: [visit\n---\n", nil)
    ])
    func badFrontMatterIsRefusedWithItsPlace(_ text: String, _ message: String?) throws {
        do {
            _ = try parse(text)
            Issue.record("accepted: \(text)")
        } catch let error as SalesError {
            #expect(error.kind == .malformed)
            if let message {
                #expect(error.message == "salesctl: " + message)
            } else {
                #expect(error.message.hasPrefix("salesctl: note.md:"))
            }
        }
    }

    @Test func flagsWinOverTheFile() throws {
        let file = try #require(try parse("---\nkind: visit\ndate: 2026-11-19\nattendees: [岡田修]\nnext: a\n---\nbody\n"))
        var input = Store.ReportInput(deal: "d", kind: "phone", date: Self.date("2026-11-20"), author: nil)
        input.next = "b"
        let filled = input.filling(from: file, kindGiven: true, dateGiven: false)
        #expect(filled.kind == "phone" && filled.date == Self.date("2026-11-19") && filled.next == "b")
        #expect(filled.attendees == [Report.Attendee(name: "岡田修")] && filled.body == "body\n")
    }

    // MARK: 4. the editor's help comment

    @Test func onlyTheHelpCommentIsRemoved() {
        #expect(ReportDrafts.removingHelp("above\n<!-- salesctl: help\nmore help\n-->\nbelow\n") == "above\n\nbelow\n")
        #expect(ReportDrafts.removingHelp("上\n\n<!-- salesctl: help -->\n\n下に書いた\n\n二段落目\n") == "上\n\n下に書いた\n\n二段落目\n")
        #expect(ReportDrafts.removingHelp("\n<!-- salesctl: help -->\n\n下に書いた\n") == "下に書いた\n")
        #expect(ReportDrafts.removingHelp("本文\n\n<!-- salesctl: help\n-->\n") == "本文")
        #expect(ReportDrafts.removingHelp("<!-- my own comment -->\n本文") == "<!-- my own comment -->\n本文")
        #expect(ReportDrafts.removingHelp("本文\n<!-- salesctl: never closed") == "本文")
        #expect(ReportDrafts.isDraftName("REPORT_EDITMSG.md") && ReportDrafts.isDraftName("REPORT_EDITMSG-12.md"))
        #expect(!ReportDrafts.isDraftName("REPORT_EDITMSG-x.md") && !ReportDrafts.isDraftName("notes.md"))
    }

    // MARK: 6. late entries

    @Test func backDatedEventsRecordTheDayTheyWereLogged() {
        let event = Deal.Event(date: Self.date("2026-11-26"), by: "佐藤 健", kind: "step", fields: [("step", "budget")])
        let late = event.logged(on: Self.date("2026-12-02"))
        #expect(late.logged == Self.date("2026-12-02"))
        #expect(
            late.yamlValue
                == .map([
                    ("date", .raw("2026-11-26")), ("by", .text("佐藤 健")), ("event", .raw("step")),
                    ("step", .text("budget")), ("logged", .raw("2026-12-02"))
                ]))
        #expect(event.logged(on: Self.date("2026-11-26")).logged == nil)
        #expect(event.logged(on: nil) == event)
        #expect(TimelineEntry.describe(late, config: config) == "checked 予算を確認")
        #expect(
            isInWindow(
                date: Self.date("2026-11-26"), logged: Self.date("2026-12-02"), since: Self.date("2026-11-30"),
                until: nil))
        #expect(!isInWindow(date: Self.date("2026-11-26"), logged: nil, since: Self.date("2026-11-30"), until: nil))
        #expect(
            !isInWindow(
                date: Self.date("2026-11-26"), logged: Self.date("2026-12-02"), since: Self.date("2026-11-27"),
                until: Self.date("2026-12-01")))
    }

    @Test func theFeedShowsLateEntriesOfItsWindow() {
        let deal = Deal(
            id: "tokai-erp", title: "ERP", customer: "東海精機", stage: "define", created: Self.date("2026-06-01"),
            history: [
                Deal.Event(
                    date: Self.date("2026-11-20"), by: nil, kind: "quality",
                    fields: [("indicator", "champion"), ("value", "yes"), ("logged", "2026-12-01")])
            ])
        let late = Report(
            path: "reports/2026/11/late.md", date: Self.date("2026-11-26"), deal: "tokai-erp", author: "佐藤 健",
            kind: "visit", logged: Self.date("2026-12-02"))
        let old = Report(
            path: "reports/2026/11/old.md", date: Self.date("2026-11-25"), deal: "tokai-erp", author: nil, kind: "visit"
        )
        let feed = Feed.build(
            deals: [deal], reports: [late, old], config: config,
            filter: Feed.Filter(since: Self.date("2026-11-30"), until: Self.date("2026-12-02")))
        #expect(feed.map(\.path) == ["deals/tokai-erp.yaml", "reports/2026/11/late.md"])
        #expect(feed.map(\.logged) == [Self.date("2026-12-01"), Self.date("2026-12-02")])
        #expect(feed.map(\.date) == [Self.date("2026-11-20"), Self.date("2026-11-26")])
    }

    @Test func reportsCarryLoggedThroughTheFileAndTheCache() throws {
        var report = Report(
            path: "reports/2026/11/2026-11-26-tokai-erp-abcdef.md", date: Self.date("2026-11-26"), deal: "tokai-erp",
            author: "佐藤 健", kind: "visit", body: "本文", logged: Self.date("2026-12-02"))
        #expect(report.fileText.hasPrefix("---\ndate: 2026-11-26\nlogged: 2026-12-02\ndeal: tokai-erp\n"))
        let parsed = try Array(report.fileText.utf8).withUnsafeBytes { try Report.parse($0, path: report.path) }
        #expect(parsed.logged == report.logged)
        let bytes = CacheCodec.encode(Result<Report, Finding>.success(parsed))
        #expect(try bytes.withUnsafeBytes { try CacheCodec.decodeReport($0) }.get() == parsed)
        #expect(
            try bytes.withUnsafeBytes { try CacheCodec.decodeReport($0, detail: .summary) }.get().logged
                == report.logged)
        report.logged = nil
        #expect(!report.fileText.contains("logged"))
        #expect(FileCache.version == 3)
    }

    // MARK: 9. smaller items

    @Test func currencyCodesAreStoredInUpperCase() throws {
        #expect(try Deal.currencyCode("usd") == "USD")
        #expect(try Deal.currencyCode(" ｅｕｒ ") == "EUR")
        #expect(
            throws: SalesError.invalidArgument("currency 'dollars' is not a three-letter code such as JPY, USD or EUR")
        ) {
            try Deal.currencyCode("dollars")
        }
        #expect(throws: SalesError.self) { try Deal.currencyCode("円") }
    }

    @Test func aBackwardMoveShowsItsReason() {
        let back = Deal.Event(
            date: Self.date("2026-11-20"), by: nil, kind: "stage",
            fields: [("from", "decision"), ("to", "define"), ("reason", "推進者が異動"), ("regression", "true")])
        #expect(TimelineEntry.describe(back, config: config) == "stage 決定 → 定義 (back: 推進者が異動)")
        var bare = back
        bare.fields.remove(at: 2)
        #expect(TimelineEntry.describe(bare, config: config) == "stage 決定 → 定義 (back)")
    }

    @Test func anUnknownAnswerIsAGap() {
        let deal = Deal(
            id: "d", title: "t", customer: "c", stage: "discovery", created: Self.date("2026-11-01"),
            history: config.indicators.map { i in
                Deal.Event(
                    date: Self.date("2026-11-10"), by: nil, kind: "quality",
                    fields: [("indicator", i.id), ("value", i.id == "empathy" ? "unknown" : i.good.rawValue)])
            })
        let assessment = Quality.assess(deal, config: config, today: Self.date("2026-11-20"))
        #expect(assessment.unanswered == ["empathy"] && assessment.unknown == ["empathy"])
        #expect(assessment.hasFindings)
    }
}
