import SalesKit

/// salesctl.yaml: the reader and the settings decoder.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    _ = try? Config.parse(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
