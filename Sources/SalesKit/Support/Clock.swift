import Foundation

/// Today's calendar date: `--today`, else `SALESCTL_TODAY`, else the system clock in the team's
/// time zone. Scoring code takes the date as a parameter and never calls this.
public enum Clock {
    public static func today(override: String?, timezone: String) throws -> CalendarDate {
        if let text = override ?? FileSystem.environment("SALESCTL_TODAY"), !text.isEmpty {
            guard let date = CalendarDate(text) else {
                throw SalesError.invalidArgument("invalid date \(quoted(text)) for --today (expected YYYY-MM-DD)")
            }
            return date
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: timezone) ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)
    }
}
