import Testing

@testable import SalesKit

/// `DealProcess`: steps, the stage gate and status changes, as edits of deal-file bytes.
@Suite struct DealProcessTests {
    let config = Config.defaults
    let day = CalendarDate("2026-11-20")!

    func document(_ text: String, id: String = "acme") throws -> Store.DealDocument {
        let bytes = Array(text.utf8)
        let node = try bytes.withUnsafeBytes { try YAMLReader.parse($0, path: "deals/\(id).yaml") }
        return Store.DealDocument(
            path: "deals/\(id).yaml", bytes: bytes, root: node!.mapping!,
            deal: try Deal.parse(node, id: id, path: "deals/\(id).yaml"))
    }

    func text(_ change: DealProcess.Change) -> String { String(decoding: change.bytes, as: UTF8.self) }

    static let minimal = """
        title: t
        customer: c
        stage: discovery
        created: 2026-11-01
        history:
          - date: 2026-11-01
            event: created
        """

    @Test func stepCreatesTheChecklistBeforeHistoryInAFileWithoutFinalNewline() throws {
        let change = try DealProcess.step(
            try document(Self.minimal), name: "計画の理由を確認", undo: false, note: "保守終了",
            date: day, by: "佐藤 健", config: config)
        #expect(
            text(change) == """
                title: t
                customer: c
                stage: discovery
                created: 2026-11-01
                checklist:
                  reason:
                    done: 2026-11-20
                    note: 保守終了
                history:
                  - date: 2026-11-01
                    event: created
                  - date: 2026-11-20
                    by: 佐藤 健
                    event: step
                    step: reason
                    note: 保守終了

                """)
    }

    @Test func stepWithAnEmptyHistoryKeepsTheOrderOfInsertions() throws {
        let doc = try document("title: t\ncustomer: c\nstage: discovery\ncreated: 2026-11-01\nhistory:\n")
        let change = try DealProcess.step(doc, name: "plan", undo: false, note: nil, date: day, by: nil, config: config)
        #expect(
            text(change) == """
                title: t
                customer: c
                stage: discovery
                created: 2026-11-01
                checklist:
                  plan:
                    done: 2026-11-20
                history:
                  - date: 2026-11-20
                    event: step
                    step: plan

                """)
    }

    @Test func stepIntoAFlowChecklistAndUndo() throws {
        let doc = try document(
            "title: t\ncustomer: c\nstage: define\ncreated: 2026-11-01\nchecklist: {plan: 2026-11-02}\nhistory: []\n")
        let checked = try DealProcess.step(
            doc, name: "budget", undo: false, note: "no", date: day, by: nil, config: config)
        #expect(
            text(checked).contains(
                "checklist:\n  plan:\n    done: 2026-11-02\n  budget:\n    done: 2026-11-20\n    note: \"no\"\n"))
        let undone = try DealProcess.step(
            try document(text(checked)), name: "budget", undo: true, note: nil, date: day,
            by: nil, config: config)
        #expect(text(undone).contains("checklist:\n  plan:\n    done: 2026-11-02\nhistory:\n"))
        #expect(undone.event.fields.map(\.0) == ["step", "undo"])
        let again = try DealProcess.step(
            try document(text(undone)), name: "plan", undo: true, note: nil, date: day,
            by: nil, config: config)
        #expect(text(again).contains("checklist:\nhistory:\n"))
        #expect(try document(text(again)).deal.checklist.isEmpty)
    }

    @Test func stepErrors() throws {
        let doc = try document(Self.minimal + "\nchecklist:\n  plan: 2026-11-02\n")
        #expect(
            throws: SalesError.unknownEntry(
                UnknownEntry(
                    .step, typed: "plna", candidates: config.stages.flatMap(\.steps),
                    valid: config.stages[0].steps, scope: ConfigEntry(id: "discovery", label: "発見")))
        ) {
            try DealProcess.step(doc, name: "plna", undo: false, note: nil, date: day, by: nil, config: config)
        }
        expectError(
            .refused,
            "step 'plan' of deal 'acme' is already checked (2026-11-02)\nhint: to record it again, uncheck it first: salesctl deal step acme plan --undo --note TEXT"
        ) {
            try DealProcess.step(doc, name: "plan", undo: false, note: nil, date: day, by: nil, config: config)
        }
        expectError(.refused, "step 'reason' of deal 'acme' is not checked") {
            try DealProcess.step(doc, name: "reason", undo: true, note: nil, date: day, by: nil, config: config)
        }
    }

    @Test func findStepPrefersTheDealsStage() {
        var custom = config
        custom.stages[0].steps.append(Config.Step(id: "budget", label: "予算感を聞く"))
        #expect(DealProcess.findStep("budget", stage: "define", config: custom)?.label == "予算を確認")
        #expect(DealProcess.findStep("budget", stage: "discovery", config: custom)?.label == "予算感を聞く")
        #expect(DealProcess.findStep("予算を確認", stage: "discovery", config: custom)?.id == "budget")
        #expect(DealProcess.findStep("nope", stage: "discovery", config: custom) == nil)
    }

    @Test func theGateCountsEveryStageBeforeTheTarget() throws {
        let doc = try document(
            Self.minimal.replacingOccurrences(of: "stage: discovery", with: "stage: define")
                + "\nchecklist:\n  plan: 2026-11-02\n  reason: 2026-11-02\n")
        expectError(
            .refused,
            "deal 'acme' cannot move to 'decision' (決定): 7 steps are not checked: schedule (開始・終了時期を確認), competitors (競合を確認), budget (予算を確認), decision-process (決裁プロセスを確認), key-person (キーパーソンに接触), feasibility (技術的な実現性を確認), proposal (提案書と見積を準備)\nhint: check them with 'salesctl deal step acme STEP --note TEXT', or pass --force --reason TEXT"
        ) {
            try DealProcess.advance(
                doc, to: nil, force: false, reason: nil, note: nil, date: day, by: nil, config: config)
        }
        let forced = try DealProcess.advance(
            doc, to: "決定", force: true, reason: "社長が即決", note: "異例", date: day,
            by: nil, config: config)
        #expect(forced.event.fields.map(\.0) == ["from", "to", "forced", "reason", "missing", "note"])
        #expect(
            forced.event["missing"]
                == "schedule, competitors, budget, decision-process, key-person, feasibility, proposal")
        #expect(text(forced).contains("stage: decision\n"))
        let back = try DealProcess.advance(
            doc, to: "discovery", force: false, reason: "要件の白紙化", note: nil, date: day,
            by: nil, config: config)
        #expect(
            back.event.fields.map { "\($0.0)=\($0.1)" } == [
                "from=define", "to=discovery", "reason=要件の白紙化", "regression=true"
            ])
    }

    @Test func advanceErrors() throws {
        let open = try document(Self.minimal)
        expectError(.invalidArgument, "--force needs --reason TEXT: say why the deal moves without the missing steps") {
            try DealProcess.advance(
                open, to: nil, force: true, reason: " ", note: nil, date: day, by: nil, config: config)
        }
        expectError(.refused, "deal 'acme' is already in stage 'discovery' (発見)") {
            try DealProcess.advance(
                open, to: "発見", force: false, reason: nil, note: nil, date: day, by: nil, config: config)
        }
        let last = try document(Self.minimal.replacingOccurrences(of: "stage: discovery", with: "stage: maintenance"))
        expectError(.refused, "deal 'acme' is already in the last stage 'maintenance' (維持)") {
            try DealProcess.advance(
                last, to: nil, force: false, reason: nil, note: nil, date: day, by: nil, config: config)
        }
        let won = try document(
            Self.minimal.replacingOccurrences(of: "stage: discovery", with: "stage: discovery\nstatus: won"))
        expectError(.refused, "deal 'acme' is won; a closed deal cannot advance") {
            try DealProcess.advance(
                won, to: nil, force: false, reason: nil, note: nil, date: day, by: nil, config: config)
        }
    }

    @Test func statusChanges() throws {
        let doc = try document(Self.minimal)
        let lost = try DealProcess.setStatus(
            doc, action: .lose, reason: "競合に負けた", note: "C社に決定", date: day,
            by: "佐藤 健", config: config)
        // No `status:` line yet: it goes right after `stage:`.
        #expect(text(lost).hasPrefix("title: t\ncustomer: c\nstage: discovery\nstatus: lost\ncreated: 2026-11-01\n"))
        #expect(
            lost.event.fields.map { "\($0.0)=\($0.1)" } == [
                "from=open", "to=lost", "stage=discovery", "reason=competitor", "note=C社に決定"
            ])
        let reopened = try DealProcess.setStatus(
            try document(text(lost)), action: .reopen, reason: nil, note: nil, date: day,
            by: nil, config: config)
        #expect(text(reopened).contains("status: open\n"))

        expectError(
            .invalidArgument,
            "'deal drop' needs --reason CODE; valid: price (価格), competitor (競合に負けた), no-budget (予算なし), timing (時期が合わない), no-decision (意思決定されず), lost-contact (連絡が途絶えた)"
        ) {
            try DealProcess.setStatus(doc, action: .drop, reason: nil, note: nil, date: day, by: nil, config: config)
        }
        #expect(throws: SalesError.unknownEntry(UnknownEntry(.reason, typed: "vibes", candidates: config.lostReasons)))
        {
            try DealProcess.setStatus(
                doc, action: .hold, reason: "vibes", note: nil, date: day, by: nil, config: config)
        }
        expectError(.invalidArgument, "--reason is for lose, drop and hold; use --note to say why") {
            try DealProcess.setStatus(doc, action: .win, reason: "price", note: nil, date: day, by: nil, config: config)
        }
        expectError(.refused, "deal 'acme' is already open") {
            try DealProcess.setStatus(doc, action: .reopen, reason: nil, note: nil, date: day, by: nil, config: config)
        }
        let closed = try document(text(lost))
        expectError(.refused, "deal 'acme' is lost; reopen it first: salesctl deal reopen acme") {
            try DealProcess.setStatus(closed, action: .win, reason: nil, note: nil, date: day, by: nil, config: config)
        }
    }
}

