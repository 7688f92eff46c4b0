import ArgumentParser
import Foundation
import SalesKit

/// A text of the help in both languages.
struct Localized: Sendable {
    var en: String
    var ja: String

    /// The text in `Language.current`.
    var text: String { Language.current == .ja ? ja : en }
}

/// What `--help` and the man pages say about one command, in English and Japanese: the abstract,
/// the discussion (prose and verbatim blocks) and the examples. The examples are the same command
/// lines in both languages, written once; only their heading and their `# comments` are translated.
struct CommandHelp: Sendable {
    var abstract: Localized
    var discussion: Localized
    /// The example lines as they appear under the heading: indented two spaces, a `\`-continued
    /// line going on four further in.
    var examples: String
    /// The Japanese of the examples' comments: `"# opens the editor": "# エディターで書く"`.
    var comments: [String: String]

    init(
        en abstract: String, ja abstractJA: String, _ discussion: String, _ discussionJA: String, examples: String,
        comments: [String: String] = [:]
    ) {
        self.abstract = Localized(en: abstract, ja: abstractJA)
        self.discussion = Localized(en: discussion, ja: discussionJA)
        self.examples = examples
        self.comments = comments
    }

    /// The heading of the examples: `Examples:`, `例:` (CommandDoc reads both).
    static let examplesHeading = Localized(en: "Examples:", ja: "例:")

    /// The discussion in `Language.current`, the examples after it.
    var discussionText: String {
        var examples = self.examples
        if Language.current == .ja {
            for (english, japanese) in comments {
                examples = examples.replacingOccurrences(of: english, with: japanese)
            }
        }
        return discussion.text + "\n\n" + CommandHelp.examplesHeading.text + "\n" + examples
    }
}

extension CommandConfiguration {
    /// A configuration whose abstract and discussion come from the help catalogue in
    /// `Language.current`: commands declare `static var configuration` (computed), so the language
    /// decided before parsing (`Salesctl.run`) is the one `--help` and the man pages speak.
    init(
        commandName: String, help entry: CommandHelp, version: String = "", shouldDisplay: Bool = true,
        subcommands: [ParsableCommand.Type] = [], defaultSubcommand: ParsableCommand.Type? = nil,
        aliases: [String] = []
    ) {
        self.init(
            commandName: commandName, abstract: entry.abstract.text, discussion: entry.discussionText,
            version: version, shouldDisplay: shouldDisplay, subcommands: subcommands,
            defaultSubcommand: defaultSubcommand, aliases: aliases)
    }
}
