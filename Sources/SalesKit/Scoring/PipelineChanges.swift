/// What moved in the pipeline between two dates, per deal, read from the deals' history events
/// (the weekly "what changed" view): new deals, stage advances and backward moves, wins,
/// losses, drops, reopenings and holds, amounts up or down, expected close dates slipped or
/// pulled in. A deal is listed when something moved within `since`...`until` (inclusive).
///
/// Changes come from events only: `created`, `stage`, `status` and `changed` (from `deal set`).
/// A hand edit with no event is not a move. Over the window, a deal's stage is compared from
/// the first move to the last (there and back again is no move); so are its amount and close.
public struct PipelineChanges: Sendable {
    public enum Change: String, Sendable, CaseIterable {
        case new, advanced, backward, won, lost, dropped, reopened
        case onHold = "on-hold"
        case amountUp = "amount-up"
        case amountDown = "amount-down"
        case closeSlipped = "close-slipped"
        case closePulledIn = "close-pulled-in"
    }

    public struct Line: Sendable, Equatable {
        public var deal: String
        public var title: String
        public var customer: String
        public var owner: String?
        public var changes: [Change]
        /// The stage before the first move and after the last (equal when it did not move).
        public var stageFrom: String
        public var stageTo: String
        /// The status before and after, when it changed.
        public var statusFrom: String?
        public var statusTo: String?
        /// The amount at the end of the window (the recorded one for a win), and before it
        /// changed (nil when it did not).
        public var amount: Int?
        public var amountFrom: Int?
        public var currency: String
        public var closeFrom: CalendarDate?
        public var closeTo: CalendarDate?

        public var amountChange: Int? {
            guard let amountFrom, changes.contains(.amountUp) || changes.contains(.amountDown) else { return nil }
            return (amount ?? 0) - amountFrom
        }

        /// Days the expected close moved (positive: later).
        public var closeDays: Int? {
            guard let closeFrom, let closeTo else { return nil }
            return closeTo.days(since: closeFrom)
        }
    }

    /// Per change and currency: how many deals, and their amounts (for amount-up and
    /// amount-down, the sum of the changes).
    public struct Total: Sendable, Equatable {
        public var change: Change
        public var currency: String
        public var deals: Int
        public var amount: Int
    }

    public var since: CalendarDate
    public var until: CalendarDate
    /// Deals in the order of their first change in the window, then by id.
    public var lines: [Line]
    /// In the order of `Change`, then by currency.
    public var totals: [Total]

    public static func build(deals: [Deal], config: Config, since: CalendarDate, until: CalendarDate) -> PipelineChanges
    {
        var dated: [(Int, Line)] = []
        for deal in deals {
            guard let (first, line) = changes(of: deal, config: config, since: since, until: until) else { continue }
            dated.append((first.dayNumber, line))
        }
        let lines = dated.sorted { ($0.0, $0.1.deal) < ($1.0, $1.1.deal) }.map(\.1)
        var totals: [Total] = []
        for change in Change.allCases {
            var sums: [String: Total] = [:]
            for line in lines where line.changes.contains(change) {
                let amount = change == .amountUp || change == .amountDown ? line.amountChange ?? 0 : line.amount ?? 0
                sums[line.currency, default: Total(change: change, currency: line.currency, deals: 0, amount: 0)]
                    .deals += 1
                sums[line.currency]!.amount += amount
            }
            totals += sums.values.sorted { $0.currency < $1.currency }
        }
        return PipelineChanges(since: since, until: until, lines: lines, totals: totals)
    }

