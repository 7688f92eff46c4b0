import Testing

@testable import SalesKit

@Suite struct RenderTableTests {
    let people = TextTable(
        columns: [.init(header: "名前"), .init(header: "役職"), .init(header: "金額", alignment: .right)],
        rows: [
            ["山田太郎", "部長", "1,200,000"],
            ["Smith", "VP Sales", "85,000"],
            ["ｱｲｳ", "課長代理", "0"]
        ]
    )

    @Test func japaneseLinesUp() {
        #expect(
            people.render() == """
                名前      役職           金額
                山田太郎  部長      1,200,000
                Smith     VP Sales     85,000
                ｱｲｳ       課長代理          0

                """)
    }

    @Test func headerOnlyWithoutRows() {
        var table = people
        table.rows = []
        #expect(table.render() == "名前  役職  金額\n")
    }

    @Test func noTrailingSpacesAndRaggedRows() {
        var table = TextTable(columns: [.init(header: "ID"), .init(header: "メモ")])
        table.rows = [["a"], ["b", "x\ny"], ["c", "", "extra"]]
        #expect(table.render() == "ID  メモ\na\nb   x y\nc\n")
    }

    @Test func columnMaxWidthTruncatesCellsNotHeader() {
        let table = TextTable(
            columns: [.init(header: "会社", maxWidth: 2), .init(header: "n", alignment: .right)],
            rows: [["株式会社アクメ", "1"]]
        )
        #expect(table.render() == "会社  n\n株…   1\n")
    }

    @Test func shrinksWidestLeftColumnToFit() {
        let table = TextTable(
            columns: [.init(header: "ID"), .init(header: "件名"), .init(header: "金額", alignment: .right)],
            rows: [["acme-erp", "基幹システム刷新プロジェクト", "1,000"]]
        )
        #expect(table.render(maxWidth: 100) == table.render())
        #expect(
            table.render(maxWidth: 30) == """
                ID        件名            金額
                acme-erp  基幹システム…  1,000

                """)
        // Cannot fit in 10: columns stop at max(header width, 4); the right-aligned one is kept.
        #expect(
            table.render(maxWidth: 10) == """
                ID    件名   金額
                acm…  基…   1,000

                """)
    }

    @Test func colorHeaderDoesNotShiftColumns() {
        let palette = Palette(mode: .always, isTerminal: false, environment: [:])
        let plain = people.render().split(separator: "\n", omittingEmptySubsequences: false)
        let colored = people.render(colorHeader: palette.bold).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(colored[0] == "\u{1B}[1m名前\u{1B}[22m      \u{1B}[1m役職\u{1B}[22m           \u{1B}[1m金額\u{1B}[22m")
        #expect(plain.dropFirst() == colored.dropFirst())
    }

    @Test func aColumnThatKeepsItsWidthIsNeverCut() {
        let table = TextTable(
            columns: [
                .init(header: "ID", keepsWidth: true), .init(header: "件名"), .init(header: "金額", alignment: .right)
            ],
            rows: [["acme-erp", "基幹システム刷新プロジェクト", "1,000"]])
        #expect(
            table.render(maxWidth: 30) == """
                ID        件名            金額
                acme-erp  基幹システム…  1,000

                """)
        #expect(table.render(maxWidth: 10).split(separator: "\n")[1].hasPrefix("acme-erp  基…"))
    }
}
