import Testing

@testable import SalesKit

/// East Asian Ambiguous width (issue 21, item 5): ○△×▽①, `…` and sparkline blocks take one
/// column by default and two when the program says so; tables line up either way.
@Suite struct AmbiguousWidthTests {
    func wide<T>(_ body: () throws -> T) rethrows -> T { try AmbiguousWidth.$scoped.withValue(2, operation: body) }

    @Test(arguments: ["○", "△", "×", "▽", "①", "…", "▁", "█", "→", "é"])
    func ambiguousCharactersTakeTheSetWidth(text: String) {
        #expect(AmbiguousWidth.isAmbiguous(text.unicodeScalars.first!))
        #expect(AmbiguousWidth.$scoped.withValue(1) { displayWidth(text) } == 1)
        #expect(wide { displayWidth(text) } == 2)
    }

    @Test(arguments: ["a", "ｱ", "-", "−", "|", "山", "Ａ"])
    func othersDoNot(text: String) {
        let narrow = AmbiguousWidth.$scoped.withValue(1) { displayWidth(text) }
        #expect(wide { displayWidth(text) } == narrow)
    }

    @Test func sparklinesAndMixedText() {
        let line = sparkline([0, 1, 3, 8])
        #expect(AmbiguousWidth.$scoped.withValue(1) { displayWidth(line) } == 4)
        #expect(wide { displayWidth(line) } == 8)
        #expect(wide { displayWidth("○ supporter") } == 12)
        #expect(wide { displayWidth("山田 ①") } == 7)
    }

    @Test func truncationLeavesRoomForAWideEllipsis() {
        #expect(wide { truncate("abcdefgh", toWidth: 5) } == "abc…")
        #expect(wide { displayWidth(truncate("山田太郎さん", toWidth: 7)) } <= 7)
        #expect(AmbiguousWidth.$scoped.withValue(1) { truncate("abcdefgh", toWidth: 5) } == "abcd…")
    }

    /// Every row's second column starts at the same display column, in both modes.
    @Test(arguments: [1, 2])
    func tablesLineUp(columns: Int) {
        AmbiguousWidth.$scoped.withValue(columns) {
            let table = TextTable(
                columns: ["stance", "name", "trend"].map { TextTable.Column(header: $0) },
                rows: [
                    ["○ supporter", "山田 浩二", sparkline([1, 2, 8])],
                    ["× opposed", "松本 隆", sparkline([0, 0, 1])],
                    ["− neutral", "Inoue", ""]
                ])
            let lines = table.render().split(separator: "\n").map(String.init)
            let starts = lines.map { line -> Int in
                let nameStart = line.range(
                    of: line.hasPrefix("stance")
                        ? "name" : line.contains("山田") ? "山田" : line.contains("松本") ? "松本" : "Inoue")!.lowerBound
                return displayWidth(String(line[..<nameStart]))
            }
            #expect(Set(starts).count == 1, "\(lines)")
            #expect(starts[0] == (columns == 2 ? 14 : 13))
        }
    }

    @Test func configKey() throws {
        #expect(try Config.parse(Array("ambiguous_width: 2\n".utf8)).ambiguousWidth == 2)
        #expect(try Config.parse(Array("timezone: Asia/Tokyo\n".utf8)).ambiguousWidth == nil)
        #expect(throws: SalesError.self) { try Config.parse(Array("ambiguous_width: 3\n".utf8)) }
    }
}
