import Foundation
import SalesKit
import Testing

@testable import SalesctlCLI

/// The language and the ambiguous width are in force for one run (task-local), never set for the
/// process: runs side by side keep their own, and nothing is left behind.
@Suite struct DisplaySettingsTests {
    @Test func runsSideBySideKeepTheirOwnLanguageAndLeaveNothingBehind() async throws {
        let store = try InProcess.store()
        let results = try await withThrowingTaskGroup(of: (String, InProcess.Run).self) { group in
            for i in 0..<16 {
                let language = i % 2 == 0 ? "ja" : "en"
                group.addTask {
                    let run = try await InProcess.run(
                        ["deal", "show", "nope"], in: store,
                        environment: [
                            "SALESCTL_LANG": language, "SALESCTL_AMBIGUOUS_WIDTH": language == "ja" ? "2" : "1"
                        ])
                    return (language, run)
                }
            }
            var all: [(String, InProcess.Run)] = []
            for try await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 16)
        for (language, run) in results {
            #expect(run.status == 1)
            #expect(run.stderr == (language == "ja" ? "salesctl: 商談 'nope' はありません\n" : "salesctl: no deal 'nope'\n"))
        }
        #expect(Language.current == .en)
        #expect(AmbiguousWidth.columns == 1)
    }

    @Test func initSpeaksTheNewStoresLanguageUnlessTheEnvironmentSaysOtherwise() async throws {
        let existing = try InProcess.store()
        let unset = ["SALESCTL_LANG": ""]
        let ja = try await InProcess.run(["init", "--language", "ja", "."], in: existing, environment: unset)
        #expect(ja.status == 1)
        #expect(ja.stderr.hasPrefix("salesctl: ") && ja.stderr.contains("にはすでにストアがあります"), "\(ja.stderr)")
        let en = try await InProcess.run(["init", "--language", "ja", "."], in: existing)  // SALESCTL_LANG=en
        #expect(en.stderr.hasPrefix("salesctl: a store already exists at "), "\(en.stderr)")
        let fresh = existing + "/../fresh-\(UUID().uuidString)"
        let created = try await InProcess.run(["init", "--language", "ja", fresh], in: existing, environment: unset)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("に空の salesctl ストアを作成しました"), "\(created.stdout)")
        #expect(Language.current == .en)
    }

    @Test func aBadVariableIsRefusedBeforeAnything() throws {
        let context = Context(workingDirectory: "/", environment: ["SALESCTL_AMBIGUOUS_WIDTH": "3"])
        #expect(throws: SalesError.self) { try DisplaySettings(context, config: nil) }
        let settings = try DisplaySettings(
            Context(workingDirectory: "/", environment: ["SALESCTL_LANG": "ＪＡ"]), config: nil)
        #expect(settings.language == .ja && settings.ambiguousWidth == 1)
    }
}
