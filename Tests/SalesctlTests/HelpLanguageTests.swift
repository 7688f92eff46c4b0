import Foundation
import Testing

/// `--help` speaks the language decided before parsing (issue 21, section 1): `SALESCTL_LANG`,
/// else the `language` of the store the command would use (-C DIR before or after the command,
/// SALESCTL_DIR, or found upward from the working directory), else English.
@Suite struct HelpLanguageTests {
    static let japaneseAbstract = "概要: 商談の作成・一覧・表示と、営業プロセスの進行"
    static let englishAbstract = "OVERVIEW: Create, list and show deals; move them through the sales process."
    static let example = "  salesctl deal list --status open\n"

    /// A copy of examples/basic that says `language: ja` (or `en`) in its salesctl.yaml.
    static func store(language: String) throws -> String {
        let dir = try Harness.copyExample("basic")
        let path = dir + "/salesctl.yaml"
        let config = try Harness.read(path)
        try Data((config + "\nlanguage: \(language)\n").utf8).write(to: URL(fileURLWithPath: path))
        return dir
    }

    @Test func salesctlLangJaShowsJapaneseAbstractDiscussionAndExamples() throws {
        let help = try Harness.run(["deal", "--help"], environment: ["SALESCTL_LANG": "ja"])
        #expect(help.status == 0, "\(help.stderr)")
        #expect(help.stdout.hasPrefix(Self.japaneseAbstract + "\n"))
        #expect(help.stdout.contains("商談 1 件が YAML ファイル 1 つ: deals/<id>.yaml。"))
        #expect(help.stdout.contains("\n例:\n" + Self.example))
        #expect(help.stdout.contains("  new                     商談を作成\n"))  // a subcommand's abstract
        #expect(help.stdout.contains("  -h, --help              ヘルプを表示する。\n"))  // option help
        #expect(!help.stdout.contains("Examples:"))
        // swift-argument-parser's headings too, once the screen is wrapped.
        for heading in ["\n書式: salesctl deal ", "\nオプション:\n", "\nサブコマンド:\n"] {
            #expect(help.stdout.contains(heading), "\(heading)")
        }
        #expect(!help.stdout.contains("USAGE:") && !help.stdout.contains("OPTIONS:"))
    }

    @Test func englishByDefaultAndWithSalesctlLangEn() throws {
        for environment in [["SALESCTL_LANG": "en"], ["SALESCTL_LANG": ""]] {
            let help = try Harness.run(["deal", "--help"], environment: environment)
            #expect(help.status == 0, "\(help.stderr)")
            #expect(help.stdout.hasPrefix(Self.englishAbstract + "\n"), "\(environment)")
            #expect(help.stdout.contains("\nExamples:\n" + Self.example))
            #expect(help.stdout.contains("  -h, --help              Show help information.\n"))
            #expect(!help.stdout.contains("例:"))
        }
    }

    /// The store's `language: ja`, wherever the command finds the store; SALESCTL_LANG wins.
    @Test func aStoreWithLanguageJaSpeaksJapanese() throws {
        let ja = try Self.store(language: "ja")
        let elsewhere = try Harness.temporaryDirectory()
        let noLanguage = ["SALESCTL_LANG": ""]
        let ways: [(String, [String], String?, [String: String])] = [
            ("-C before the command", ["-C", ja, "deal", "--help"], elsewhere, noLanguage),
            ("-C after the command", ["deal", "list", "--help", "-C", ja], elsewhere, noLanguage),
            ("--dir=DIR", ["--dir=" + ja, "deal", "--help"], elsewhere, noLanguage),
            ("SALESCTL_DIR", ["deal", "--help"], elsewhere, ["SALESCTL_LANG": "", "SALESCTL_DIR": ja]),
            ("the working directory", ["deal", "--help"], ja + "/deals", noLanguage),
            ("help subcommand", ["help", "deal"], ja, noLanguage)
        ]
        for (way, arguments, directory, environment) in ways {
            let help = try Harness.run(arguments, in: directory, environment: environment)
            #expect(help.status == 0, "\(way): \(help.stderr)")
            #expect(help.stdout.contains("例:\n"), "\(way): \(help.stdout.prefix(200))")
            #expect(help.stdout.hasPrefix("概要: 商談"), "\(way): \(help.stdout.prefix(200))")
        }
        let overridden = try Harness.run(["-C", ja, "deal", "--help"], environment: ["SALESCTL_LANG": "en"])
        #expect(overridden.stdout.hasPrefix(Self.englishAbstract + "\n"))
    }

    @Test func aStoreWithLanguageEnOrNoneSpeaksEnglish() throws {
        let en = try Self.store(language: "en")
        let none = try Harness.copyExample("basic")
        for store in [en, none] {
            let help = try Harness.run(["-C", store, "deal", "--help"], environment: ["SALESCTL_LANG": ""])
            #expect(help.status == 0, "\(help.stderr)")
            #expect(help.stdout.hasPrefix(Self.englishAbstract + "\n"))
        }
        // A store that does not read does not stop --help: English, and no error.
        let broken = try Harness.temporaryDirectory()
        try Data("stages: [\n".utf8).write(to: URL(fileURLWithPath: broken + "/salesctl.yaml"))
        let help = try Harness.run(["-C", broken, "deal", "--help"], environment: ["SALESCTL_LANG": ""])
        #expect(help.status == 0 && help.stderr.isEmpty, "\(help.stderr)")
        #expect(help.stdout.hasPrefix(Self.englishAbstract + "\n"))
    }

    /// The commands still run in the store's language (the help's language is decided first).
    @Test func aCommandGroupWithoutSubcommandShowsItsHelpInTheStoresLanguage() throws {
        let ja = try Self.store(language: "ja")
        let group = try Harness.run(["deal"], in: ja, environment: ["SALESCTL_LANG": ""])
        #expect(group.stdout.hasPrefix(Self.japaneseAbstract + "\n"), "\(group.stdout.prefix(200))")
    }
}
