import Testing

@testable import SalesKit

/// The message catalogue: every message in every language, with the same placeholders.
@Suite struct CatalogueTests {
    static func placeholders(_ text: String) -> Set<String> {
        var found: Set<String> = []
        for n in 0..<10 where text.contains("{\(n)}") { found.insert("{\(n)}") }
        return found
    }

    @Test(arguments: Message.allCases)
    func everyMessageHasEveryLanguage(message: Message) {
        for language in Language.allCases {
            let text = Message.table[message]?[language]
            #expect(text?.isEmpty == false, "\(message) has no \(language) text")
        }
        // English takes every argument ({0} … {n-1}); a translation uses no other (it may leave
        // one out: 「商談 tokai-erp を受注にしました」 needs no event text).
        let english = Self.placeholders(Message.table[message]?[.en] ?? "")
        #expect(english == Set((0..<english.count).map { "{\($0)}" }), "\(message): en skips a placeholder")
        for language in Language.allCases {
            let used = Self.placeholders(Message.table[message]?[language] ?? "")
            #expect(
                used.isSubset(of: english),
                "\(message): \(language) uses a placeholder en has not")
        }
    }

    @Test func errorsSpeakTheScopedLanguage() {
        let error = SalesError.noDeal("tokai-erb", suggestion: "tokai-erp")
        #expect(
            Language.$scoped.withValue(.en) { error.message }
                == "salesctl: no deal 'tokai-erb'\nhint: did you mean 'tokai-erp'?")
        #expect(
            Language.$scoped.withValue(.ja) { error.message }
                == "salesctl: 商談 'tokai-erb' はありません\nhint: 'tokai-erp' のことですか?")
        let unknown = SalesError.unknownEntry(UnknownEntry(.kind, typed: "訪門", candidates: Config.defaults.kinds))
        #expect(
            Language.$scoped.withValue(.ja) { unknown.message }.hasPrefix(
                "salesctl: 活動種別 '訪門' は salesctl.yaml にありません。訪問 (visit) のことですか?\nhint: 使えるもの: visit (訪問), "))
    }

    @Test func theLanguageKey() throws {
        #expect(try Config.parse(Array("language: ja\n".utf8)).language == .ja)
        #expect(try Config.parse(Array("timezone: Asia/Tokyo\n".utf8)).language == nil)
        #expect(throws: SalesError.self) { try Config.parse(Array("language: fr\n".utf8)) }
        let text = Config.withLanguage(.ja, Config.defaultYAML)
        #expect(try Config.parse(Array(text.utf8)).language == .ja)
        #expect(text.contains("\nlanguage: ja\n"))
    }
}
