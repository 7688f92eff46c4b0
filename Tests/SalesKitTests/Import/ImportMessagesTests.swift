import Foundation
import Testing

@testable import SalesKit

/// `import`'s findings in Japanese (issue 21): every message of MessagesImport, found as an
/// import finds it. The English ones are tested beside each part (ImporterTests, CSVReaderTests,
/// TextDecodingTests, ImportMapTests).
@Suite struct ImportMessagesTests {
    static func japanese<T>(_ body: () throws -> T) rethrows -> T {
        try Language.$scoped.withValue(.ja, operation: body)
    }

    /// The finding a throwing body throws, in Japanese.
    static func finding(_ body: () throws -> Void) -> String {
        japanese {
            do {
                try body()
                return "nothing thrown"
            } catch let error as SalesError {
                return error.message
            } catch {
                return "\(error)"
            }
        }
    }

    @Test func badDealRows() throws {
        let store = try ImporterTests.store()
        let options = try ImporterTests.options(.salesforce, .deals, map: "salesforce-map.yaml")
        let plan = try Self.japanese {
            try ImporterTests.plan(
                ImporterTests.badDealRows + "\nA10,顧客なし,,Prospecting,100,2026-01-05,", store, options)
        }
        #expect(
            Self.japanese { plan.badRows.map(\.description) } == [
                "x.csv:3: error: [bad-row] ステージ 'Dreaming' がわかりません。マップファイルの 'stages:' に加えてください(salesctl のステージ: discovery (発見), define (定義), decision (決定), delivery (デリバリー), maintenance (維持))",
                "x.csv:4: error: [bad-row] 列 'Amount' の金額 '百万' が数値ではありません",
                "x.csv:5: error: [bad-row] レコード 'A1' は 2 行目にもあります",
                "x.csv:6: error: [bad-row] 列 'Name' に件名がありません",
                "x.csv:7: error: [bad-row] 'CreatedDate' の 2027-01-05 が今日(2026-11-20)より後です",
                "x.csv:8: error: [bad-row] 列 'CreatedDate' の '2026-13-01' が日付として読めません(YYYY-MM-DD か YYYY/MM/DD。01/02/2026 のような形は date_order で指定します)",
                "x.csv:9: error: [bad-row] 列 'Id' にレコード ID がありません",
                "x.csv:10: error: [bad-row] この行のセルは 8 個ですが、ヘッダーは 7 個です",
                "x.csv:11: error: [bad-row] 列 'Account.Name' に顧客がありません"
            ])
        let generic = try Self.japanese {
            try ImporterTests.plan(
                "id,title,customer,stage,status\n1,x,y,発見,paused\n", store, try ImporterTests.options(.generic, .deals))
        }
        #expect(
            Self.japanese { generic.badRows.map(\.description) } == [
                "x.csv:2: error: [bad-row] 状態 'paused' がわかりません。マップファイルの 'statuses:' に加えてください(open, won, lost, dropped, on-hold)"
            ])
    }

    @Test func badActivityRows() throws {
        let store = try ImporterTests.store()
        let deals = try ImporterTests.plan(
            "id,title,customer,stage\n1,同名の商談,株式会社A,発見\n2,同名の商談,株式会社B,発見\n", store,
            try ImporterTests.options(.generic, .deals))
        _ = try store.createFiles(deals.files)
        var options = try ImporterTests.options(.salesforce, .activities, map: "salesforce-map.yaml")
        options.map.types["Fax"] = "fax"
        let long = String(repeating: "あ", count: 330_000)
        let plan = try Self.japanese {
            try ImporterTests.plan(
                """
                Id,WhatId,Subject,ActivityDate,Type
                T1,tokai-erp,訪問,2026-11-02,Meeting
                T2,006UNKNOWN,電話,2026-11-02,Call
                T3,tokai-erp,将来の予定,2026-12-01,Call
                T4,tokai-erp,不明な種別,2026-11-02,Telex
                T5,tokai-erp,"NUL\u{0}入り",2026-11-02,Call
                T6,同名の商談,どちら,2026-11-02,Call
                T7,tokai-erp,日付なし,,Call
                T8,tokai-erp,ファクス,2026-11-02,Fax
                T9,tokai-erp,\(long),2026-11-02,Call
                """, store, options)
        }
        #expect(
            Self.japanese { plan.badRows.map(\.description) } == [
                "x.csv:3: error: [bad-row] 商談 '006UNKNOWN' がありません(列 'WhatId')。先に商談を取り込んでください",
                "x.csv:4: error: [bad-row] 日付 2026-12-01 が今日(2026-11-20)より後です",
                "x.csv:5: error: [bad-row] 活動の種類 'Telex' がわかりません。マップファイルの 'types:' に加えてください(活動種別: visit, visit-us, web-meeting, phone, inquiry, email-reply, demo, email)",
                "x.csv:6: error: [bad-row] 列 'Subject' に制御文字 U+0000 が入っています",
                "x.csv:7: error: [bad-row] 商談 '同名の商談' を特定できません: その件名の商談が 2 件あります",
                "x.csv:8: error: [bad-row] 列 'ActivityDate' に日付がありません",
                "x.csv:9: error: [bad-row] マップファイルは種類 'Fax' を 'fax' に読み替えていますが、'fax' は salesctl.yaml の活動種別ではありません(visit, visit-us, web-meeting, phone, inquiry, email-reply, demo, email)",
                "x.csv:10: error: [bad-row] 本文が 990000 バイトあります。活動報告に入るのは 983040 バイトまでです"
            ])
    }

    @Test func theHeader() throws {
        let store = try ImporterTests.store()
        #expect(
            Self.finding {
                _ = try ImporterTests.plan(
                    "Id,Name,Account.Name\nA1,x,y\n", store, try ImporterTests.options(.salesforce, .deals))
            }
                == "x.csv:1: error: [csv-header] 'stage' の列がありません: ヘッダーに 'StageName' か 'Stage' が必要です。マップファイルの 'columns:' で列名を指定してください"
        )
        var options = try ImporterTests.options(.generic, .deals)
        options.map.columns["title"] = "件名"
        #expect(
            Self.finding { _ = try ImporterTests.plan("id,title\n1,x\n", store, options) }
                == "x.csv:1: error: [csv-header] マップファイルは 'title' の列を '件名' としていますが、ヘッダーにその列がありません")
        #expect(
            Self.finding { _ = try ImporterTests.plan("", store, options) }
                == "x.csv:1: error: [csv-empty] ヘッダー行がありません")
        options.limits.maxColumns = 2
        #expect(
            Self.finding { _ = try ImporterTests.plan("id,title,customer\n", store, options) }
                == "x.csv:1: error: [csv-header] ヘッダー行が読めません: 1 行のセルが 2 個を超えています")
    }

    @Test func theCSVReader() throws {
        var limits = CSVReader.Limits()
        limits.maxCellBytes = 10
        let records = try Self.japanese {
            try CSVReaderTests.parse("a,b\n1,\"\(String(repeating: "x", count: 11))\"\n", limits: limits)
        }
        #expect(records[1].problem == "2 番目のセルが 10 バイトを超えています")
        limits.maxRecords = 2
        #expect(
            Self.finding { _ = try CSVReaderTests.parse("a\nb\nc\n", limits: limits) }
                == "x.csv:3: error: [csv-too-many-records] ファイルの行が 2 行を超えています")
        #expect(
            Self.finding { _ = try CSVReaderTests.parse("a,b\n1,\"never\nends\n") }
                == "x.csv:2: error: [csv-unclosed-quote] 引用符で始まるセルがここから閉じられていません('\"' が足りません)")
    }

    @Test func encodings() throws {
        let bytes = Array("a,b\nc,d\n".utf8) + [0xFF, 0xFF] + Array("\n".utf8)
        #expect(
            Self.finding { _ = try TextDecoding.decode(bytes, as: nil, path: "x.csv") }
                == "x.csv:3: error: [bad-encoding] ファイルが UTF-8 でも Shift_JIS (CP932) でもありません: バイト 0xFF はどちらとしても読めません"
        )
        #expect(
            Self.finding { _ = try TextDecoding.decode(bytes, as: .utf8, path: "x.csv") }
                == "x.csv:3: error: [bad-encoding] UTF-8 として読めないバイト 0xFF があります")
    }

    @Test(arguments: [
        (
            "stage:\n  A: b\n",
            "map.yaml:1:1: error: [unknown-key] セクション 'stage' は使えません('stages' のことですか?)。使えるもの: columns, stages, statuses, owners, types, defaults, date_order, id_prefix"
        ),
        (
            "zzzzzzzz: 1\n",
            "map.yaml:1:1: error: [unknown-key] セクション 'zzzzzzzz' は使えません。使えるもの: columns, stages, statuses, owners, types, defaults, date_order, id_prefix"
        ),
        (
            "columns:\n  titel: 商談名\n",
            "map.yaml:2:3: error: [unknown-key] 'columns' の 'titel' はこの取り込みの項目ではありません。使えるもの: id, title, customer, owner, stage, status, amount, currency, close, created, source, date, type, subject, description, contacts, deal, next"
        ),
        (
            "statuses:\n  済: finished\n",
            "map.yaml:2:6: error: [bad-value] '済' の状態 'finished' は使えません。使えるもの: open, won, lost, dropped, on-hold"
        ),
        (
            "stages:\n  X: {stage: a, state: won}\n",
            "map.yaml:2:24: error: [unknown-key] ステージの規則に 'state' は書けません。使えるもの: stage, status"
        ),
        (
            "id_prefix: SF\n",
            "map.yaml:1:12: error: [bad-value] id_prefix 'SF' は商談 ID の始まりに使えません: 英小文字 a-z、数字、'-' だけを使ってください(acme-erp のように)"
        ),
        ("owners:\n  a: [b]\n", "map.yaml:2:6: error: [type] 'owners' の 'a' は文字列で書いてください(リストになっています)"),
        ("- a\n", "map.yaml:1:1: error: [type] 取り込みのマップファイルは 'key: value' の行を並べたマッピングで書いてください")
    ])
    func mapFileMistakes(_ text: String, _ message: String) {
        #expect(Self.finding { _ = try ImportMapTests.parse(text) } == message)
    }
}
