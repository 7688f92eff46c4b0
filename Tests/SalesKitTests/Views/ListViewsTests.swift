import Foundation
import Testing

@testable import SalesKit

/// The list views of examples/basic (today 2026-11-20), as `forecast`, `lost`, `deal list`,
/// `homework list`, `agenda`, `report list` and `quality check` print them.
@Suite struct ListViewsTests {
    static let today = ExamplesTests.today

    static func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    @Test func forecastForPeopleThenTotals() throws {
        let (store, deals, _) = try ExamplesTests.basic()
        let forecast = Forecast.build(deals: deals, config: store.config, today: Self.today)
        let text = Language.$scoped.withValue(.en) {
            ForecastView.render(forecast, format: .table, config: store.config, style: .plain)
        }
        let lines = Self.lines(text)
        #expect(lines.first?.hasPrefix("month    id ") == true)
        #expect(
            lines.contains { $0.hasPrefix("2027-01  tokai-erp ") && $0.contains("48,000,000") && $0.contains("60%") })
        #expect(lines.contains { $0.hasPrefix("month    cur  deals ") })
        #expect(lines.contains { $0.hasPrefix("total    JPY ") })
        #expect(text.contains("\n\nmonth    cur"))  // a blank line between the two tables
        // By stage, people read the stage's label.
        let byStage = Forecast.build(deals: deals, config: store.config, today: Self.today, by: .stage)
        let staged = ForecastView.render(byStage, format: .table, config: store.config, style: .plain)
        #expect(staged.contains("\n決定 "))
    }

    @Test func forecastForScriptsHasIdsAndNumbersAndNoTotals() throws {
        let (store, deals, _) = try ExamplesTests.basic()
        let forecast = Forecast.build(deals: deals, config: store.config, today: Self.today)
        let csv = Self.lines(ForecastView.render(forecast, format: .csv, config: store.config, style: .plain))
        #expect(
            csv.first
                == "group,id,title,customer,owner,stage,expected_close,amount,currency,probability,weighted,steps_done,steps_total,overdue,won"
        )
        #expect(
            csv.contains {
                $0.hasPrefix("2027-01,tokai-erp,") && $0.contains(",decision,")
                    && $0.contains(",48000000,JPY,60,28800000,")
            })
        #expect(csv.count == forecast.lines.count + 1)
        let json = ForecastView.render(forecast, format: .json, config: store.config, style: .plain)
        #expect(json == forecast.json.render())
    }

    @Test func lostGroupsThenDeals() throws {
        let (store, deals, _) = try ExamplesTests.basic()
        let lost = LostDeals.build(deals: deals, contacts: store.contactDates(), config: store.config)
        let table = Self.lines(
            Language.$scoped.withValue(.en) {
                LostView.render(lost, format: .table, config: store.config, style: .plain)
            })
        #expect(table.first?.hasPrefix("reason  ") == true)
        #expect(table.contains { $0.hasPrefix("競合に負けた  JPY      1  9,800,000") })
        #expect(table.contains { $0.hasPrefix("closed      id ") && $0.hasSuffix("note") })
        #expect(table.contains { $0.hasPrefix("2026-10-15  minato-sfa ") && $0.contains(" lost ") })
        let tsv = Self.lines(LostView.render(lost, format: .tsv, config: store.config, style: .plain))
        #expect(tsv.first?.hasSuffix("\tcurrency\tnote\treopened") == true)
        #expect(
            tsv.contains {
                $0.hasPrefix("2026-10-15\tminato-sfa\t")
                    && $0.contains("\tlost\tdecision\tcompetitor\t142\t6\t9800000\tJPY\t")
            })
    }

    @Test func dealListForPeopleAndScripts() throws {
        let (store, deals, _) = try ExamplesTests.basic()
        let contacts = store.lastContacts(until: Self.today)
        let table = Self.lines(
            Language.$scoped.withValue(.en) {
                DealListView.list(deals, lastContacts: contacts, config: store.config, format: .table)
                    .render(.table, style: .plain)
            })
        #expect(table.first?.hasPrefix("id ") == true && table.first?.hasSuffix("last_contact") == true)
        #expect(table.contains { $0.hasPrefix("fuji-mes ") && $0.contains("デリバリー") && $0.contains("31,500,000") })
        let csv = DealListView.list(deals, lastContacts: contacts, config: store.config, format: .csv)
        let fuji = try #require(csv.rows.first { $0[0] == "fuji-mes" })
        #expect(fuji[4] == "delivery" && fuji[5] == "won" && fuji[6] == "31500000")
        #expect(fuji[9] == contacts["fuji-mes"]?.description)
    }

    @Test func homeworkStatusInWordsForPeopleAndCodesForScripts() throws {
        let (_, deals, reports) = try ExamplesTests.basic()
        let items = Homework.items(reports: reports, deals: deals)
        let people = Language.$scoped.withValue(.en) { HomeworkView.list(items, format: .table, today: Self.today) }
        let scripts = HomeworkView.list(items, format: .csv, today: Self.today)
        #expect(people.header == ["ref", "deal", "given", "due", "for", "status", "age", "text"])
        let ref = "2026-07-08-pacific-scm-0226ec#1"
        #expect(people.rows.first { $0[0] == ref }?[5] == "overdue 112d")
        #expect(scripts.rows.first { $0[0] == ref }?[5] == "overdue")
        #expect(people.rows.first { $0[0] == "2026-07-03-fuji-mes-138ade#1" }?[5] == "done 2026-07-09")
    }

    @Test func homeworkSelectResolvesTheTypedAssignee() throws {
        let (_, deals, reports) = try ExamplesTests.basic()
        let items = Homework.items(reports: reports, deals: deals)
        let mine = try Homework.select(
            items, deals: deals, filter: Homework.Filter(openOnly: true, member: "田中美咲"), today: Self.today)
        #expect(!mine.isEmpty)
        #expect(mine.allSatisfy { $0.assignee == "田中 美咲" && $0.done == nil })
        #expect(throws: SalesError.self) {
            try Homework.select(items, deals: deals, filter: Homework.Filter(member: "nobody"), today: Self.today)
        }
    }

    @Test func agendaRowsAndJSON() throws {
        let (_, deals, reports) = try ExamplesTests.basic()
        let items = Agenda.build(
            deals: deals, homework: Homework.items(reports: reports, deals: deals), today: Self.today)
        let list = AgendaView.list(items, today: Self.today)
        #expect(list.header == ["member", "due", "late", "deal", "kind", "text", "ref"])
        let row = try #require(list.rows.first { $0[6] == "2026-07-08-pacific-scm-0226ec#1" })
        #expect(row[0] == "田中 美咲" && row[1] == "2026-07-31" && row[2] == "112" && row[4] == "homework")
        let json = list.json().render(pretty: false)
        #expect(json.contains(#""days_late":112"#) && json.contains(#""title":"#))
    }

    @Test func reportListMovesLoggedNextToTheDateOnlyInTheTable() {
        let rows = [
            ["2026-11-02", "a", "visit", "x", "", "reports/2026/11/a.md", ""],
            ["2026-11-03", "b", "phone", "y", "", "reports/2026/11/b.md", "2026-11-05"]
        ]
        let table = ReportListView.list(rows, format: .table)
        #expect(table.header == ["date", "logged", "deal", "kind", "author", "attendees", "path"])
        #expect(table.rows[1] == ["2026-11-03", "2026-11-05", "b", "phone", "y", "", "reports/2026/11/b.md"])
        let onTime = ReportListView.list([rows[0]], format: .table)
        #expect(onTime.header == ["date", "deal", "kind", "author", "attendees", "path"])
        #expect(onTime.rows == [Array(rows[0].prefix(6))])
        let csv = ReportListView.list(rows, format: .csv)
        #expect(csv.header == ReportRows.header && csv.rows == rows)
    }

    @Test func reportRowsFilterByAuthorAndSort() throws {
        let (store, _, _) = try ExamplesTests.basic()
        let listed = ReportQuery(deal: "tokai-erp").rows(in: store)
        #expect(listed.findings.isEmpty)
        let all = try listed.by(author: nil, store: store)
        #expect(all.count == listed.rows.count && all.count > 5)
        #expect(all == all.sorted { ($0[0], $0[5]) < ($1[0], $1[5]) })
        let tanaka = try listed.by(author: "田中", store: store)  // a unique prefix of 田中 美咲
        #expect(!tanaka.isEmpty && tanaka.allSatisfy { $0[ReportRows.author] == "田中 美咲" })
        #expect(throws: SalesError.self) { try listed.by(author: "nobody", store: store) }
        let reports = try ReportQuery.reports(store.loadReports(deals: ["tokai-erp"]).reports, by: "田中", store: store)
        #expect(reports.count == tanaka.count)
    }

    @Test func qualityCheckListForPeopleAndScripts() throws {
        let (store, deals, _) = try ExamplesTests.basic()
        let findings = deals.filter { $0.status == .open }
            .map { Quality.assess($0, config: store.config, today: Self.today, min: nil, reviewDays: 30) }
            .filter(\.hasFindings)
        #expect(!findings.isEmpty)
        let people = QualityText.checkList(findings, deals: deals, config: store.config, format: .table)
        let scripts = QualityText.checkList(findings, deals: deals, config: store.config, format: .csv)
        #expect(!people.header.contains("min") && scripts.header.contains("min"))
        #expect(people.rows.count == findings.count && scripts.rows.count == findings.count)
        #expect(people.rightAligned == [3])
        #expect(people.json().render().contains(#""deal": "\#(findings[0].deal)""#))
    }
}

