import Foundation

/// The message of a finding in the current language.
///
/// A finding's `message` is English, as it was found: it is what the cache keeps, what
/// `check --format json` prints and what scripts read, whatever the language. For people it is
/// looked up by its English text, as gettext looks a message up by its msgid: each `fnd…`
/// message of the catalogue is a pattern (`'{0}' must be a list`) whose arguments are taken from
/// the English text, translated themselves when they are words of the catalogue (`a deal file`,
/// `a list`), and put into the other language's text. A message no pattern matches is shown as
/// it is: the place, `error:` and the code in brackets never change.
extension Finding {
    public var localizedMessage: String { FindingText.translate(message, code: code) }
}

public enum FindingText {
    static func translate(_ message: String, code: String, in language: Language = .current) -> String {
        guard language != .en, !message.isEmpty else { return message }
        if code == "yaml-syntax" { return syntax(message, in: language) }
        if code == "io" { return ioReason(message, in: language) }
        for (message_, pattern) in patterns {
            guard let arguments = match(pattern, message) else { continue }
            return message_.text(arguments.map { word($0, in: language) }, in: language)
        }
        return message
    }

    /// The catalogue's finding messages, with their English text as an anchored pattern:
    /// `{n}` captures anything (as little as it can), `{sn}` is an optional "s".
    static let patterns = compile(prefix: "fnd")

    /// swift-argument-parser's own first line (`unknown option '--reason'`), in the current
    /// language: the parser's messages are English text too, looked up the same way (`arg…`).
    public static func parserLine(_ line: String, in language: Language = .current) -> String {
        guard language != .en else { return line }
        for (message, pattern) in parserPatterns {
            guard var arguments = match(pattern, line) else { continue }
            if message == .argInvalidList, language == .ja, let last = arguments.indices.last {
                arguments[last] = japaneseList(arguments[last])
            }
            return message.text(arguments, in: language)
        }
        return line
    }

    /// The parser's list of values, `'a', 'b' or 'c'` (`'a' and 'b'`), as `'a'、'b'、'c'`.
    static func japaneseList(_ list: String) -> String {
        ["', '", "' or '", "' and '"].reduce(list) { $0.replacingOccurrences(of: $1, with: "'、'") }
    }

    static let parserPatterns = compile(prefix: "arg")

    /// Why a file could not be read or written (`SalesError.io`), in `language`: salesctl's own
    /// reason (`cannot write: {0}`) and the system's words in it (`no space left on device`),
    /// each looked up by its English text; what the catalogue does not know stays as it is.
    public static func ioReason(_ reason: String, in language: Language = .current) -> String {
        guard language != .en else { return reason }
        if let message = ioWords[reason] { return message.text(in: language) }
        for (message, pattern) in ioPatterns {
            guard let arguments = match(pattern, reason) else { continue }
            return message.text(arguments.map { ioWords[$0]?.text(in: language) ?? $0 }, in: language)
        }
        return reason
    }

    static let ioPatterns = compile(prefix: "ior").filter { Message.table[$0.0]?[.en]?.contains("{") == true }

    static let ioWords: [String: Message] = Dictionary(
        uniqueKeysWithValues: Message.allCases.compactMap { message in
            guard message.rawValue.hasPrefix("ior") || message.rawValue.hasPrefix("errno"),
                let english = Message.table[message]?[.en], !english.contains("{")
            else { return nil }
            return (english, message)
        })

    static func compile(prefix: String) -> [(Message, NSRegularExpression)] {
        Message.allCases.compactMap { pattern(of: $0, prefix: prefix) }
    }

    static func pattern(of message: Message, prefix: String) -> (Message, NSRegularExpression)? {
        guard message.rawValue.hasPrefix(prefix), let english = Message.table[message]?[.en] else { return nil }
        var pattern = "^"
        var rest = Substring(english)
        while let open = rest.firstIndex(of: "{") {
            pattern += NSRegularExpression.escapedPattern(for: String(rest[..<open]))
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let inside = rest[rest.index(after: open)..<close]
            pattern += inside.hasPrefix("s") ? "s?" : "(.*?)"
            rest = rest[rest.index(after: close)...]
        }
        pattern += NSRegularExpression.escapedPattern(for: String(rest)) + "$"
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else {
            return nil
        }
        return (message, regex)
    }

    static func match(_ regex: NSRegularExpression, _ text: String) -> [String]? {
        let range = NSRange(text.startIndex..., in: text)
        guard let found = regex.firstMatch(in: text, range: range) else { return nil }
        return (1..<max(1, found.numberOfRanges)).map { index in
            Range(found.range(at: index), in: text).map { String(text[$0]) } ?? ""
        }
    }

    /// An argument that is a word of the catalogue (what a node is, what a file is), translated.
    static func word(_ text: String, in language: Language) -> String {
        if let message = words[text] { return message.text(in: language) }
        for (message, regex) in wordPatterns {
            if let arguments = match(regex, text) { return message.text(arguments, in: language) }
        }
        return text
    }

    static let words: [String: Message] = Dictionary(
        uniqueKeysWithValues: Message.allCases.compactMap { message in
            guard message.rawValue.hasPrefix("fw"), let english = Message.table[message]?[.en],
                !english.contains("{")
            else { return nil }
            return (english, message)
        })

    static let wordPatterns: [(Message, NSRegularExpression)] = Message.allCases.compactMap { message in
        guard message.rawValue.hasPrefix("fw"), let english = Message.table[message]?[.en], english.contains("{0}")
        else { return nil }
        let parts = english.components(separatedBy: "{0}")
        let pattern =
            "^" + parts.map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "(.*?)") + "$"
        return (try? NSRegularExpression(pattern: pattern)).map { (message, $0) }
    }

    /// libyaml's own words: "did not find expected key while parsing a block mapping (started
    /// at line 3, column 1)" → its parts, each translated when the catalogue knows it.
    static func syntax(_ message: String, in language: Language) -> String {
        var rest = message
        var started = ""
        if let range = rest.range(of: #" \(started at line (\d+), column (\d+)\)$"#, options: .regularExpression) {
            let numbers = rest[range].split(whereSeparator: { !$0.isNumber }).map(String.init)
            if numbers.count == 2 { started = Message.synStartedAt.text(numbers[0], numbers[1], in: language) }
            rest.removeSubrange(range)
        }
        var context = ""
        if let range = rest.range(of: " while ") {
            context = String(rest[rest.index(after: range.lowerBound)...])
            rest = String(rest[..<range.lowerBound])
        }
        var detail = ""
        if syntaxWords[rest] == nil, rest.hasSuffix(")"), let open = rest.range(of: " (", options: .backwards) {
            detail = "(" + rest[open.upperBound...]  // a reader error's character: "(U+001B ESC)"
            rest = String(rest[..<open.lowerBound])
        }
        let problem = (syntaxWords[rest].map { $0.text(in: language) } ?? rest) + detail
        guard !context.isEmpty else { return problem + started }
        guard let place = syntaxWords[context] else { return message }
        return Message.synIn.text(problem, place.text(in: language), in: language) + started
    }

    static let syntaxWords: [String: Message] = Dictionary(
        uniqueKeysWithValues: Message.allCases.compactMap { message in
            guard message.rawValue.hasPrefix("yaml"), let english = Message.table[message]?[.en] else { return nil }
            return (english, message)
        })
}
