import Foundation
import Testing

@testable import SalesKit

/// The text views: `check`'s findings, the feed, `energy score`, the review in its formats, and
/// the queries that feed `stale list` and `review`.
@Suite struct TextViewsTests {
    static let today = ExamplesTests.today

    static func findings() -> [Finding] {
        [
            Finding(
                path: "deals/a.yaml", line: 3, column: 5, code: "unknown-stage",
                message: "stage 'x' is not in salesctl.yaml"),
            Finding(path: "deals/b.yaml", code: ConflictMarkers.code, message: "conflict markers"),
            Finding(path: "deals/c.yaml", code: ConflictMarkers.code, message: "conflict markers")
        ]
    }

    @Test func findingsInEveryFormatOfCheck() {
        let findings = Self.findings()
        Language.$scoped.withValue(.en) {
            let plain = FindingsView.render(findings, format: .text, palette: Palette(enabled: false))
            #expect(plain == findings.map { $0.description + "\n" }.joined())
            let coloured = FindingsView.render(findings, format: .text, palette: Palette(enabled: true))
            #expect(coloured.hasPrefix("\u{1b}[1mdeals/a.yaml:3:5\u{1b}[22m: \u{1b}[31merror"))
            let github = FindingsView.render(
                findings, format: .github, palette: Palette(enabled: false), pathPrefix: "crm")
            #expect(github.hasPrefix("::error file=crm/deals/a.yaml,line=3,col=5,title=unknown-stage::"))
            #expect(github.split(separator: "\n").count == 3)
            let ndjson = FindingsView.render(findings, format: .ndjson, palette: Palette(enabled: false))
            #expect(ndjson == findings.map { $0.json.render(pretty: false) }.joined())
            let json = FindingsView.render(findings, format: .json, palette: Palette(enabled: false))
            #expect(json == JSONValue.array(findings.map(\.json)).render())
            #expect(FindingsView.render([], format: .text, palette: Palette(enabled: false)).isEmpty)
        }
    }

    @Test func hintsOncePerKindOfFinding() {
        let hints = FindingsView.hints(Self.findings())
        #expect(hints == ConflictMarkers.hint)  // two conflict findings, one hint; none for the stage
        #expect(FindingsView.hints([]).isEmpty)
    }

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

    @Test func energyPagesForNamedDealsAndARankingOtherwise() throws {
        let (store, deals, reports) = try ExamplesTests.basic()
        let open = deals.filter { $0.status == .open }
        let ranked = Energy.scores(deals: open, reports: reports, config: store.config, today: Self.today, ranked: true)
        #expect(ranked.map(\.total) == ranked.map(\.total).sorted(by: >))
        #expect(ranked.first?.deal == "tokai-erp")
        func write(_ scores: [Energy.Score], format: OutputFormat, pages: Bool) -> String {
            var text = ""
            Language.$scoped.withValue(.en) {
                EnergyText.write(
                    scores, deals: deals, config: store.config, format: format, explain: false, pages: pages,
                    style: .plain
                ) { text += $0 }
            }
            return text
        }
        let table = write(ranked, format: .table, pages: false)
        #expect(table.hasPrefix("deal "))
        #expect(table.split(separator: "\n").dropFirst().first?.hasPrefix("tokai-erp ") == true)
        let tokai = ranked.filter { $0.deal == "tokai-erp" }
        #expect(write(tokai, format: .table, pages: true).hasPrefix("tokai-erp  基幹システム刷新 (東海精機株式会社)\n"))
        // Pages are for people at a terminal: a script still gets its rows.
        #expect(write(tokai, format: .csv, pages: true).hasPrefix("deal,customer,owner,total,"))
    }

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

    @Test func staleRowsListTheStoreOnce() throws {
        let (store, deals, reports) = try ExamplesTests.basic()
        let open = deals.filter { $0.status == .open }
        let (rows, findings) = store.staleRows(open, asOf: Self.today, days: nil, sort: .days, suggest: true)
        #expect(findings.isEmpty)
        // The same rows as finding the stale deals and reading their reports step by step.
        let stale = Staleness.find(
            deals: open, lastContacts: store.lastContacts(until: Self.today), config: store.config, asOf: Self.today)
        let expected = Staleness.rows(
            stale, reports: reports.filter { r in stale.contains { $0.deal.id == r.deal } }, config: store.config,
            asOf: Self.today, sort: .days, suggest: true)
        #expect(!rows.isEmpty)
        #expect(rows.map(\.deal.id) == expected.map(\.deal.id))
        #expect(rows.map(\.stale.daysSince) == expected.map(\.stale.daysSince))
    }
}
