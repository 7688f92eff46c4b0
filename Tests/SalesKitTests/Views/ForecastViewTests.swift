import Foundation
import Testing

@testable import SalesKit

/// `forecast` as it prints: the deals and the totals for people, ids and plain numbers for scripts.
@Suite struct ForecastViewTests {
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
}
