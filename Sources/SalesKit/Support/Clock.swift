import Foundation

/// Today's calendar date in the team's time zone. SalesKit never reads the clock or the
/// environment: the caller passes the instant (`now`) and any override it was given
/// (`--today`, `SALESCTL_TODAY`), and scoring code takes the resulting date as a parameter.
public enum Clock {
    public static func today(override: String?, now: Date, timeZone: String) throws -> CalendarDate {
        if let text = override, !text.isEmpty {
            guard let date = CodeInput.date(text) else {
                throw SalesError.invalidArgument(ErrorText(.errBadDateFor, quoted(text), ErrorText.field("today")))
            }
            return date
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: timeZone) ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    /// The one rule for a range of days given by its ends (both included): it cannot start
    /// after it ends.
    public static func requireRange(since: CalendarDate, until: CalendarDate) throws {
        guard since <= until else {
            throw SalesError.invalidArgument(
                ErrorText(.useAfter, ErrorText.field("since"), since, ErrorText.field("until"), until))
        }
    }

    /// The one rule for the date of something that happened (a contact, a step, a judgement):
    /// it cannot be after today. `what` names it in the error ("date", "report date").
    public static func requirePast(_ date: CalendarDate, today: CalendarDate, what: Message = .errWhatDate) throws {
        if date > today {
            throw SalesError.invalidArgument(ErrorText(.errAfterToday, what, date, today))
        }
    }
}
