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
        try Self.handEdited.write(toFile: path, atomically: true, encoding: .utf8)
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
            .replacingOccurrences(of: "  stage: discovery   # first contact\n", with: """
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
        let result = try run(["deal", "step", "hand", "予算を確認", "--note", "予算は山田部長に確認済", "--date", "2026-07-21",
                              "--author", "田中 美咲"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "hand: checked 予算を確認 — 予算は山田部長に確認済\n")
        let expected = Self.handEdited
            .replacingOccurrences(of: "        done: 2026-07-06\n", with: """
                        done: 2026-07-06
                    budget:
                      done: 2026-07-21
                      note: 予算は山田部長に確認済

                """)
            .replacingOccurrences(of: "  stage: discovery   # first contact\n", with: """
                  stage: discovery   # first contact
                - date: 2026-07-21
                  by: 田中 美咲
                  event: step
                  step: budget
                  note: 予算は山田部長に確認済

                """)
        #expect(try Harness.read(path) == expected)

        let undo = try run(["deal", "step", "hand", "budget", "--undo", "--note", "未確定だった", "--date", "2026-07-22"], in: dir)
        #expect(undo.status == 0, "\(undo.stderr)")
        #expect(undo.stdout == "hand: unchecked 予算を確認 — 未確定だった\n")
        let afterUndo = try Harness.read(path)
        #expect(!afterUndo.contains("    budget:\n"))
        #expect(afterUndo.hasSuffix("""
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
            .replacingOccurrences(of: "  stage: discovery   # first contact\n", with: """
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
        #expect(refused.stderr == """
            salesctl: deal 'kansai-logi' cannot move to 'decision' (決定): 3 steps are not checked: \
            schedule (開始・終了時期を確認), competitors (競合を確認), proposal (提案書と見積を準備)
            hint: check them with 'salesctl deal step kansai-logi STEP --note TEXT', or pass --force --reason TEXT

            """)
        #expect(try Harness.snapshot(dir) == before)

        let forced = try run(["deal", "advance", "kansai-logi", "--force", "--reason", "長谷川本部長が年内発注を明言"], in: dir)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stdout == "kansai-logi: stage 定義 → 決定 (forced: 長谷川本部長が年内発注を明言); missing: schedule, competitors, proposal\n")
        let file = try Harness.read(dir + "/deals/kansai-logi.yaml")
        #expect(file.contains("\nstage: decision\n"))
        #expect(file.hasSuffix("""
                note: 清水取締役が来社
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
        #expect(show.stdout.contains("2026-11-20 * stage 定義 → 決定 (forced: 長谷川本部長が年内発注を明言); missing: schedule, competitors, proposal  佐藤 健"))
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
        #expect(try run(["deal", "win", "tokai-erp", "--note", "注文書を受領"], in: dir).status == 0)
        let won = try run(["deal", "list", "--status", "won", "-q"], in: dir)
        #expect(won.stdout == "fuji-mes\ntokai-erp\n")
        // Closed deals do not advance; back to open, it may move back as a regression.
        let closed = try run(["deal", "advance", "tokai-erp"], in: dir)
        #expect(closed.status == 1)
        #expect(closed.stderr == "salesctl: deal 'tokai-erp' is won; a closed deal cannot advance\n")
        #expect(try run(["deal", "reopen", "tokai-erp", "--note", "契約が白紙に"], in: dir).status == 0)
        let back = try run(["deal", "advance", "tokai-erp", "--to", "定義", "--reason", "要件の見直し"], in: dir)
        #expect(back.stdout == "tokai-erp: stage 決定 → 定義 (back)\n")
        let file = try Harness.read(dir + "/deals/tokai-erp.yaml")
        #expect(file.hasSuffix("""
                event: status
                from: won
                to: open
                stage: decision
                note: 契約が白紙に
              - date: 2026-11-20
                by: 佐藤 健
                event: stage
                from: decision
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
        #expect(advance.stderr == "salesctl: deal 'kansai-logi' is on hold; reopen it first: salesctl deal reopen kansai-logi\n")
        #expect(try run(["deal", "reopen", "kansai-logi"], in: dir).stdout == "kansai-logi: status on-hold → open\n")
        #expect(try Harness.read(dir + "/deals/kansai-logi.yaml").contains("\nstatus: open\n"))
    }

    @Test(arguments: [
        (["deal", "step", "tokai-erp", "propos"], 2,
         "salesctl: unknown step 'propos'; valid in stage 'decision' (決定): explain, influencers, propose, why-needed, why-now, why-us, informal-order, contract\nhint: did you mean 'propose'?\n"),
        (["deal", "step", "tokai-erp", "budget"], 1,
         "salesctl: step 'budget' of deal 'tokai-erp' is already checked (2026-07-21)\nhint: to record it again, uncheck it first: salesctl deal step tokai-erp budget --undo --note TEXT\n"),
        (["deal", "step", "tokai-erp", "contract", "--undo"], 1, "salesctl: step 'contract' of deal 'tokai-erp' is not checked\n"),
        (["deal", "step", "tokai-erb", "plan"], 1, "salesctl: no deal 'tokai-erb'\nhint: did you mean 'tokai-erp'?\n"),
        (["deal", "step", "tokai-erp", "propose", "--date", "2026-11-31"], 2,
         "salesctl: invalid date '2026-11-31' for --date (expected YYYY-MM-DD)\n"),
        (["deal", "advance", "tokai-erp"], 1,
         "salesctl: deal 'tokai-erp' cannot move to 'delivery' (デリバリー): 5 steps are not checked: influencers (他の影響者の合意), propose (意思決定者に提案), why-us (なぜ当社か), informal-order (内示を受ける), contract (契約条件と金額に合意)\nhint: check them with 'salesctl deal step tokai-erp STEP --note TEXT', or pass --force --reason TEXT\n"),
        (["deal", "advance", "tokai-erp", "--force"], 2,
         "salesctl: --force needs --reason TEXT: say why the deal moves without the missing steps\n"),
        (["deal", "advance", "tokai-erp", "--to", "negotiation"], 2,
         "salesctl: unknown stage 'negotiation'; valid: discovery (発見), define (定義), decision (決定), delivery (デリバリー), maintenance (維持)\n"),
        (["deal", "advance", "tokai-erp", "--to", "決定"], 1, "salesctl: deal 'tokai-erp' is already in stage 'decision' (決定)\n"),
        (["deal", "advance", "pacific-scm"], 1, "salesctl: deal 'pacific-scm' is already in the last stage 'maintenance' (維持)\n"),
        (["deal", "advance", "minato-sfa", "--to", "delivery", "--force", "--reason", "x"], 1,
         "salesctl: deal 'minato-sfa' is lost; a closed deal cannot advance\n"),
        (["deal", "lose", "tokai-erp"], 2,
         "salesctl: 'deal lose' needs --reason CODE; valid: price (価格), competitor (競合に負けた), no-budget (予算なし), timing (時期が合わない), no-decision (意思決定されず), lost-contact (連絡が途絶えた)\n"),
        (["deal", "drop", "tokai-erp", "--reason", "vibes"], 2,
         "salesctl: unknown reason 'vibes'; valid: price (価格), competitor (競合に負けた), no-budget (予算なし), timing (時期が合わない), no-decision (意思決定されず), lost-contact (連絡が途絶えた)\n"),
        (["deal", "lose", "minato-sfa", "--reason", "price"], 1, "salesctl: deal 'minato-sfa' is already lost\n"),
        (["deal", "win", "minato-sfa"], 1, "salesctl: deal 'minato-sfa' is lost; reopen it first: salesctl deal reopen minato-sfa\n"),
        (["deal", "hold", "fuji-mes", "--reason", "timing"], 1, "salesctl: deal 'fuji-mes' is won; reopen it first: salesctl deal reopen fuji-mes\n"),
        (["deal", "reopen", "tokai-erp"], 1, "salesctl: deal 'tokai-erp' is already open\n"),
        (["deal", "win", "tokai-erp", "--reason", "price"], 2, "Error: Unknown option '--reason'\n"),
    ] as [([String], Int32, String)])
    func processErrorsTouchNothing(arguments: [String], status: Int32, message: String) throws {
        let dir = try basic()
        let before = try Harness.snapshot(dir)
        let result = try run(arguments, in: dir)
        #expect(result.status == status)
        #expect(result.stdout == "")
        if message.hasPrefix("Error:") {
            #expect(result.stderr.hasPrefix(message))
        } else {
            #expect(result.stderr == message)
        }
        #expect(try Harness.snapshot(dir) == before)
    }

    @Test func helpShowsExamples() throws {
        for command in ["step", "advance", "win", "lose", "drop", "hold", "reopen"] {
            let help = try Harness.run(["deal", command, "--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("Examples:"), "deal \(command)")
        }
    }
}
