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
            public var kind: String   // long, short, longWithSingleDash
            public var name: String
            public var text: String {
                kind == "short" || kind == "longWithSingleDash" ? "-" + name : "--" + name
            }
        }
        public var kind: String       // positional, option, flag
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
            if !prose.isEmpty { blocks.append(.paragraph(prose.joined(separator: " "))); prose = [] }
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
                if !prose.isEmpty { blocks.append(.paragraph(prose.joined(separator: " "))); prose = [] }
                verbatim.append(line.hasPrefix("  ") ? String(line.dropFirst(2)) : line.trimmingCharacters(in: .whitespaces))
            } else {
                flush()
                inExamples = false
                if line == "Examples:" { inExamples = true } else { prose.append(line) }
            }
        }
        flush()
        return (blocks, examples)
    }

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

/// Man pages (roff, `man(7)` macros) from the command tree: one page for the root and one per
/// visible subcommand (`salesctl-deal-new.1`). UTF-8 text (Japanese examples) is kept as it is;
/// the first line tells man-db the encoding.
public enum ManPage {
    public struct Page: Sendable, Equatable {
        public var fileName: String
        public var text: String
    }

    /// - Parameters:
    ///   - date: the date in the page footer, fixed so regenerating is reproducible.
    ///   - rootSections: extra sections for the root page only (title, paragraphs).
    public static func pages(for root: CommandDoc, version: String, date: String,
                             rootSections: [(title: String, paragraphs: [String])] = []) -> [Page] {
        let all = root.visibleCommands()
        return all.map { entry in
            let name = entry.path.joined(separator: "-")
            let parent = entry.path.count > 1 ? entry.path.dropLast().joined(separator: "-") : nil
            let children = (entry.command.subcommands ?? []).filter { $0.isVisible && $0.commandName != "help" }
            var out = ".\\\" -*- coding: UTF-8 -*-\n"
            out += ".\\\" Generated by scripts/generate-docs from the salesctl command tree; do not edit.\n"
            out += ".TH \(quotedArgument(name.uppercased())) 1 \(quotedArgument(date)) "
                + "\(quotedArgument(root.commandName + " " + version)) \(quotedArgument(root.commandName.capitalized + " Manual"))\n"
            out += ".nh\n"  // no hyphenation: option names and paths are copied from man pages
            out += ".SH NAME\n"
            out += escape(name) + " \\- " + escape(entry.command.abstract ?? "") + "\n"
            out += ".SH SYNOPSIS\n"
            out += synopsis(path: entry.path, command: entry.command, hasChildren: !children.isEmpty)

            let parts = entry.command.discussionParts
            out += ".SH DESCRIPTION\n"
            out += paragraph(entry.command.abstract ?? "")
            for block in parts.paragraphs {
                switch block {
                case .paragraph(let text): out += ".PP\n" + paragraph(text)
                case .verbatim(let lines): out += verbatim(lines)
                }
            }
            if !children.isEmpty {
                out += ".SH COMMANDS\n"
                for child in children {
                    out += ".TP\n" + "\\fB" + escape(child.commandName) + "\\fR\n" + paragraph(child.abstract ?? "")
                }
                out += ".PP\nSee \\fB" + escape(entry.path.joined(separator: "-") + "-") + "\\fIcommand\\fR(1) for each command.\n"
            }
            let arguments = (entry.command.arguments ?? []).filter { $0.shouldDisplay ?? true }
            if !arguments.isEmpty {
                out += ".SH OPTIONS\n"
                for argument in arguments { out += option(argument) }
            }
            if !parts.examples.isEmpty {
                out += ".SH EXAMPLES\n" + verbatim(parts.examples)
            }
            if entry.path.count == 1 {
                for section in rootSections {
                    out += ".SH " + quotedArgument(section.title.uppercased()) + "\n"
                    for item in section.paragraphs {
                        // "TERM\ttext" is a tagged paragraph; plain text a paragraph.
                        if let tab = item.firstIndex(of: "\t") {
                            out += ".TP\n\\fB" + escape(String(item[..<tab])) + "\\fR\n" + paragraph(String(item[item.index(after: tab)...]))
                        } else {
                            out += ".PP\n" + paragraph(item)
                        }
                    }
                }
            }
            var seeAlso: [String] = []
            if let parent { seeAlso.append(parent) }
            seeAlso += children.map { name + "-" + $0.commandName }
            if !seeAlso.isEmpty {
                out += ".SH SEE ALSO\n" + seeAlso.map { "\\fB" + escape($0) + "\\fR(1)" }.joined(separator: ",\n") + "\n"
            }
            return Page(fileName: name + ".1", text: out)
        }
    }

