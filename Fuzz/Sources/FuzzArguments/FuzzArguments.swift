import SalesctlCLI

/// The command line: the input is split at NUL bytes into arguments (invalid UTF-8 is replaced,
/// as a shell would pass bytes the tool then reads as text) and parsed by the whole command tree
/// (`Salesctl.parseAsRoot`, which also runs every command's `validate()`). Parsing must never
/// crash or hang, whatever it is given; commands are not run (they would touch files).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let arguments = bytes.split(separator: 0, omittingEmptySubsequences: false)
        .map { String(decoding: $0, as: UTF8.self) }
    // -C changes directory: keep the fuzzer where it is (its corpus paths are relative).
    if arguments.contains(where: { $0 == "-C" || $0.hasPrefix("--dir") }) { return 0 }
    _ = try? Salesctl.parseAsRoot(arguments)
    return 0
}
