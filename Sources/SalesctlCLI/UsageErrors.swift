import ArgumentParser
import SalesKit

/// One style of error, as in git: swift-argument-parser's own messages (`Error: Missing expected
/// argument '<id>'`) are turned into `salesctl: …` lines, and a mistyped command names the nearest.
enum UsageErrors {
    /// ArgumentParser's full message with its `Error: ` line as a salesctl line, and the lines
    /// after it (`Help:`, `Usage:`, `See …`) in the current language.
    static func salesctlStyle(_ message: String) -> String {
        guard message.hasPrefix("Error: ") else { return message }
        var text = Substring(message.dropFirst(7))
        // "Missing expected argument" → "missing expected argument"; "URL …" stays.
        if let first = text.first, first.isUppercase, text.dropFirst().first?.isLowercase == true {
            text = Substring(first.lowercased()) + text.dropFirst()
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let first = lines.first { lines[0] = FindingText.parserLine(first) }
        for index in lines.indices.dropFirst() { lines[index] = parserTail(lines[index]) }
        return "salesctl: " + lines.joined(separator: "\n")
    }

    /// A line swift-argument-parser writes after an error, in the current language:
    /// `Help:  --min <min>  help` (the option's help from `OptionHelp`), `Usage: …` (the usage
    /// itself is the command line's syntax and stays) and `  See '… --help' for more information.`
    static func parserTail(_ line: String) -> String {
        guard Language.current != .en else { return line }
        if line.hasPrefix("Help:  ") {
            let body = line.dropFirst(7)
            guard let gap = body.range(of: "  ") else { return line }
            return Message.useHelpLine.text(
                String(body[..<gap.lowerBound]), OptionHelp.translated(body[gap.upperBound...]))
        }
        if line.hasPrefix("Usage: ") { return Message.useUsageLine.text(String(line.dropFirst(7))) }
        if let quoted = quotedPart(of: line, prefix: "  See ", suffix: " for more information.") {
            return Message.useSeeHelp.text(quoted)
        }
        return line
    }

    /// The `'salesctl deal show --help'` of `  See 'salesctl deal show --help' for …`.
    static func quotedPart(of line: String, prefix: String, suffix: String) -> String? {
        guard line.hasPrefix(prefix + "'"), line.hasSuffix("'" + suffix) else { return nil }
        return String(line.dropFirst(prefix.count).dropLast(suffix.count))
    }

    /// Whether a message of a clean exit is a help screen (not a version or a completion script).
    static func isHelp(_ message: String) -> Bool {
        message.hasPrefix("OVERVIEW: ") || message.hasPrefix("USAGE: ")
    }

    /// `salesctl deals` → "unknown command 'deals'; did you mean 'deal'?": the first word of
    /// `arguments` that is not a subcommand where one is expected, or nil when there is none.
    static func unknownCommand(in arguments: [String]) -> String? {
        var command: ParsableCommand.Type = Salesctl.self
        var path: [String] = []
        for argument in arguments {
            if argument.hasPrefix("-") { return nil }
            let subcommands = command.configuration.subcommands
            if subcommands.isEmpty || (path.isEmpty && argument == "help") { return nil }
            if let next = subcommands.first(where: { $0._commandName == argument }) {
                command = next
                path.append(argument)
                continue
            }
            let names = subcommands.map { $0._commandName }
            let typed = (path + [argument]).joined(separator: " ")
            var text = "salesctl: " + Message.useUnknownCommand.text(quoted(typed))
            if let guess = closestMatch(to: CodeInput.normalize(argument), in: names) {
                let guessed = quoted((path + [guess]).joined(separator: " "))
                text = "salesctl: " + Message.useUnknownCommandGuess.text(quoted(typed), guessed)
            }
            return text + "\nhint: " + Message.useCommands.text(names.joined(separator: ", "))
        }
        return nil
    }
}
