/// The rep's morning list (`agenda`): open next actions and open homework falling due, per
/// member, oldest first. Pure: a function of the deals, their homework and `today`.
public struct AgendaItem: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case next, homework
    }

    /// Who does it: the next action's assignee (else the deal's owner); the homework's assignee
    /// (else the author of the report that recorded it).
    public var member: String
    public var due: CalendarDate
    public var kind: Kind
    public var deal: String
    public var dealTitle: String
    public var text: String
    /// The homework reference, for `homework done`.
    public var ref: String?

    /// Days past due (positive) or days left (negative) as of `today`.
    public func daysLate(today: CalendarDate) -> Int { today.dayNumber - due.dayNumber }
}

public enum Agenda {
    public static let defaultDays = 7

    /// Open deals, and won ones (they still have deliveries to make), have items on the agenda.
    static func hasItems(_ deal: Deal) -> Bool { deal.status == .open || deal.status == .won }

    /// The ids of the deals whose reports' homework can be on the agenda: read only theirs.
    public static func dealsWithItems(_ deals: [Deal]) -> Set<String> { Set(deals.filter(hasItems).map(\.id)) }

    /// Items due on or before `today + days` (with `overdueOnly`, before `today`), of deals that
    /// are open or won (won deals still have deliveries to make), for `member` when given (the
    /// name as the store writes it; resolve what was typed with NameMatch first). Sorted by
    /// member, then due date, deal and kind.
    public static func build(
        deals: [Deal], homework: [HomeworkItem], today: CalendarDate, days: Int = defaultDays,
        overdueOnly: Bool = false, member: String? = nil
    ) -> [AgendaItem] {
        let horizon = overdueOnly ? today.adding(days: -1) : today.adding(days: days)
        let active = deals.filter(hasItems)
        let byID = Dictionary(active.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var items: [AgendaItem] = []
        for deal in active {
            guard let action = NextAction.current(of: deal, asOf: today), action.due <= horizon else { continue }
            items.append(
                AgendaItem(
                    member: action.who(in: deal) ?? "-", due: action.due, kind: .next, deal: deal.id,
                    dealTitle: deal.title, text: action.text, ref: nil))
        }
        for item in homework where item.done == nil {
            guard let due = item.due, due <= horizon, let deal = byID[item.deal] else { continue }
            items.append(
                AgendaItem(
                    member: item.assignee ?? item.givenTo ?? deal.owner ?? "-", due: due, kind: .homework,
                    deal: deal.id, dealTitle: deal.title, text: item.text, ref: item.ref))
        }
        if let member {
            items = items.filter { NameMatch.sameName($0.member, member) }
        }
        // Sorted as indices: swapping the items themselves cost more than building them.
        let order = items.indices.sorted { a, b in
            if items[a].member != items[b].member { return items[a].member < items[b].member }
            if items[a].due != items[b].due { return items[a].due < items[b].due }
            if items[a].deal != items[b].deal { return items[a].deal < items[b].deal }
            if items[a].kind != items[b].kind { return items[a].kind.rawValue < items[b].kind.rawValue }
            return items[a].text < items[b].text
        }
        return order.map { items[$0] }
    }
}
