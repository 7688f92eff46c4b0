/// A value to write as YAML. Text is quoted only when it must be; Japanese stays unescaped.
public indirect enum YAMLValue: Sendable, Equatable {
    /// Any user text: quoted when a YAML reader could take it for something else.
    case text(String)
    /// A token written as is: numbers, dates, booleans, ids already validated.
    case raw(String)
    case list([YAMLValue])
    case map([(String, YAMLValue)])

    public static func == (a: YAMLValue, b: YAMLValue) -> Bool {
        switch (a, b) {
        case (.text(let x), .text(let y)), (.raw(let x), .raw(let y)): return x == y
        case (.list(let x), .list(let y)): return x == y
        case (.map(let x), .map(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    public static func date(_ date: CalendarDate) -> YAMLValue { .raw(date.description) }
    public static func int(_ value: Int) -> YAMLValue { .raw(String(value)) }
    public static func bool(_ value: Bool) -> YAMLValue { .raw(value ? "true" : "false") }

    var isEmptyCollection: Bool {
        switch self {
        case .list(let items): items.isEmpty
        case .map(let entries): entries.isEmpty
        default: false
        }
    }
}

/// Turns `YAMLValue`s into block-style YAML text.
public enum YAMLWriter {
    /// The scalar as it must be written to read back as the same string.
    public static func scalar(_ text: String) -> String {
        needsQuotes(text) ? doubleQuoted(text) : text
    }

    /// Characters of numbers, dates and times (`0123`, `1e3`, `2026-11-20`, `12:30`, `0x1F`).
    static let numberLike = Set("0123456789-+:._ eExXoObBaAcCdDfF".unicodeScalars)

    static let reservedWords: Set<String> = [
        "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n"
    ]

    /// True when a plain scalar would not read back as this exact string in salesctl or in
    /// another YAML reader (YAML 1.1 booleans, numbers, indicators, comments, edge spaces).
    public static func needsQuotes(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return true }
        if reservedWords.contains(text.lowercased()) { return true }
        if first == " " || last == " " || "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return true }
        if last == ":" || containsColonSpaceOrSpaceHash(text) { return true }
        if text.unicodeScalars.contains(where: ControlCharacters.needsEscape) { return true }
        // Anything a resolver could read as a number, date or time.
        if ("0"..."9").contains(first) && text.unicodeScalars.allSatisfy({ numberLike.contains($0) }) { return true }
        if first == "." || first == "+" { return true }
        return false
    }

    /// `text.contains(": ") || text.contains(" #")` on the bytes: Foundation's `contains` (an
    /// NSString search) made writing 100,000 imported deals spend a quarter of its time here.
    static func containsColonSpaceOrSpaceHash(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if (previous == 0x3A && byte == 0x20) || (previous == 0x20 && byte == 0x23) { return true }
            previous = byte
        }
        return false
    }

    public static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\0": out += "\\0"
            default:
                if ControlCharacters.needsEscape(scalar) {
                    out += "\\u" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// The one-line form of a scalar value, or of an empty collection.
    static func inline(_ value: YAMLValue) -> String? {
        switch value {
        case .text(let t): scalar(t)
        case .raw(let r): r
        case .list(let items) where items.isEmpty: "[]"
        case .map(let entries) where entries.isEmpty: "{}"
        default: nil
        }
    }

    /// Lines of `key: value` entries at `indent` spaces, each ending in a newline.
    public static func mapping(_ entries: [(String, YAMLValue)], indent: Int = 0) -> String {
        var out = ""
        let pad = String(repeating: " ", count: indent)
        for (key, value) in entries {
            out += pad + scalar(key) + ":"
            if let one = inline(value) {
                out += (one.isEmpty ? "" : " " + one) + "\n"
            } else if case .list(let items) = value {
                out += "\n" + sequence(items, indent: indent + 2)
            } else if case .map(let inner) = value {
                out += "\n" + mapping(inner, indent: indent + 2)
            }
        }
        return out
    }

    /// Lines of `- item` at `indent` spaces, each ending in a newline.
    public static func sequence(_ items: [YAMLValue], indent: Int) -> String {
        var out = ""
        let pad = String(repeating: " ", count: indent)
        for item in items {
            if let one = inline(item) {
                out += pad + "- " + one + "\n"
            } else if case .map(let entries) = item {
                let body = mapping(entries, indent: indent + 2)
                out += pad + "- " + body.dropFirst(indent + 2)
            } else if case .list(let inner) = item {
                let body = sequence(inner, indent: indent + 2)
                out += pad + "- " + body.dropFirst(indent + 2)
            }
        }
        return out
    }
}
