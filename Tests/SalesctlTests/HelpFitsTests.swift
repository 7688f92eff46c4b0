import Foundation
import SalesKit
import Testing

/// Help that fits (issue 21, item 6): every command's --help at 80 columns (not a terminal), in
/// English and in Japanese, has no line wider than 80 display columns, and no example split: an
/// example line that goes on ends in ` \` and is followed by a line further in.
@Suite struct HelpFitsTests {
    /// Every command path, from the SUBCOMMANDS sections of the help screens.
    static func commands(_ path: [String] = [], language: String = "en") throws -> [([String], String)] {
        let help = try Harness.run(path + ["--help"], environment: ["SALESCTL_LANG": language]).stdout
        var result = [(path, help)]
        let heading = language == "ja" ? "\nサブコマンド:\n" : "\nSUBCOMMANDS:\n"
        guard let section = help.components(separatedBy: heading).dropFirst().first else { return result }
        for line in section.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty { break }
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first else {
                continue
            }
            result += try commands(path + [String(name)], language: language)
        }
        return result
    }

    @Test(arguments: ["en", "ja"])
    func everyHelpFitsIn80ColumnsAndKeepsItsExamplesWhole(language: String) throws {
        let all = try Self.commands(language: language)
        #expect(all.count > 30)
        for (path, help) in all {
            let name = "SALESCTL_LANG=\(language) " + (["salesctl"] + path).joined(separator: " ")
            let lines = help.components(separatedBy: "\n")
            for line in lines where displayWidth(line) > 80 {
                Issue.record("\(name) --help: \(displayWidth(line)) columns: \(line)")
            }
            // The discussion: from OVERVIEW to USAGE.
            let discussion = lines.prefix { !$0.hasPrefix("USAGE:") && !$0.hasPrefix("書式:") }
            for line in lines {
                let first = line.first { $0 != " " }.map { "、。，．」』）".contains($0) } ?? false
                #expect(!first, "\(name) --help: a line starts with a closing mark: \(line)")
                let last = line.last.map { "(（「『".contains($0) } ?? false
                #expect(!last, "\(name) --help: a line ends with an opening mark: \(line)")
            }
            for (i, line) in discussion.enumerated() {
                #expect(line.trimmingCharacters(in: .whitespaces) != "\\", "\(name) --help: a stray '\\' line")
                if line.hasSuffix(" \\") {
                    let next = i + 1 < discussion.count ? discussion[discussion.startIndex + i + 1] : ""
                    let indent = { (s: String) in s.prefix { $0 == " " }.count }
                    #expect(
                        indent(next) > indent(line.hasPrefix("    ") ? "  " : line) || indent(next) >= 4,
                        "\(name) --help: an example goes on after '\(line)' but '\(next)' does not")
                }
                if let previous = i > 0 ? discussion[discussion.startIndex + i - 1] : nil, previous.hasSuffix(" \\") {
                    #expect(
                        line.hasPrefix("    "), "\(name) --help: '\(line)' continues an example but is not indented")
                }
            }
        }
    }

    @Test(arguments: ["en", "ja"])
    func dealNewShowsItsExamplesAsWritten(language: String) throws {
        let help = try Harness.run(["deal", "new", "--help"], environment: ["SALESCTL_LANG": language]).stdout
        #expect(
            help.contains(
                """
                  salesctl deal new acme-erp --title "基幹システム刷新" \\
                    --customer "株式会社アクメ" --owner "佐藤 健" --amount 12000000 \\
                    --expected-close 2027-03-31 \\
                    --key-person "山田 太郎,部長,情報システム部,D,supporter"

                """))
    }
}