    static func synopsis(path: [String], command: CommandDoc, hasChildren: Bool) -> String {
        var parts: [String] = ["\\fB" + escape(path.joined(separator: " ")) + "\\fR"]
        if hasChildren {
            parts.append("\\fIcommand\\fR")
            parts.append("[\\fIoptions\\fR]")
        } else {
            for argument in command.arguments ?? [] where argument.shouldDisplay ?? true {
                let name = argument.names?.first { $0.kind == "short" } ?? argument.preferredName
                if name?.name == "help" || name?.name == "h" || name?.name == "version" { continue }
                var text: String
                switch argument.kind {
                case "positional":
                    text = "\\fI" + escape(argument.valueName ?? "value") + "\\fR"
                case "flag":
                    text = "\\fB" + escape(name?.text ?? "") + "\\fR"
                default:
                    text = "\\fB" + escape(name?.text ?? "") + "\\fR \\fI" + escape(argument.valueName ?? "value") + "\\fR"
                }
                if argument.isRepeating ?? false { text += " ..." }
                if argument.isOptional ?? false { text = "[" + text + "]" }
                parts.append(text)
            }
        }
        // `.SY`-less synopsis: one filled line, hanging indent for the continuation.
        return ".ad l\n.HP \(path.joined(separator: " ").count + 1)\n" + parts.joined(separator: "\n") + "\n.ad\n"
    }

    static func option(_ argument: CommandDoc.ArgumentDoc) -> String {
        var label: String
        if argument.kind == "positional" {
            label = "\\fI" + escape(argument.valueName ?? "value") + "\\fR"
        } else {
            label = (argument.names ?? []).map { "\\fB" + escape($0.text) + "\\fR" }.joined(separator: ", ")
            if argument.kind == "option" { label += " \\fI" + escape(argument.valueName ?? "value") + "\\fR" }
        }
        if argument.isRepeating ?? false { label += " ..." }
        var text = argument.abstract ?? ""
        if let values = argument.allValues, !values.isEmpty, !text.contains(values.joined(separator: ", ")) {
            text += " One of: " + values.joined(separator: ", ") + "."
        }
        if let value = argument.defaultValue, argument.kind != "flag" {
            text += " Default: " + value + "."
        }
        var out = ".TP\n" + label + "\n" + paragraph(text)
        if let discussion = argument.discussion, !discussion.isEmpty { out += ".IP\n" + paragraph(discussion) }
        return out
    }

    static func paragraph(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: true).map { escapeLine(String($0)) }.joined(separator: "\n") + "\n"
    }

    static func verbatim(_ lines: [String]) -> String {
        ".PP\n.RS 4\n.nf\n" + lines.map(escapeLine).joined(separator: "\n") + "\n.fi\n.RE\n"
    }

    /// Escapes text for roff: backslashes, hyphens (so options copy as ASCII `-`), and a leading
    /// `.` or `'` that would start a request.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\\": out += "\\e"
            case "-": out += "\\-"
            default: out.append(c)
            }
        }
        return out
    }

    static func escapeLine(_ line: String) -> String {
        let escaped = escape(line)
        return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
    }

    static func quotedArgument(_ text: String) -> String {
        "\"" + escape(text).replacingOccurrences(of: "\"", with: "\\(dq") + "\""
    }
}
