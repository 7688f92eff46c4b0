import Foundation
import Testing

@testable import SalesKit

@Suite struct GitSetupPlanTests {
    @Test func attributeLinesAreInitsNonCommentLines() {
        #expect(GitSetup.attributeLines == ["*.yaml text eol=lf", "*.md text eol=lf", "deals/*.yaml merge=salesctl"])
    }

    @Test(
        arguments: [
            (nil, ["*.yaml text eol=lf", "*.md text eol=lf", "deals/*.yaml merge=salesctl"]),
            ("", ["*.yaml text eol=lf", "*.md text eol=lf", "deals/*.yaml merge=salesctl"]),
            ("  deals/*.yaml merge=salesctl \r\n*.md text eol=lf\n", ["*.yaml text eol=lf"]),
            ("# deals/*.yaml merge=salesctl\n*.yaml text eol=lf\n*.md text eol=lf\n", ["deals/*.yaml merge=salesctl"]),
            (Store.gitAttributes, [])
        ] as [(String?, [String])])
    func missingLines(existing: String?, missing: [String]) {
        #expect(GitSetup.missingAttributeLines(in: existing) == missing)
    }

    @Test func updatedAttributes() {
        #expect(GitSetup.updatedAttributes(nil) == Store.gitAttributes)
        #expect(GitSetup.updatedAttributes("") == Store.gitAttributes)
        #expect(GitSetup.updatedAttributes(Store.gitAttributes) == nil)
        #expect(
            GitSetup.updatedAttributes("*.png binary") == """
                *.png binary
                # Added by 'salesctl git setup' (see 'salesctl merge-driver --help').
                *.yaml text eol=lf
                *.md text eol=lf
                deals/*.yaml merge=salesctl

                """)
        // The result is complete: a second run adds nothing.
        #expect(GitSetup.updatedAttributes(GitSetup.updatedAttributes("*.png binary\n")) == nil)
    }

    @Test func configChanges() {
        let unset = GitSetup.configChanges(current: [:])
        #expect(unset.set.map(\.key) == ["merge.salesctl.name", "merge.salesctl.driver"])
        #expect(unset.conflicts.isEmpty)
        let done = GitSetup.configChanges(current: [
            "merge.salesctl.name": "salesctl deal history",
            "merge.salesctl.driver": "salesctl merge-driver %O %A %B %P"
        ])
        #expect(done.set.isEmpty && done.conflicts.isEmpty)
        let other = GitSetup.configChanges(current: [
            "merge.salesctl.name": "salesctl deal history",
            "merge.salesctl.driver": "/usr/local/bin/salesctl merge-driver %O %A %B %P"
        ])
        #expect(other.set.map(\.key) == ["merge.salesctl.driver"])
        #expect(other.conflicts.map(\.current) == ["/usr/local/bin/salesctl merge-driver %O %A %B %P"])
    }

    @Test func hookScriptAndPlan() {
        let top = GitSetup.hookScript(storePath: "")
        #expect(top.hasPrefix("#!/bin/sh\n# salesctl pre-commit hook, written by 'salesctl git setup --hook'.\n"))
        #expect(top.hasSuffix("exec salesctl -C . check\n"))
        #expect(GitSetup.hookScript(storePath: "営業 チーム/it's").hasSuffix("exec salesctl -C '営業 チーム/it'\\''s' check\n"))
        #expect(GitSetup.hookScript(storePath: "sales/team-a").hasSuffix("exec salesctl -C sales/team-a check\n"))

        #expect(GitSetup.hookPlan(existing: nil, wanted: top) == .install)
        #expect(GitSetup.hookPlan(existing: top, wanted: top) == .unchanged)
        #expect(GitSetup.hookPlan(existing: GitSetup.hookScript(storePath: "old"), wanted: top) == .update)
        #expect(GitSetup.hookPlan(existing: "#!/bin/sh\nexec make lint\n", wanted: top) == .foreign)
        #expect(GitSetup.hookPlan(existing: "", wanted: top) == .foreign)
        #expect(GitSetup.hookPlan(existing: "# salesctl pre-commit hook\n", wanted: top) == .foreign)
    }

    @Test func workTreePrefix() throws {
        let top = FileManager.default.temporaryDirectory.appendingPathComponent("salesctl-unit-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: top + "/sales/team", withIntermediateDirectories: true)
        #expect(GitSetup.workTreePrefix(of: top + "/sales/team") == nil)
        try FileManager.default.createDirectory(atPath: top + "/.git", withIntermediateDirectories: true)
        #expect(GitSetup.workTreePrefix(of: top) == "")
        #expect(GitSetup.workTreePrefix(of: top + "/sales/team") == "sales/team")
        // A linked worktree or submodule has a .git file.
        try "gitdir: /elsewhere\n".write(toFile: top + "/sales/.git", atomically: false, encoding: .utf8)
        #expect(GitSetup.workTreePrefix(of: top + "/sales/team/") == "team")
    }
}

@Suite struct GitHubAnnotationTests {
    @Test func annotationOfAFinding() {
        let finding = Finding(
            path: "deals/東海.yaml", line: 12, column: 8, code: "unknown-stage",
            message: "stage 'foo' is not in salesctl.yaml")
        #expect(
            GitHubAnnotation.line(for: finding)
                == "::error file=deals/東海.yaml,line=12,col=8,title=unknown-stage::stage 'foo' is not in salesctl.yaml")
        #expect(
            GitHubAnnotation.line(for: finding, pathPrefix: "sales")
                == "::error file=sales/deals/東海.yaml,line=12,col=8,title=unknown-stage::stage 'foo' is not in salesctl.yaml"
        )
        let whole = Finding(
            path: "reports/2026/11/a.md", severity: .warning, code: "no-front-matter", message: "no front matter")
        #expect(
            GitHubAnnotation.line(for: whole)
                == "::warning file=reports/2026/11/a.md,title=no-front-matter::no front matter")
    }

    /// The message is for people (GitHub shows it on the pull request): in the store's language;
    /// the file, place and code GitHub reads stay as they are.
    @Test func theMessageSpeaksTheLanguage() {
        let finding = Finding(
            path: "deals/a.yaml", line: 2, column: 1, code: "missing-field", message: "deal has no 'title'")
        #expect(
            Language.$scoped.withValue(.ja) { GitHubAnnotation.line(for: finding) }
                == "::error file=deals/a.yaml,line=2,col=1,title=missing-field::商談に 'title' がありません")
    }

    @Test func escaping() {
        #expect(GitHubAnnotation.escapeData("100% a:b, c\r\nd\ne") == "100%25 a:b, c%0D%0Ad%0Ae")
        #expect(GitHubAnnotation.escapeProperty("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae")
        let hostile = Finding(path: "deals/a,b:c.yaml", line: 1, column: 1, code: "x", message: "two\nlines ::error::")
        #expect(
            GitHubAnnotation.line(for: hostile)
                == "::error file=deals/a%2Cb%3Ac.yaml,line=1,col=1,title=x::two%0Alines ::error::")
    }
}