/// `check` rules for the sales process: unknown steps, stages, reasons and statuses in deal files.
@Suite struct ProcessCheckTests {
    @Test func unknownStepsReasonsStagesAndStatusesAreFound() throws {
        let text = """
            title: t
            customer: c
            stage: define
            created: 2026-11-01
            checklist:
              bugdet: 2026-11-02
            history:
              - date: 2026-11-02
                event: step
                step: bugdet
              - date: 2026-11-03
                event: stage
                from: discovery
                to: define
                forced: true
                reason: 即決
                missing: plan, scedule
              - date: 2026-11-04
                event: status
                from: open
                to: closed
                stage: negotiation
                reason: vibes

            """
        let node = try Array(text.utf8).withUnsafeBytes { try YAMLReader.parse($0, path: "deals/x.yaml") }
        let deal = try Deal.parse(node, id: "x", path: "deals/x.yaml")
        let findings = StoreCheck.dealFindings(deal, config: .defaults).map {
            "\($0.line ?? 0) \($0.code) \($0.message)"
        }
        #expect(
            findings == [
                "6 unknown-step checklist step 'bugdet' is not a step of any stage in salesctl.yaml",
                "8 unknown-step history: step 'bugdet' is not a step of any stage in salesctl.yaml",
                "11 unknown-step history: missing step 'scedule' is not a step of any stage in salesctl.yaml",
                "18 unknown-stage history: stage 'negotiation' is not in salesctl.yaml (stages: discovery, define, decision, delivery, maintenance)",
                "18 bad-value history: status 'closed'; valid: open, won, lost, dropped, on-hold",
                "18 unknown-reason history: reason 'vibes' is not in salesctl.yaml (lost_reasons: price, competitor, no-budget, timing, no-decision, lost-contact)"
            ])
    }
}

/// Expects `body` to throw a SalesError of `kind` whose message, with values named as the
/// command line's flags, is `message` (SalesKit itself names no flag).
func expectError(
    _ kind: ExpectedErrorKind, _ message: String, sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () throws -> Any
) {
    do {
        _ = try body()
        Issue.record("no error thrown; expected \(message)", sourceLocation: sourceLocation)
    } catch let error as SalesError {
        #expect(error.message(field: { "--" + $0 }) == "salesctl: " + message, sourceLocation: sourceLocation)
        switch (kind, error) {
        case (.invalidArgument, .invalidArgument), (.refused, .refused): break
        default: Issue.record("expected \(kind), got \(error)", sourceLocation: sourceLocation)
        }
    } catch {
        Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
    }
}

enum ExpectedErrorKind { case invalidArgument, refused }
