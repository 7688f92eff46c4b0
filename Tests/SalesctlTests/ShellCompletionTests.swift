import Foundation
import Testing

/// The committed completion scripts, loaded into real bash, zsh and fish, complete deal ids and
/// config ids from the store of the current directory (or -C). `.ci/run` installs the shells; on a
/// machine without one, its test is skipped with a note.
@Suite struct ShellCompletionTests {
    static let completions = Harness.packageRoot.path + "/completions"

    static func dealIDs(_ dir: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir + "/deals").filter { $0.hasSuffix(".yaml") }
            .map { String($0.dropLast(5)) }.sorted()
    }

    // MARK: bash

    /// A scripted completion request: COMP_WORDS/COMP_LINE as bash sets them on TAB, then the
    /// script's `_salesctl`; prints COMPREPLY one per line.
    static func bash(_ line: String, in dir: String) throws -> [String] {
        var words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        if line.hasSuffix(" ") { words.append("") }
        let script = """
            source \(ShellHarness.quote(completions + "/salesctl.bash"))
            COMP_LINE=\(ShellHarness.quote(line)); COMP_POINT=${#COMP_LINE}
            COMP_WORDS=(\(words.map(ShellHarness.quote).joined(separator: " "))); COMP_CWORD=\(words.count - 1)
            _salesctl salesctl "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let result = try Harness.spawn(
            ShellHarness.which("bash")!, ["--norc", "--noprofile", "-c", script], in: dir,
            environment: try ShellHarness.environment())
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init).sorted()
    }

    @Test(.enabled(if: ShellHarness.which("bash") != nil, "bash is not installed; skipping bash completion"))
    func bashCompletesFromTheStore() throws {
        let dir = try Harness.copyExample("basic")
        #expect(try Self.bash("salesctl deal show ", in: dir) == Self.dealIDs(dir))
        #expect(try Self.bash("salesctl deal show to", in: dir) == ["tokai-erp"])
        #expect(try Self.bash("salesctl report add --deal ", in: dir) == Self.dealIDs(dir))
        #expect(try Self.bash("salesctl report add --kind ph", in: dir) == ["phone"])
        #expect(
            try Self.bash("salesctl deal list --stage ", in: dir)
                == ["decision", "define", "delivery", "discovery", "maintenance"])
        #expect(try Self.bash("salesctl report add --deal tokai-erp --signal que", in: dir) == ["question"])
        #expect(try Self.bash("salesctl deal list --owner ", in: dir).contains("佐藤 健"))
        #expect(try Self.bash("salesctl de", in: dir) == ["deal"])
        #expect(try Self.bash("salesctl person set tokai-erp ", in: dir).contains("山田 浩二"))
        #expect(try Self.bash("salesctl deal lose tokai-erp --reason ", in: dir).contains("price"))
        #expect(Set(try Self.bash("salesctl deal ", in: dir)).isSuperset(of: ["list", "new", "show"]))
        // From elsewhere: -C points at the store; outside any store nothing is offered.
        let outside = try Harness.temporaryDirectory()
        #expect(try Self.bash("salesctl deal show -C \(dir) ", in: outside) == Self.dealIDs(dir))
        #expect(try Self.bash("salesctl deal show ", in: outside) == [])
    }

    /// Global options before the command (issue 22): `-C DIR` points at the store, and the
    /// value of `--color`/`--today` is not taken for a command.
    @Test(.enabled(if: ShellHarness.which("bash") != nil, "bash is not installed; skipping bash completion"))
    func bashCompletesAfterGlobalOptions() throws {
        let dir = try Harness.copyExample("basic")
        let outside = try Harness.temporaryDirectory()
        #expect(try Self.bash("salesctl -C \(dir) deal show ", in: outside) == Self.dealIDs(dir))
        #expect(try Self.bash("salesctl --dir \(dir) deal show to", in: outside) == ["tokai-erp"])
        #expect(try Self.bash("salesctl --color never deal show ", in: dir) == Self.dealIDs(dir))
        #expect(try Self.bash("salesctl --today 2026-11-20 --no-pager deal show ", in: dir) == Self.dealIDs(dir))
        #expect(try Self.bash("salesctl -C \(dir) report add --kind ph", in: outside) == ["phone"])
        #expect(try Self.bash("salesctl -C \(dir) de", in: outside) == ["deal"])
        #expect(try Self.bash("salesctl --color ", in: dir) == ["always", "auto", "never"])
    }

    // MARK: zsh

    /// Types `line` and TAB into an interactive zsh on a pseudo-terminal with the committed
    /// `_salesctl` on fpath; `compadd` is wrapped to record the matches, and the shell exits
    /// right after completing.
    static func zsh(_ line: String, in dir: String) throws -> [String] {
        let home = try Harness.temporaryDirectory()
        let out = home + "/matches"
        let rc = """
            fpath=(\(ShellHarness.quote(completions)) $fpath)
            autoload -U compinit && compinit -u -D
            compadd() {
              if [[ " ${(j: :)@} " == *\\ -[OAD]\\ * ]]; then builtin compadd "$@"; return; fi
              local -a __hits
              builtin compadd -A __hits "$@"
              (( $#__hits )) && print -rl -- $__hits >> \(ShellHarness.quote(out))
              builtin compadd "$@"
            }
            comppostfuncs=(exit)
            """
        try rc.write(toFile: home + "/.zshrc", atomically: true, encoding: .utf8)
        let result = try ShellHarness.onTerminal(
            "zsh -i", in: dir, environment: try ShellHarness.environment(["ZDOTDIR": home]),
            input: line + "\t")
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let matches = (try? Harness.read(out)) ?? ""
        return Array(Set(matches.split(separator: "\n").map(String.init))).sorted()
    }

    @Test(
        .enabled(
            if: ShellHarness.which("zsh") != nil && ShellHarness.hasScript,
            "zsh (or util-linux script) is not installed; skipping zsh completion"))
    func zshCompletesFromTheStore() throws {
        let dir = try Harness.copyExample("basic")
        #expect(try Self.zsh("salesctl deal show ", in: dir) == Self.dealIDs(dir))
        #expect(try Self.zsh("salesctl report add --kind ph", in: dir) == ["phone"])
    }

    @Test(
        .enabled(
            if: ShellHarness.which("zsh") != nil && ShellHarness.hasScript,
            "zsh (or util-linux script) is not installed; skipping zsh completion"))
    func zshCompletesAfterGlobalOptions() throws {
        let dir = try Harness.copyExample("basic")
        let outside = try Harness.temporaryDirectory()
        #expect(try Self.zsh("salesctl -C \(dir) deal show ", in: outside) == Self.dealIDs(dir))
        #expect(try Self.zsh("salesctl --color never deal show ", in: dir) == Self.dealIDs(dir))
    }

    // MARK: fish

    /// `complete -C LINE` in an interactive fish on a pseudo-terminal (fish's `commandline`
    /// needs one), with the committed salesctl.fish sourced.
    static func fish(_ line: String, in dir: String) throws -> [String] {
        let home = try Harness.temporaryDirectory()
        let out = home + "/matches"
        let command =
            "source \(ShellHarness.quote(completions + "/salesctl.fish")); "
            + "complete -C \(ShellHarness.quote(line)) > \(ShellHarness.quote(out)); exit\n"
        let result = try ShellHarness.onTerminal(
            "fish -N -i", in: dir, environment: try ShellHarness.environment(), input: command)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let matches = (try? Harness.read(out)) ?? ""
        // fish prints "candidate<TAB>description".
        return matches.split(separator: "\n").map { String($0.split(separator: "\t").first ?? "") }.sorted()
    }

    @Test(
        .enabled(
            if: ShellHarness.which("fish") != nil && ShellHarness.hasScript,
            "fish (or util-linux script) is not installed; skipping fish completion"))
    func fishCompletesFromTheStore() throws {
        let dir = try Harness.copyExample("basic")
        #expect(try Self.fish("salesctl deal show ", in: dir) == Self.dealIDs(dir))
        #expect(try Self.fish("salesctl report add --kind ph", in: dir) == ["phone"])
    }

    @Test(
        .enabled(
            if: ShellHarness.which("fish") != nil && ShellHarness.hasScript,
            "fish (or util-linux script) is not installed; skipping fish completion"))
    func fishCompletesAfterGlobalOptions() throws {
        let dir = try Harness.copyExample("basic")
        let outside = try Harness.temporaryDirectory()
        #expect(try Self.fish("salesctl -C \(dir) deal show ", in: outside) == Self.dealIDs(dir))
        #expect(try Self.fish("salesctl --color never deal show ", in: dir) == Self.dealIDs(dir))
    }
}
