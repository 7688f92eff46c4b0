import Foundation
import Testing

/// One style of error (issue 21, item 3): ArgumentParser's messages as `salesctl:` lines, the
/// nearest command for a mistyped one, "did you mean" with labels; all exit 2.
@Suite struct UsageErrorTests {

    @Test(
        arguments: [
            (
                ["deals"],
                "salesctl: unknown command 'deals'; did you mean 'deal'?\nhint: commands: init, deal, report, "
            ),
            (
                ["-C", ".", "stael", "list"],
                "salesctl: unknown command 'stael'; did you mean 'stale'?\nhint: commands: init, deal, report, "
            ),
            (
                ["deal", "lst"],
                "salesctl: unknown command 'deal lst'; did you mean 'deal list'?\nhint: commands: new, list, show, "
            ),
            (["frobnicate"], "salesctl: unknown command 'frobnicate'\nhint: commands: init, deal, report, "),
            (
                ["report", "add", "--deal", "tokai-erp", "--kind", "訪門", "-m", "x"],
                "salesctl: unknown kind '訪門'; did you mean 訪問 (visit)?\nhint: valid: visit (訪問), visit-us (来社), web-meeting (Web会議), phone (電話), inquiry (問い合わせ), email-reply (メール返信), demo (デモ), email (メール)\n"
            ),
            (
                ["deal", "list", "--stage", "決低"],
                "salesctl: unknown stage '決低'; did you mean 決定 (decision)?\nhint: valid: discovery (発見), define (定義), decision (決定), delivery (デリバリー), maintenance (維持)\n"
            )
        ] as [([String], String)])
    func usageErrors(arguments: [String], message: String) throws {
        let dir = try Harness.copyExample("basic")
        let result = try Harness.run(arguments, in: dir, environment: ["SALESCTL_TODAY": "2026-11-20"])
        #expect(result.status == 2)
        #expect(result.stdout == "")
        // The lists of commands grow: their start is checked, and that they end the message.
        if message.hasSuffix(", ") {
            #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
            #expect(result.stderr.hasSuffix("\n") && result.stderr.split(separator: "\n").count == 2)
        } else {
            #expect(result.stderr == message)
        }
    }

    @Test func argumentParsersOwnErrorsBecomeSalesctlLines() throws {
        let dir = try Harness.copyExample("basic")
        for arguments in [
            ["deal", "show"], ["stale", "list", "--days", "x"], ["deal", "list", "--bogus"],
            ["forecast", "--by", "week"]
        ] {
            let result = try Harness.run(arguments, in: dir)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.hasPrefix("salesctl: "), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("Error:"), "\(arguments): \(result.stderr)")
        }
        let missing = try Harness.run(["deal", "show"], in: dir)
        #expect(missing.stderr.hasPrefix("salesctl: missing expected argument '<id>'\n"))
    }
}
