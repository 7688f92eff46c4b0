import Foundation
import SalesKit
import Testing

/// What a user sees when something is wrong: one line saying what, one hint saying what to do,
/// and nothing said too early.
@Suite struct WarningTests {
    static let yamlSyntax = "deals/yaml-syntax.yaml:14:1: error: [yaml-syntax] "

    @Test func listsWarnAboutEachSkippedFileAndHintOnce() throws {
        let dir = try Harness.copyExample("broken")
        let result = try Harness.run(["stale", "list", "--today", "2026-11-20"], in: dir)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("warning: skipped " + Self.yamlSyntax) }, "\(result.stderr)")
        #expect(
            lines.filter { $0.hasPrefix("hint: ") } == [
                "hint: fix the skipped files by hand; 'salesctl check' lists every problem in the store"
            ])
        // Each skipped file, then how many deals were left out and which (issue 19), then the hint.
        #expect(lines.dropLast(2).allSatisfy { $0.hasPrefix("warning: skipped ") })
        #expect(
            lines.dropLast().last?.hasPrefix(
                "warning: 10 deals left out of this output and its totals: deals/Bad_ID.yaml, ") == true,
            "\(result.stderr)")
    }

    @Test(arguments: [["homework", "list"], ["feed"], ["report", "list"]])
    func aDealFilterOnABrokenDealWarnsLikeTheUnfilteredList(command: [String]) throws {
        let dir = try Harness.copyExample("broken")
        let result = try Harness.run(command + ["--deal", "yaml-syntax", "--today", "2026-11-20"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let typo = try Harness.run(command + ["--deal", "ok-dael", "--today", "2026-11-20"], in: dir)
        #expect(typo.status == 1)
        #expect(typo.stderr == "salesctl: no deal 'ok-dael'\nhint: did you mean 'ok-deal'?\n")
    }

    @Test func theMissingAuthorWarningWaitsForSuccess() throws {
        let dir = try Harness.copyExample("basic")
        let home = try Harness.temporaryDirectory()
        let environment = ["SALESCTL_AUTHOR": "", "HOME": home, "GIT_CONFIG_NOSYSTEM": "1", "XDG_CONFIG_HOME": home]
        let typo = try Harness.run(
            ["deal", "advance", "tokai-erb", "--today", "2026-11-20"], in: dir, environment: environment)
        #expect(typo.status == 1)
        #expect(typo.stderr == "salesctl: no deal 'tokai-erb'\nhint: did you mean 'tokai-erp'?\n")
        let step = try Harness.run(
            ["deal", "step", "tokai-erp", "influencers", "--today", "2026-11-20"], in: dir, environment: environment)
        #expect(step.status == 0, "\(step.stderr)")
        #expect(
            step.stderr
                == "warning: nobody to record as the author; pass --author, set SALESCTL_AUTHOR or git's user.name\n")
    }

    @Test func dealListShowsLastContactsAsOfToday() throws {
        let dir = try Harness.copyExample("basic")
        let today = try Harness.run(["deal", "list", "--format", "tsv", "--today", "2026-11-20"], in: dir)
        let earlier = try Harness.run(["deal", "list", "--format", "tsv", "--today", "2026-10-01"], in: dir)
        func lastContacts(_ tsv: String) -> [String] {
            tsv.split(separator: "\n").dropFirst().map {
                String($0.split(separator: "\t", omittingEmptySubsequences: false).last!)
            }
        }
        #expect(lastContacts(today.stdout).contains { $0 > "2026-10-01" })
        #expect(lastContacts(earlier.stdout).allSatisfy { $0 <= "2026-10-01" }, "\(earlier.stdout)")
    }

    @Test(arguments: ["--author", "--by"])
    func qualitySetTakesTheAuthorLikeEveryOtherChange(flag: String) throws {
        let dir = try Harness.copyExample("basic")
        let result = try Harness.run(
            ["quality", "set", "tokai-erp", "executive", "yes", flag, "中村 彩", "--today", "2026-11-20"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: dir + "/deals/tokai-erp.yaml", encoding: .utf8)
        #expect(
            text.hasSuffix("    by: 中村 彩\n    event: quality\n    indicator: executive\n    value: \"yes\"\n"),
            "\(text.suffix(200))")
    }
}
