import Testing

@testable import SalesKit

/// Map files: every section, and a finding with line:column for each mistake.
@Suite struct ImportMapTests {
    static func parse(_ text: String) throws -> ImportMap {
        try ImportMap.parse(Array(text.utf8), path: "map.yaml", fields: ImportKind.allFields)
    }

    @Test func everySection() throws {
        let map = try Self.parse(
            """
            columns: {title: 商談名}
            stages:
              Prospecting: discovery
              Closed Won: {stage: delivery, status: won}
            statuses: {進行中: open}
            owners: {tanaka@example.co.jp: 田中 美咲}
            types: {Call: phone}
            defaults: {currency: JPY}
            date_order: mdy
            id_prefix: crm
            """)
        #expect(map.columns == ["title": "商談名"])
        #expect(
            map.stages == [
                "Prospecting": .init(stage: "discovery", status: nil),
                "Closed Won": .init(stage: "delivery", status: .won)
            ])
        #expect(map.statuses == ["進行中": .open])
        #expect(map.owners == ["tanaka@example.co.jp": "田中 美咲"])
        #expect(map.types == ["Call": "phone"])
        #expect(map.defaults == ["currency": "JPY"])
        #expect(map.dateOrder == .mdy)
        #expect(map.idPrefix == "crm")
        #expect(try Self.parse("") == ImportMap())
    }

    @Test(arguments: [
        (
            "stage:\n  A: b\n",
            "map.yaml:1:1: error: [unknown-key] unknown section 'stage' (did you mean 'stages'?); valid: columns, stages, statuses, owners, types, defaults, date_order, id_prefix"
        ),
        (
            "columns:\n  titel: 商談名\n",
            "map.yaml:2:3: error: [unknown-key] 'titel' in 'columns' is not a field of this import; valid: id, title, customer, owner, stage, status, amount, currency, close, created, source, date, type, subject, description, contacts, deal, next"
        ),
        (
            "statuses:\n  済: finished\n",
            "map.yaml:2:6: error: [bad-value] status 'finished' for '済'; valid: open, won, lost, dropped, on-hold"
        ),
        (
            "stages:\n  X: {stage: a, state: won}\n",
            "map.yaml:2:24: error: [unknown-key] 'state' in a stage rule; valid: stage, status"
        ),
        (
            "stages:\n  X: {status: closed}\n",
            "map.yaml:2:15: error: [bad-value] 'status' is 'closed'; valid: open, won, lost, dropped, on-hold"
        ),
        ("date_order: ydm\n", "map.yaml:1:13: error: [bad-value] 'date_order' is 'ydm'; valid: ymd, mdy, dmy"),
        (
            "id_prefix: SF\n",
            "map.yaml:1:12: error: [bad-value] id_prefix 'SF' cannot start a deal id: use only lower-case letters a-z, digits and '-' (like acme-erp)"
        ),
        ("owners:\n  a: [b]\n", "map.yaml:2:6: error: [type] 'a' in 'owners' must be text, not a list"),
        ("- a\n", "map.yaml:1:1: error: [type] an import map must be a mapping of 'key: value' lines")
    ])
    func mistakes(_ text: String, _ message: String) {
        #expect(throws: (any Error).self) { try Self.parse(text) }
        do {
            _ = try Self.parse(text)
        } catch let error as SalesError {
            #expect(error.message == message)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
