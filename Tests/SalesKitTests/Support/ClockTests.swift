import Foundation
import Testing

@testable import SalesKit

/// SalesKit never reads the clock or the environment: today comes from what the caller passes.
@Suite struct ClockTests {
    // 2026-11-19 20:00 UTC is 2026-11-20 05:00 in Tokyo.
    let now = Date(timeIntervalSince1970: 1_795_118_400)

    @Test func theDayOfNowInTheTeamsTimeZone() throws {
        #expect(try Clock.today(override: nil, now: now, timeZone: "Asia/Tokyo") == CalendarDate("2026-11-20"))
        #expect(try Clock.today(override: nil, now: now, timeZone: "UTC") == CalendarDate("2026-11-19"))
    }

    @Test func anOverrideWins() throws {
        #expect(try Clock.today(override: "2026-01-02", now: now, timeZone: "UTC") == CalendarDate("2026-01-02"))
        #expect(try Clock.today(override: "", now: now, timeZone: "UTC") == CalendarDate("2026-11-19"))
        let error = try #require(throws: SalesError.self) {
            try Clock.today(override: "soon", now: now, timeZone: "UTC")
        }
        #expect(error.message == "salesctl: invalid date 'soon' for today (expected YYYY-MM-DD)")
        #expect(error.kind == .malformed)
    }

    @Test func aRangeCannotStartAfterItEnds() throws {
        let day = try #require(CalendarDate("2026-11-20"))
        try Clock.requireRange(since: day, until: day)
        try Clock.requireRange(since: day.adding(days: -6), until: day)
        let error = try #require(throws: SalesError.self) {
            try Clock.requireRange(since: day.adding(days: 1), until: day)
        }
        #expect(error.kind == .malformed)
        #expect(error.message == "salesctl: since 2026-11-21 is after until 2026-11-20")
        #expect(error.message(field: { "--" + $0 }) == "salesctl: --since 2026-11-21 is after --until 2026-11-20")
    }

    @Test func eventsCannotBeDatedAfterToday() throws {
        let today = try #require(CalendarDate("2026-11-20"))
        try Clock.requirePast(today, today: today)
        try Clock.requirePast(today.adding(days: -400), today: today)
        #expect(throws: SalesError.invalidArgument("report date 2026-11-21 is after today (2026-11-20)")) {
            try Clock.requirePast(today.adding(days: 1), today: today, what: .errWhatReportDate)
        }
    }
}
