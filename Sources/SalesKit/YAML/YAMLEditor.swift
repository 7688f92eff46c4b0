/// Minimal-diff edits of a hand-written YAML file: new text is spliced into the byte ranges the
/// reader recorded, so comments, key order, quoting and blank lines stay as the user wrote them.
///
/// Collect edits against one parse, then call `apply()`; edits must not overlap.
public struct YAMLEditor {
    public let original: [UInt8]
    public let root: YAMLNode.Mapping
    private var edits: [(range: Range<Int>, text: String)] = []

    public init(bytes: [UInt8], root: YAMLNode.Mapping) {
        self.original = bytes
        self.root = root
    }

    /// Replaces one scalar, keeping its quoting style where the new value allows it.
    public mutating func replace(_ scalar: YAMLNode.Scalar, with value: YAMLValue) {
        var text = YAMLWriter.inline(value) ?? ""
        // Keep the user's quotes: text and bare tokens (ids, dates) alike read back the same.
        var plain: String?
        switch value {
        case .text(let t), .raw(let t): plain = t
        default: plain = nil
        }
        if let t = plain, scalar.style == .singleQuoted, !t.contains("\n"), !YAMLWriter.needsDoubleQuotes(t) {
            text = "'" + t.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
        } else if let t = plain, scalar.style == .doubleQuoted {
            text = YAMLWriter.doubleQuoted(t)
        }
        // An empty value (`key:` with nothing after it) needs a space after the colon.
        if scalar.start.offset == scalar.end.offset, scalar.start.offset > 0,
            original[scalar.start.offset - 1] == UInt8(ascii: ":")
        {
            text = " " + text
        }
        edits.append((scalar.start.offset..<scalar.end.offset, text))
    }

    /// Sets `key` in `mapping` (the root when nil): replaces the scalar in place, or adds a
    /// `key: value` line after the mapping's last entry.
    public mutating func set(_ key: String, to value: YAMLValue, in mapping: YAMLNode.Mapping? = nil) {
        let target = mapping ?? root
        if let existing = target[key], case .scalar(let scalar) = existing, YAMLWriter.inline(value) != nil,
            !(scalar.style == .literal || scalar.style == .folded)
        {
            replace(scalar, with: value)
            return
        }
        if let entry = target.entry(key), let scalar = entry.value.scalar, entry.value.isNull {
            switch value {
            case .list(let items): fillNull(scalar, with: YAMLWriter.sequence(items, indent: entry.keyStart.column + 2))
            case .map(let entries):
                fillNull(scalar, with: YAMLWriter.mapping(entries, indent: entry.keyStart.column + 2))
            default: break
            }
            return
        }
        if let entry = target.entry(key) {
            // A collection replaced wholesale: rewrite the entry's lines.
            let start = lineStart(entry.keyStart.offset)
            let end = lineEnd(after: entry.value.end)
            let indent = entry.keyStart.column
            edits.append((start..<end, YAMLWriter.mapping([(key, value)], indent: indent)))
            return
        }
        insertEntries([(key, value)], into: target)
    }

    /// Adds entries after the last entry of a block mapping.
    public mutating func insertEntries(_ entries: [(String, YAMLValue)], into mapping: YAMLNode.Mapping) {
        let indent = mapping.entries.first?.keyStart.column ?? mapping.start.column
        if mapping.isFlow || mapping.entries.isEmpty {
            // `{}` or an empty document: write block entries in its place.
            if mapping.isFlow {
                // Its entries go on the lines below, indented under the line the `{` is on.
                var start = mapping.start.offset
                while start > 0 && original[start - 1] == 0x20 { start -= 1 }
                let lineIndent = original[lineStart(start)...].prefix { $0 == 0x20 }.count
                let existing = mapping.entries.map { ($0.key, YAMLValue(node: $0.value)) }
                let text = "\n" + YAMLWriter.mapping(existing + entries, indent: lineIndent + 2)
                edits.append((start..<mapping.end.offset, String(text.dropLast())))
            } else {
                edits.append(
                    (original.count..<original.count, newlinePrefix(at: original.count) + YAMLWriter.mapping(entries)))
            }
            return
        }
        let at = lineEnd(after: mapping.end)
        edits.append((at..<at, newlinePrefix(at: at) + YAMLWriter.mapping(entries, indent: indent)))
    }

