import Foundation

/// One command of the command tree, as `salesctl --experimental-dump-help` prints it
/// (ArgumentParser's ToolInfo, serialization version 0). Only the fields the docs need.
public struct CommandDoc: Decodable, Sendable {
    public var commandName: String
    public var abstract: String?
    public var discussion: String?
    public var shouldDisplay: Bool?
    public var superCommands: [String]?
    public var subcommands: [CommandDoc]?
    public var arguments: [ArgumentDoc]?

    public struct ArgumentDoc: Decodable, Sendable {
        public struct Name: Decodable, Sendable {
            public var kind: String  // long, short, longWithSingleDash
            public var name: String
            public var text: String {
                kind == "short" || kind == "longWithSingleDash" ? "-" + name : "--" + name
            }
        }
        public var kind: String  // positional, option, flag
        public var shouldDisplay: Bool?
        public var isOptional: Bool?
        public var isRepeating: Bool?
        public var names: [Name]?
        public var preferredName: Name?
        public var valueName: String?
        public var defaultValue: String?
        public var allValues: [String]?
        public var abstract: String?
        public var discussion: String?
    }

    /// Reads the JSON of `--experimental-dump-help`.
    public static func parse(dumpHelp json: String) throws -> CommandDoc {
        struct Root: Decodable { var command: CommandDoc }
        return try JSONDecoder().decode(Root.self, from: Data(json.utf8)).command
    }

    public var isVisible: Bool { shouldDisplay ?? true }

    /// Every visible command below this one (not `help`), depth first, with its full path.
    public func visibleCommands(path: [String] = []) -> [(path: [String], command: CommandDoc)] {
        let here = path + [commandName]
        var result = [(here, self)]
        for sub in subcommands ?? [] where sub.isVisible && sub.commandName != "help" {
            result += sub.visibleCommands(path: here)
        }
        return result
    }

    /// The discussion cut into prose paragraphs, verbatim blocks (indented lines) and the
    /// `Examples:` block.
    public var discussionParts: (paragraphs: [DiscussionBlock], examples: [String]) {
        var blocks: [DiscussionBlock] = []
        var examples: [String] = []
        var inExamples = false
        var prose: [String] = []
        var verbatim: [String] = []
        func flush() {
            if !prose.isEmpty {
                blocks.append(.paragraph(prose.joined(separator: " ")))
                prose = []
            }
            if !verbatim.isEmpty {
                if inExamples { examples += verbatim } else { blocks.append(.verbatim(verbatim)) }
                verbatim = []
            }
        }
        for line in (discussion ?? "").split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                flush()
                inExamples = false
            } else if line.hasPrefix(" ") || line.hasPrefix("\t") {
                if !prose.isEmpty {
                    blocks.append(.paragraph(prose.joined(separator: " ")))
                    prose = []
                }
                verbatim.append(
                    line.hasPrefix("  ") ? String(line.dropFirst(2)) : line.trimmingCharacters(in: .whitespaces))
            } else {
                flush()
                inExamples = false
                if CommandDoc.examplesHeadings.contains(line) { inExamples = true } else { prose.append(line) }
            }
        }
        flush()
        return (blocks, examples)
    }

    /// The line that starts the examples of a discussion, in each language of the help.
    public static let examplesHeadings: Set<String> = ["Examples:", "例:"]

    /// The examples: each a command line, with `\`-continued lines joined into one example.
    public var examples: [String] {
        var result: [String] = []
        var continuing = false
        for line in discussionParts.examples {
            if continuing, !result.isEmpty { result[result.count - 1] += "\n" + line } else { result.append(line) }
            continuing = line.hasSuffix("\\")
        }
        return result
    }
}

public enum DiscussionBlock: Sendable, Equatable {
    case paragraph(String)
    case verbatim([String])
}
