import Foundation
import Testing

/// End-to-end: results and pipeline changes on a copy of examples/basic, figures worked out by
/// hand from its deal files and reports (today 2026-11-20).
@Suite struct ResultsE2ETests {
    static let today = ["SALESCTL_TODAY": "2026-11-20"]

    func run(_ arguments: [String], in dir: String) throws -> Harness.Result {
        try Harness.run(arguments, in: dir, environment: Self.today)
    }

    /// 2026: fuji-mes won 2026-09-25 at 31,500,000, 136 days after 2026-05-12; minato-sfa lost
    /// 2026-10-15 (9,800,000): 1 of 2 by count, 31.5 / 41.3 = 76.3% by amount. Target: only Q4's
    /// 60,000,000 is set, so 52.5% → 53%, gap 28,500,000. Open deals closing in 2026:
    /// nishinihon-cloud (delivery 90% of 15,600,000 = 14,040,000) and pacific-scm (maintenance
    /// 100% of 36,000 USD).
    @Test func resultsOfTheYearAsCSV() throws {
        let dir = try Harness.copyExample("basic")
        let r = try run(["results", "--period", "2026", "--format", "csv"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            r.stdout == """
                group,currency,won_deals,won_amount,lost_deals,lost_amount,win_rate_count,win_rate_amount,avg_days_to_win,avg_won,target,achievement,open_deals,weighted,gap
                2026,JPY,1,31500000,1,9800000,50,76,136,31500000,60000000,53,1,14040000,28500000
                2026,USD,0,0,0,0,,,,,,,1,36000,

                """)
        let ids = try run(["results", "--period", "2026", "-q"], in: dir)
        #expect(ids.stdout == "fuji-mes\nminato-sfa\nnishinihon-cloud\npacific-scm\n")
    }

    /// Today's quarter (2026-Q4) by owner: nothing won yet; 高橋 由美 lost minato-sfa; each member
    /// against their own Q4 target; the team's 60,000,000.
    @Test func resultsOfTheQuarterByOwner() throws {
        let dir = try Harness.copyExample("basic")
        let r = try run(["results", "--by", "owner", "--format", "tsv"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        #expect(lines.map { $0[0] } == ["group", "田中 美咲", "鈴木 大輔", "高橋 由美", "total"])
        #expect(lines.map { $0[10] } == ["target", "30000000", "20000000", "10000000", "60000000"])
        #expect(lines[3][4] == "1" && lines[3][5] == "9800000" && lines[3][6] == "0")
        #expect(lines.dropFirst().map { $0[11] } == ["0", "0", "0", "0"])
        let table = try run(["results", "--by", "owner"], in: dir)
        #expect(table.stdout.contains("60,000,000"))
        let markdown = try run(["results", "--format", "markdown"], in: dir)
        #expect(markdown.stdout.hasPrefix("| period  | cur | won |"))
        #expect(markdown.stdout.contains("| 2026-Q4 | JPY |   0 |"))
    }

    /// November 2026's reports per rep per week (weeks from Monday 11-02, 11-09, 11-16).
    @Test func activityPerWeek() throws {
        let dir = try Harness.copyExample("basic")
        let r = try run(["results", "--activity", "--period", "2026-11", "--format", "csv"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            r.stdout == """
                week,rep,visit,visit-us,web-meeting,inquiry,demo,email,total
                2026-11-02,田中 美咲,0,0,0,0,0,1,1
                2026-11-02,鈴木 大輔,0,0,0,0,1,0,1
                2026-11-09,鈴木 大輔,1,1,0,0,0,0,2
                2026-11-16,鈴木 大輔,0,0,1,1,0,0,2

                """)
        let table = try run(["results", "--activity", "--period", "2026-11"], in: dir)
        #expect(table.stdout.contains("訪問"))
        #expect(table.stdout.split(separator: "\n").last!.hasPrefix("total"))
        let ids = try run(["results", "--activity", "--period", "2026-11", "-q"], in: dir)
        #expect(ids.stdout == "kansai-logi\ntokai-erp\n")
    }

    /// Since 2026-10-01: hokuriku-ec new (10-01) and resized 12,000,000 → 9,800,000 (11-12);
    /// fuji-mes into delivery (10-05); minato-sfa lost (10-15); kansai-logi into define (10-22);
    /// tokai-erp's close 2026-11-13 → 2027-01-29 (11-16, +77 days).
    @Test func pipelineChangesSinceOctober() throws {
        let dir = try Harness.copyExample("basic")
        let r = try run(["pipeline", "changes", "--since", "2026-10-01", "--format", "json"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let deals = json["deals"] as! [[String: Any]]
        #expect(
            deals.map { $0["id"] as! String } == ["hokuriku-ec", "fuji-mes", "minato-sfa", "kansai-logi", "tokai-erp"])
        #expect(
            deals.map { $0["changes"] as! [String] } == [
                ["new", "amount-down"], ["advanced"], ["lost"], ["advanced"], ["close-slipped"]
            ])
        #expect(deals[0]["amount_change"] as? Int == -2_200_000)
        #expect(deals[4]["close_days"] as? Int == 77)
        let totals = (json["totals"] as! [[String: Any]]).map {
            "\($0["change"]!) \($0["currency"]!) \($0["deals"]!) \($0["amount"]!)"
        }
        #expect(
            totals == [
                "new JPY 1 9800000", "advanced JPY 2 53500000", "lost JPY 1 9800000",
                "amount-down JPY 1 -2200000", "close-slipped JPY 1 48000000"
            ])
        let week = try run(["pipeline", "changes", "--since", "2026-11-16", "-q"], in: dir)
        #expect(week.stdout == "tokai-erp\n")
        let mine = try run(["pipeline", "changes", "--since", "2026-10-01", "--owner", "高橋", "-q"], in: dir)
        #expect(mine.stdout == "hokuriku-ec\nminato-sfa\n")
        let table = try run(["pipeline", "changes", "--since", "2026-10-01"], in: dir)
        #expect(table.stdout.contains("12,000,000 → 9,800,000"))
        #expect(table.stdout.contains("2026-11-13 → 2027-01-29"))
        #expect(table.stdout.contains("決定 → デリバリー"))
    }

    @Test(arguments: [
        (
            ["results", "--period", "2026-13"], 2,
            "salesctl: invalid period '2026-13' for --period (expected a month 2026-11, a quarter 2026-Q4 or a year 2026)\n"
        ),
        (
            ["results", "--period", "Q4"], 2,
            "salesctl: invalid period 'Q4' for --period (expected a month 2026-11, a quarter 2026-Q4 or a year 2026)\n"
        ),
        (
            ["results", "--period", "2026-11", "--by", "quarter"], 2,
            "salesctl: --by quarter needs a quarter or a year, not the month 2026-11\n"
        ),
        (
            ["results", "--activity", "--by", "owner"], 2,
            "salesctl: --activity counts per rep and week; it takes no --by owner\n"
        ),
        (
            ["pipeline", "changes", "--since", "2026-11-31"], 2,
            "salesctl: invalid date '2026-11-31' for --since (expected YYYY-MM-DD)\n"
        ),
        (
            ["pipeline", "changes", "--since", "2026-11-20", "--until", "2026-11-01"], 2,
            "salesctl: --since 2026-11-20 is after --until 2026-11-01\n"
        )
    ])
    func errors(arguments: [String], status: Int32, message: String) throws {
        let dir = try Harness.copyExample("basic")
        let r = try run(arguments, in: dir)
        #expect(r.status == status)
        #expect(r.stderr == message)
        #expect(r.stdout == "")
    }

    @Test func unknownOwnerAndMissingSince() throws {
        let dir = try Harness.copyExample("basic")
        let ghost = try run(["pipeline", "changes", "--since", "2026-10-01", "--owner", "ghost"], in: dir)
        #expect(ghost.status == 1)
        #expect(ghost.stderr.hasPrefix("salesctl: no owner matches 'ghost'\n"))
        let missing = try run(["pipeline", "changes"], in: dir)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("--since"))
    }
}

/// End-to-end: customers on a copy of examples/basic (today 2026-11-20).
@Suite struct CustomerE2ETests {
    func run(_ arguments: [String], in dir: String) throws -> Harness.Result {
        try Harness.run(arguments, in: dir, environment: ["SALESCTL_TODAY": "2026-11-20"])
    }

    /// Each example customer has one deal: tokai-erp open at 48,000,000, last report 2026-11-02;
    /// fuji-mes won at 31,500,000; hokuriku-ec has no report. Energy is the deal's energy score.
    @Test func listAndShow() throws {
        let dir = try Harness.copyExample("basic")
        let list = try run(["customer", "list", "--format", "csv"], in: dir)
        #expect(list.status == 0, "\(list.stderr)")
        let rows = list.stdout.split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        #expect(rows.count == 9)
        let energy = try run(["energy", "score", "--format", "csv"], in: dir).stdout
        let tokaiEnergy = energy.split(separator: "\n").first { $0.hasPrefix("tokai-erp,") }!
        let tokai = rows.first { $0[0] == "東海精機株式会社" }!
        #expect(Array(tokai[1...6]) == ["1", "1", "48000000 JPY", "0", "", "2026-11-02"])
        #expect(tokaiEnergy.contains("," + tokai[7] + ","))
        #expect(Array(rows.first { $0[0] == "富士電子工業株式会社" }![1...5]) == ["1", "0", "", "1", "31500000 JPY"])
        #expect(Array(rows.first { $0[0] == "北陸フーズ株式会社" }![6...7]) == ["", "0"])
        let show = try run(["customer", "show", "東海精機"], in: dir)
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.hasPrefix("東海精機株式会社\n  deals 1, open 1 (48,000,000 JPY), won 0, last contact 2026-11-02"))
        #expect(show.stdout.contains("山田 浩二  部長"))
        #expect(show.stdout.contains("2026-10-15-tokai-erp-0a8cf2#1"))
        let json = try run(["customer", "show", "(株)東海精機", "--format", "json"], in: dir)
        #expect(json.stdout.contains("\"customer\":\"東海精機株式会社\"") || json.stdout.contains("\"customer\": \"東海精機株式会社\""))
    }

    @Test func unknownAndAmbiguousCustomers() throws {
        let dir = try Harness.copyExample("basic")
        let none = try run(["customer", "show", "大阪"], in: dir)
        #expect(none.status == 1)
        #expect(none.stderr.hasPrefix("salesctl: no customer matches '大阪'\nhint: known: '北陸フーズ株式会社', "))
        let many = try run(["customer", "show", "商"], in: dir)
        #expect(many.status == 1)
        #expect(many.stderr.hasPrefix("salesctl: customer '商' is ambiguous"))
        #expect(none.stdout == "" && many.stdout == "")
    }
}
