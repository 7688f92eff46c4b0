/// The pure half of `salesctl merge-driver`, git's merge driver for deal files: a three-way merge
/// that knows a deal file's structure (see `DealMergeTree.swift` for how a file is cut).
///
/// - Fields, checklist steps, key persons and their fields merge one by one: what only one side
///   changed is taken from that side; entries either side added to a mapping or a list are all
///   kept (key persons are the same person by name, list items by `id` or value).
/// - History is append-only: every event of either side is kept, once; the events the sides
///   added are appended after the common ones, in date order (ours first on the same day).
///   History never gets conflict markers.
/// - Only when both sides gave one field two different values does that field's line (or
///   lines) get conflict markers, and nothing else; keeping either side leaves a file that reads.
///
/// Every result is checked before it is returned: the merged file (or each side of its
/// conflicts) must read as YAML, as a deal when all three inputs did, and must hold every
/// history event of both sides. When the fine merge fails that check (a side re-indented a
/// list, say), a merge by top-level field is tried; when that fails too, `merge` throws and the
/// caller falls back to git's line merge. The inputs pass through the YAML reader, so its
/// limits (size, depth, value length) bound the work.
public enum DealMerge {
    public struct Merged: Sendable, Equatable {
        /// The merged file, with conflict markers where `conflicts` says.
        public var bytes: [UInt8]
        /// The fields both sides set to different values (`stage`, `key_persons[山田 太郎].title`),
        /// in file order; empty when the merge is clean.
        public var conflicts: [String]
    }

    /// Why the three versions cannot be merged by structure (the caller merges line by line), in
    /// the current language.
    public struct Refusal: Error, Equatable, Sendable {
        public var reason: String
    }

    /// The conflict's path when the whole file conflicts (its top level is not a mapping on one side).
    public static let topOfFile = "(top of the file)"

    public static let oursMarker = "<<<<<<< ours\n", separator = "=======\n", theirsMarker = ">>>>>>> theirs\n"

    /// Merges what `ours` and `theirs` changed since `base`. Throws a `Refusal` when a side
    /// does not read as a YAML mapping, or when no structural merge checks out.
    public static func merge(base: [UInt8], ours: [UInt8], theirs: [UInt8]) throws(Refusal) -> Merged {
        let sides: [(chunk: Chunk, node: YAMLNode)]
        do {
            sides = [try read(base, side: "base"), try read(ours, side: "ours"), try read(theirs, side: "theirs")]
        } catch SalesError.invalidFile(let finding) {
            throw Refusal(reason: finding.description)
        } catch {
            throw Refusal(reason: "\(error)")
        }
        let (b, o, t) = (sides[0].chunk, sides[1].chunk, sides[2].chunk)
        // One side as it is, byte for byte (the other changed nothing, or the same): nothing to
        // check. Bytes, not `same`: a side that only added the final newline changed the file.
        if ours == theirs || theirs == base { return Merged(bytes: ours, conflicts: []) }
        if ours == base { return Merged(bytes: theirs, conflicts: []) }
        let decodes = sides.allSatisfy { decodesAsDeal($0.node) }
        let events = [o, t].map(historyEvents)
        for coarse in [false, true] {
            var merger = Merger(coarse: coarse)
            let pieces = merger.merge(b, o, t, path: "", level: 0)
            let picks: [Pick] = merger.conflicts.isEmpty ? [.markers] : [.ours, .theirs]
            let checks = picks.allSatisfy { pick in
                guard let merged = try? read(render(pieces, pick), side: "merged"),
                    !decodes || decodesAsDeal(merged.node)
                else { return false }
                return keepsEvents(historyEvents(merged.chunk), of: events)
            }
            if checks { return Merged(bytes: render(pieces, .markers), conflicts: merger.conflicts) }
        }
        throw Refusal(reason: Message.mrgNoFit.text())
    }

    /// The history events of a merged file, each as its text: for tests that count lost events.
    public static func historyEvents(_ bytes: [UInt8]) -> [String]? {
        guard let tree = try? tree(bytes, side: "merged") else { return nil }
        return historyEvents(tree)
    }

    static func historyEvents(_ tree: Chunk) -> [String] {
        guard let history = tree.children.first(where: { $0.id == "history" })?.chunk, history.kind == .history else {
            return []
        }
        return history.children.map(\.id)
    }

    /// Every event of each side is in `merged` (as often as that side has it).
    static func keepsEvents(_ merged: [String], of sides: [[String]]) -> Bool {
        var count: [String: Int] = [:]
        for id in merged { count[id, default: 0] += 1 }
        return sides.allSatisfy { side in side.allSatisfy { count[$0, default: 0] > 0 } }
    }

    static func readsAsDeal(_ bytes: [UInt8]) -> Bool {
        (try? read(bytes, side: "merged")).map { decodesAsDeal($0.node) } ?? false
    }

    static func decodesAsDeal(_ node: YAMLNode) -> Bool {
        (try? Deal.parse(node, id: "merged", path: "merged")) != nil
    }

    // MARK: merging

    enum Piece {
        case text(ArraySlice<UInt8>)
        case conflict(ours: ArraySlice<UInt8>, theirs: ArraySlice<UInt8>)
    }

    enum Pick { case markers, ours, theirs }

    struct Merger {
        /// Merge by top-level field only (history still event by event).
        var coarse: Bool
        var conflicts: [String] = []