    /// The deal's changes in the window and the date of the first, or nil when nothing moved.
    static func changes(of deal: Deal, config: Config, since: CalendarDate, until: CalendarDate) -> (
        CalendarDate, Line
    )? {
        let inWindow = deal.history.filter { $0.date >= since && $0.date <= until }
        guard
            let firstDate = inWindow.first(where: { ["created", "stage", "status", "changed"].contains($0.kind) })?.date
        else { return nil }
        var changes: [Change] = []
        if inWindow.contains(where: { $0.kind == "created" }) { changes.append(.new) }

        // Stage: from the first move (or the stage it was created in) to the last.
        let moves = inWindow.filter { $0.kind == "stage" }
        let created = inWindow.first { $0.kind == "created" }?["stage"]
        let stageTo = moves.last?["to"] ?? stageAt(deal, after: until)
        let stageFrom = created ?? moves.first?["from"] ?? stageTo
        if let a = config.stageIndex(stageFrom), let b = config.stageIndex(stageTo), a != b {
            changes.append(a < b ? .advanced : .backward)
        }

        // Status: the last change in the window, unless it came back to where it started.
        let statuses = inWindow.filter { $0.kind == "status" }
        let statusFrom = statuses.first?["from"]
        let statusTo = statuses.last?["to"]
        if let statusTo, statusTo != statusFrom {
            switch Deal.Status(rawValue: statusTo) {
            case .won: changes.append(.won)
            case .lost: changes.append(.lost)
            case .dropped: changes.append(.dropped)
            case .onHold: changes.append(.onHold)
            case .open: changes.append(.reopened)
            case nil: break
            }
        }

        // Amount and close date: the value before the first `changed` event and after the last.
        let edits = inWindow.filter { $0.kind == "changed" }
        let amount = amountAt(deal, until: until)
        var amountFrom: Int?
        if let was = edits.first(where: { $0["amount"] != nil }), let after = amount {
            let before = was["amount_was"].flatMap { Int($0) } ?? 0
            if after != before {
                amountFrom = before
                changes.append(after > before ? .amountUp : .amountDown)
            }
        }
        var closeFrom: CalendarDate?
        var closeTo: CalendarDate?
        let closeEdits = edits.filter { $0["expected_close"] != nil || $0["expected_close_was"] != nil }
        if let was = closeEdits.first?["expected_close_was"].flatMap({ CalendarDate($0) }),
            let now = closeEdits.last?["expected_close"].flatMap({ CalendarDate($0) }), was != now
        {
            (closeFrom, closeTo) = (was, now)
            changes.append(now > was ? .closeSlipped : .closePulledIn)
        }
        guard !changes.isEmpty else { return nil }
        // A win counts at the amount it recorded, unless the amount was edited in the window too.
        let recorded = changes.contains(.won) && amountFrom == nil ? statuses.last?["amount"].flatMap { Int($0) } : nil
        return (
            firstDate,
            line(
                deal, config, changes, stageFrom, stageTo, statusFrom, statusTo, recorded ?? amount,
                amountFrom, closeFrom, closeTo)
        )
    }

    private static func line(
        _ deal: Deal, _ config: Config, _ changes: [Change], _ stageFrom: String, _ stageTo: String,
        _ statusFrom: String?, _ statusTo: String?, _ amount: Int?, _ amountFrom: Int?,
        _ closeFrom: CalendarDate?, _ closeTo: CalendarDate?
    ) -> Line {
        let moved = statusTo != nil && statusTo != statusFrom
        return Line(
            deal: deal.id, title: deal.title, customer: deal.customer, owner: deal.owner, changes: changes,
            stageFrom: stageFrom, stageTo: stageTo, statusFrom: moved ? statusFrom : nil,
            statusTo: moved ? statusTo : nil,
            amount: amount, amountFrom: amountFrom, currency: deal.currency ?? config.currency,
            closeFrom: closeFrom, closeTo: closeTo)
    }

    /// The stage at the end of `until`: the `from` of the first move after it, else the current stage.
    static func stageAt(_ deal: Deal, after until: CalendarDate) -> String {
        deal.history.first { $0.kind == "stage" && $0.date > until }?["from"] ?? deal.stage
    }

    /// The amount at the end of `until`: the `amount_was` of the first edit after it, else the current amount.
    static func amountAt(_ deal: Deal, until: CalendarDate) -> Int? {
        if let later = deal.history.first(where: { $0.kind == "changed" && $0.date > until && $0["amount"] != nil }) {
            return later["amount_was"].flatMap { Int($0) }
        }
        return deal.amount
    }
}
