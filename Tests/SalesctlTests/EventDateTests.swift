import Testing

/// Events are facts: every command that records one refuses a date after today.
@Suite struct EventDateTests {
    @Test(arguments: [
        ["deal", "step", "tokai-erp", "influencers", "--date", "2026-11-21"],
        ["deal", "advance", "kansai-logi", "--force", "--reason", "x", "--date", "2026-11-21"],
        ["deal", "lose", "tokai-erp", "--reason", "price", "--date", "2026-11-21"],
        ["deal", "new", "x-1", "--title", "t", "--customer", "c", "--date", "2026-11-21"],
        ["person", "add", "tokai-erp", "新人 一郎", "--date", "2026-11-21"],
        ["quality", "set", "tokai-erp", "champion", "yes", "--date", "2026-11-21"]
    ])
    func futureDatesAreRefused(_ arguments: [String]) throws {
        let dir = try Harness.copyExample("basic")
        let before = try Harness.snapshot(dir)
        let result = try Harness.run(arguments + ["--today", "2026-11-20"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr == "salesctl: date 2026-11-21 is after today (2026-11-20)\n")
        #expect(try Harness.snapshot(dir) == before)
    }
}
