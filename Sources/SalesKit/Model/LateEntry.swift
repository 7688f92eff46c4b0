/// Late entries (issue 19): a fact entered on a later day than it happened — a visit of 11-26
/// logged on 12-02, a step checked with `--date` — records the day it was entered as
/// `logged: YYYY-MM-DD`, written only when it differs from `date`. Lists of what is new
/// (`feed --since`, `report list --since`) read both dates, so a back-dated entry is never
/// hidden before the window it was entered in.
extension Deal.Event {
    /// The day the event was entered, when it is later than its date.
    public var logged: CalendarDate? { self["logged"].flatMap(CalendarDate.init) }

    /// The event with `logged: today` added when `today` is later than its date.
    public func logged(on today: CalendarDate?) -> Deal.Event {
        guard let today, today > date, self["logged"] == nil else { return self }
        var event = self
        event.fields.append(("logged", today.description))
        return event
    }

    /// The fields people read: without `logged`, which lists show apart.
    public var describedFields: [(String, String)] { fields.filter { $0.0 != "logged" } }
}

/// Whether an entry with a contact `date` and an optional `logged` date belongs to the window
/// `since...until`: either date may fall in it.
public func isInWindow(date: CalendarDate, logged: CalendarDate?, since: CalendarDate?, until: CalendarDate?) -> Bool {
    func inside(_ day: CalendarDate) -> Bool { (since.map { day >= $0 } ?? true) && (until.map { day <= $0 } ?? true) }
    return inside(date) || logged.map(inside) == true
}
