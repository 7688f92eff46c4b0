import Testing

@testable import SalesKit

/// What moved between two dates, from history events, checked by hand.
@Suite struct PipelineChangesTests {
    let config = Config.defaults
    let since = CalendarDate("2026-11-01")!, until = CalendarDate("2026-11-30")!

    func e(_ date: String, _ kind: String, _ fields: [(String, String)] = []) -> Deal.Event {
        Deal.Event(date: CalendarDate(date)!, by: "x", kind: kind, fields: fields)
    }

    func deal(
        _ id: String, stage: String = "define", status: Deal.Status = .open, amount: Int? = 1_000,
        currency: String? = nil, _ history: [Deal.Event]
    ) -> Deal {
        Deal(
            id: id, title: id, customer: "c", owner: "A", stage: stage, status: status, amount: amount,
            currency: currency,
            created: CalendarDate("2026-06-01")!, history: history)
    }

    @Test func eachKindOfMove() {
        let deals = [
            // Created in the window and moved on: new and advanced.
            deal(
                "a",
                [
                    e("2026-11-02", "created", [("stage", "discovery")]),
                    e("2026-11-10", "stage", [("from", "discovery"), ("to", "define")])
                ]),
            // There and back again: no move, not listed.
            deal(
                "b",
                [
                    e("2026-11-03", "stage", [("from", "define"), ("to", "decision")]),
                    e("2026-11-04", "stage", [("from", "decision"), ("to", "define")])
                ]),
            // Backward, and a later move after the window does not count: the stage at the end is define.
            deal(
                "c", stage: "decision",
                [
                    e("2026-11-05", "stage", [("from", "decision"), ("to", "define")]),
                    e("2026-12-05", "stage", [("from", "define"), ("to", "decision")])
                ]),
            // Won at the amount the win recorded (the deal now says 9,000).
            deal(
                "d", stage: "decision", status: .won, amount: 9_000,
                [e("2026-11-06", "status", [("from", "open"), ("to", "won"), ("amount", "8000")])]),
            // Resized twice in the window (1,000 → 1,500 → 1,200: up 200), then again after it (1,200 → 9,999).
            deal(
                "f", amount: 9_999,
                [
                    e("2026-11-07", "changed", [("amount", "1500"), ("amount_was", "1000")]),
                    e("2026-11-08", "changed", [("amount", "1200"), ("amount_was", "1500")]),
                    e("2026-12-01", "changed", [("amount", "9999"), ("amount_was", "1200")])
                ]),
            // Close pulled in by 10 days; lost and reopened in the window is a status there and back.
            deal(
                "g",
                [
                    e(
                        "2026-11-09", "changed",
                        [("expected_close", "2026-12-21"), ("expected_close_was", "2026-12-31")]),
                    e("2026-11-10", "status", [("from", "open"), ("to", "lost")]),
                    e("2026-11-11", "status", [("from", "lost"), ("to", "open")])
                ]),
            // Before the window only.
            deal("h", [e("2026-10-31", "stage", [("from", "discovery"), ("to", "define")])]),
            // Reopened in the window, in USD.
            deal("i", currency: "USD", [e("2026-11-12", "status", [("from", "lost"), ("to", "open")])])
        ]
        let p = PipelineChanges.build(deals: deals, config: config, since: since, until: until)
        #expect(p.lines.map(\.deal) == ["a", "c", "d", "f", "g", "i"])
        #expect(
            p.lines.map { $0.changes.map(\.rawValue) } == [
                ["new", "advanced"], ["backward"], ["won"], ["amount-up"],
                ["close-pulled-in"], ["reopened"]
            ])
        #expect((p.lines[1].stageFrom, p.lines[1].stageTo) == ("decision", "define"))
        #expect(p.lines[2].amount == 8_000 && p.lines[2].statusFrom == "open" && p.lines[2].statusTo == "won")
        #expect((p.lines[3].amountFrom, p.lines[3].amount, p.lines[3].amountChange) == (1_000, 1_200, 200))
        #expect(p.lines[4].closeDays == -10 && p.lines[4].statusTo == nil)
        #expect(
            p.totals == [
                .init(change: .new, currency: "JPY", deals: 1, amount: 1_000),
                .init(change: .advanced, currency: "JPY", deals: 1, amount: 1_000),
                .init(change: .backward, currency: "JPY", deals: 1, amount: 1_000),
                .init(change: .won, currency: "JPY", deals: 1, amount: 8_000),
                .init(change: .reopened, currency: "USD", deals: 1, amount: 1_000),
                .init(change: .amountUp, currency: "JPY", deals: 1, amount: 200),
                .init(change: .closePulledIn, currency: "JPY", deals: 1, amount: 1_000)
            ])
    }
}
