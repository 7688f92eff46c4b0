import ArgumentParser
import SalesKit

/// The `OutputFormat`s one command accepts, in the order its help and errors list them.
protocol FormatChoice {
    static var allowed: [OutputFormat] { get }
}

/// The `--format` of a command: one `OutputFormat`, from those its `Choice` allows. The subset is
/// checked in one place (`OutputFormat.parse(_:allowed:)`); ArgumentParser's refusal of any other
/// value (exit code 2), the help and the completion scripts list exactly the allowed values.
@dynamicMemberLookup
struct Format<Choice: FormatChoice>: ExpressibleByArgument, Equatable, Sendable {
    let value: OutputFormat

    init(_ value: OutputFormat) {
        precondition(Choice.allowed.contains(value), "\(value) is not a format of \(Choice.self)")
        self.value = value
    }

    init?(argument: String) {
        guard let value = OutputFormat.parse(argument, allowed: Choice.allowed) else { return nil }
        self.value = value
    }

    static var allValueStrings: [String] { Choice.allowed.map(\.rawValue) }
    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
    var defaultValueDescription: String { value.rawValue }

    subscript<T>(dynamicMember keyPath: KeyPath<OutputFormat, T>) -> T { value[keyPath: keyPath] }

    static var table: Self { Self(.table) }
    static var json: Self { Self(.json) }
    static var ndjson: Self { Self(.ndjson) }
    static var markdown: Self { Self(.markdown) }
    static var text: Self { Self(.text) }
    static var github: Self { Self(.github) }
    static var mermaid: Self { Self(.mermaid) }
    static var html: Self { Self(.html) }
}

/// Every list command: table, json, ndjson, csv, tsv, excel, markdown.
enum ListFormats: FormatChoice { static let allowed = OutputFormat.list }
/// The `show` commands: text or json.
enum TextOrJSONFormats: FormatChoice { static let allowed = OutputFormat.textOrJSON }
/// `feed`: text, json, ndjson or markdown.
enum FeedFormats: FormatChoice { static let allowed: [OutputFormat] = [.text, .json, .ndjson, .markdown] }
/// `check`: text, json, ndjson or github.
enum CheckFormats: FormatChoice { static let allowed: [OutputFormat] = [.text, .json, .ndjson, .github] }
/// `person map`: table, json, markdown or mermaid.
enum MapFormats: FormatChoice { static let allowed: [OutputFormat] = [.table, .json, .markdown, .mermaid] }
/// `review`: html, markdown or text.
enum ReviewFormats: FormatChoice { static let allowed: [OutputFormat] = [.html, .markdown, .text] }

typealias ListFormat = Format<ListFormats>
typealias TextOrJSON = Format<TextOrJSONFormats>
typealias FeedFormat = Format<FeedFormats>
typealias CheckFormat = Format<CheckFormats>
typealias MapFormat = Format<MapFormats>
typealias ReviewFormat = Format<ReviewFormats>
