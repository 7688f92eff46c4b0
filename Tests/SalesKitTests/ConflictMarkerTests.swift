import Testing

@testable import SalesKit

@Suite struct ConflictMarkerTests {
    func scan(_ text: String) -> ConflictMarkers.Location? {
        ConflictMarkers.scan(Array(text.utf8)).map { ConflictMarkers.Location(line: $0.line, count: $0.count) }
    }

    @Test func findsTheFirstWholeMarkerAndCountsThem() {
        #expect(
            scan("a: 1\n<<<<<<< ours\nb: 1\n=======\nb: 2\n>>>>>>> theirs\nc:\n<<<<<<<\n") == .init(line: 1, count: 2))
        #expect(scan("<<<<<<< HEAD\r\n") == .init(line: 0, count: 1))
        #expect(scan("x\n<<<<<<<") == .init(line: 1, count: 1))
        // Not markers: eight '<', indented, inside a line, only the middle or end markers.
        #expect(scan("<<<<<<<< x\n  <<<<<<< x\nnote: <<<<<<< x\n=======\n>>>>>>> y\n") == nil)
        #expect(scan("") == nil)
    }

    @Test func findingSaysWhereAndHowMany() throws {
        let finding = try #require(ConflictMarkers.finding(Array("a: 1\n\n<<<<<<< ours\n".utf8), path: "deals/x.yaml"))
        #expect(
            finding.description
                == "deals/x.yaml:3:1: error: [merge-conflict] unresolved git merge conflict (1 conflict); the deal is left out until it is resolved"
        )
        #expect(finding.hint?.count == 4)
        #expect(Finding(path: "deals/x.yaml", code: "yaml-syntax", message: "m").hint == nil)
    }

    @Test func skippedDealsSummaryNamesFilesOnceAndAtMostTen() {
        #expect(SkippedDeals.summary([]) == nil)
        #expect(SkippedDeals.summary([Finding(path: "reports/2026/11/x.md", code: "bad-name", message: "m")]) == nil)
        let one = [
            Finding(path: "deals/a.yaml", code: "c", message: "m"),
            Finding(path: "deals/a.yaml", code: "d", message: "m")
        ]
        #expect(SkippedDeals.summary(one) == "1 deal left out of this output and its totals: deals/a.yaml")
        let many = (0..<12).map { Finding(path: "deals/d\($0).yaml", code: "c", message: "m") }
        #expect(
            SkippedDeals.summary(many) == "12 deals left out of this output and its totals: "
                + (0..<10).map { "deals/d\($0).yaml" }.joined(separator: ", ") + " and 2 more")
        #expect(Store.dealID(ofPath: "deals/a.b.yaml") == "a.b")
    }
}
