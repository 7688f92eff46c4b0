import Testing

/// One rule for matching people in every filter (issue 19 item 5): exact, then spaces and width
/// aside, then a unique prefix; a name that matches nobody is an error (exit 1) listing the known
/// people, an ambiguous one lists the candidates.
@Suite struct NameFilterTests {
    static let today = ["SALESCTL_TODAY": "2026-11-20"]

    @Test(
        arguments: [
            (["deal", "list", "--owner", "鈴木", "-q"], "kansai-logi\nnishinihon-cloud\n"),
            (["deal", "list", "--owner", "鈴木大輔", "-q"], "kansai-logi\nnishinihon-cloud\n"),
            (["deal", "list", "--customer", "東海精機", "-q"], "tokai-erp\n"),
            (["stale", "list", "--owner", "高橋", "-q"], "pacific-scm\nhokuriku-ec\n"),
            (["quality", "check", "--owner", "鈴木", "-q"], "kansai-logi\nnishinihon-cloud\n")
        ] as [([String], String)])
    func prefixesFindTheFullName(arguments: [String], expected: String) throws {
        let dir = try Harness.copyExample("basic")
        let result = try Harness.run(arguments, in: dir, environment: Self.today)
        #expect(result.stdout == expected, "\(result.stderr)")
        #expect(result.status == (arguments[0] == "quality" ? 1 : 0))  // quality check: 1 for findings
    }

    @Test func homeworkFeedAndReportsTooMatchTheSameWay() throws {
        let dir = try Harness.copyExample("basic")
        for (short, full) in [
            (["homework", "list", "--for", "田中"], ["homework", "list", "--for", "田中 美咲"]),
            (["report", "list", "--author", "佐藤"], ["report", "list", "--author", "佐藤 健"]),
            (["feed", "--for", "鈴木", "--since", "2026-11-01"], ["feed", "--for", "鈴木 大輔", "--since", "2026-11-01"])
        ] {
            let a = try Harness.run(short, in: dir, environment: Self.today)
            let b = try Harness.run(full, in: dir, environment: Self.today)
            #expect(a.status == 0 && b.status == 0, "\(a.stderr)")
            #expect(!a.stdout.isEmpty)
            #expect(a.stdout == b.stdout, "\(short)")
        }
    }

    @Test(
        arguments: [
            (
                ["deal", "list", "--owner", "山本"],
                "salesctl: no owner matches '山本'\nhint: known: '佐藤 健', '田中 美咲', '鈴木 大輔', '高橋 由美'\n"
            ),
            (
                ["stale", "list", "--owner", "山本"],
                "salesctl: no owner matches '山本'\nhint: known: '佐藤 健', '田中 美咲', '鈴木 大輔', '高橋 由美'\n"
            ),
            (["deal", "list", "--customer", "株式会社"], nil),
            (["report", "list", "--author", "山本"], nil),
            (["homework", "list", "--for", "山本"], nil),
            (["feed", "--for", "山本"], nil)
        ] as [([String], String?)])
    func aNameThatMatchesNobodyIsAnError(arguments: [String], message: String?) throws {
        let dir = try Harness.copyExample("basic")
        let result = try Harness.run(arguments, in: dir, environment: Self.today)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        if let message { #expect(result.stderr == message) } else { #expect(result.stderr.contains("hint: known: ")) }
    }
}

extension NameFilterTests {
    @Test func ownerFilterMatchesANameWrittenWithoutSpaces() throws {
        let dir = try Harness.copyExample("basic")
        let spaced = try Harness.run(
            ["deal", "list", "--status", "all", "--owner", "佐藤 健", "--format", "csv"], in: dir, environment: Self.today)
        let unspaced = try Harness.run(
            ["deal", "list", "--status", "all", "--owner", "佐藤健", "--format", "csv"], in: dir, environment: Self.today)
        #expect(spaced.status == 0 && unspaced.status == 0)
        #expect(spaced.stdout.contains("aoba-rpa"))
        #expect(unspaced.stdout == spaced.stdout)
    }
}
