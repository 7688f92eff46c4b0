import Testing

/// `deal new|list|show|set|step|advance|win|lose|drop|hold|reopen`: malformed command lines and
/// values are refused before anything is read or written, with exit code 2.
@Suite struct DealParseTests {
    static let cases: [([String], String)] = [
        (["deal", "new"], "salesctl: missing expected argument '<id>'"),
        (["deal", "new", "acme-x", "--title", "T"], "salesctl: missing expected argument '--customer <customer>'"),
        (
            ["deal", "new", "acme-x", "--title", "T", "--customer", "C", "--expected-close", "2026-13-01"],
            "salesctl: invalid date '2026-13-01' for --expected-close (expected YYYY-MM-DD)"
        ),
        (
            ["deal", "new", "acme-x", "--title", "T", "--customer", "C", "--amount", "12x"],
            "salesctl: amount '12x' is not a whole number"
        ),
        (
            ["deal", "new", "acme-x", "--title", "T", "--customer", "C", "--date", "2026-12-01"],
            "salesctl: date 2026-12-01 is after today (2026-11-20)"
        ),
        (["deal", "list", "--format", "yaml"], InProcess.badListFormat("yaml")),
        (["deal", "list", "--bogus"], "salesctl: unknown option '--bogus'"),
        (
            ["deal", "list", "--status", "closedd"],
            "salesctl: unknown status 'closedd'; valid: open, won, lost, dropped, on-hold, closed, all"
        ),
        (["deal", "show"], "salesctl: missing expected argument '<id>'"),
        (["deal", "show", "tokai-erp", "--format", "table"], InProcess.badFormat("table", oneOf: ["text", "json"])),
        (["deal", "show", "tokai-erp", "--format"], "salesctl: missing value for '--format <format>'"),
        (["deal", "set"], "salesctl: missing expected argument '<id>'"),
        (
            ["deal", "set", "tokai-erp", "--expected-close", "tomorrow"],
            "salesctl: invalid date 'tomorrow' for the expected close (expected YYYY-MM-DD)"
        ),
        (["deal", "set", "tokai-erp", "--amount", "1.5"], "salesctl: amount '1.5' is not a whole number"),
        (["deal", "step", "tokai-erp"], "salesctl: missing expected argument '<step>'"),
        (
            ["deal", "step", "tokai-erp", "budget", "--date", "2026-02-30"],
            "salesctl: invalid date '2026-02-30' for --date (expected YYYY-MM-DD)"
        ),
        (
            ["deal", "step", "tokai-erp", "budget", "--undo=yes"],
            "salesctl: the option '--undo' does not take any value, but 'yes' was specified."
        ),
        (["deal", "advance"], "salesctl: missing expected argument '<id>'"),
        (
            ["deal", "advance", "tokai-erp", "--date", "20261101"],
            "salesctl: invalid date '20261101' for --date (expected YYYY-MM-DD)"
        ),
        (
            ["deal", "advance", "tokai-erp", "--force"],
            "salesctl: --force needs --reason TEXT: say why the deal moves without the missing steps"
        ),
        (["deal", "win"], "salesctl: missing expected argument '<id>'"),
        (["deal", "win", "tokai-erp", "--reason", "price"], "salesctl: unknown option '--reason'"),
        (
            ["deal", "lose", "tokai-erp", "--reason", "price", "--date", "yesterday"],
            "salesctl: invalid date 'yesterday' for --date (expected YYYY-MM-DD)"
        ),
        (
            ["deal", "lose", "tokai-erp"],
            "salesctl: 'deal lose' needs --reason CODE; valid: price (価格), competitor (競合に負けた), "
                + "no-budget (予算なし), timing (時期が合わない), no-decision (意思決定されず), lost-contact (連絡が途絶えた)"
        ),
        (["deal", "drop"], "salesctl: missing expected argument '<id>'"),
        (
            ["deal", "hold", "tokai-erp", "--date", "2026/11/01", "--reason", "timing"],
            "salesctl: invalid date '2026/11/01' for --date (expected YYYY-MM-DD)"
        ),
        (["deal", "hold", "tokai-erp", "--reason"], "salesctl: missing value for '--reason <reason>'"),
        (["deal", "reopen", "tokai-erp", "extra"], "salesctl: unexpected argument 'extra'")
    ]

    @Test(arguments: cases)
    func malformedIsRefusedWithExitCode2(arguments: [String], message: String) async throws {
        try await InProcess.expectMalformed(arguments, message)
    }
}
