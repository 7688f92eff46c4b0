import Testing

/// Customer contacts: `report add|list|show`, `homework list|done`, `next set|done` and
/// `agenda`: malformed command lines and values are refused with exit code 2.
@Suite struct ContactParseTests {
    static let cases: [([String], String)] = [
        (["report", "add"], "salesctl: missing expected argument '--deal <deal>'"),
        (
            ["report", "add", "--deal", "tokai-erp", "--date", "2026-11-31", "-m", "x"],
            "salesctl: invalid date '2026-11-31' for --date (expected YYYY-MM-DD)"
        ),
        (
            ["report", "add", "--deal", "tokai-erp", "--kind", "visit", "--next-due", "2026-11-30", "-m", "x"],
            "salesctl: --next-due needs --next TEXT"
        ),
        (
            ["report", "list", "--since", "last-week"],
            "salesctl: invalid date 'last-week' for --since (expected YYYY-MM-DD)"
        ),
        (
            ["report", "list", "--until", "2026-11-00"],
            "salesctl: invalid date '2026-11-00' for --until (expected YYYY-MM-DD)"
        ),
        (["report", "list", "--format", "xml"], InProcess.badListFormat("xml")),
        (["report", "show"], "salesctl: missing expected argument '<report>'"),
        (["report", "show", "130bca", "--format", "csv"], InProcess.badFormat("csv", oneOf: ["text", "json"])),
        (["homework", "list", "--format", "yaml"], InProcess.badListFormat("yaml")),
        (["homework", "list", "--open", "--for"], "salesctl: missing value for '--for <MEMBER>'"),
        (["homework", "done"], "salesctl: missing expected argument '<ref>'"),
        (
            ["homework", "done", "70dca6#1", "--date", "2026-11-99"],
            "salesctl: invalid date '2026-11-99' for --date (expected YYYY-MM-DD)"
        ),
        (["next", "set", "tokai-erp", "電話する"], "salesctl: missing expected argument '--due <YYYY-MM-DD>'"),
        (
            ["next", "set", "tokai-erp", "電話する", "--due", "soon"],
            "salesctl: invalid date 'soon' for --due (expected YYYY-MM-DD)"
        ),
        (["next", "done"], "salesctl: missing expected argument '<id>'"),
        (
            ["next", "done", "tokai-erp", "--date", "2026-11-31"],
            "salesctl: invalid date '2026-11-31' for --date (expected YYYY-MM-DD)"
        ),
        (
            ["agenda", "--days", "many"],
            "salesctl: the value 'many' is invalid for '--days <days>': 'many' is not a whole number"
        ),
        (["agenda", "--format", "html"], InProcess.badListFormat("html"))
    ]

    @Test(arguments: cases)
    func malformedIsRefusedWithExitCode2(arguments: [String], message: String) async throws {
        try await InProcess.expectMalformed(arguments, message)
    }
}
