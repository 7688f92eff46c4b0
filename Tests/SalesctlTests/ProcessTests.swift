import Foundation
import Testing

/// End-to-end: the sales process (deal step/advance/win/lose/drop/hold/reopen, forecast, lost)
/// on copies of examples/basic (today 2026-11-20).
@Suite struct ProcessTests {
    static let today = ["SALESCTL_TODAY": "2026-11-20"]

    func basic() throws -> String { try Harness.copyExample("basic") }

    @discardableResult
    func run(_ arguments: [String], in dir: String) throws -> Harness.Result {
        try Harness.run(arguments, in: dir, environment: Self.today)
    }

    /// A hand-edited deal file: comments everywhere, odd indentation, flow and short forms,
    /// quoted values, history items at column 0, a comment after the last item.
    static let handEdited = """
        # 東海精機 — hand-edited by 田中
        title: "基幹システム刷新"   # 仮称
        customer: 東海精機株式会社

        owner: 田中 美咲
        stage: discovery      # 発見: 12月に定義へ
        status: open          # open until the order
        amount: 48000000      # 4,800万円
        created: 2026-06-15
        checklist:
            plan: {done: 2026-06-15, note: 刷新計画}
            reason: 2026-06-15
            schedule:
                done: 2026-06-29
                note: '2027年4月稼働'
            competitors:   # 大手SIer
                done: 2026-07-06
            # budget: 来週確認
        history:
        - date: 2026-06-15
          by: 田中 美咲
          event: created
          stage: discovery   # first contact
        # (more to come)

        """

    func storeWithHandEditedDeal() throws -> (dir: String, path: String) {
        let dir = try basic()
        let path = dir + "/deals/hand.yaml"
        try Self.handEdited.write(toFile: path, atomically: false, encoding: .utf8)
        return (dir, path)
    }

    static let appendedEvent = "- date: 2026-11-20\n  by: 佐藤 健\n"

    @Test func advanceChangesOnlyTheStageLineAndAppendsHistory() throws {
        let (dir, path) = try storeWithHandEditedDeal()
        let result = try run(["deal", "advance", "hand", "--note", "山田部長が刷新を明言"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "hand: stage 発見 → 定義 — 山田部長が刷新を明言\n")
        #expect(result.stderr == "")
        let expected = Self.handEdited
            .replacingOccurrences(of: "stage: discovery      # 発見", with: "stage: define      # 発見")
            .replacingOccurrences(
                of: "  stage: discovery   # first contact\n",
                with: """
                      stage: discovery   # first contact
                    - date: 2026-11-20
                      by: 佐藤 健
                      event: stage
                      from: discovery
                      to: define
                      note: 山田部長が刷新を明言

                    """)
        #expect(try Harness.read(path) == expected)
    }

    @Test func stepInsertsIntoTheChecklistAndAppendsHistory() throws {
        let (dir, path) = try storeWithHandEditedDeal()
        let result = try run(
            [
                "deal", "step", "hand", "予算を確認", "--note", "予算は山田部長に確認済", "--date", "2026-07-21",
                "--author", "田中 美咲", "--today", "2026-07-21"
            ], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "hand: checked 予算を確認 — 予算は山田部長に確認済\n")
        let expected = Self.handEdited
            .replacingOccurrences(
                of: "        done: 2026-07-06\n",
                with: """
                            done: 2026-07-06
                        budget:
                          done: 2026-07-21
                          note: 予算は山田部長に確認済

                    """
            )
            .replacingOccurrences(
                of: "  stage: discovery   # first contact\n",
                with: """
                      stage: discovery   # first contact
                    - date: 2026-07-21
                      by: 田中 美咲
                      event: step
                      step: budget
                      note: 予算は山田部長に確認済

                    """)
        #expect(try Harness.read(path) == expected)

        let undo = try run(
            [
                "deal", "step", "hand", "budget", "--undo", "--note", "未確定だった", "--date", "2026-07-22",
                "--today", "2026-07-22"
            ], in: dir)
        #expect(undo.status == 0, "\(undo.stderr)")
        #expect(undo.stdout == "hand: unchecked 予算を確認 — 未確定だった\n")
        let afterUndo = try Harness.read(path)
        #expect(!afterUndo.contains("    budget:\n"))
        #expect(
            afterUndo.hasSuffix(
                """
                  note: 予算は山田部長に確認済
                - date: 2026-07-22
                  by: 佐藤 健
                  event: step
                  step: budget
                  undo: true
                  note: 未確定だった
                # (more to come)

                """))
    }

