import ArgumentParser
import SalesKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Options every command takes: where the store is, what day it is, whether to colour.
struct GlobalOptions: ParsableArguments {
    @Option(name: [.customShort("C"), .customLong("dir")], help: ArgumentHelp(
        "Use the store in DIR (default: SALESCTL_DIR, else the nearest salesctl.yaml upward).", valueName: "DIR"),
            completion: .directory)
    var directory: String?

    @Option(help: ArgumentHelp("Take DATE as today (default: SALESCTL_TODAY, else the clock in the team's time zone).",
                               valueName: "YYYY-MM-DD"))
    var today: String?

    @Option(help: "Colour output: auto (on a terminal), always or never. NO_COLOR turns auto off.")
    var color: ColorMode = .auto

    /// Finds and opens the store.
    func openStore() throws -> Store {
        if let today, CodeInput.date(today) == nil {
            throw SalesError.invalidArgument("invalid date \(quoted(today)) for --today (expected YYYY-MM-DD)")
        }
        let root = try Store.locate(explicit: directory, environment: FileSystem.environment("SALESCTL_DIR"),
                                    start: FileSystem.currentDirectory())
        let store = try Store.open(root: root)
        try applyAmbiguousWidth(config: store.config)
        return store
    }

    func todayDate(in store: Store) throws -> CalendarDate {
        try Clock.today(override: today, timezone: store.config.timezone)
    }

    /// The date of something that happened: `--date`, else today. Facts cannot be dated in the
    /// future, so a later date is refused.
    func eventDate(_ text: String?, in store: Store, what: String = "date") throws -> CalendarDate {
        let today = try todayDate(in: store)
        guard let date = try parseDate(text, option: "--date") else { return today }
        if date > today {
            throw SalesError.invalidArgument("\(what) \(date) is after today (\(today))")
        }
        return date
    }

    func palette(forStandardError: Bool = false) -> Palette {
        Palette(mode: color, isTerminal: isatty(forStandardError ? 2 : 1) == 1,
                environment: ["NO_COLOR": FileSystem.environment("NO_COLOR") ?? "",
                              "TERM": FileSystem.environment("TERM") ?? ""])
    }
}

extension ColorMode: ExpressibleByArgument {}

/// How list and score commands print: a table for people, the rest for scripts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, tsv
}

/// Parses a `--date`, `--since`-style option value, with the option's name in the error.
func parseDate(_ text: String?, option: String) throws -> CalendarDate? {
    guard let text else { return nil }
    guard let date = CodeInput.date(text) else {
        throw SalesError.invalidArgument("invalid date \(quoted(text)) for \(option) (expected YYYY-MM-DD)")
    }
    return date
}

/// A whole-number option such as `--days`: a code, so `３０` typed with an input method on is 30.
@Sendable func wholeNumber(_ text: String) throws -> Int {
    guard let value = CodeInput.integer(text) else { throw ValidationError("\(quoted(text)) is not a whole number") }
    return value
}

/// East Asian Ambiguous characters take `SALESCTL_AMBIGUOUS_WIDTH` columns (1 or 2), else
/// salesctl.yaml's `ambiguous_width`, else 1: set before anything is rendered.
func applyAmbiguousWidth(config: Config?) throws {
    if let text = FileSystem.environment("SALESCTL_AMBIGUOUS_WIDTH"), !text.isEmpty {
        guard let columns = CodeInput.integer(text), columns == 1 || columns == 2 else {
            throw SalesError.invalidArgument("invalid SALESCTL_AMBIGUOUS_WIDTH \(quoted(text)) (expected 1 or 2)")
        }
        AmbiguousWidth.set(columns)
    } else {
        AmbiguousWidth.set(config?.ambiguousWidth ?? 1)
    }
}
