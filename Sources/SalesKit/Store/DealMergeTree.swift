/// The shape the deal merge works on: one side's file cut into whole lines along its YAML
/// structure. A block mapping or list is a head (its key line and the comments before its first
/// child) and children; everything else is an atom, merged as a whole.
///
/// Every cut is at the start of a line, so pieces of the three sides can be put together, and
/// conflict markers put around any of them, without ever splitting a line. A child owns the
/// lines from its own first line to the next child's (its comments and blank lines go with it);
/// the last child owns the rest of its parent's lines.
extension DealMerge {
    struct Chunk {
        enum Kind: Equatable { case atom, map, list, history }

        /// The whole file of the side (shared, not copied).
        var bytes: [UInt8]
        var range: Range<Int>
        var kind: Kind = .atom
        var head: Range<Int> = 0..<0
        var children: [Child] = []
        /// History events: the `date:` value, for date order.
        var date: String = ""
        /// The column of the children's keys or dashes: two sides' children are put together
        /// only when it is the same (or a re-indented list would mix into other values).
        var indent = -1

        var text: ArraySlice<UInt8> { bytes[range] }
        var headText: ArraySlice<UInt8> { bytes[head] }
    }

    struct Child {
        /// What makes two sides' children the same child: a mapping key; a key person's name
        /// (spaces aside), an `id`, a scalar's value; a history event's own text.
        var id: String
        /// How a conflict names it (`key_persons[山田 太郎]`).
        var label: String
        var chunk: Chunk
    }

    /// One side's file as a tree, with its parsed node. Throws the reader's finding when the
    /// side does not read.
    static func read(_ bytes: [UInt8], side: String) throws -> (chunk: Chunk, node: YAMLNode) {
        let node = try bytes.withUnsafeBytes { try YAMLReader.parse($0, path: side) }
        guard let node, case .mapping = node else {
            throw SalesError.invalidFile(
                Finding(path: side, code: "type", message: "a deal file is a mapping of fields"))
        }
        return (build(node, region: 0..<bytes.count, bytes: bytes, isRoot: true), node)
    }

    static func tree(_ bytes: [UInt8], side: String) throws -> Chunk { try read(bytes, side: side).chunk }

    /// The chunk of `node`, which owns the lines `region`.
    static func build(
        _ node: YAMLNode, region: Range<Int>, bytes: [UInt8], isRoot: Bool = false, isHistory: Bool = false
    ) -> Chunk {
        var chunk = Chunk(bytes: bytes, range: region)
        switch node {
        case .mapping(let mapping) where !mapping.isFlow && !mapping.entries.isEmpty:
            guard let bounds = boundaries(mapping.entries.map(\.keyStart.offset), region: region, bytes: bytes) else {
                return chunk
            }
            chunk.kind = .map
            chunk.head = region.lowerBound..<bounds[0]
            chunk.indent = mapping.entries[0].keyStart.column
            for (i, entry) in mapping.entries.enumerated() {
                let lines = bounds[i]..<(i + 1 < bounds.count ? bounds[i + 1] : region.upperBound)
                var child = Chunk(bytes: bytes, range: lines)
                if isBlockCollection(entry.value) {
                    let sub = build(
                        entry.value, region: lines, bytes: bytes, isHistory: isRoot && entry.key == "history")
                    // A collection starts on a line below its key, or it is not cut further.
                    if sub.kind != .atom && sub.head.upperBound > YAMLEditor.lineStart(bytes, entry.keyStart.offset) {
                        child = sub
                    }
                }
                chunk.children.append(Child(id: entry.key, label: entry.key, chunk: child))
            }
        case .sequence(let sequence) where !sequence.isFlow && !sequence.items.isEmpty:
            guard let bounds = boundaries(sequence.items.map(\.start.offset), region: region, bytes: bytes),
                let indent = dashColumn(before: sequence.items[0].start.offset, bytes: bytes)
            else { return chunk }
            chunk.kind = isHistory ? .history : .list
            chunk.indent = indent
            chunk.head = region.lowerBound..<bounds[0]
            var seen: [String: Int] = [:]
            for (i, item) in sequence.items.enumerated() {
                let lines = bounds[i]..<(i + 1 < bounds.count ? bounds[i + 1] : region.upperBound)
                var child = Chunk(bytes: bytes, range: lines)
                if !isHistory && isBlockCollection(item) {
                    let sub = build(item, region: lines, bytes: bytes)
                    if sub.kind != .atom { child = sub }
                }
                var (id, label) = identity(item, lines: lines, bytes: bytes, isHistory: isHistory)
                if isHistory { child.date = item.mapping?["date"]?.scalar?.value ?? "" }
                // The same identity twice in one list (a repeated event): the second is "#1".
                let n = seen[id, default: 0]
                seen[id] = n + 1
                if n > 0 {
                    id += "\u{0}#\(n)"
                    label += "#\(n + 1)"
                }
                chunk.children.append(Child(id: id, label: label, chunk: child))
            }
        default:
            break
        }
        return chunk
    }