    @Test func loseChangesOnlyTheStatusLineAndAppendsHistory() throws {
        let (dir, path) = try storeWithHandEditedDeal()
        let result = try run(["deal", "lose", "hand", "--reason", "競合に負けた", "--note", "現行ベンダーが大幅値引き"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "hand: status open → lost (競合に負けた) — 現行ベンダーが大幅値引き\n")
        let expected = Self.handEdited
            .replacingOccurrences(of: "status: open          # open", with: "status: lost          # open")
            .replacingOccurrences(
                of: "  stage: discovery   # first contact\n",
                with: """
                      stage: discovery   # first contact
                    - date: 2026-11-20
                      by: 佐藤 健
                      event: status
                      from: open
                      to: lost
                      stage: discovery
                      reason: competitor
                      note: 現行ベンダーが大幅値引き

                    """)
        #expect(try Harness.read(path) == expected)
    }

    @Test func theGateRefusesThenForceRecordsTheReason() throws {
        let dir = try basic()
        let before = try Harness.snapshot(dir)
        let refused = try run(["deal", "advance", "kansai-logi"], in: dir)
        #expect(refused.status == 1)
        #expect(refused.stdout == "")
        #expect(
            refused.stderr == """
                salesctl: deal 'kansai-logi' cannot move to 'decision' (決定): 3 steps are not checked: \
                schedule (開始・終了時期を確認), competitors (競合を確認), proposal (提案書と見積を準備)
                hint: check them with 'salesctl deal step kansai-logi STEP --note TEXT', or pass --force --reason TEXT

                """)
        #expect(try Harness.snapshot(dir) == before)

        let forced = try run(["deal", "advance", "kansai-logi", "--force", "--reason", "長谷川本部長が年内発注を明言"], in: dir)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(
            forced.stdout
                == "kansai-logi: stage 定義 → 決定 (forced: 長谷川本部長が年内発注を明言); missing: schedule, competitors, proposal\n")
        let file = try Harness.read(dir + "/deals/kansai-logi.yaml")
        #expect(file.contains("\nstage: decision\n"))
        #expect(
            file.hasSuffix(
                """
                    note: 清水取締役が来社
                  - date: 2026-11-19
                    by: 鈴木 大輔
                    event: next
                    action: set
                    text: 移行スケジュール案を提出
                    due: 2026-11-27
                    for: 高橋 由美
                  - date: 2026-11-20
                    by: 佐藤 健
                    event: stage
                    from: define
                    to: decision
                    forced: true
                    reason: 長谷川本部長が年内発注を明言
                    missing: schedule, competitors, proposal

                """))
        // The history reads back: deal show prints the event, check stays silent.
        let show = try run(["deal", "show", "kansai-logi"], in: dir)
        #expect(
            show.stdout.contains(
                "2026-11-20 * stage 定義 → 決定 (forced: 長谷川本部長が年内発注を明言); missing: schedule, competitors, proposal  佐藤 健"))
        let check = try run(["check"], in: dir)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    @Test func aDealsLifeFromStepToWin() throws {
        let dir = try basic()
        // tokai-erp is in decision with 4 of 8 steps checked.
        for step in ["influencers", "propose", "why-us", "informal-order", "contract"] {
            let r = try run(["deal", "step", "tokai-erp", step, "--note", "確認済"], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
        }
        // won_at: delivery: an open deal does not enter the post-sale stages.
        let early = try run(["deal", "advance", "tokai-erp"], in: dir)
        #expect(early.status == 1)
        #expect(
            early.stderr
                == "salesctl: deal 'tokai-erp' is open; it enters 'delivery' (デリバリー) once won\nhint: record the win first: salesctl deal win tokai-erp --note TEXT\n"
        )
        #expect(try run(["deal", "win", "tokai-erp", "--note", "注文書を受領"], in: dir).status == 0)
        #expect(
            try Harness.read(dir + "/deals/tokai-erp.yaml").hasSuffix(
                "stage: decision\n    amount: 48000000\n    note: 注文書を受領\n"))
        let won = try run(["deal", "list", "--status", "won", "-q"], in: dir)
        #expect(won.stdout == "fuji-mes\ntokai-erp\n")
        // A won deal moves through the post-sale stages only; reopened, it may move back.
        let delivered = try run(["deal", "advance", "tokai-erp"], in: dir)
        #expect(delivered.stdout == "tokai-erp: stage 決定 → デリバリー\n")
        let back = try run(["deal", "advance", "tokai-erp", "--to", "定義", "--reason", "要件の見直し"], in: dir)
        #expect(back.status == 1)
        #expect(
            back.stderr
                == "salesctl: deal 'tokai-erp' is won; it moves only through the post-sale stages: delivery (デリバリー), maintenance (維持)\n"
        )
        #expect(try run(["deal", "reopen", "tokai-erp", "--note", "契約が白紙に"], in: dir).status == 0)
        let regression = try run(["deal", "advance", "tokai-erp", "--to", "定義", "--reason", "要件の見直し"], in: dir)
        #expect(regression.stdout == "tokai-erp: stage デリバリー → 定義 (back: 要件の見直し)\n")
        let file = try Harness.read(dir + "/deals/tokai-erp.yaml")
        #expect(
            file.hasSuffix(
                """
                    event: status
                    from: won
                    to: open
                    stage: delivery
                    note: 契約が白紙に
                  - date: 2026-11-20
                    by: 佐藤 健
                    event: stage
                    from: delivery
                    to: define
                    reason: 要件の見直し
                    regression: true

                """))
        #expect(try run(["check"], in: dir).status == 0)
    }

    @Test func holdAndReopen() throws {
        let dir = try basic()
        let hold = try run(["deal", "hold", "kansai-logi", "--reason", "timing", "--note", "来期予算で再検討"], in: dir)
        #expect(hold.stdout == "kansai-logi: status open → on-hold (時期が合わない) — 来期予算で再検討\n")
        let advance = try run(["deal", "advance", "kansai-logi", "--force", "--reason", "x"], in: dir)
        #expect(advance.status == 1)
        #expect(
            advance.stderr
                == "salesctl: deal 'kansai-logi' is on hold; reopen it first: salesctl deal reopen kansai-logi\n")
        #expect(try run(["deal", "reopen", "kansai-logi"], in: dir).stdout == "kansai-logi: status on-hold → open\n")
        #expect(try Harness.read(dir + "/deals/kansai-logi.yaml").contains("\nstatus: open\n"))
    }

    @Test(
        arguments: [
            (
                ["deal", "step", "tokai-erp", "propos"], 2,
                "salesctl: unknown step 'propos'; did you mean propose (意思決定者に提案)?\nhint: valid in stage decision (決定): explain (キーパーソンに説明), influencers (他の影響者の合意), propose (意思決定者に提案), why-needed (なぜ必要か), why-now (なぜ今か), why-us (なぜ当社か), informal-order (内示を受ける), contract (契約条件と金額に合意)\n"
            ),
            (
                ["deal", "step", "tokai-erp", "budget"], 1,
                "salesctl: step 'budget' of deal 'tokai-erp' is already checked (2026-07-21)\nhint: to record it again, uncheck it first: salesctl deal step tokai-erp budget --undo --note TEXT\n"
            ),
            (
                ["deal", "step", "tokai-erp", "contract", "--undo"], 1,
                "salesctl: step 'contract' of deal 'tokai-erp' is not checked\n"
            ),
            (
                ["deal", "step", "tokai-erb", "plan"], 1,
                "salesctl: no deal 'tokai-erb'\nhint: did you mean 'tokai-erp'?\n"
            ),
            (
                ["deal", "step", "tokai-erp", "propose", "--date", "2026-11-31"], 2,
                "salesctl: invalid date '2026-11-31' for --date (expected YYYY-MM-DD)\n"
            ),
            (
                ["deal", "advance", "tokai-erp"], 1,
                "salesctl: deal 'tokai-erp' is open; it enters 'delivery' (デリバリー) once won\nhint: record the win first: salesctl deal win tokai-erp --note TEXT\n"
            ),
            (
                ["deal", "advance", "fuji-mes", "--to", "decision"], 1,
                "salesctl: deal 'fuji-mes' is won; it moves only through the post-sale stages: delivery (デリバリー), maintenance (維持)\n"
            ),
            (
                ["deal", "advance", "tokai-erp", "--force"], 2,
                "salesctl: --force needs --reason TEXT: say why the deal moves without the missing steps\n"
            ),
            (
                ["deal", "advance", "tokai-erp", "--to", "negotiation"], 2,
                "salesctl: unknown stage 'negotiation'\nhint: valid: discovery (発見), define (定義), decision (決定), delivery (デリバリー), maintenance (維持)\n"
            ),
            (
                ["deal", "advance", "tokai-erp", "--to", "決定"], 1,
                "salesctl: deal 'tokai-erp' is already in stage 'decision' (決定)\n"
            ),
            (
                ["deal", "advance", "pacific-scm"], 1,
                "salesctl: deal 'pacific-scm' is already in the last stage 'maintenance' (維持)\n"
            ),
            (
                ["deal", "advance", "minato-sfa", "--to", "delivery", "--force", "--reason", "x"], 1,
                "salesctl: deal 'minato-sfa' is lost; a closed deal cannot advance\n"
            ),
            (
                ["deal", "lose", "tokai-erp"], 2,
                "salesctl: 'deal lose' needs --reason CODE; valid: price (価格), competitor (競合に負けた), no-budget (予算なし), timing (時期が合わない), no-decision (意思決定されず), lost-contact (連絡が途絶えた)\n"
            ),
            (
                ["deal", "drop", "tokai-erp", "--reason", "vibes"], 2,
                "salesctl: unknown lost reason 'vibes'\nhint: valid: price (価格), competitor (競合に負けた), no-budget (予算なし), timing (時期が合わない), no-decision (意思決定されず), lost-contact (連絡が途絶えた)\n"
            ),
            (["deal", "lose", "minato-sfa", "--reason", "price"], 1, "salesctl: deal 'minato-sfa' is already lost\n"),
            (
                ["deal", "win", "minato-sfa"], 1,
                "salesctl: deal 'minato-sfa' is lost; reopen it first: salesctl deal reopen minato-sfa\n"
            ),
            (
                ["deal", "hold", "fuji-mes", "--reason", "timing"], 1,
                "salesctl: deal 'fuji-mes' is won; reopen it first: salesctl deal reopen fuji-mes\n"
            ),
            (["deal", "reopen", "tokai-erp"], 1, "salesctl: deal 'tokai-erp' is already open\n"),
            (
                ["deal", "win", "tokai-erp", "--reason", "price"], 2,
                "salesctl: unknown option '--reason'\nUsage: salesctl deal win "
            )
        ] as [([String], Int32, String)])
    func processErrorsTouchNothing(arguments: [String], status: Int32, message: String) throws {
        let result = try Harness.runRefused(arguments, in: try basic(), environment: Self.today)
        #expect(result.status == status)
        if message.hasSuffix("Usage: salesctl deal win ") {  // ArgumentParser's usage lines follow
            #expect(result.stderr.hasPrefix(message))
        } else {
            #expect(result.stderr == message)
        }
    }

    /// Hand-computed on examples/basic (today 2026-11-20): weighted = amount × stage probability / 100;
    /// tokai-erp 48,000,000 × 60% = 28,800,000; kansai-logi 22,000,000 × 30% = 6,600,000;
    /// nishinihon-cloud 15,600,000 × 90% = 14,040,000; hokuriku-ec 9,800,000 (after 'deal set')
    /// × 10% = 980,000; JPY total 95,400,000 → 50,420,000; pacific-scm is USD and stays apart.
    /// aoba-rpa is on hold, minato-sfa lost: not forecast. fuji-mes was won on 2026-09-25, before
    /// this quarter (2026-10-01): left out unless --from reaches back. tokai-erp's close moved to
    /// 2027-01-29, so it is no longer overdue. Evidence of tokai-erp (decision): 4 + 5 + 3 checked
    /// of 4 + 5 + 8 steps = 12/17.
    @Test func forecastOnBasic() throws {
        let dir = try basic()
        let table = try run(["forecast"], in: dir)
        #expect(table.status == 0, "\(table.stderr)")
        #expect(
            table.stdout == """
                month    id                customer                    owner      stage       close           amount  cur  prob    weighted  evidence
                2026-07  pacific-scm       株式会社パシフィック通商    高橋 由美  維持        2026-07-10      36,000  USD  100%      36,000     21/22  overdue
                2026-09  nishinihon-cloud  西日本建設株式会社          鈴木 大輔  デリバリー  2026-09-30  15,600,000  JPY   90%  14,040,000     18/20  overdue
                2027-01  kansai-logi       関西ロジスティクス株式会社  鈴木 大輔  定義        2027-01-29  22,000,000  JPY   30%   6,600,000       6/9
                2027-01  tokai-erp         東海精機株式会社            田中 美咲  決定        2027-01-29  48,000,000  JPY   60%  28,800,000     12/17
                -        hokuriku-ec       北陸フーズ株式会社          高橋 由美  発見                     9,800,000  JPY   10%     980,000       0/4

                month    cur  deals      amount    weighted
                2026-07  USD      1      36,000      36,000
                2026-09  JPY      1  15,600,000  14,040,000
                2027-01  JPY      2  70,000,000  35,400,000
                -        JPY      1   9,800,000     980,000
                total    JPY      4  95,400,000  50,420,000
                total    USD      1      36,000      36,000

                """)
        let json = try run(["forecast", "--by", "owner", "--format", "json"], in: dir)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        let totals = object["totals"] as! [[String: Any]]
        #expect(
            totals.map { "\($0["currency"]!) \($0["deals"]!) \($0["amount"]!) \($0["weighted"]!) \($0["won"]!)" }
                == ["JPY 4 95400000 50420000 0", "USD 1 36000 36000 0"])
        let groups = object["groups"] as! [[String: Any]]
        // 鈴木 大輔: 14,040,000 + 6,600,000; 高橋 由美: 980,000 (JPY) and 36,000 (USD).
        #expect(
            groups.map { "\($0["group"]!) \($0["currency"]!) \($0["weighted"]!)" }
                == ["田中 美咲 JPY 28800000", "鈴木 大輔 JPY 20640000", "高橋 由美 JPY 980000", "高橋 由美 USD 36000"])
        let deals = object["deals"] as! [[String: Any]]
        #expect(deals.first { $0["id"] as? String == "nishinihon-cloud" }?["overdue"] as? Bool == true)
        #expect(deals.first { $0["id"] as? String == "tokai-erp" }?["overdue"] as? Bool == false)

        let csv = try run(
            ["forecast", "--by", "quarter", "--from", "2026-10-01", "--to", "2027-03-31", "--format", "csv"], in: dir)
        #expect(
            csv.stdout == """
                group,id,title,customer,owner,stage,expected_close,amount,currency,probability,weighted,steps_done,steps_total,overdue,won
                2027-Q1,kansai-logi,倉庫管理システム(WMS)更新,関西ロジスティクス株式会社,鈴木 大輔,define,2027-01-29,22000000,JPY,30,6600000,6,9,false,
                2027-Q1,tokai-erp,基幹システム刷新,東海精機株式会社,田中 美咲,decision,2027-01-29,48000000,JPY,60,28800000,12,17,false,

                """)
        // From 2026-07-01 the win of fuji-mes (2026-09-25, 31,500,000) counts in 2026-Q3, at its
        // amount, apart from the weighted pipeline (Q3 JPY: nishinihon-cloud's 14,040,000 only).
        let withWon = try run(["forecast", "--by", "quarter", "--from", "2026-07-01", "--to", "2026-09-30"], in: dir)
        #expect(
            withWon.stdout.contains(
                "\n2026-Q3  fuji-mes          富士電子工業株式会社      田中 美咲  デリバリー  2026-09-25  31,500,000  JPY   won  31,500,000     17/20\n"
            ))
        #expect(
            withWon.stdout.hasSuffix(
                """
                quarter  cur  deals      amount    weighted  won  won amount
                2026-Q3  JPY      1  15,600,000  14,040,000    1  31,500,000
                2026-Q3  USD      1      36,000      36,000    0           0
                total    JPY      1  15,600,000  14,040,000    1  31,500,000
                total    USD      1      36,000      36,000    0           0

                """))

        // Checking a step raises the evidence; putting a deal on hold takes it out.
        try run(["deal", "step", "kansai-logi", "proposal"], in: dir)
        try run(["deal", "hold", "tokai-erp", "--reason", "timing"], in: dir)
        let after = try run(["forecast", "--format", "tsv", "--to", "2027-12-31"], in: dir)
        #expect(
            after.stdout.split(separator: "\n").map {
                $0.split(separator: "\t").prefix(2).joined(separator: " ") + " " + $0.split(separator: "\t")[11]
            }
                == [
                    "group id steps_done", "2026-07 pacific-scm 21", "2026-09 nishinihon-cloud 18",
                    "2027-01 kansai-logi 7"
                ])
    }

    @Test func lostOnBasic() throws {
        let dir = try basic()
        let table = try run(["lost"], in: dir)
        #expect(table.status == 0, "\(table.stderr)")
        // minato-sfa: created 2026-05-26, lost 2026-10-15: 5 + 30 + 31 + 31 + 30 + 15 = 142 days; 6 reports.
        #expect(
            table.stdout == """
                reason        cur  deals     amount  avg_days  contacts
                競合に負けた  JPY      1  9,800,000       142         6

                closed      id          customer            owner      status  stage  reason        days  contacts     amount  cur  note
                2026-10-15  minato-sfa  株式会社みなと商事  高橋 由美  lost    決定   競合に負けた   142         6  9,800,000  JPY  C社の低価格プランに決定。松井社長の意向が強かった

                """)
        // Dropping hokuriku-ec (created 2026-10-01, 2 reports so far) adds a group in 発見.
        let drop = try run(["deal", "drop", "hokuriku-ec", "--reason", "lost-contact", "--note", "3回連絡して返信なし"], in: dir)
        #expect(drop.status == 0, "\(drop.stderr)")
        let byStage = try run(["lost", "--by", "stage", "--format", "csv"], in: dir)
        let contacts = try run(["report", "list", "--deal", "hokuriku-ec", "-q"], in: dir).stdout.split(separator: "\n")
            .count
        #expect(
            byStage.stdout == """
                closed,id,customer,owner,status,stage,reason,days,contacts,amount,currency,note,reopened
                2026-10-15,minato-sfa,株式会社みなと商事,高橋 由美,lost,decision,competitor,142,6,9800000,JPY,C社の低価格プランに決定。松井社長の意向が強かった,
                2026-11-20,hokuriku-ec,北陸フーズ株式会社,高橋 由美,dropped,discovery,lost-contact,50,\(contacts),9800000,JPY,3回連絡して返信なし,

                """)
        // Reopened, minato-sfa still counts where it was lost (October), marked reopened.
        #expect(try run(["deal", "reopen", "minato-sfa", "--note", "C社の導入が頓挫"], in: dir).status == 0)
        let reopened = try run(["lost", "--since", "2026-10-01", "--format", "csv"], in: dir)
        #expect(reopened.stdout.split(separator: "\n")[1].hasSuffix(",C社の低価格プランに決定。松井社長の意向が強かった,2026-11-20"))
        #expect(try run(["lost"], in: dir).stdout.contains("lost (reopened 2026-11-20)"))
        let json = try run(["lost", "--by", "stage", "--since", "2026-11-01", "--format", "json"], in: dir)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        #expect(
            (object["groups"] as! [[String: Any]]).map { "\($0["group"]!) \($0["deals"]!) \($0["avg_days"]!)" } == [
                "discovery 1 50"
            ])
    }

    @Test(
        arguments: [
            (
                ["forecast", "--from", "2026-13-01"],
                "salesctl: invalid date '2026-13-01' for --from (expected YYYY-MM-DD)\n"
            ),
            (["forecast", "--by", "week"], "salesctl: the value 'week' is invalid for '--by <by>'"),
            (
                ["lost", "--since", "yesterday"],
                "salesctl: invalid date 'yesterday' for --since (expected YYYY-MM-DD)\n"
            ),
            (["lost", "--by", "customer"], "salesctl: the value 'customer' is invalid for '--by <by>'")
        ] as [([String], String)])
    func reportErrors(arguments: [String], message: String) throws {
        let dir = try basic()
        let result = try run(arguments, in: dir)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
    }

    @Test func helpShowsExamples() throws {
        for command in [
            ["deal", "step"], ["deal", "advance"], ["deal", "win"], ["deal", "lose"], ["deal", "drop"],
            ["deal", "hold"], ["deal", "reopen"], ["forecast"], ["lost"]
        ] {
            let help = try Harness.run(command + ["--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("Examples:"), "deal \(command)")
        }
    }
}
