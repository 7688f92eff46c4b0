import Testing

@testable import SalesKit

/// "Did you mean", with labels: the nearest entry spelled the way it was typed, then every valid one.
@Suite struct DidYouMeanTests {
    let config = Config.defaults

    func message(_ body: () throws -> Void) -> String? {
        do { try body() } catch let error as SalesError { return error.message } catch { return "\(error)" }
        return nil
    }

    @Test func aMistypedLabelSuggestsTheLabelThenTheId() {
        let unknown = UnknownEntry(.kind, typed: "訪門", candidates: config.kinds)
        #expect(unknown.suggestion == "訪問 (visit)")
        #expect(
            SalesError.unknownEntry(unknown).message == """
                salesctl: unknown kind '訪門'; did you mean 訪問 (visit)?
                hint: valid: visit (訪問), visit-us (来社), web-meeting (Web会議), phone (電話), inquiry (問い合わせ), \
                email-reply (メール返信), demo (デモ), email (メール)
                """)
        #expect(SalesError.unknownEntry(unknown).kind == .malformed)  // exit 2
    }

    @Test func aMistypedIdSuggestsTheIdThenTheLabel() {
        #expect(UnknownEntry(.kind, typed: "vist", candidates: config.kinds).suggestion == "visit (訪問)")
        #expect(UnknownEntry(.kind, typed: "ｖｉｓｔ", candidates: config.kinds).suggestion == "visit (訪問)")
        #expect(UnknownEntry(.kind, typed: "fax-machine", candidates: config.kinds).suggestion == nil)
    }

    @Test(arguments: [
        ("stage", "決低", "salesctl: unknown stage '決低'; did you mean 決定 (decision)?"),
        ("signal", "qestion", "salesctl: unknown signal 'qestion'; did you mean question (質問を受けた)?"),
        ("reason", "価額", "salesctl: unknown lost reason '価額'; did you mean 価格 (price)?"),
        ("indicator", "empaty", "salesctl: unknown quality indicator 'empaty'; did you mean empathy (共感)?")
    ])
    func everyListSuggests(list: String, typed: String, firstLine: String) {
        let text = message {
            switch list {
            case "stage": _ = try config.requireStage(typed)
            case "signal": _ = try config.requireSignal(typed)
            case "reason": _ = try config.requireLostReason(typed)
            default: _ = try config.requireIndicator(typed)
            }
        }
        #expect(text?.split(separator: "\n").first.map(String.init) == firstLine)
        #expect(text?.contains("\nhint: valid: ") == true)
    }

    @Test func stepsSuggestFromEveryStageAndListTheDealsStage() throws {
        let unknown = UnknownEntry(
            .step, typed: "予算お確認", candidates: config.stages.flatMap(\.steps),
            valid: config.stages[0].steps, scope: ConfigEntry(id: "discovery", label: "発見"))
        #expect(
            SalesError.unknownEntry(unknown).message == """
                salesctl: unknown step '予算お確認'; did you mean 予算を確認 (budget)?
                hint: valid in stage discovery (発見): plan (お客様の計画を確認), reason (計画の理由を確認), \
                schedule (開始・終了時期を確認), competitors (競合を確認)
                """)
    }

    @Test func labelsFromTheFileAreEscaped() {
        var config = self.config
        config.kinds = [Config.Kind(id: "visit", label: "訪問\u{1b}[2J", points: 1)]
        let text = SalesError.unknownEntry(UnknownEntry(.kind, typed: "vist", candidates: config.kinds)).message
        #expect(!text.contains("\u{1b}"))
    }
}
