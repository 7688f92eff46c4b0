/// A piece of HTML markup. The only ways to make one are a string literal written in the code
/// (trusted markup) and interpolation, which escapes every `String` and number through
/// `escapeHTML` and inserts only other `HTML` values as they are: data can never become an
/// element or an attribute, whatever it holds (`<script>`, `"><img onerror=…>`).
///
///     let cell: HTML = "<td class=\"num\">\(amount)</td><td>\(deal.title)</td>"
public struct HTML: Sendable, Equatable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public private(set) var markup: String

    public init(stringLiteral value: StaticString) { markup = value.description }

    public init(stringInterpolation: Interpolation) { markup = stringInterpolation.markup }

    private init(markup: String) { self.markup = markup }

    public var description: String { markup }

    public static let empty = HTML(markup: "")

    public struct Interpolation: StringInterpolationProtocol {
        var markup = ""

        public init(literalCapacity: Int, interpolationCount: Int) { markup.reserveCapacity(literalCapacity * 2) }

        public mutating func appendLiteral(_ literal: StaticString) { markup += literal.description }

        /// Text: escaped.
        public mutating func appendInterpolation(_ text: String) { markup += escapeHTML(text) }

        public mutating func appendInterpolation(_ text: String?) { markup += escapeHTML(text ?? "") }

        public mutating func appendInterpolation(_ number: Int) { markup += String(number) }

        /// A date: `2026-11-20`, escaped like any text.
        public mutating func appendInterpolation(_ date: CalendarDate) { markup += escapeHTML(date.description) }

        /// A number for an SVG attribute: at most two decimals, no exponent.
        public mutating func appendInterpolation(_ number: Double) { markup += svgNumber(number) }

        /// Markup made the same way: inserted as it is.
        public mutating func appendInterpolation(_ html: HTML) { markup += html.markup }

        public mutating func appendInterpolation(_ parts: [HTML]) { for part in parts { markup += part.markup } }
    }

    public static func + (a: HTML, b: HTML) -> HTML { HTML(markup: a.markup + b.markup) }

    public static func += (a: inout HTML, b: HTML) { a.markup += b.markup }

    public static func joined(_ parts: [HTML], separator: HTML = .empty) -> HTML {
        HTML(markup: parts.map(\.markup).joined(separator: separator.markup))
    }
}

/// The one escaping function of the HTML output: `&`, `<`, `>`, `"` and `'` become character
/// references, so text is safe both between tags and inside a quoted attribute. Control
/// characters other than tab and line feed (not allowed in HTML) become U+FFFD.
public func escapeHTML(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        case "\t", "\n": out.unicodeScalars.append(scalar)
        default:
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                out += "\u{FFFD}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out
}

/// `12.5`, `3`, `0.33`: a coordinate for SVG.
func svgNumber(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let hundredths = Int((value * 100).rounded())
    let sign = hundredths < 0 ? "-" : ""
    let whole = abs(hundredths) / 100
    let fraction = abs(hundredths) % 100
    if fraction == 0 { return sign + String(whole) }
    return sign + String(whole) + "."
        + (fraction % 10 == 0 ? String(fraction / 10) : String(fraction).leftPadded(to: 2))
}
