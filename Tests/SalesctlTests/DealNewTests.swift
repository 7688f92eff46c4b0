import Foundation
import Testing

/// `deal new` refuses what would store something other than what the user meant, touching no file.
@Suite struct DealNewTests {
    let env = ["SALESCTL_TODAY": "2026-11-20"]

    @Test func dealNewRefusesAnEmptyTitleCustomerOwnerOrMember() throws {
        let dir = try Harness.copyExample("basic")
        let before = try Harness.snapshot(dir)
        for (args, message) in [
            (["--title", " ", "--customer", "株式会社X"], "salesctl: --title must not be empty\n"),
            (["--title", "基幹", "--customer", ""], "salesctl: --customer must not be empty\n"),
            (["--title", "基幹", "--customer", "株式会社X", "--owner", ""], "salesctl: --owner must not be empty\n"),
            (["--title", "基幹", "--customer", "株式会社X", "--member", "　"], "salesctl: --member must not be empty\n")
        ] {
            let result = try Harness.run(["deal", "new", "new-deal"] + args, in: dir, environment: env)
            #expect(result.status == 2)
            #expect(result.stderr == message)
            #expect(try Harness.snapshot(dir) == before)
        }
    }

    @Test func dealNewRefusesTheSameKeyPersonTwice() throws {
        let dir = try Harness.copyExample("basic")
        let before = try Harness.snapshot(dir)
        let result = try Harness.run(
            [
                "deal", "new", "new-deal", "--title", "基幹", "--customer", "株式会社X",
                "--key-person", "山田 太郎,部長", "--key-person", "山田太郎,課長"
            ], in: dir, environment: env)
        #expect(result.status == 2)
        #expect(result.stderr == "salesctl: key person '山田太郎' is given twice\n")
        #expect(try Harness.snapshot(dir) == before)
    }
}
