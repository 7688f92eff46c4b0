import Testing

/// The store and the shell: `init`, `check`, `git setup`, `import deals|activities`, `export`,
/// `merge-driver`, `completion` and `generate-man`: malformed command lines and values are
/// refused with exit code 2.
@Suite struct StoreAndShellParseTests {
    static let cases: [([String], String)] = [
        (
            ["init", "--quality", "spin"],
            "salesctl: the value 'spin' is invalid for '--quality <quality>'. Please provide one of 'pronavi', 'meddpicc' or 'bant'."
        ),
        (
            ["init", "--language", "fr"],
            "salesctl: the value 'fr' is invalid for '--language <language>'. Please provide one of 'en' and 'ja'."
        ),
        (["init", "a", "b"], "salesctl: unexpected argument 'b'"),
        (
            ["check", "--format", "markdown"],
            InProcess.badFormat("markdown", oneOf: ["text", "json", "ndjson", "github"])
        ),
        (["check", "extra"], "salesctl: unexpected argument 'extra'"),
        (
            ["git", "setup", "--hook=yes"],
            "salesctl: the option '--hook' does not take any value, but 'yes' was specified."
        ),
        (["git", "setup", "extra"], "salesctl: unexpected argument 'extra'"),
        (["import", "deals"], "salesctl: missing expected argument '<FILE>'"),
        (
            ["import", "deals", "x.csv", "--from", "excel"],
            "salesctl: the value 'excel' is invalid for '--from <CRM>'. Please provide one of 'salesforce', 'hubspot', 'pipedrive' or 'generic'."
        ),
        (
            ["import", "deals", "x.csv", "--from", "generic", "--encoding", "ebcdic"],
            "salesctl: unknown encoding 'ebcdic'; valid: utf-8, shift_jis (cp932), utf-16"
        ),
        (["import", "activities", "x.csv"], "salesctl: missing expected argument '--from <CRM>'"),
        (["export"], "salesctl: missing expected argument '--sqlite <FILE>'"),
        (["export", "--sqlite"], "salesctl: missing value for '--sqlite <FILE>'"),
        (
            ["export", "--sqlite", "x.db", "--force=yes"],
            "salesctl: the option '--force' does not take any value, but 'yes' was specified."
        ),
        (["merge-driver", "a", "b"], "salesctl: missing expected argument '<theirs>'"),
        (["merge-driver", "a", "b", "c", "d", "e"], "salesctl: unexpected argument 'e'"),
        (["completion"], "salesctl: missing expected argument '<shell>'"),
        (
            ["completion", "powershell"],
            "salesctl: the value 'powershell' is invalid for '<shell>'. Please provide one of 'bash', 'zsh' or 'fish'."
        ),
        (["generate-man"], "salesctl: missing expected argument '<directory>'"),
        (["generate-man", "a", "b"], "salesctl: unexpected argument 'b'")
    ]

    @Test(arguments: cases)
    func malformedIsRefusedWithExitCode2(arguments: [String], message: String) async throws {
        try await InProcess.expectMalformed(arguments, message)
    }
}
