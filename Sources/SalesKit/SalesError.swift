/// A problem found in a file: printed compiler-style as `path:line:col: error: [code] message`.
public struct Finding: Sendable, Equatable, Error {
    public enum Severity: String, Sendable { case error, warning }

    public var path: String
    /// 1-based; nil when the problem is about the whole file.
    public var line: Int?
    public var column: Int?
    public var severity: Severity
    public var code: String
    public var message: String

    public init(
        path: String, line: Int? = nil, column: Int? = nil, severity: Severity = .error,
        code: String, message: String
    ) {
        self.path = path
        self.line = line
        self.column = column
        self.severity = severity
        self.code = code
        self.message = message
    }

    /// A finding at a libyaml mark (0-based), printed 1-based.
    public init(path: String, mark: Mark?, severity: Severity = .error, code: String, message: String) {
        self.init(
            path: path, line: mark.map { $0.line + 1 }, column: mark.map { $0.column + 1 },
            severity: severity, code: code, message: message)
    }

    /// The place, with the path escaped: a file name is user data too (`deals/\u{1b}[2J.yaml`).
    public var location: String {
        var text = escapedForMessage(path, limit: 200)
        if let line { text += ":\(line)" }
        if let column { text += ":\(column)" }
        return text
    }

    public var description: String {
        "\(location): \(severity.rawValue): [\(code)] \(localizedMessage)"
    }
}

/// Every error salesctl reports. Messages follow git: lower case, quoted subject, no full stop.
public enum SalesError: Error, Equatable, Sendable {
    /// Bad data in a file, with its place.
    case invalidFile(Finding)
    /// No store found from the current directory.
    case noStore(searchedFrom: String)
    case storeExists(String)
    case noDeal(String, suggestion: String?)
    case dealExists(String)
    /// A deal id that breaks the id rule (exit 2): "invalid deal id 'Bad_ID'".
    case invalidID(String, reason: String)
    /// A malformed value (exit 2): "unknown stage 'x'".
    case invalidArgument(ErrorText)
    /// Something named that does not exist (exit 1): "no report 'zzzzzz'".
    case notFound(ErrorText)
    case io(path: String, reason: String)
    case lockTimeout(path: String)
    case aborted(String)
    /// A well-formed request refused by a rule of the data (exit 1): "deal 'x' is lost".
    case refused(ErrorText)
    /// A typed name that matches nobody (NameMatch); `what` is "owner", "customer", ….
    case noMatch(what: String, typed: String, known: [String])
    /// A typed code that names no entry of a list of salesctl.yaml, with the nearest and the valid ones.
    case unknownEntry(UnknownEntry)
    /// A typed name that matches several (NameMatch).
    case ambiguousName(what: String, typed: String, candidates: [String])

    public var message: String { message(field: { $0 }) }