    /// Adds entries to a block mapping just above the entry `key` (and above the comment lines
    /// directly over it), so a new section lands where the documented key order puts it. When
    /// `key` is missing, adds them after the last entry.
    public mutating func insertEntries(
        _ entries: [(String, YAMLValue)], before key: String, in mapping: YAMLNode.Mapping? = nil
    ) {
        let target = mapping ?? root
        guard !target.isFlow, let entry = target.entry(key) else {
            insertEntries(entries, into: target)
            return
        }
        var at = lineStart(entry.keyStart.offset)
        while at > 0 {
            let previous = lineStart(at - 1)
            let line = original[previous..<at].drop { $0 == 0x20 || $0 == 0x09 }
            guard line.first == UInt8(ascii: "#") else { break }
            at = previous
        }
        edits.append((at..<at, YAMLWriter.mapping(entries, indent: entry.keyStart.column)))
    }

    /// Adds entries on their own lines right after the entry `key` of a block mapping (the root
    /// when nil); after the last entry when `key` is missing.
    public mutating func insertEntries(
        _ entries: [(String, YAMLValue)], after key: String, in mapping: YAMLNode.Mapping? = nil
    ) {
        let target = mapping ?? root
        guard !target.isFlow, let entry = target.entry(key) else {
            insertEntries(entries, into: target)
            return
        }
        let at = lineEnd(after: entry.value.end)
        edits.append((at..<at, newlinePrefix(at: at) + YAMLWriter.mapping(entries, indent: entry.keyStart.column)))
    }

    /// Appends an item to the block list under `key` (creating the list when missing or empty).
    public mutating func append(_ item: YAMLValue, toListAt key: String, in mapping: YAMLNode.Mapping? = nil) {
        let target = mapping ?? root
        guard let node = target[key], !node.isNull else {
            if let entry = target.entry(key), let scalar = entry.value.scalar {
                // `key:` with nothing after it (or `~`, `null`).
                fillNull(scalar, with: YAMLWriter.sequence([item], indent: entry.keyStart.column + 2))
                return
            }
            insertEntries([(key, .list([item]))], into: target)
            return
        }
        guard let sequence = node.sequence, !sequence.isFlow, let last = sequence.items.last else {
            // A flow list (`[a, b]` or `[]`): turn it into a block list with the new item.
            let existing = node.sequence?.items.map(YAMLValue.init(node:)) ?? []
            set(key, to: .list(existing + [item]), in: target)
            return
        }
        let at = lineEnd(after: last.end)
        edits.append((at..<at, newlinePrefix(at: at) + YAMLWriter.sequence([item], indent: sequence.start.column)))
    }

    /// Removes an entry's lines (key, value and anything between) from a block mapping.
    public mutating func remove(_ key: String, from mapping: YAMLNode.Mapping) {
        guard let entry = mapping.entry(key) else { return }
        edits.append((removal(lineStart(entry.keyStart.offset)..<lineEnd(after: entry.value.end)), ""))
    }

    /// Removes one item's lines from a block list.
    public mutating func removeItem(at index: Int, from sequence: YAMLNode.Sequence) {
        let item = sequence.items[index]
        edits.append((removal(lineStart(item.start.offset)..<lineEnd(after: item.end)), ""))
    }

