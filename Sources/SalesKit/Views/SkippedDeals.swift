/// The one sentence every command that reads all deals says when some deal files do not read:
/// how many deals it left out of what it printed (and of its totals), and which files. A
/// forecast that quietly drops a deal's amount is worse than one that refuses.
public enum SkippedDeals {
    /// Deal file paths among `findings` (the files `loadDeals` could not read), in order,
    /// each once.
    public static func paths(_ findings: [Finding]) -> [String] {
        var seen = Set<String>()
        return findings.map(\.path).filter { $0.hasPrefix(Store.dealsDirectory + "/") && seen.insert($0).inserted }
    }

    /// "3 deals left out of this output and its totals: deals/a.yaml, …", or nil when every
    /// deal file read. At most ten paths are named.
    public static func summary(_ findings: [Finding]) -> String? {
        let paths = paths(findings)
        guard !paths.isEmpty else { return nil }
        var names = paths.prefix(10).map { escapedForMessage($0, limit: 200) }.joined(separator: ", ")
        if paths.count > 10 { names = Message.moreNames.text(names, String(paths.count - 10)) }
        return Message.warnLeftOut.text(String(paths.count), names)
    }
}

extension Store {
    /// `deals/<id>.yaml` -> `<id>`.
    static func dealID(ofPath path: String) -> String {
        var name = Substring(path)
        if name.hasPrefix(dealsDirectory + "/") { name = name.dropFirst(dealsDirectory.count + 1) }
        if name.hasSuffix(".yaml") { name = name.dropLast(5) }
        return String(name)
    }
}
