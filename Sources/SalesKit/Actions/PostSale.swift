/// Life after the win (seed 004's デリバリー and 維持): with `won_at` in salesctl.yaml, the stages
/// from it on are post-sale. A deal enters them once won, and a won deal moves only through
/// them; `deal win` records the win (date, amount, note) as before.
public enum PostSale {
    /// Refuses a stage move that crosses the line between selling and delivering the wrong way.
    /// An open deal already in a post-sale stage (recorded before `won_at` was set) may still
    /// move among them.
    static func checkMove(_ deal: Deal, from current: Int, to target: Int, config: Config) throws {
        guard let wonAt = config.wonAt, let start = config.stageIndex(wonAt) else { return }
        let first = config.stages[start]
        if deal.status == .open && current < start && target >= start {
            throw SalesError.refused(
                ErrorText(
                    .errOpenPostSale, quoted(deal.id), quoted(first.id), first.label, deal.id, ErrorText.field("note")))
        }
        if deal.status == .won && target < start {
            let list = config.stages[start...].map { "\($0.id) (\($0.label))" }.joined(separator: ", ")
            throw SalesError.refused(ErrorText(.errWonPostSale, quoted(deal.id), list))
        }
    }
}