    /// The edited bytes. Unchanged when no edit was made. Edits starting at the same offset land
    /// in the order they were made (an insertion before a replacement of the following lines,
    /// two insertions one after the other).
    public func apply() -> [UInt8] {
        var out = original
        let crlf = usesCRLF
        let ordered = edits.enumerated().sorted { a, b in
            (a.element.range.lowerBound, a.element.range.upperBound, a.offset)
                > (b.element.range.lowerBound, b.element.range.upperBound, b.offset)
        }
        for (_, edit) in ordered {
            var bytes = Array(edit.text.utf8)
            if crlf && bytes.contains(0x0A) {
                bytes = bytes.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] }
            }
            out.replaceSubrange(edit.range, with: bytes)
        }
        return out
    }

    /// True when the file's first line ends in CRLF: new lines are then written the same way,
    /// so an edit of a Windows-edited file does not mix line endings.
    public var usesCRLF: Bool {
        guard let newline = original.firstIndex(of: 0x0A) else { return false }
        return newline > 0 && original[newline - 1] == 0x0D
    }

    public var hasEdits: Bool { !edits.isEmpty }

    /// Puts block lines under a key whose value is empty or null, keeping the key's line and any
    /// comment on it; a `~` or `null` token is taken out.
    private mutating func fillNull(_ scalar: YAMLNode.Scalar, with block: String) {
        if scalar.end.offset > scalar.start.offset {
            var from = scalar.start.offset
            while from > 0 && original[from - 1] == 0x20 { from -= 1 }
            edits.append((from..<scalar.end.offset, ""))
        }
        let at = lineEnd(after: scalar.end)
        edits.append((at..<at, newlinePrefix(at: at) + block))
    }

    // MARK: line arithmetic

    private func lineStart(_ offset: Int) -> Int { YAMLEditor.lineStart(original, offset) }

    private func lineEnd(after mark: Mark) -> Int { YAMLEditor.lineEnd(original, after: mark) }

    /// The offset of the start of the line holding `offset`.
    static func lineStart(_ bytes: [UInt8], _ offset: Int) -> Int {
        var i = offset
        while i > 0 && bytes[i - 1] != 0x0A { i -= 1 }
        return i
    }

    /// The offset just past the newline ending the line where `mark` is (a block scalar's end
    /// mark already sits at the start of the next line).
    static func lineEnd(_ bytes: [UInt8], after mark: Mark) -> Int {
        var i = mark.offset
        if i > 0 && i <= bytes.count && mark.column == 0 && bytes[i - 1] == 0x0A { return i }
        while i < bytes.count && bytes[i] != 0x0A { i += 1 }
        return min(i + 1, bytes.count)
    }

    /// Whole lines to remove; when they end a file that lacks a final newline, the line break
    /// before them goes too, so the file still ends without one (and text inserted at the end
    /// does not follow a blank line).
    private func removal(_ lines: Range<Int>) -> Range<Int> {
        guard lines.upperBound == original.count, lines.lowerBound > 0, original.last != 0x0A else { return lines }
        var start = lines.lowerBound - 1
        if start > 0 && original[start - 1] == 0x0D { start -= 1 }
        return start..<lines.upperBound
    }

    /// A newline to put first when inserting at the end of a file that lacks a final newline.
    private func newlinePrefix(at offset: Int) -> String {
        offset > 0 && offset == original.count && original[offset - 1] != 0x0A ? "\n" : ""
    }
}

extension YAMLValue {
    /// The value of a parsed node, to write it again in block style: plain scalars as written
    /// (`2026-11-01` and `yes` stay unquoted), quoted and block scalars as text.
    init(node: YAMLNode) {
        switch node {
        case .scalar(let s):
            self = s.style == .plain && !s.value.contains("\n") ? .raw(s.value) : .text(s.value)
        case .sequence(let s):
            self = .list(s.items.map(YAMLValue.init(node:)))
        case .mapping(let m):
            self = .map(m.entries.map { ($0.key, YAMLValue(node: $0.value)) })
        }
    }
}

extension YAMLWriter {
    /// True when only double quotes can represent the text (control characters, line breaks).
    static func needsDoubleQuotes(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: ControlCharacters.isControl)
    }
}
