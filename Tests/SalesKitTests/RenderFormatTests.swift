import Foundation
import Testing

@testable import SalesKit

@Suite struct RenderDelimitedTests {
    let header = ["id", "会社", "メモ"]
    let rows = [
        ["acme-erp", "株式会社アクメ", "plain"],
        ["b", "Smith, Jones & Co", "say \"hi\""],
        ["c", "", "二行\n目"],
        ["d", " spaced ", "crlf\r\nend"],
        ["e", "tab\there", "\"quoted\""]
    ]

    @Test func csvQuotesOnlyWhenNeeded() {
        #expect(
            Delimited.csv(header: ["a", "b"], rows: [["x,y", "say \"hi\""], ["1\n2", "tab\t"]]) == """
                a,b
                "x,y","say ""hi\""\"
                "1
                2",tab\t

                """)
        #expect(Delimited.csv(header: [], rows: [["a"]]) == "a\n")
    }

    @Test func tsvQuotesTabsNotCommas() {
        #expect(Delimited.tsv(header: ["a", "b"], rows: [["x,y", "t\tu"]]) == "a\tb\nx,y\t\"t\tu\"\n")
    }

    @Test func roundTrips() {
        #expect(Delimited.parseCSV(Delimited.csv(header: header, rows: rows)) == [header] + rows)
        #expect(Delimited.parseCSV(Delimited.tsv(header: header, rows: rows), delimiter: "\t") == [header] + rows)
    }

    @Test(arguments: [
        ("", [[String]]()),
        ("a,b\r\nc,d\r\n", [["a", "b"], ["c", "d"]]),
        ("a,b\nc,d", [["a", "b"], ["c", "d"]]),
        ("a,\n\n\"\"", [["a", ""], [""], [""]]),
        ("\"x\"\"y\",\"1\n2\"\n", [["x\"y", "1\n2"]])
    ])
    func parses(_ text: String, _ expected: [[String]]) {
        #expect(Delimited.parseCSV(text) == expected)
    }
}

@Suite struct RenderJSONTests {
    let deal: JSONValue = [
        "id": "acme-erp",
        "会社": "株式会社アクメ",
        "amount": 1_200_000,
        "probability": 0.3,
        "rate": 12.5,
        "whole": 3.0,
        "won": false,
        "owner": .optional(nil),
        "contact": .optional("山田部長"),
        "tags": ["重要", "新規"],
        "empty": [],
        "none": [:],
        "note": "行1\n行2\t\"q\" \\ \u{1F}\r"
    ]

    @Test func prettyGolden() {
        #expect(
            deal.render() == #"""
                {
                  "id": "acme-erp",
                  "会社": "株式会社アクメ",
                  "amount": 1200000,
                  "probability": 0.3,
                  "rate": 12.5,
                  "whole": 3.0,
                  "won": false,
                  "owner": null,
                  "contact": "山田部長",
                  "tags": [
                    "重要",
                    "新規"
                  ],
                  "empty": [],
                  "none": {},
                  "note": "行1\n行2\t\"q\" \\ \u001f\r"
                }

                """#)
    }

    @Test func compact() {
        let value: JSONValue = ["a": [1, true, .null], "b": ["c": .double(.nan)]]
        #expect(value.render(pretty: false) == #"{"a":[1,true,null],"b":{"c":null}}"# + "\n")
        #expect(JSONValue.string("x").render() == "\"x\"\n")
    }

    @Test func equalityKeepsKeyOrder() {
        #expect(JSONValue.object([("a", 1), ("b", 2)]) == ["a": 1, "b": 2])
        #expect(JSONValue.object([("a", 1), ("b", 2)]) != ["b": 2, "a": 1])
        #expect(JSONValue.int(1) != .double(1))
    }

    @Test(arguments: [true, false])
    func foundationParsesIt(pretty: Bool) throws {
        let parsed = try JSONSerialization.jsonObject(
            with: Data(deal.render(pretty: pretty).utf8), options: [.fragmentsAllowed])
        #expect(normalize(fromFoundation(parsed)) == normalize(deal))
    }

    /// Numbers as doubles and keys sorted, since Foundation keeps neither the type nor the order.
    private func normalize(_ value: JSONValue) -> JSONValue {
        switch value {
        case .int(let i): .double(Double(i))
        case .array(let items): .array(items.map(normalize))
        case .object(let members): .object(members.map { ($0.0, normalize($0.1)) }.sorted { $0.0 < $1.0 })
        default: value
        }
    }

    private func fromFoundation(_ any: Any) -> JSONValue {
        switch any {
        case is NSNull: return .null
        case let s as String: return .string(s)
        case let n as NSNumber:
            return String(cString: n.objCType) == "c" ? .bool(n.boolValue) : .double(n.doubleValue)
        case let a as [Any]: return .array(a.map(fromFoundation))
        case let d as [String: Any]: return .object(d.map { ($0.key, fromFoundation($0.value)) })
        default: return .string("unexpected \(type(of: any))")
        }
    }
}

@Suite struct RenderMarkdownTests {
    @Test func escapesAndAligns() {
        let text = markdownTable(
            header: ["名前", "金額"],
            rows: [["a|b", "100"], ["二行\n目", "5"], ["CR\r\nLF"]],
            rightAligned: [1]
        )
        #expect(
            text == """
                | 名前       | 金額 |
                | ---------- | ---: |
                | a\\|b       |  100 |
                | 二行<br>目 |    5 |
                | CR<br>LF   |      |

                """)
    }
}

@Suite struct RenderColorTests {
    @Test(arguments: [
        (ColorMode.always, false, [String: String](), true),
        (.always, false, ["NO_COLOR": "1"], true),
        (.never, true, [:], false),
        (.auto, true, [:], true),
        (.auto, false, [:], false),
        (.auto, true, ["NO_COLOR": "1"], false),
        (.auto, true, ["NO_COLOR": "0"], false),
        (.auto, true, ["NO_COLOR": ""], true),
        (.auto, true, ["TERM": "dumb"], false),
        (.auto, true, ["TERM": "xterm-256color"], true)
    ])
    func rules(_ mode: ColorMode, _ isTerminal: Bool, _ environment: [String: String], _ enabled: Bool) {
        #expect(Palette(mode: mode, isTerminal: isTerminal, environment: environment).enabled == enabled)
    }

    @Test func styles() {
        let on = Palette(mode: .always, isTerminal: false, environment: [:])
        let off = Palette(mode: .never, isTerminal: true, environment: [:])
        #expect(on.red("失注") == "\u{1B}[31m失注\u{1B}[39m")
        #expect(on.bold(on.green("受注")) == "\u{1B}[1m\u{1B}[32m受注\u{1B}[39m\u{1B}[22m")
        #expect(on.cyan("") == "")
        for style in [off.bold, off.dim, off.red, off.green, off.yellow, off.cyan] {
            #expect(style("受注") == "受注")
        }
        #expect(ColorMode(rawValue: "never") == .never)
        #expect(ColorMode.allCases.map(\.rawValue) == ["auto", "always", "never"])
    }
}

@Suite struct RenderSparklineTests {
    @Test(arguments: [
        ([Int](), ""),
        ([0, 0, 0], "▁▁▁"),
        ([5], "█"),
        ([0, 1, 2, 4, 8], "▁▂▂▄█"),
        ([0, 1, 2, 3, 4, 5, 6, 7, 8], "▁▂▂▃▄▅▆▇█"),
        ([-3, 3], "▁█"),
        ([Int.max, 1, 0], "█▂▁")
    ])
    func cases(_ values: [Int], _ expected: String) {
        #expect(sparkline(values) == expected)
    }
}
