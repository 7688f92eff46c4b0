import Foundation
import Testing

@testable import SalesKit

/// The review's renderers: one escaping function for the page, bars fitted to the terminal.
@Suite struct ReviewRenderTests {
    static let script = "<script>alert(1)</script>"
    static let image = "\"><img src=x onerror=alert(1)>"

    /// A review whose data holds markup everywhere a person can type text.
    static func hostile() -> Review {
        let config = ReviewModelTests.config
        let lost = Deal.Event(
            date: CalendarDate("2026-11-18")!, by: image, kind: "status",
            fields: [("to", "lost"), ("reason", script), ("note", image)])
        let deals = [
            Deal(
                id: "x1", title: script, customer: image, owner: script, stage: "discovery", amount: 1_000,
                created: CalendarDate("2026-09-01")!,
                history: [
                    Deal.Event(
                        date: CalendarDate("2026-11-01")!, by: nil, kind: "next",
                        fields: [("action", "set"), ("text", image), ("due", "2026-11-05")])
                ]),
            Deal(
                id: "x2", title: image, customer: script, owner: image, stage: "decision", status: .lost, amount: 5,
                created: CalendarDate("2026-09-01")!, history: [lost])
        ]
        let reports = [
            Report(
                path: "reports/2026/11/2026-11-16-x1-000000.md", date: CalendarDate("2026-11-16")!, deal: "x1",
                author: script, kind: image, attendees: [Report.Attendee(name: image, title: script)],
                homework: [Report.Homework(text: script, assignee: image, due: CalendarDate("2026-11-17")!)])
        ]
        return Review.build(deals: deals, reports: reports, config: config, window: ReviewModelTests.window)
    }

    @Test func escapeHTMLEscapesMarkupAndControls() {
        #expect(
            escapeHTML(#"<a href="x">Tom & 'Jerry'</a>"#)
                == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
        #expect(escapeHTML("a\u{0}b\u{1B}c\td\ne\u{85}") == "a\u{FFFD}b\u{FFFD}c\td\ne\u{FFFD}")
        #expect(escapeHTML("東海精機 ¥1,000") == "東海精機 ¥1,000")
    }

    @Test func interpolationEscapesTextButNotMarkup() {
        let inner: HTML = "<b>\(Self.script)</b>"
        let outer: HTML = "<td title=\"\(Self.image)\">\(inner)\(3)</td>"
        #expect(
            outer.markup
                == "<td title=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\"><b>&lt;script&gt;alert(1)&lt;/script&gt;</b>3</td>"
        )
    }

    @Test func svgNumbersHaveAtMostTwoDecimals() {
        #expect(svgNumber(12) == "12")
        #expect(svgNumber(12.5) == "12.5")
        #expect(svgNumber(1.0 / 3) == "0.33")
        #expect(svgNumber(-2.05) == "-2.05")
        #expect(svgNumber(.nan) == "0")
    }

