import Foundation
import Testing

/// `--format ndjson` and `--format markdown` of every list command on examples/basic: one JSON
/// record per line, the same records as `--format json` (its array; of an object, the rows the
/// table shows: `deals`, `rows` and `totals`, or `weeks`); a markdown table with the table's rows.
@Suite struct ListFormatTests {
    static let today = ["--today", "2026-11-20"]

    static let lists: [[String]] = [
        ["deal", "list"], ["report", "list"], ["stale", "list"], ["stale", "list", "--suggest"], ["energy", "score"],
        ["forecast"], ["lost"], ["homework", "list"], ["agenda"], ["quality", "check"], ["feed"], ["check"],
        ["results", "--period", "2026-Q4"], ["results", "--activity", "--period", "2026-11"],
        ["pipeline", "changes", "--since", "2026-10-01"], ["customer", "list"]
    ]

    /// The records of `--format json`: its array, or an object's `deals`.
    static func records(_ json: String) throws -> [NSDictionary] {
        let value = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
        if let array = value as? [NSDictionary] { return array }
        let object = try #require(value as? NSDictionary)
        if let deals = object["deals"] as? [NSDictionary] { return deals }
        if let rows = object["rows"] as? [NSDictionary], let totals = object["totals"] as? [NSDictionary] {
            return rows + totals
        }
        return try #require(object["weeks"] as? [NSDictionary])
    }

    @Test(arguments: lists)
    func ndjsonIsTheJSONRecordsOnePerLine(_ command: [String]) throws {
        let dir = try Harness.copyExample("basic")
        let json = try Harness.run(command + ["--format", "json"] + Self.today, in: dir)
        let ndjson = try Harness.run(command + ["--format", "ndjson"] + Self.today, in: dir)
        #expect(ndjson.status == json.status, "\(command): \(ndjson.stderr)")
        let lines = ndjson.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(ndjson.stdout.isEmpty || ndjson.stdout.hasSuffix("\n"))
        let parsed = try lines.map { line in
            try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? NSDictionary, "\(command): \(line)")
        }
        #expect(parsed == (try Self.records(json.stdout)), "\(command)")
        #expect(!parsed.isEmpty || command == ["check"], "\(command): the example has rows for every list")
        #expect(lines.allSatisfy { !$0.contains("\n") && !$0.hasPrefix(" ") })
    }

    @Test(arguments: [["deal", "list"], ["forecast"], ["energy", "score"], ["homework", "list"], ["lost"]])
    func markdownIsATableOfTheRowsPeopleRead(_ command: [String]) throws {
        let dir = try Harness.copyExample("basic")
        let result = try Harness.run(command + ["--format", "markdown"] + Self.today, in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(
            lines.count >= 3 && lines.allSatisfy { $0.hasPrefix("|") && $0.hasSuffix("|") },
            "\(command): \(result.stdout)")
        #expect(lines[1].allSatisfy { "|-: ".contains($0) })
    }

    @Test func anUnknownFormatNamesTheValidOnes() throws {
        let dir = try Harness.copyExample("basic")
        let result = try Harness.run(["deal", "list", "--format", "yaml"], in: dir)
        #expect(result.status == 2)
        #expect(
            ["table", "json", "ndjson", "csv", "tsv", "markdown"].allSatisfy { result.stderr.contains("- " + $0) },
            "\(result.stderr)")
    }
}