/// `pipeline changes` and `quality check` as their commands print them.
@Suite struct PipelineAndQualityListTests {
    @Test func pipelineChangesThenTotalsForPeopleOnly() throws {
        let (store, deals, _) = try ExamplesTests.basic()
        let changes = PipelineChanges.build(
            deals: deals, config: store.config, since: CalendarDate("2026-10-01")!, until: ExamplesTests.today)
        #expect(!changes.lines.isEmpty)
        func write(_ format: OutputFormat) -> String {
            var text = ""
            changes.write(format, config: store.config, style: .plain) { text += $0 }
            return text
        }
        let table = changes.view(for: .table, config: store.config).render(.table, style: .plain)
        #expect(write(.table) == table + "\n" + changes.totalsView.render(.table, style: .plain))
        #expect(write(.csv) == changes.view(for: .csv, config: store.config).render(.csv, style: .plain))
        #expect(!write(.csv).contains("\nchange,cur,deals,amount"))
    }

    @Test func qualityFindingsKeepOnlyDealsWithSomethingToSay() throws {
        let (store, deals, _) = try ExamplesTests.basic()
        let findings = Quality.findings(deals, config: store.config, today: ExamplesTests.today, min: 50)
        let all = deals.map { Quality.assess($0, config: store.config, today: ExamplesTests.today, min: 50) }
        #expect(findings.map(\.deal) == all.filter(\.hasFindings).map(\.deal))
        #expect(findings.allSatisfy { $0.hasFindings })
        // Below a minimum nobody reaches, every deal is a finding, min passed through.
        let strict = Quality.findings(deals, config: store.config, today: ExamplesTests.today, min: 101)
        #expect(strict.count == deals.count && strict.allSatisfy { $0.belowMin == 101 })
    }
}