    /// The message, with the names of values the user gave as `field` spells them: SalesKit's
    /// own words ("date"), or a command line's flags ("--date").
    public func message(field: (String) -> String) -> String {
        switch self {
        case .invalidFile(let finding):
            return finding.description
        case .noStore(let from):
            return "salesctl: " + Message.noStore.text(quoted(from)) + "\nhint: " + Message.noStoreHint.text()
        case .storeExists(let path):
            return "salesctl: " + Message.storeExists.text(quoted(path))
        case .noDeal(let id, let suggestion):
            var text = "salesctl: " + Message.noDeal.text(quoted(id))
            if let suggestion { text += "\nhint: " + Message.didYouMean.text(quoted(suggestion)) }
            return text
        case .dealExists(let id):
            return "salesctl: " + Message.dealExists.text(quoted(id))
        case .invalidID(let id, let reason):
            return "salesctl: " + Message.invalidID.text(quoted(id), FindingText.word(reason, in: .current))
        case .invalidArgument(let text), .notFound(let text), .refused(let text):
            return "salesctl: " + text.rendered(field: field)
        case .io(let path, let reason):
            let shown = quoted(path == "standard input" ? Message.iorStandardInput.text() : path)
            return "salesctl: " + Message.ioError.text(shown, FindingText.ioReason(reason))
        case .lockTimeout(let path):
            return "salesctl: " + Message.lockTimeout.text(quoted(path))
        case .aborted(let why):
            return "salesctl: " + Message.aborted.text(why)
        case .noMatch(let what, let typed, let known):
            var text = "salesctl: " + Message.noMatch.text(nameWord(what), quoted(typed))
            if !known.isEmpty { text += "\nhint: " + Message.knownNames.text(nameList(known)) }
            return text
        case .unknownEntry(let unknown):
            var text = "salesctl: "
            if let suggestion = unknown.suggestion {
                text += Message.unknownEntryGuess.text(
                    unknown.list.word, quoted(unknown.typed), escapedForMessage(suggestion))
            } else {
                text += Message.unknownEntry.text(unknown.list.word, quoted(unknown.typed))
            }
            let valid = unknown.valid.map { escapedForMessage($0.idFirst) }.joined(separator: ", ")
            if let scope = unknown.scope {
                return text + "\nhint: " + Message.validEntriesInStage.text(escapedForMessage(scope.idFirst), valid)
            }
            return text + "\nhint: " + Message.validEntries.text(valid)
        case .ambiguousName(let what, let typed, let candidates):
            return "salesctl: " + Message.ambiguousName.text(nameWord(what), quoted(typed)) + "\nhint: "
                + Message.couldBe.text(nameList(candidates))
        }
    }

    /// What went wrong, in the terms a caller decides on (the CLI maps each to its exit code).
    public enum Kind: Sendable, Equatable {
        /// The request was malformed: a bad value, a missing one, a date in the future.
        case malformed
        /// A well-formed request refused, or naming something that does not exist.
        case refused
        /// Another process holds the store lock.
        case busy
        /// A file could not be read or written, or the user aborted.
        case failed
    }

    public var kind: Kind {
        switch self {
        // A deal id that breaks the id rule is a malformed value, like an unknown stage.
        case .invalidArgument, .unknownEntry, .invalidID: .malformed
        case .lockTimeout: .busy
        case .noStore, .storeExists, .noDeal, .dealExists, .notFound, .refused, .noMatch, .ambiguousName: .refused
        case .invalidFile, .io, .aborted: .failed
        }
    }
}

/// What a typed name was for ("owner", "member of deal 'x'"), in the current language.
private func nameWord(_ what: String) -> String {
    switch what {
    case "owner": return Message.fieldOwner.text()
    case "customer": return Message.fieldCustomer.text()
    case "member": return Message.errMember.text()
    case "author": return Message.nameAuthor.text()
    default:
        let prefix = "member of deal "
        return what.hasPrefix(prefix) ? Message.nameMemberOf.text(String(what.dropFirst(prefix.count))) : what
    }
}

/// Names for a hint, quoted, at most ten, then how many more.
private func nameList(_ names: [String]) -> String {
    var text = names.prefix(10).map { quoted($0, limit: 60) }.joined(separator: ", ")
    if names.count > 10 { text = Message.moreNames.text(text, String(names.count - 10)) }
    return text
}

/// Quotes a user-supplied value for a message, escaping control characters and cutting it short,
/// so a hostile file name or id cannot inject terminal escapes or flood the screen.
public func quoted(_ text: String, limit: Int = 120) -> String {
    "'" + escapedForMessage(text, limit: limit) + "'"
}

public func escapedForMessage(_ text: String, limit: Int = 120) -> String {
    var out = ""
    var count = 0
    for scalar in text.unicodeScalars {
        if count >= limit {
            out += "…"
            break
        }
        switch scalar {
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case "\r": out += "\\r"
        case "\\": out += "\\\\"
        default:
            if ControlCharacters.needsEscape(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        count += 1
    }
    return out
}
