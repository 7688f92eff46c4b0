import Foundation
import Testing

@testable import SalesKit

/// `review` in each format, and its window.
@Suite struct ReviewViewTests {
    static let today = ExamplesTests.today

    @Test func reviewInEachFormat() throws {
        let (store, deals, reports) = try ExamplesTests.basic()
        let review = Review.build(
            deals: deals, reports: reports, config: store.config, window: .lastWeek(until: Self.today), owner: nil)
        let html = ReviewView.render(review, format: .html, config: store.config, style: .plain)
        #expect(html == ReviewHTML.render(review, config: store.config))
        let markdown = ReviewView.render(review, format: .markdown, config: store.config, style: .plain)
        #expect(markdown == ReviewMarkdown.render(review, config: store.config))
        let style = TextStyle(palette: Palette(enabled: true), width: 100)
        let text = ReviewView.render(review, format: .text, config: store.config, style: style)
        #expect(
            text == ReviewTerminal.render(review, config: store.config, width: 100, palette: Palette(enabled: true)))
    }

    @Test func reviewWindowBetweenItsEnds() throws {
        let until = Self.today
        #expect(try Review.Window.between(since: nil, until: until) == .lastWeek(until: until))
        let one = try Review.Window.between(since: until, until: until)
        #expect(one.days == 1)
        #expect(throws: SalesError.self) { try Review.Window.between(since: until.adding(days: 1), until: until) }
        do {
            _ = try Review.Window.between(since: until.adding(days: 1), until: until)
        } catch let error as SalesError {
            #expect(error.kind == .malformed)
            #expect(error.message(field: { "--" + $0 }) == "salesctl: --since 2026-11-21 is after --until 2026-11-20")
        }
    }
}
