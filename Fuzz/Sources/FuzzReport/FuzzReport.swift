import SalesKit

/// A report file: front matter split, YAML reader, typed decoding, body checks, then writing
/// the report back out (its text must be readable again).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeRawBufferPointer(start: data, count: size)
    guard let report = try? Report.parse(bytes, path: "reports/2026/11/2026-11-20-fuzz-000000.md") else { return 0 }
    _ = report.fileText
    return 0
}
