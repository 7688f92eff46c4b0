/// Git's conflict markers in a deal file: a merge that stopped half way. The YAML reader would
/// only say "could not find expected ':'" somewhere near them; this names the problem, once, at
/// the first marker, so `check` and every command that skips the file say what to do.
public enum ConflictMarkers {
    /// The code of the finding; `Finding.hint` explains how to resolve it.
    public static let code = "merge-conflict"

    public struct Location: Sendable, Equatable {
        public var line: Int
        public var count: Int
    }

    /// The first `<<<<<<<` line (0-based line, byte offset) and how many conflicts the text has.
    /// Only a whole marker counts: seven `<` at the start of a line, then a space or the end of
    /// the line, as git writes them (default marker size).
    public static func scan(_ bytes: [UInt8]) -> (line: Int, count: Int)? {
        var first: Int?
        var count = 0
        var line = 0
        var lineStart = 0
        bytes.withUnsafeBufferPointer { buffer in
            let n = buffer.count
            while lineStart < n {
                if isMarker(buffer, at: lineStart) {
                    if first == nil { first = line }
                    count += 1
                }
                var i = lineStart
                while i < n && buffer[i] != 0x0A { i += 1 }
                lineStart = i + 1
                line += 1
            }
        }
        return first.map { ($0, count) }
    }

    static func isMarker(_ buffer: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start + 7 <= buffer.count else { return false }
        for i in start..<start + 7 where buffer[i] != 0x3C { return false }  // "<"
        if start + 7 == buffer.count { return true }
        let next = buffer[start + 7]
        return next == 0x20 || next == 0x0A || next == 0x0D
    }

    /// The finding for a deal file with markers, or nil when it has none.
    public static func finding(_ bytes: [UInt8], path: String) -> Finding? {
        guard let (line, count) = scan(bytes) else { return nil }
        let conflicts = count == 1 ? "1 conflict" : "\(count) conflicts"
        return Finding(
            path: path, line: line + 1, column: 1, code: code,
            message: "unresolved git merge conflict (\(conflicts)); the deal is left out until it is resolved")
    }

    /// What to do about a `merge-conflict` finding, one line each.
    public static var hint: [String] {
        [
            Message.hintConflictResolve.text(),
            Message.hintConflictDriver.text(),
            "  git config merge.salesctl.name \"salesctl deal history\"",
            "  git config merge.salesctl.driver \"salesctl merge-driver %O %A %B %P\""
        ]
    }
}

extension Finding {
    /// What to do next, for findings where one line of message is not enough (printed as
    /// `hint:` lines by `check`); nil for most.
    public var hint: [String]? { code == ConflictMarkers.code ? ConflictMarkers.hint : nil }
}
