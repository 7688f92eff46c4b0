import Testing

/// The manager's lists: `energy score`, `quality set|show|check`, `stale list`, `forecast`,
/// `lost`, `results`, `pipeline changes`, `customer list|show`, `feed` and `review`: malformed
/// command lines and values are refused with exit code 2.
@Suite struct ManagerListParseTests {
    static let cases: [([String], String)] = [
        (
            ["energy", "score", "--weeks", "two"],
            "salesctl: the value 'two' is invalid for '--weeks <weeks>': 'two' is not a whole number"
        ),
        (["energy", "score", "--format", "text"], InProcess.badListFormat("text")),
        (
            ["energy", "score", "--since", "2026-11-31"],
            "salesctl: invalid date '2026-11-31' for --since (expected YYYY-MM-DD)"
        ),
        (["quality", "set", "tokai-erp", "referral"], "salesctl: missing expected argument '<value>'"),
        (
            ["quality", "set", "tokai-erp", "referral", "maybe"],
            "salesctl: invalid value 'maybe' for referral; valid: yes, no, unknown"
        ),
        (
            ["quality", "set", "tokai-erp", "referral", "yes", "--date", "2026-11-31"],
            "salesctl: invalid date '2026-11-31' for --date (expected YYYY-MM-DD)"
        ),
        (["quality", "show", "tokai-erp", "--format", "table"], InProcess.badFormat("table", oneOf: ["text", "json"])),
        (
            ["quality", "check", "--min", "high"],
            "salesctl: the value 'high' is invalid for '--min <min>': 'high' is not a whole number"
        ),
        (["quality", "check", "--format", "text"], InProcess.badListFormat("text")),
        (
            ["stale", "list", "--sort", "name"],
            "salesctl: the value 'name' is invalid for '--sort <sort>'. Please provide one of 'days', 'amount', 'energy' or 'quality'."
        ),
        (
            ["stale", "list", "--days", "--sort"],
            "salesctl: the value '--sort' is invalid for '--days <days>': '--sort' is not a whole number"
        ),
        (
            ["stale", "list", "--as-of", "2026-11-31"],
            "salesctl: invalid date '2026-11-31' for --as-of (expected YYYY-MM-DD)"
        ),
        (
            ["forecast", "--by", "year"],
            "salesctl: the value 'year' is invalid for '--by <by>'. Please provide one of 'month', 'quarter', 'owner' or 'stage'."
        ),
        (["forecast", "--from", "2026-02-30"], "salesctl: invalid date '2026-02-30' for --from (expected YYYY-MM-DD)"),
        (["forecast", "--format", "html"], InProcess.badListFormat("html")),
        (
            ["lost", "--by", "customer"],
            "salesctl: the value 'customer' is invalid for '--by <by>'. Please provide one of 'reason', 'stage' or 'owner'."
        ),
        (["lost", "--since", "2026-00-01"], "salesctl: invalid date '2026-00-01' for --since (expected YYYY-MM-DD)"),
        (
            ["results", "--period", "2026-Q5"],
            "salesctl: invalid period '2026-Q5' for --period (expected a month 2026-11, a quarter 2026-Q4 or a year 2026)"
        ),
        (
            ["results", "--by", "week"],
            "salesctl: the value 'week' is invalid for '--by <by>'. Please provide one of 'owner', 'month' or 'quarter'."
        ),
        (["pipeline", "changes"], "salesctl: missing expected argument '--since <YYYY-MM-DD>'"),
        (
            ["pipeline", "changes", "--since", "2026-11-01", "--until", "2026-11-31"],
            "salesctl: invalid date '2026-11-31' for --until (expected YYYY-MM-DD)"
        ),
        (["customer", "list", "--format", "text"], InProcess.badListFormat("text")),
        (["customer", "list", "--quiet", "--bogus"], "salesctl: unknown option '--bogus'"),
        (["customer", "show"], "salesctl: missing expected argument '<name>'"),
        (["customer", "show", "東海", "--format", "table"], InProcess.badFormat("table", oneOf: ["text", "json"])),
        (["feed", "--since", "2026-1-1"], "salesctl: invalid date '2026-1-1' for --since (expected YYYY-MM-DD)"),
        (["feed", "--format", "csv"], InProcess.badFormat("csv", oneOf: ["text", "json", "ndjson", "markdown"])),
        (["feed", "--deal"], "salesctl: missing value for '--deal <ID>'"),
        (["review", "--format", "pdf"], InProcess.badFormat("pdf", oneOf: ["html", "markdown", "text"])),
        (["review", "--since", "2026-02-31"], "salesctl: invalid date '2026-02-31' for --since (expected YYYY-MM-DD)")
    ]

    @Test(arguments: cases)
    func malformedIsRefusedWithExitCode2(arguments: [String], message: String) async throws {
        try await InProcess.expectMalformed(arguments, message)
    }
}
