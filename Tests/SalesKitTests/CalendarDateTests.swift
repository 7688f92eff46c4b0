import Testing

@testable import SalesKit

@Suite struct CalendarDateTests {
    @Test(arguments: ["2026-11-20", "2024-02-29", "2000-02-29", "1999-12-31"])
    func parsesRealDays(_ text: String) throws {
        let date = try #require(CalendarDate(text))
        #expect(date.description == text)
        #expect(CalendarDate(dayNumber: date.dayNumber) == date)
    }

    @Test(arguments: [
        "2026-13-45", "2026-02-29", "2023-02-29", "1900-02-29", "2026-1-01", "20261120", "", "2026-11-20 ", "２０２６-11-20"
    ])
    func refusesOthers(_ text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test func arithmetic() throws {
        let a = try #require(CalendarDate("2026-11-20"))
        #expect(a.adding(days: 11).description == "2026-12-01")
        #expect(a.days(since: try #require(CalendarDate("2026-10-21"))) == 30)
        #expect(a.weekdayIndex == 4)  // a Friday
        #expect(a.startOfWeek.description == "2026-11-16")
        #expect(CalendarDate(dayNumber: 0).description == "1970-01-01")
    }
}