        mutating func merge(_ b: Chunk?, _ o: Chunk?, _ t: Chunk?, path: String, level: Int) -> [Piece] {
            if DealMerge.same(o, t) { return pieces(o) }
            if let b, DealMerge.same(o, b) { return pieces(t) }
            if let b, DealMerge.same(t, b) { return pieces(o) }
            guard let o, let t else { return conflict(o?.text ?? [], t?.text ?? [], path) }
            if o.kind == t.kind, o.kind != .atom, o.indent == t.indent, !(coarse && level >= 1 && o.kind != .history) {
                return mergeChildren(
                    b?.kind == o.kind && b?.indent == o.indent ? b : nil, o, t, path: path, level: level)
            }
            return conflict(o.text, t.text, path)
        }

        func pieces(_ chunk: Chunk?) -> [Piece] { chunk.map { [.text($0.text)] } ?? [] }

        mutating func conflict(_ ours: ArraySlice<UInt8>, _ theirs: ArraySlice<UInt8>, _ path: String) -> [Piece] {
            conflicts.append(path.isEmpty ? DealMerge.topOfFile : path)
            return [.conflict(ours: ours, theirs: theirs)]
        }

        mutating func mergeChildren(_ b: Chunk?, _ o: Chunk, _ t: Chunk, path: String, level: Int) -> [Piece] {
            let history = o.kind == .history
            var out: [Piece]
            let (hb, ho, ht) = (b?.headText, o.headText, t.headText)
            if DealMerge.same(ho, ht) || hb.map({ DealMerge.same($0, ht) }) == true || history {
                out = [.text(ho)]
            } else if let hb, DealMerge.same(hb, ho) {
                out = [.text(ht)]
            } else {
                out = conflict(ho, ht, path)
            }
            let base = Dictionary((b?.children ?? []).map { ($0.id, $0.chunk) }, uniquingKeysWith: { a, _ in a })
            let theirs = Dictionary(t.children.map { ($0.id, $0.chunk) }, uniquingKeysWith: { a, _ in a })
            let ours = Set(o.children.map(\.id))
            func childPath(_ child: Child) -> String {
                o.kind == .map
                    ? (path.isEmpty ? child.label : path + "." + child.label) : path + "[" + child.label + "]"
            }
            // What only theirs has, grouped after the nearest earlier child both have (or first).
            var after: [String: [Child]] = [:]
            var leading: [Child] = []
            var anchor: String?
            for child in t.children {
                if ours.contains(child.id) {
                    anchor = child.id
                    continue
                }
                if let anchor { after[anchor, default: []].append(child) } else { leading.append(child) }
            }
            // (child pieces, is it new since base, its date, its place) for the history's order
            var merged: [(pieces: [Piece], added: Bool, date: String, order: Int)] = []
            func add(_ pieces: [Piece], _ child: Child) {
                guard !pieces.isEmpty else { return }
                merged.append((pieces, base[child.id] == nil, child.chunk.date, merged.count))
            }
            func addTheirs(_ child: Child) {
                if let old = base[child.id] {
                    // Ours removed it: gone, unless theirs changed it (history keeps every event).
                    if !DealMerge.same(child.chunk, old) {
                        add(
                            history ? [.text(child.chunk.text)] : conflict([], child.chunk.text, childPath(child)),
                            child)
                    }
                } else {
                    add([.text(child.chunk.text)], child)
                }
            }
            // Theirs' additions after a shared child come after ours' additions there.
            var pending = leading
            for child in o.children {
                if let other = theirs[child.id] {
                    pending.forEach(addTheirs)
                    pending = after[child.id] ?? []
                    if history {  // same id: the same event text; never a conflict
                        add([.text((DealMerge.same(child.chunk, base[child.id]) ? other : child.chunk).text)], child)
                    } else {
                        add(merge(base[child.id], child.chunk, other, path: childPath(child), level: level + 1), child)
                    }
                } else if let old = base[child.id] {
                    // Theirs removed it: gone, unless ours changed it.
                    if !DealMerge.same(child.chunk, old) {
                        add(
                            history ? [.text(child.chunk.text)] : conflict(child.chunk.text, [], childPath(child)),
                            child)
                    }
                } else {
                    add([.text(child.chunk.text)], child)
                }
            }
            pending.forEach(addTheirs)
            if history {
                // The events both had first, as ours has them; then the new ones by date.
                let kept = merged.filter { !$0.added }
                let new = merged.filter(\.added).sorted { ($0.date, $0.order) < ($1.date, $1.order) }
                merged = kept + new
            }
            for child in merged { out += child.pieces }
            return out
        }
    }

    /// The file for `pick`: with conflict markers, or with every conflict resolved to one side.
    static func render(_ pieces: [Piece], _ pick: Pick) -> [UInt8] {
        var out: [UInt8] = []
        func add<C: Collection<UInt8>>(_ text: C) {
            guard !text.isEmpty else { return }
            if let last = out.last, last != 0x0A { out.append(0x0A) }
            out.append(contentsOf: text)
        }
        for piece in pieces {
            switch (piece, pick) {
            case (.text(let text), _): add(text)
            case (.conflict(let ours, _), .ours): add(ours)
            case (.conflict(_, let theirs), .theirs): add(theirs)
            case (.conflict(let ours, let theirs), .markers):
                add(oursMarker.utf8)
                add(ours)
                add(separator.utf8)
                add(theirs)
                add(theirsMarker.utf8)
            }
        }
        return out
    }
}
