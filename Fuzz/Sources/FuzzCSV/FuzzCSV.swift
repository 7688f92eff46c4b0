import SalesKit

/// The import's reading of a CRM export: encoding detection and decoding (UTF-8, BOMs,
/// Shift_JIS through iconv, UTF-16), then the CSV reader with small limits so that the limit
/// paths are reached too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let decoded = try? TextDecoding.decode(bytes, as: nil, path: "fuzz.csv") else { return 0 }
    var limits = CSVReader.Limits()
    limits.maxCellBytes = 4096
    limits.maxColumns = 64
    limits.maxRecords = 2000
    for delimiter in [UInt8(ascii: ","), 0x09] {
        guard
            let records = try? decoded.text.withUnsafeBytes({
                try CSVReader.parse($0, delimiter: delimiter, path: "fuzz.csv", limits: limits)
            })
        else { continue }
        var line = 0
        for record in records {
            precondition(record.line > line, "records go forward")
            precondition(record.problem == nil || record.cells.isEmpty)
            precondition(record.cells.count <= limits.maxColumns)
            line = record.line
        }
    }
    return 0
}
