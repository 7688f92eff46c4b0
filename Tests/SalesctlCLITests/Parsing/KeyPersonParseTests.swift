import Testing

/// `person add|set|rm|map`: malformed command lines and values are refused with exit code 2.
@Suite struct KeyPersonParseTests {
    static let cases: [([String], String)] = [
        (["person", "add", "tokai-erp"], "salesctl: missing expected argument '<name>'"),
        (["person", "add", "tokai-erp", "伊藤 直子", "--role", "Z"], "salesctl: unknown role 'Z'; valid: D, A, I"),
        (["person", "set", "tokai-erp"], "salesctl: missing expected argument '<name>'"),
        (
            ["person", "set", "tokai-erp", "松本隆", "--date", "11/20"],
            "salesctl: invalid date '11/20' for --date (expected YYYY-MM-DD)"
        ),
        (
            ["person", "set", "tokai-erp", "松本隆", "--stance", "maybe"],
            "salesctl: unknown stance 'maybe'; valid: supporter ○, cooperative △, neutral −, uncooperative ▽, opposed ×"
        ),
        (["person", "rm", "tokai-erp"], "salesctl: missing expected argument '<name>'"),
        (
            ["person", "map", "tokai-erp", "--format", "svg"],
            InProcess.badFormat("svg", oneOf: ["table", "json", "markdown", "mermaid"])
        ),
        (
            ["person", "map", "tokai-erp", "--days", "x"],
            "salesctl: the value 'x' is invalid for '--days <days>': 'x' is not a whole number"
        )
    ]

    @Test(arguments: cases)
    func malformedIsRefusedWithExitCode2(arguments: [String], message: String) async throws {
        try await InProcess.expectMalformed(arguments, message)
    }
}
