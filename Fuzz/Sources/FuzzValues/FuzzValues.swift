import SalesKit

/// The parsers of values typed on the command line or found in names: dates, deal ids,
/// report file names, whole numbers, `--attendee`, `--homework`, `--key-person`, and the
/// message quoting every error goes through. (The ArgumentParser command tree itself lives in
/// the executable target and is not fuzzed here.)
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let date = CalendarDate(text) {
        precondition(CalendarDate(date.description) == date, "date round trip")
    }
    if DealID.isValid(text) {
        precondition(!text.contains("/") && !text.contains("..") && text.utf8.count <= 64, "id escapes")
    }
    if let name = ReportName(fileName: text) {
        precondition(DealID.isValid(name.deal), "report name with a bad deal")
        precondition(
            name.relativePath.hasPrefix("reports/") && !name.relativePath.contains(".."), "report path escapes")
    }
    if let value = parseInteger(text) { precondition(String(value) == text || text == "-0", "integer round trip") }
    _ = try? Report.Attendee(commaSeparated: text)
    _ = try? Report.Homework(semicolonSeparated: text)
    _ = try? KeyPerson(commaSeparated: text)
    let shown = quoted(text)
    precondition(!shown.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "unescaped control character")
    precondition(shown.unicodeScalars.count <= 120 * 10 + 3, "quoted() too long")
    return 0
}
