/// Help screens wrapped by display width. swift-argument-parser wraps by character count, so a
/// Japanese line of 60 characters (up to 120 columns) was cut in the middle of an example. The
/// CLI asks it for the help unwrapped and wraps here:
/// - lines of a discussion that start with spaces are examples (and their continuation lines),
///   never split in the middle of a word, a quoted string or a comment: one too wide is folded
///   as the shell reads it, ending in ` \` and going on four columns further in;
/// - prose is wrapped at `width` columns, between words, or between two Japanese characters
///   (never before 、。」 and their kin);
/// - in the ARGUMENTS, OPTIONS and SUBCOMMANDS sections, a help text continues under itself, at
///   `labelColumn` (where swift-argument-parser puts it).
public enum HelpText {
    public static func wrap(_ text: String, width: Int, labelColumn: Int = 26) -> String {
        var out: [String] = []
        var inSection = false  // ARGUMENTS:, OPTIONS:, SUBCOMMANDS: (labels and their help)
        var inDiscussion = false  // after OVERVIEW:, before USAGE:
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if let first = line.first, first != " " {
                let heading = line.prefix { $0 != ":" }
                let isHeading = line.contains(":") && heading.allSatisfy { $0.isUppercase || $0 == " " }
                if isHeading {
                    inSection = ["ARGUMENTS", "OPTIONS", "SUBCOMMANDS", "FLAGS"].contains(String(heading))
                    inDiscussion = heading == "OVERVIEW"
                }
            }
            guard displayWidth(line) > width else {
                out.append(line)
                continue
            }
            if inDiscussion && line.hasPrefix(" ") {
                out += foldExample(line, width: width)
                continue
            }
            if inSection && line.hasPrefix(" ") {
                let head = headOfLabelLine(line, labelColumn: labelColumn)
                out += wrapBody(String(line.dropFirst(head.count)), head: head, indent: labelColumn, width: width)
            } else if line.hasPrefix("USAGE: ") {
                out += wrapBody(String(line.dropFirst(7)), head: "USAGE: ", indent: 2, width: width)
            } else {
                let lead = String(line.prefix { $0 == " " })
                out += wrapBody(String(line.dropFirst(lead.count)), head: lead, indent: lead.count, width: width)
            }
        }
        return out.joined(separator: "\n")
    }

    /// An example too wide, folded between shell words: outside quotes, before any comment.
    static func foldExample(_ line: String, width: Int) -> [String] {
        let lead = String(line.prefix { $0 == " " })
        var words: [String] = []
        var word = ""
        var quote: Character?
        var comment = false
        for character in line.dropFirst(lead.count) {
            if comment {
                word.append(character)
                continue
            }
            if let open = quote {
                word.append(character)
                if character == open { quote = nil }
                continue
            }
            switch character {
            case " ":
                if !word.isEmpty {
                    words.append(word)
                    word = ""
                }
            case "'", "\"":
                quote = character
                word.append(character)
            case "#" where word.isEmpty:
                comment = true
                word.append(character)  // to the end of the line
            default: word.append(character)
            }
        }
        if !word.isEmpty { words.append(word) }
        // Greedy, but an option is not left at the end of a line without its value.
        let indent = lead + "  "
        var lines: [String] = []
        var current: [String] = []
        func text(_ words: [String], _ first: Bool) -> String { (first ? lead : indent) + words.joined(separator: " ") }
        for w in words {
            let candidate = text(current + [w], lines.isEmpty)
            if current.isEmpty || displayWidth(candidate) + 2 <= width
                || (w == "\\" && displayWidth(candidate) <= width)
            {
                current.append(w)
                continue
            }
            var carried: [String] = []
            if current.count > 1, let last = current.last, last.hasPrefix("-"), !w.hasPrefix("-") {
                carried = [current.removeLast()]
            }
            lines.append(text(current, lines.isEmpty) + " \\")
            current = carried + [w]
        }
        lines.append(text(current, lines.isEmpty))
        return lines
    }

    /// `  --dir <DIR>           ` (label and the spaces up to the help), or the leading spaces of
    /// a help text under a long label.
    private static func headOfLabelLine(_ line: String, labelColumn: Int) -> String {
        let characters = Array(line)
        if characters.count > labelColumn, characters[labelColumn - 1] == " ", characters[labelColumn] != " " {
            return String(characters[..<labelColumn])
        }
        return String(line.prefix { $0 == " " })
    }

    private static let noLineStart: Set<Character> = [
        "、", "。", "，", "．", "」", "』", "）", "〕", "】", "！", "？", "ー", ")", ",", ".", ":", ";"
    ]

    private static let noLineEnd: Set<Character> = ["(", "（", "「", "『", "【", "〔", "["]

    /// One unit of wrapping: a word, or one wide character; `space` says whether a space came before it.
    private struct Unit {
        var text: String
        var width: Int
        var space: Bool
    }

    private static func units(_ body: String) -> [Unit] {
        var result: [Unit] = []
        for (index, word) in body.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            var space = index > 0
            var narrow = ""
            func flush() {
                if !narrow.isEmpty {
                    result.append(Unit(text: narrow, width: displayWidth(narrow), space: space))
                    space = false
                }
                narrow = ""
            }
            for character in word {
                let w = displayWidth(String(character))
                if w == 2 {
                    flush()
                    result.append(Unit(text: String(character), width: 2, space: space))
                    space = false
                } else {
                    narrow.append(character)
                }
            }
            if narrow.isEmpty && word.isEmpty {
                result.append(Unit(text: "", width: 0, space: space))
                continue
            }
            flush()
        }
        return result
    }

    private static func wrapBody(_ body: String, head: String, indent: Int, width: Int) -> [String] {
        var lines: [[Unit]] = [[]]
        var used = displayWidth(head)
        let all = units(body)
        for unit in all {
            let gap = lines[lines.count - 1].isEmpty ? 0 : (unit.space ? 1 : 0)
            if used + gap + unit.width <= width || lines[lines.count - 1].isEmpty {
                lines[lines.count - 1].append(unit)
                used += gap + unit.width
                continue
            }
            // A new line; a closing mark takes the character or word before it along (`-m、`), and
            // an opening mark at the end of the line goes on with what it opens (`(その`).
            var carried: [Unit] = []
            if noLineStart.contains(unit.text.first ?? " "), !unit.space, lines[lines.count - 1].count > 1 {
                carried.append(lines[lines.count - 1].removeLast())
            }
            if !unit.space, lines[lines.count - 1].count > 1, let last = lines[lines.count - 1].last,
                noLineEnd.contains(last.text.last ?? " ")
            {
                carried.insert(lines[lines.count - 1].removeLast(), at: 0)
            }
            lines.append(carried + [unit])
            used = indent + carried.reduce(0) { $0 + $1.width } + unit.width
        }
        let pad = String(repeating: " ", count: indent)
        return lines.enumerated().map { i, units in
            var text = i == 0 ? head : pad
            for (j, unit) in units.enumerated() {
                if j > 0 && unit.space { text += " " }
                text += unit.text
            }
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
    }
}
