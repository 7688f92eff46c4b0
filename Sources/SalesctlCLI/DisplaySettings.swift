import SalesKit

/// What SalesKit renders by that is the same for a whole run: the language of messages and the
/// columns of an East Asian Ambiguous character. Read once, before parsing, from the environment
/// and the store's salesctl.yaml; in force for the run as task-local values (`scope`), so there
/// is no global state to set, and runs in one process (the in-process tests) keep their own.
struct DisplaySettings {
    var language: Language
    var ambiguousWidth: Int

    /// Messages speak `SALESCTL_LANG` (ja or en), else salesctl.yaml's `language`, else English.
    /// East Asian Ambiguous characters take `SALESCTL_AMBIGUOUS_WIDTH` columns (1 or 2), else
    /// salesctl.yaml's `ambiguous_width`, else 1.
    init(_ context: Context, config: Config?) throws {
        if let text = context.variable("SALESCTL_AMBIGUOUS_WIDTH") {
            guard let columns = CodeInput.integer(text), columns == 1 || columns == 2 else {
                throw SalesError.invalidArgument(
                    ErrorText(.useBadEnvironment, "SALESCTL_AMBIGUOUS_WIDTH", quoted(text), "1", "2"))
            }
            ambiguousWidth = columns
        } else {
            ambiguousWidth = config?.ambiguousWidth ?? 1
        }
        if let text = context.variable("SALESCTL_LANG") {
            guard let language = Language(rawValue: CodeInput.normalize(text).lowercased()) else {
                throw SalesError.invalidArgument(
                    ErrorText(.useBadEnvironment, "SALESCTL_LANG", quoted(text), "ja", "en"))
            }
            self.language = language
        } else {
            language = config?.language ?? .en
        }
    }

    /// `body` with these settings in force.
    func scope<R>(_ body: () async throws -> R) async rethrows -> R {
        try await Language.$scoped.withValue(language) {
            try await AmbiguousWidth.$scoped.withValue(ambiguousWidth, operation: body)
        }
    }
}

/// A command that chooses the language it speaks (`init`: the new store's), unless
/// `SALESCTL_LANG` says otherwise.
protocol ChoosesLanguage {
    var language: Language { get }
}
