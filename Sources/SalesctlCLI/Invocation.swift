import SalesKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A command line with its global options read once. They may come before the subcommand, as
/// in git: `salesctl -C examples/basic deal list`. A leading `-C DIR` (or `--dir DIR`,
/// `--dir=DIR`; several join, as with git) makes DIR the working directory of the command: the
/// store is found from there and paths on the command line are relative to it. The process
/// never changes directory. A leading `--today` or `--color` is moved after the subcommand,
/// where every command's `GlobalOptions` reads it.
struct Invocation {
    /// The arguments for ArgumentParser.
    var arguments: [String]
    /// The context the command runs in (moved by a leading `-C`).
    var context: Context

    init(_ arguments: [String], context: Context) throws {
        var directory = context.workingDirectory
        var moved: [String] = []
        var rest = arguments[...]
        while let first = rest.first {
            if let (value, count) = Invocation.directoryOption(rest) {
                guard let value else { throw SalesError.invalidArgument(ErrorText(.useNeedsDirectory, first)) }
                directory = try Invocation.enter(value, from: directory)
                rest = rest.dropFirst(count)
            } else if first == "--today" || first == "--color" {
                guard rest.count >= 2 else { break }
                moved += rest.prefix(2)
                rest = rest.dropFirst(2)
            } else if first.hasPrefix("--today=") || first.hasPrefix("--color=") {
                moved.append(first)
                rest = rest.dropFirst()
            } else {
                break
            }
        }
        var result = Array(rest)
        if let terminator = result.firstIndex(of: "--") {
            result.insert(contentsOf: moved, at: terminator)
        } else {
            result += moved
        }
        self.arguments = result
        self.context = directory == context.workingDirectory ? context : context.moved(to: directory)
    }

    /// The settings of the store the command would use, read before parsing so that `--help`
    /// (and every message before the store is opened) speaks the store's `language`: found as
    /// `GlobalOptions.open` finds it (`-C`/`--dir` after the subcommand, else `SALESCTL_DIR`,
    /// else upward from the working directory, which a leading `-C` moved). Nil when there is no
    /// store or its salesctl.yaml does not read: the command itself reports that, if it needs one.
    func configBeforeParsing() -> Config? {
        var explicit: String?
        var words = arguments.prefix { $0 != "--" }[...]
        while !words.isEmpty {
            if let (value, count) = Invocation.directoryOption(words) {
                explicit = value ?? explicit
                words = words.dropFirst(count)
            } else {
                words = words.dropFirst()
            }
        }
        guard
            let root = try? Store.locate(
                explicit: explicit, environment: context.variable("SALESCTL_DIR"), start: startDirectory)
        else { return nil }
        return try? Store.open(root: root).config
    }

    /// Where the store is looked for upward: the working directory, or for `merge-driver BASE
    /// OURS THEIRS PATH` (git runs it at the top of the work tree) the directory of the deal file
    /// PATH, so that a store below the top speaks its own language during a merge.
    var startDirectory: String {
        let start = context.workingDirectory
        guard arguments.first == "merge-driver", arguments.count >= 5, !arguments[4].hasPrefix("/") else {
            return start
        }
        let directory = FileSystem.parentDirectory(of: start + "/" + arguments[4])
        return FileSystem.kind(directory) == .directory ? directory : start
    }

    /// `-C DIR`, `--dir DIR` or `--dir=DIR` at the start of `words`: the directory (nil when the
    /// option has no value) and how many words it takes; nil when `words` does not start so.
    /// The one reading of this option outside ArgumentParser (completion uses it too).
    static func directoryOption(_ words: ArraySlice<String>) -> (value: String?, count: Int)? {
        guard let first = words.first else { return nil }
        if first.hasPrefix("--dir=") { return (String(first.dropFirst(6)), 1) }
        guard first == "-C" || first == "--dir" else { return nil }
        return words.count >= 2 ? (words[words.startIndex + 1], 2) : (nil, 1)
    }

    /// The directory `value` names, from `directory`; refused (exit 1, not bad usage: it may
    /// have been there a moment ago) when it cannot be entered.
    static func enter(_ value: String, from directory: String) throws -> String {
        let target = value.hasPrefix("/") ? value : directory + "/" + value
        var info = stat()
        var problem: Int32 = 0
        if stat(target, &info) != 0 {
            problem = errno
        } else if info.st_mode & S_IFMT != S_IFDIR {
            problem = ENOTDIR
        } else if access(target, X_OK) != 0 {
            problem = errno
        }
        guard problem == 0 else {
            let reason = String(cString: strerror(problem)).lowercased()
            throw SalesError.io(path: value, reason: "cannot change to this directory: \(reason)")
        }
        return Store.normalize(target)
    }
}
