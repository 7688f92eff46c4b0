import SalesKit

/// The merge driver's three-way merge (`DealMerge.merge`): base, ours and theirs separated by
/// NUL bytes (which no deal file holds). Beyond not crashing, every result must keep its
/// promises: a clean merge reads as YAML and holds every history event of both sides; a side
/// merged with itself, or with an unchanged base, comes back byte for byte.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let parts = UnsafeBufferPointer(start: data, count: size).split(
        separator: 0, maxSplits: 2, omittingEmptySubsequences: false
    ).map(Array.init)
    let base = parts[0]
    let ours = parts.count > 1 ? parts[1] : base
    let theirs = parts.count > 2 ? parts[2] : ours
    guard let merged = try? DealMerge.merge(base: base, ours: ours, theirs: theirs) else { return 0 }
    // The checks below read the files again; on large inputs (kept for crashes and slowness)
    // they would only spend the 1 s budget on what `merge` itself checked.
    guard size <= 8192 else { return 0 }
    if merged.conflicts.isEmpty {
        let readable = (try? merged.bytes.withUnsafeBytes { try YAMLReader.parse($0, path: "merged") }) != nil
        precondition(readable, "a clean merge that does not read")
        if let kept = DealMerge.historyEvents(merged.bytes).map(Set.init) {
            for side in [ours, theirs] {
                for event in DealMerge.historyEvents(side) ?? [] {
                    precondition(kept.contains(event), "a lost history event")
                }
            }
        } else {
            preconditionFailure("a clean merge without a readable history")
        }
    }
    // Nothing changed on one side: the other side's file, byte for byte.
    if let same = try? DealMerge.merge(base: base, ours: ours, theirs: base) {
        precondition(same.bytes == ours && same.conflicts.isEmpty)
    }
    if let same = try? DealMerge.merge(base: base, ours: base, theirs: theirs) {
        precondition(same.bytes == theirs && same.conflicts.isEmpty)
    }
    return 0
}
