#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The drafts of `report add` in the editor: `.salesctl/REPORT_EDITMSG.md`, and when a draft
/// from an earlier run is kept there (the editor failed, the report was empty or did not
/// read), the next free `REPORT_EDITMSG-2.md`, `-3`, … so no kept draft is ever overwritten.
/// A draft is removed once its report is written.
public enum ReportDrafts {
    /// How salesctl's help comment in a draft starts; it ends at the next `-->`.
    public static let helpStart = "<!-- salesctl:"
    static let helpEnd = "-->"
    static let stem = "REPORT_EDITMSG"

    /// The body without salesctl's help comment, from its start to its `-->` (or to the end of
    /// the text when the comment was left open); text above and below it stays, in order, as
    /// paragraphs apart (the comment's own blank lines do not pile up).
    public static func removingHelp(_ body: String) -> String {
        guard let start = body.range(of: helpStart) else { return body }
        let after = body[start.upperBound...]
        var below = after.range(of: helpEnd).map { String(after[$0.upperBound...]) } ?? ""
        var above = String(body[..<start.lowerBound])
        while above.hasSuffix("\n") || above.hasSuffix("\r\n") { above.removeLast() }
        while below.hasPrefix("\n") || below.hasPrefix("\r\n") { below.removeFirst() }
        if above.isEmpty || below.isEmpty { return above + below }
        return above + "\n\n" + below
    }

    /// True when `name` is a draft file name (`REPORT_EDITMSG.md`, `REPORT_EDITMSG-2.md`, …).
    static func isDraftName(_ name: String) -> Bool {
        guard name.hasPrefix(stem), name.hasSuffix(".md") else { return false }
        let middle = name.dropFirst(stem.count).dropLast(3)
        return middle.isEmpty || (middle.hasPrefix("-") && parseInteger(String(middle.dropFirst())) != nil)
    }
}

extension Store {
    /// The drafts kept from earlier runs, absolute paths, oldest name first.
    public func keptDrafts() -> [String] {
        FileSystem.entries(absolute(Store.stateDirectory))
            .filter { $0.kind != .directory && ReportDrafts.isDraftName($0.name) }
            .map(\.name)
            .sorted { draftNumber($0) < draftNumber($1) }
            .map { absolute(Store.stateDirectory + "/" + $0) }
    }

    /// The absolute path for a new draft: the first of `REPORT_EDITMSG.md`, `-2.md`, … that
    /// does not exist.
    public func newDraftPath() -> String {
        var n = 1
        while true {
            let name = ReportDrafts.stem + (n == 1 ? "" : "-\(n)") + ".md"
            let path = absolute(Store.stateDirectory + "/" + name)
            if !FileSystem.exists(path) { return path }
            n += 1
        }
    }

    private func draftNumber(_ name: String) -> Int {
        let middle = name.dropFirst(ReportDrafts.stem.count).dropLast(3)
        return middle.isEmpty ? 1 : parseInteger(String(middle.dropFirst())) ?? 0
    }
}

extension FileSystem {
    /// Removes the file at `path`; a file already gone is not an error.
    public static func removeFile(_ path: String) {
        unlink(path)
    }
}
