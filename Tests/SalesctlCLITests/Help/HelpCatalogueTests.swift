import Foundation
import SalesKit
import Testing

@testable import SalesctlCLI

/// The help catalogue is complete, like the message catalogue (CatalogueTests): every command of
/// the tree has its abstract and discussion in English and Japanese with the same examples, and
/// every option's help has its Japanese.
@Suite struct HelpCatalogueTests {
    /// The command tree as `--experimental-dump-help` gives it, in `language`.
    static func tree(_ language: Language) throws -> CommandDoc {
        try Language.$scoped.withValue(language) {
            var json = ""
            do { _ = try Salesctl.parseAsRoot(["--experimental-dump-help"]) } catch {
                json = Salesctl.fullMessage(for: error)
            }
            return try CommandDoc.parse(dumpHelp: json)
        }
    }

    /// Every command but `help`, hidden ones included, by path.
    static func commands(_ command: CommandDoc, path: [String] = []) -> [(String, CommandDoc)] {
        let here = path + [command.commandName]
        return [(here.joined(separator: " "), command)]
            + (command.subcommands ?? []).filter { $0.commandName != "help" }.flatMap { commands($0, path: here) }
    }

    /// An example without its `# comment`.
    static func withoutComment(_ example: String) -> String {
        example.split(separator: "\n").map { line in
            line.range(of: " # ").map { String(line[..<$0.lowerBound]) } ?? String(line)
        }.joined(separator: "\n")
    }

    static func isJapanese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) }
    }

    @Test func everyCommandHasItsHelpInBothLanguagesWithTheSameExamples() throws {
        let english = Dictionary(uniqueKeysWithValues: Self.commands(try Self.tree(.en)))
        let japanese = Self.commands(try Self.tree(.ja))
        #expect(japanese.count == english.count && japanese.count > 50)
        for (name, ja) in japanese {
            let en = try #require(english[name], "\(name) is missing in English")
            let abstract = ja.abstract ?? ""
            #expect(Self.isJapanese(abstract) && abstract != en.abstract, "\(name): no Japanese abstract")
            // Japanese wraps between any two characters: an abstract that fits its line is not cut.
            #expect(displayWidth("OVERVIEW: " + abstract) <= 80, "\(name): the abstract is wider than its line")
            let prose = ja.discussionParts.paragraphs.compactMap { block -> String? in
                if case .paragraph(let text) = block { return text } else { return nil }
            }
            #expect(!prose.isEmpty && prose.allSatisfy(Self.isJapanese), "\(name): the discussion is not Japanese")
            #expect((ja.discussion ?? "").contains("\n例:\n"), "\(name): no '例:' section")
            #expect(!(ja.discussion ?? "").contains("Examples:"), "\(name): an English heading in Japanese")
            #expect(
                ja.examples.map(Self.withoutComment) == en.examples.map(Self.withoutComment) && ja.examples.count >= 2,
                "\(name): the examples differ")
            for (example, english) in zip(ja.examples, en.examples) where example.contains(" # ") {
                #expect(example != english && Self.isJapanese(example), "\(name): '\(example)' has no Japanese comment")
            }
        }
    }

    @Test func everyOptionHelpHasJapaneseAndNoEntryIsUnused() throws {
        var used: Set<String> = []
        for (name, command) in Self.commands(try Self.tree(.en)) {
            for argument in command.arguments ?? [] {
                guard let abstract = argument.abstract, !abstract.isEmpty else { continue }
                used.insert(abstract)
                let japanese = OptionHelp.japanese[abstract]
                #expect(japanese.map(Self.isJapanese) == true, "\(name): no Japanese for the help '\(abstract)'")
            }
        }
        let unused = Set(OptionHelp.japanese.keys).subtracting(used)
        #expect(unused.isEmpty, "OptionHelp entries no option uses: \(unused.sorted())")
        // The parts of the table agree where they overlap (merging keeps the first).
        var seen: [String: String] = [:]
        for part in OptionHelp.parts {
            for (english, japanese) in part {
                #expect(seen[english].map { $0 == japanese } ?? true, "'\(english)' is translated twice")
                seen[english] = japanese
            }
        }
    }

    /// The screen: a label line, a help going on the next line, what swift-argument-parser appends.
    @Test func localizeTranslatesTheHelpOfOptionsOnly() throws {
        let screen = """
            OVERVIEW: Output format: text or json.

            USAGE: salesctl x [--format <format>]

            ARGUMENTS:
              <id>                    The deal id.

            OPTIONS:
              --format <format>       Output format: text or json. (values: text, json; default: text)
              --a-very-long-option-name-that-pushes <value>
                                      The deal id.
              --other                 Not in the table.
              -h, --help              Show help information.

            SUBCOMMANDS:
              list                    The deal id.
            """
        #expect(OptionHelp.localize(screen) == screen, "English stays as it is")
        let japanese = Language.$scoped.withValue(.ja) { OptionHelp.localize(screen) }
        #expect(
            japanese == """
                OVERVIEW: Output format: text or json.

                USAGE: salesctl x [--format <format>]

                ARGUMENTS:
                  <id>                    商談 ID。

                OPTIONS:
                  --format <format>       出力形式: text または json。 (値: text, json; 既定: text)
                  --a-very-long-option-name-that-pushes <value>
                                          商談 ID。
                  --other                 Not in the table.
                  -h, --help              ヘルプを表示する。

                SUBCOMMANDS:
                  list                    The deal id.
                """)
    }

    @Test func configurationsFollowTheLanguage() {
        let en = Language.$scoped.withValue(.en) { DealList.configuration }
        let ja = Language.$scoped.withValue(.ja) { DealList.configuration }
        #expect(en.abstract == "List deals.")
        #expect(ja.abstract == "商談を一覧表示")
        #expect(en.commandName == "list" && ja.commandName == "list")
        #expect(en.discussion.contains("\n\nExamples:\n  salesctl deal list\n"))
        #expect(ja.discussion.contains("\n\n例:\n  salesctl deal list\n"))
    }

    /// The store the command would use is read before parsing, for its language.
    @Test func theStoresConfigIsFoundBeforeParsing() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("salesctl-help-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: root + "/deals", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Data("language: ja\n".utf8).write(to: URL(fileURLWithPath: root + "/salesctl.yaml"))
        let elsewhere = Context(workingDirectory: "/", environment: [:])
        let inside = Context(workingDirectory: root + "/deals", environment: [:])
        let cases: [([String], Context, Language?)] = [
            (["deal", "--help"], inside, .ja),
            (["-C", root, "deal", "--help"], elsewhere, .ja),
            (["deal", "list", "--help", "-C", root], elsewhere, .ja),
            (["deal", "list", "--dir=" + root, "--help"], elsewhere, .ja),
            (["deal", "--help"], Context(workingDirectory: "/", environment: ["SALESCTL_DIR": root]), .ja),
            (["deal", "--help"], elsewhere, nil),
            (["deal", "--help", "--", "-C", root], elsewhere, nil)
        ]
        for (arguments, context, language) in cases {
            let config = try Invocation(arguments, context: context).configBeforeParsing()
            #expect(config?.language == language, "\(arguments)")
        }
    }
}
