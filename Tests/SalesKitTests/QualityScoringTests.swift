import Testing

@testable import SalesKit

/// Quality score and check rules on in-memory deals, with hand-computed numbers.
@Suite struct QualityScoringTests {
    let today = CalendarDate("2026-11-20")!

    func config(_ indicators: [(String, Int, QualityAnswer)]) -> Config {
        var c = Config.defaults
        c.indicators = indicators.map {
            Config.Indicator(id: $0.0, label: $0.0.uppercased(), question: "?", weight: $0.1, good: $0.2)
        }
        return c
    }

    func deal(_ events: [(String, String, String)]) -> Deal {
        Deal(
            id: "acme", title: "t", customer: "c", stage: "define", created: CalendarDate("2026-01-05")!,
            history: events.map {
                Deal.Event(
                    date: CalendarDate($0.0)!, by: "佐藤 健", kind: "quality",
                    fields: [("indicator", $0.1), ("value", $0.2)])
            })
    }

    @Test func weightedShareOfGoodAnswers() {
        // a weighs 2 (good: yes), b 1 (good: no), c 1 (good: yes): total weight 4.
        let c = config([("a", 2, .yes), ("b", 1, .no), ("c", 1, .yes)])
        let s1 = Quality.states(
            of: deal([("2026-11-01", "a", "yes"), ("2026-11-01", "b", "yes")]), config: c, today: today)
        #expect(Quality.score(s1) == 50)  // a good (2) of 4; b bad; c unanswered
        let s2 = Quality.states(
            of: deal([("2026-11-01", "a", "yes"), ("2026-11-01", "b", "no"), ("2026-11-01", "c", "unknown")]),
            config: c, today: today)
        #expect(Quality.score(s2) == 75)  // a 2 + b 1 of 4; unknown is not good
        #expect(s2.map(\.standing) == [.good, .good, .unknown])
    }

    @Test func roundingIsHalfUp() {
        let thirds = config([("a", 1, .yes), ("b", 1, .yes), ("c", 1, .yes)])
        #expect(
            Quality.score(Quality.states(of: deal([("2026-11-01", "a", "yes")]), config: thirds, today: today)) == 33)
        #expect(
            Quality.score(
                Quality.states(
                    of: deal([("2026-11-01", "a", "yes"), ("2026-11-01", "b", "yes")]),
                    config: thirds, today: today)) == 67)
        let eighths = config([("a", 1, .yes), ("b", 7, .yes)])
        #expect(
            Quality.score(Quality.states(of: deal([("2026-11-01", "a", "yes")]), config: eighths, today: today)) == 13)  // 12.5
        #expect(Quality.score(Quality.states(of: deal([]), config: config([]), today: today)) == nil)
    }

    @Test func latestJudgementWinsAndTodayDecides() {
        let c = config([("a", 1, .yes)])
        let d = deal([("2026-10-01", "a", "yes"), ("2026-11-10", "a", "no"), ("2026-11-25", "a", "yes")])
        let s = Quality.states(of: d, config: c, today: today)
        #expect(s[0].current?.value == .no)
        #expect(s[0].history.map(\.value) == [.yes, .no])
        #expect(Quality.score(s) == 0)
        #expect(Quality.states(of: d, config: c, today: CalendarDate("2026-11-09")!)[0].current?.value == .yes)
    }

    @Test func labelsAndUnknownIndicatorsInHistory() {
        let c = config([("a", 1, .yes)])
        let d = deal([("2026-11-01", "A", "yes"), ("2026-11-01", "zzz", "yes"), ("2026-11-02", "a", "maybe")])
        let s = Quality.states(of: d, config: c, today: today)
        #expect(s.count == 1 && s[0].history.count == 1 && s[0].current?.value == .yes)
    }

    @Test func checkFindings() {
        let c = config([("a", 1, .yes), ("b", 1, .no), ("c", 1, .yes), ("d", 1, .yes), ("e", 1, .yes)])
        let d = deal([
            ("2026-10-21", "a", "yes"),  // 30 days ago: not overdue
            ("2026-10-20", "b", "no"), ("2026-11-09", "b", "yes"),  // good → bad inside the window: worsened
            ("2026-10-20", "c", "yes"),  // 31 days ago: overdue
            ("2026-10-01", "d", "yes"), ("2026-11-01", "d", "no"), ("2026-11-15", "d", "yes")  // back to good
        ])
        let a = Quality.assess(d, config: c, today: today, min: 50, reviewDays: 30)
        #expect(a.score == 60)  // a, c, d good of 5
        #expect(a.belowMin == nil)
        #expect(a.unanswered == ["e"])
        #expect(a.overdue == [Quality.Overdue(indicator: "c", lastReviewed: CalendarDate("2026-10-20")!, days: 31)])
        #expect(
            a.worsened == [Quality.Worsened(indicator: "b", from: .no, to: .yes, date: CalendarDate("2026-11-09")!)])
        #expect(a.hasFindings)
        #expect(Quality.assess(d, config: c, today: today, min: 61).belowMin == 61)
    }

    @Test func firstJudgementIsNotAWorsening() {
        let c = config([("a", 1, .yes), ("b", 1, .yes)])
        let d = deal([("2026-11-10", "a", "no"), ("2026-09-01", "b", "yes"), ("2026-10-01", "b", "unknown")])
        let a = Quality.assess(d, config: c, today: today, reviewDays: 30)
        #expect(a.worsened.isEmpty)  // a: first answer; b: worsened 50 days ago, before the window
        #expect(a.overdue.map(\.indicator) == ["b"])
        // Judged for the first time inside the window, then worse: worsened.
        let later = deal([("2026-11-01", "a", "yes"), ("2026-11-15", "a", "unknown")])
        #expect(Quality.assess(later, config: c, today: today).worsened.map(\.indicator) == ["a"])
    }

    @Test func cleanDealHasNoFindings() {
        let c = config([("a", 1, .yes), ("b", 1, .no)])
        var d = deal([("2026-11-01", "a", "yes"), ("2026-11-01", "b", "no")])
        // An open deal also needs a next action that is not overdue.
        #expect(Quality.assess(d, config: c, today: today, min: 100).nextAction == .missing)
        d.history.append(
            Deal.Event(
                date: CalendarDate("2026-11-01")!, by: nil, kind: "next",
                fields: [("action", "set"), ("text", "提案"), ("due", today.description)]))
        let a = Quality.assess(d, config: c, today: today, min: 100)
        #expect(a.score == 100 && !a.hasFindings)
        #expect(Quality.assess(d, config: c, today: today.adding(days: 1)).nextAction == .overdue)
    }

    @Test(arguments: [(QualityTemplate.pronavi, 5), (.meddpicc, 8), (.bant, 4)])
    func templatesParse(template: QualityTemplate, count: Int) throws {
        let parsed = try Config.parse(Array(template.configText.utf8))
        #expect(parsed.indicators.count == count)
        #expect(parsed.stages == Config.defaults.stages && parsed.kinds == Config.defaults.kinds)
        #expect(template.configText.hasPrefix(Config.defaultYAML.prefix(200)))
    }

    @Test func pronaviIsTheDefault() {
        #expect(QualityTemplate.pronavi.configText == Config.defaultYAML)
        #expect(Config.defaults.indicators.first { $0.id == "competitor" }?.good == QualityAnswer.no)
    }
}
