/// The text of an error, where the names of the values a caller gave are marked
/// (`"\(field: "date") is after today"`): SalesKit never names a command-line flag, so it says
/// "date" and the CLI, which knows its flags, says "--date" (`SalesError.message(field:)`).
///
/// Written like a string: `SalesError.refused("deal \(quoted(id)) is lost")`.
public struct ErrorText: Sendable, Equatable, ExpressibleByStringInterpolation, CustomStringConvertible {
    enum Part: Sendable, Equatable {
        case text(String)
        case field(String)
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
            }
        }.joined()
    }

    public var description: String { rendered() }

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