    /// The column of the `-` before a list item starting at `offset`, on the same line; nil
    /// when there is none (the item sits on the line after its dash).
    static func dashColumn(before offset: Int, bytes: [UInt8]) -> Int? {
        var i = min(offset, bytes.count) - 1
        while i >= 0 && (bytes[i] == 0x20 || bytes[i] == 0x09) { i -= 1 }
        guard i >= 0, bytes[i] == 0x2D else { return nil }
        return i - YAMLEditor.lineStart(bytes, i)
    }

    static func isBlockCollection(_ node: YAMLNode) -> Bool {
        switch node {
        case .mapping(let m): !m.isFlow && !m.entries.isEmpty
        case .sequence(let s): !s.isFlow && !s.items.isEmpty
        case .scalar: false
        }
    }

    /// The start of each child's lines, or nil when two children share a line or a child
    /// starts before `region` (then the node is not cut: it stays one atom).
    static func boundaries(_ offsets: [Int], region: Range<Int>, bytes: [UInt8]) -> [Int]? {
        var bounds: [Int] = []
        bounds.reserveCapacity(offsets.count)
        for offset in offsets {
            let start = YAMLEditor.lineStart(bytes, offset)
            if start < region.lowerBound || start >= region.upperBound { return nil }
            if let last = bounds.last, start <= last { return nil }
            bounds.append(start)
        }
        return bounds
    }

    static func identity(_ item: YAMLNode, lines: Range<Int>, bytes: [UInt8], isHistory: Bool) -> (
        id: String, label: String
    ) {
        if !isHistory, let mapping = item.mapping {
            if let name = mapping["name"]?.scalar?.value { return ("name:" + KeyPerson.nameKey(name), name) }
            if let id = mapping["id"]?.scalar?.value { return ("id:" + id, id) }
        }
        if !isHistory, let scalar = item.scalar { return ("=" + scalar.value, scalar.value) }
        // The item's own lines, without the comments and blank lines after it.
        let end = min(max(YAMLEditor.lineEnd(bytes, after: item.end), lines.lowerBound), lines.upperBound)
        var text = Array(bytes[lines.lowerBound..<end])
        if text.last != 0x0A { text.append(0x0A) }
        let label = isHistory ? (item.mapping?["date"]?.scalar?.value ?? "event") : "item"
        return ("text:" + String(decoding: text, as: UTF8.self), label)
    }

    /// Two pieces of text are the same when they differ at most by the newline that ends a file.
    static func same(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Bool {
        if a.count == b.count { return a == b }
        if a.count + 1 == b.count { return b.last == 0x0A && a.last != 0x0A && a == b.dropLast() }
        if b.count + 1 == a.count { return a.last == 0x0A && b.last != 0x0A && b == a.dropLast() }
        return false
    }

    static func same(_ a: Chunk?, _ b: Chunk?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case (let a?, let b?): same(a.text, b.text)
        default: false
        }
    }
}
