/// The text of an error, where the names of the values a caller gave are marked
/// (`"\(field: "date") is after today"`): SalesKit never names a command-line flag, so it says
/// "date" and the CLI, which knows its flags, says "--date" (`SalesError.message(field:)`).
///
/// Written like a string: `SalesError.refused("deal \(quoted(id)) is lost")`, or, for people in
/// every language, as a catalogue message whose arguments are texts, fields or messages:
/// `ErrorText(.errForceNeedsReason, .field("force"), .field("reason"))`. A message is put into
/// words when it is rendered, in the language current then, with each field spelled by the caller.
public struct ErrorText: Sendable, Equatable, ExpressibleByStringInterpolation, CustomStringConvertible {
    indirect enum Part: Sendable, Equatable {
        case text(String)
        case field(String)
        case message(Message, [ErrorText])
    }

    private(set) var parts: [Part] = []

    public init(_ text: String) { append(.text(text)) }

    public init(stringLiteral value: String) { self.init(value) }

    public init(stringInterpolation: StringInterpolation) { self = stringInterpolation.text }

    /// The text with each field spelled by `field`.
    public func rendered(field: (String) -> String = { $0 }) -> String {
        parts.map { part in
            switch part {
            case .text(let text): text
            case .field(let name): field(name)
            case .message(let message, let arguments):
                message.text(arguments.map { $0.rendered(field: field) })
            }
        }.joined()
    }

    /// Catalogue message `message` with `arguments` (a `String` is a text, `.field("date")` a
    /// field, an `ErrorText` anything), rendered in the language current when it is rendered.
    public init(_ message: Message, _ arguments: any ErrorTextArgument...) {
        append(.message(message, arguments.map(\.errorText)))
    }

    /// The name of a value the caller gave (a flag on the command line), on its own.
    public static func field(_ name: String) -> ErrorText {
        var text = ErrorText()
        text.append(.field(name))
        return text
    }

    /// Several such names, joined by ", ".
    public static func fields(_ names: [String]) -> ErrorText { "\(fields: names)" }

    public var description: String { rendered() }

    /// Equal when they say the same in English with the same fields, however they were written
    /// (a literal or a catalogue message).
    public static func == (lhs: ErrorText, rhs: ErrorText) -> Bool { lhs.canonical == rhs.canonical }

    private var canonical: String {
        Language.$scoped.withValue(.en) { rendered { "\u{1}" + $0 + "\u{1}" } }
    }

    /// Adjacent texts are joined, so equal messages compare equal however they were written.
    fileprivate mutating func append(_ part: Part) {
        if case .text(let new) = part, case .text(let old)? = parts.last {
            parts[parts.count - 1] = .text(old + new)
        } else if part != .text("") {
            parts.append(part)
        }
    }

    public struct StringInterpolation: StringInterpolationProtocol {
        var text = ErrorText()

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) { text.append(.text(literal)) }

        public mutating func appendInterpolation<T>(_ value: T) { text.append(.text(String(describing: value))) }

        /// The name of a value the caller gave (a flag on the command line).
        public mutating func appendInterpolation(field name: String) { text.append(.field(name)) }

        /// Several such names, joined by ", ".
        public mutating func appendInterpolation(fields names: [String]) {
            for (i, name) in names.enumerated() {
                if i > 0 { text.append(.text(", ")) }
                text.append(.field(name))
            }
        }
    }

    private init() {}
}

extension ErrorText {
    public static func + (lhs: ErrorText, rhs: ErrorText) -> ErrorText {
        var text = lhs
        for part in rhs.parts { text.append(part) }
        return text
    }
}

/// What a catalogue message of an `ErrorText` takes as an argument.
public protocol ErrorTextArgument: Sendable {
    var errorText: ErrorText { get }
}

extension ErrorText: ErrorTextArgument {
    public var errorText: ErrorText { self }
}

extension String: ErrorTextArgument {
    public var errorText: ErrorText { ErrorText(self) }
}

extension Int: ErrorTextArgument {
    public var errorText: ErrorText { ErrorText(String(self)) }
}

extension CalendarDate: ErrorTextArgument {
    public var errorText: ErrorText { ErrorText(description) }
}

extension Message: ErrorTextArgument {
    /// The message without arguments: a word such as a status, put into words when rendered.
    public var errorText: ErrorText { ErrorText(self) }
}
