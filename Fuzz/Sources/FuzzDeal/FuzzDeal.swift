import SalesKit

/// A deal file, as `loadDealDocument` reads it: the YAML reader, then typed decoding, then a
/// minimal edit of the same bytes (the editor must never crash on what the reader accepted).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeRawBufferPointer(start: data, count: size)
    guard let node = try? YAMLReader.parse(bytes, path: "deals/fuzz.yaml") else { return 0 }
    guard let deal = try? Deal.parse(node, id: "fuzz", path: "deals/fuzz.yaml"), let root = node.mapping else {
        return 0
    }
    var editor = YAMLEditor(bytes: Array(bytes), root: root)
    editor.set("stage", to: .raw("define"))
    editor.append(
        Deal.Event(date: deal.created, by: "fuzz", kind: "stage", fields: [("to", "define")]).yamlValue,
        toListAt: "history")
    _ = editor.apply()
    _ = deal.yamlText
    return 0
}
