/// The pure half of `salesctl merge-driver`, git's merge driver for deal files.
///
/// Two clones that both change a deal both append history events at the end of the file, so
/// git's line merge sees two different insertions at the same place: a conflict, every time.
/// The driver takes the events each side appended out of its file, lets git merge what is left
/// (the fields, key persons, checklist: line by line as usual), then appends both sides' new
/// events to the merged history, in date order. History must be append-only for this; when a
/// side changed or removed an older event, the driver leaves the file to git's normal merge.
public enum DealMerge {
    public struct Item: Sendable, Equatable {
        /// The item's lines exactly as written.
        public var text: [UInt8]
        public var date: String
    }

    public struct Split: Sendable, Equatable {
        /// The file without the appended history items.
        public var rest: [UInt8]
        /// The items appended after the base's history, in file order.
        public var added: [Item]
    }

    /// Splits the history items that `bytes` appended to `base`'s history. Nil when either file
    /// does not read, history is not a block list, or an item of the base was changed or removed.
    public static func split(_ bytes: [UInt8], base: [UInt8]) -> Split? {
        guard let items = historyItems(bytes), let baseItems = historyItems(base), items.count >= baseItems.count else { return nil }
        for (mine, theirs) in zip(items, baseItems) where bytes[mine.lines] != base[theirs.lines] { return nil }
        let added = items[baseItems.count...]
        guard let first = added.first, let last = added.last else { return Split(rest: bytes, added: []) }
        var rest = bytes
        rest.removeSubrange(first.lines.lowerBound..<last.lines.upperBound)
        return Split(rest: rest, added: added.map { Item(text: Array(bytes[$0.lines]), date: $0.date) })
    }

    /// Appends `ours` and the items of `theirs` not in `ours` to the history of `merged`, in date
    /// order (stable: ours first on the same day). Nil when `merged` has no block history list.
    public static func appendHistory(ours: [Item], theirs: [Item], to merged: [UInt8]) -> [UInt8]? {
        var items = ours
        for item in theirs where !ours.contains(item) { items.append(item) }
        guard !items.isEmpty else { return merged }
        guard let existing = historyItems(merged), let last = existing.last else { return nil }
        let ordered = items.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        var out = merged
        var text = ordered.flatMap(\.text)
        if last.lines.upperBound == out.count, out.last != 0x0A { text.insert(0x0A, at: 0) }
        out.insert(contentsOf: text, at: last.lines.upperBound)
        return out
    }

    /// The line range and date of each item of the top-level block list `history`.
    static func historyItems(_ bytes: [UInt8]) -> [(lines: Range<Int>, date: String)]? {
        guard let node = try? bytes.withUnsafeBytes({ try YAMLReader.parse($0, path: "deal") }),
              let root = node.mapping else { return nil }
        guard let history = root["history"], !history.isNull else { return [] }
        guard let sequence = history.sequence, !sequence.isFlow || sequence.items.isEmpty else { return nil }
        return sequence.items.map { item in
            (YAMLEditor.lineStart(bytes, item.start.offset)..<YAMLEditor.lineEnd(bytes, after: item.end),
             item.mapping?["date"]?.scalar?.value ?? "")
        }
    }
}
