import Foundation
import SalesKit

/// The help of options and arguments in Japanese, keyed by the English text the commands declare
/// (`@Option(help:)`), as gettext keys a message by its English text. It is applied where help is
/// shown, to the screen (`localize`) and to the man pages (`text`): so the commands keep one
/// declaration of each option, and an option whose help has no Japanese yet shows its English.
/// `HelpCatalogueTests` fails when an option of the command tree has none.
enum OptionHelp {
    /// English → Japanese: every table of the `OptionHelp+*.swift` files.
    static let japanese: [String: String] = {
        var table: [String: String] = [:]
        for part in parts {
            table.merge(part) { first, _ in first }
        }
        return table
    }()

    /// The parts of the table (one per group of commands), merged.
    static var parts: [[String: String]] { [common, deals, reports, people, scores, tools] }

    /// An option's help in `Language.current`.
    static func text(_ english: String) -> String {
        Language.current == .ja ? japanese[english] ?? english : english
    }

    /// A help screen of swift-argument-parser (unwrapped) with the help of its arguments and
    /// options in `Language.current`. A label line is `  -C, --dir <DIR>   help (default: x)`;
    /// a help too long for its label goes on the next line, further in. What swift-argument-parser
    /// appends (`(values: …; default: x)`) is translated too; its headings (`USAGE:`, `OPTIONS:`)
    /// are not: they are the screen's structure, which `HelpText` and scripts read. A group's last
    /// line (`See 'salesctl help deal <subcommand>' for detailed help.`) is translated too.
    static func localize(_ screen: String) -> String {
        guard Language.current == .ja else { return screen }
        var inSection = false
        var lines: [String] = []
        for line in screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if let first = line.first, first != " " {
                inSection = line == "ARGUMENTS:" || line == "OPTIONS:" || line.hasSuffix(" OPTIONS:")
                lines.append(line)
                continue
            }
            if let quoted = UsageErrors.quotedPart(of: line, prefix: "  See ", suffix: " for detailed help.") {
                lines.append(Message.useSeeSubcommandHelp.text(quoted))
                continue
            }
            guard inSection, line.hasPrefix("  ") else {
                lines.append(line)
                continue
            }
            let indentation = line.prefix { $0 == " " }.count
            var start = line.index(line.startIndex, offsetBy: indentation)
            if indentation == 2, let gap = line[start...].range(of: "  ") {
                start = line[gap.lowerBound...].firstIndex { $0 != " " } ?? line.endIndex
            }
            lines.append(String(line[..<start]) + translated(line[start...]))
        }
        return lines.joined(separator: "\n")
    }

    /// A wrapped help screen with its headings (`OVERVIEW:`, `USAGE:`, `OPTIONS:` …) in
    /// `Language.current`: done last, as `HelpText` and `localize` find the sections by them.
    static func headings(_ screen: String) -> String {
        guard Language.current == .ja else { return screen }
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            for (english, japanese) in headingWords where line.hasPrefix(english) {
                if english.hasSuffix(" ") || line.count == english.count {
                    return japanese + line.dropFirst(english.count)
                }
            }
            return String(line)
        }
        return lines.joined(separator: "\n")
    }

    static let headingWords = [
        ("OVERVIEW: ", "概要: "), ("USAGE: ", "書式: "), ("ARGUMENTS:", "引数:"), ("OPTIONS:", "オプション:"),
        ("SUBCOMMANDS:", "サブコマンド:")
    ]

    /// What swift-argument-parser appends to a help, ` (values: a, b; default: a)`, in Japanese.
    static func appended(_ text: Substring) -> String {
        var text = String(text)
        for (english, japanese) in [
            ("(values: ", "(値: "), ("; default as flag: ", "; 値なしのとき: "), ("; default: ", "; 既定: "),
            ("(default as flag: ", "(値なしのとき: "), ("(default: ", "(既定: ")
        ] {
            text = text.replacingOccurrences(of: english, with: japanese)
        }
        return text
    }

    /// `body` with its English help replaced: the whole of it, or what comes before a ` (`.
    static func translated(_ body: Substring) -> String {
        if let japanese = japanese[String(body)] { return japanese }
        var end = body.endIndex
        while let open = body[..<end].range(of: " (", options: .backwards) {
            if let japanese = japanese[String(body[..<open.lowerBound])] {
                return japanese + appended(body[open.lowerBound...])
            }
            end = open.lowerBound
        }
        return String(body)
    }
}
