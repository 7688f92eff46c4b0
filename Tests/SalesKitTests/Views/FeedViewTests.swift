import Foundation
import Testing

@testable import SalesKit

/// `feed` as it prints: by day, in text and Markdown.
@Suite struct FeedViewTests {
    static let today = ExamplesTests.today

    @Test func feedByDayInTextAndMarkdown() throws {
        let (store, deals, reports) = try ExamplesTests.basic()
        let entries = Feed.build(
            deals: deals, reports: reports, config: store.config,
            filter: Feed.Filter(since: Self.today.adding(days: -13), until: Self.today))
        #expect(!entries.isEmpty)
        let text = FeedView.render(entries, format: .text, palette: Palette(enabled: false))
        let markdown = FeedView.render(entries, format: .markdown, palette: Palette(enabled: false))
        let days = Set(entries.map(\.date.description))
        for day in days {
            #expect(text.contains(day + "\n"))
            #expect(markdown.contains("### " + day + "\n\n"))
        }
        let first = entries[0]
        #expect(text.contains("  \(first.deal)"))
        #expect(markdown.contains("- **\(first.deal)** \(first.summary)"))
        #expect(
            FeedView.render(entries, format: .json, palette: Palette(enabled: false))
                == JSONValue.array(entries.map(\.json)).render())
        #expect(FeedView.render([], format: .text, palette: Palette(enabled: false)).isEmpty)
    }
}