    /// No element or attribute of the page comes from data: every `<` in the page is one the
    /// renderer wrote, so taking out the known tags leaves no `<` at all.
    @Test func hostileDataRendersAsText() {
        let page = ReviewHTML.render(Self.hostile(), config: ReviewModelTests.config)
        #expect(!page.contains("<script"))
        #expect(!page.contains("<img"))
        #expect(!page.contains("onerror=alert(1)>"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        let tags = Set(
            page.split(separator: "<").dropFirst().map { part in
                String(part.prefix { $0 != " " && $0 != ">" && $0 != "\n" })
            })
        let written: Set<String> = [
            "!DOCTYPE", "html", "/html", "head", "/head", "meta", "title", "/title", "style", "/style",
            "body", "/body", "header", "/header", "h1", "/h1", "p", "/p", "nav", "/nav", "ol", "/ol",
            "li", "/li", "a", "/a", "main", "/main", "section", "/section", "h2", "/h2", "div", "/div",
            "figure", "/figure", "svg", "/svg", "rect", "/rect", "text", "/text", "line", "/line",
            "polyline", "/polyline", "circle", "/circle", "table", "/table", "caption", "/caption",
            "thead", "/thead", "tbody", "/tbody", "tr", "/tr", "th", "/th", "td", "/td", "ul", "/ul",
            "footer", "/footer"
        ]
        #expect(tags.subtracting(written).isEmpty, "\(tags.subtracting(written))")
        // The data is there, as text: the title, the note, the homework, the author.
        #expect(page.components(separatedBy: "&lt;script&gt;alert(1)&lt;/script&gt;").count > 4)
    }

    @Test func markdownEscapesMarkup() {
        let md = ReviewMarkdown.render(Self.hostile(), config: ReviewModelTests.config)
        let unescaped = md.replacingOccurrences(of: "\\<", with: "")
        #expect(!unescaped.contains("<script") && !unescaped.contains("<img"))
        #expect(md.contains(#"\<script\>alert(1)\</script\>"#))
        #expect(escapeMarkdown("a_b *c* [d](e) `f` <g> & \\") == #"a\_b \*c\* \[d\](e) \`f\` \<g\> \& \\"#)
    }

    @Test(arguments: [1, 2]) func blockBarsScaleAndFitTheirColumns(ambiguous: Int) {
        AmbiguousWidth.$scoped.withValue(ambiguous) {
            #expect(blockBar(10, maximum: 10, columns: 20) == String(repeating: "█", count: 20 / ambiguous))
            #expect(displayWidth(blockBar(10, maximum: 10, columns: 21)) <= 21)
            #expect(blockBar(0, maximum: 10, columns: 20) == "")
            #expect(blockBar(1, maximum: 1000, columns: 20) == "▏")
            #expect(blockBar(5, maximum: 10, columns: 20) == String(repeating: "█", count: 10 / ambiguous))
            #expect(blockBar(3, maximum: 16, columns: 8 * ambiguous) == "█▌")
        }
    }

    /// Every line of the text review fits the terminal, Japanese and block characters counted
    /// by display width, whether ambiguous characters take one column or two.
    @Test(arguments: [40, 60, 80, 132], [1, 2]) func textFitsTheTerminal(width: Int, ambiguous: Int) throws {
        let (store, deals, reports) = try ExamplesTests.basic()
        let review = Review.build(
            deals: deals, reports: reports, config: store.config,
            window: Review.Window(since: CalendarDate("2026-10-01")!, until: ExamplesTests.today))
        AmbiguousWidth.$scoped.withValue(ambiguous) {
            let text = ReviewTerminal.render(review, config: store.config, width: width)
            for line in text.split(separator: "\n") {
                #expect(displayWidth(String(line)) <= width, "\(displayWidth(String(line))) > \(width): \(line)")
            }
            #expect(text.contains("▏") || text.contains("█"))
            #expect(text.contains("東海精機株式会社") || width < 132)
        }
    }

    @Test func titlesFollowTheLanguage() throws {
        let (store, deals, reports) = try ExamplesTests.basic()
        let review = Review.build(
            deals: deals, reports: reports, config: store.config,
            window: Review.Window.lastWeek(until: ExamplesTests.today))
        Language.$scoped.withValue(.ja) {
            let html = ReviewHTML.render(review, config: store.config)
            #expect(html.contains("<html lang=\"ja\">") && html.contains("<h1>週次営業レビュー</h1>"))
            #expect(html.contains("<h2>1. ステージ別パイプライン</h2>") && html.contains("<h2>8. 担当者別の活動</h2>"))
            #expect(html.contains("2026-11-14 – 2026-11-20(7日間) · 全担当者"))
            #expect(ReviewMarkdown.render(review, config: store.config).contains("\n## 4. 対応が必要な商談\n"))
            #expect(ReviewTerminal.render(review, config: store.config, width: 80).contains("\n5. ユーザエネルギー\n"))
        }
        Language.$scoped.withValue(.en) {
            #expect(ReviewHTML.render(review, config: store.config).contains("<h2>1. Pipeline by stage</h2>"))
        }
    }

    @Test func everySectionHasItsHeadingInEveryFormat() throws {
        let (store, deals, reports) = try ExamplesTests.basic()
        let review = Review.build(
            deals: deals, reports: reports, config: store.config,
            window: Review.Window.lastWeek(until: ExamplesTests.today))
        let html = ReviewHTML.render(review, config: store.config)
        let md = ReviewMarkdown.render(review, config: store.config)
        let text = ReviewTerminal.render(review, config: store.config, width: nil)
        for section in ReviewStrings.Section.allCases {
            #expect(html.contains("<section id=\"\(section.rawValue)\">\n<h2>\(section.heading)</h2>"))
            #expect(md.contains("\n## \(section.heading)\n"))
            #expect(text.contains("\n\(section.heading)\n"))
        }
        #expect(!html.contains("<script") && html.contains("Content-Security-Policy"))
        #expect(html.contains("'Noto Sans CJK JP', 'Hiragino Sans'") && html.contains("'Yu Gothic'"))
        #expect(html.contains("@page { size: A4"))
    }
}
