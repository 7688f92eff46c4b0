#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The encodings CRM exports and spreadsheets save: UTF-8 (with or without a BOM), Shift_JIS as
/// Japanese Excel writes it (CP932, Windows-31J: Shift_JIS plus the NEC and IBM extensions,
/// ①, ㈱, 髙), and UTF-16 with a BOM (Excel's "Unicode text").
///
/// Shift_JIS goes through the C library's iconv (glibc has CP932): Foundation's
/// `String(data:encoding: .shiftJIS)` is not dependable on Linux, and iconv also says where
/// the first bad byte is.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case shiftJIS = "shift_jis"
    case utf16 = "utf-16"

    /// The names users type: `utf-8`, `utf8`, `shift_jis`, `sjis`, `cp932`, `windows-31j`, `utf-16`.
    public init?(name: String) {
        switch String(name.lowercased().map { $0 == "_" ? "-" : $0 }) {
        case "utf-8", "utf8": self = .utf8
        case "shift-jis", "shiftjis", "sjis", "cp932", "ms932", "windows-31j": self = .shiftJIS
        case "utf-16", "utf16": self = .utf16
        default: return nil
        }
    }
}

public enum TextDecoding {
    /// The text of a file as UTF-8 without a BOM, and the encoding it was in. With `encoding`
    /// nil: a BOM decides; else valid UTF-8 is UTF-8; else a file that reads as CP932 is
    /// Shift_JIS; else the error names the line of the first byte that is not UTF-8.
    public static func decode(_ bytes: [UInt8], as encoding: TextEncoding?, path: String) throws -> (
        text: [UInt8], encoding: TextEncoding
    ) {
        let hasUTF8BOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let hasUTF16BOM = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        switch encoding {
        case .utf8?:
            return (
                try utf8(
                    Array(bytes.dropFirst(hasUTF8BOM ? 3 : 0)), path: path, offset: hasUTF8BOM ? 3 : 0, original: bytes),
                .utf8
            )
        case .shiftJIS?:
            return (try convert(bytes, from: "CP932", path: path, what: "Shift_JIS (CP932)"), .shiftJIS)
        case .utf16?:
            return (try convert(bytes, from: "UTF-16", path: path, what: "UTF-16"), .utf16)
        case nil:
            if hasUTF8BOM { return try decode(bytes, as: .utf8, path: path) }
            if hasUTF16BOM { return try decode(bytes, as: .utf16, path: path) }
            let invalid = bytes.withUnsafeBytes { UTF8Check.firstInvalidOffset($0) }
            guard let invalid else { return (bytes, .utf8) }
            if let text = try? convert(bytes, from: "CP932", path: path, what: "Shift_JIS (CP932)") {
                return (text, .shiftJIS)
            }
            throw SalesError.invalidFile(
                Finding(
                    path: path, line: lineNumber(of: invalid, in: bytes), code: "bad-encoding",
                    message: Message.impNotUTF8OrSJIS.text(hex(bytes[invalid]))))
        }
    }

    private static func utf8(_ text: [UInt8], path: String, offset: Int, original: [UInt8]) throws -> [UInt8] {
        if let bad = text.withUnsafeBytes({ UTF8Check.firstInvalidOffset($0) }) {
            throw SalesError.invalidFile(
                Finding(
                    path: path, line: lineNumber(of: bad + offset, in: original), code: "bad-encoding",
                    message: Message.impInvalidByte.text("UTF-8", hex(text[bad]))))
        }
        return text
    }

    /// iconv from `encoding` to UTF-8; a BOM it leaves is dropped.
    static func convert(_ bytes: [UInt8], from encoding: String, path: String, what: String) throws -> [UInt8] {
        guard let cd = Optional(iconv_open("UTF-8", encoding)), cd != iconv_t(bitPattern: -1) else {
            throw SalesError.io(path: path, reason: "this system's iconv cannot read \(what)")
        }
        defer { iconv_close(cd) }
        var output = [UInt8](repeating: 0, count: bytes.count * 3 / 2 + 16)
        var input = bytes
        var failedAt: Int?
        var produced = 0
        input.withUnsafeMutableBufferPointer { inBuffer in
            var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress)?
                .assumingMemoryBound(to: CChar.self)
            var inLeft = inBuffer.count
            while inLeft > 0 {
                let done = output.withUnsafeMutableBufferPointer { outBuffer -> Bool in
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(
                        outBuffer.baseAddress! + produced
                    ).assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuffer.count - produced
                    let result = iconv(cd, &inPointer, &inLeft, &outPointer, &outLeft)
                    produced = outBuffer.count - outLeft
                    if result != -1 { return true }
                    if errno == E2BIG { return false }
                    failedAt = inBuffer.count - inLeft
                    return true
                }
                if failedAt != nil || (done && inLeft == 0) { break }
                if !done { output += [UInt8](repeating: 0, count: output.count) }
            }
        }
        if let failedAt {
            let line =
                encoding == "UTF-16" ? utf16LineNumber(of: failedAt, in: bytes) : lineNumber(of: failedAt, in: bytes)
            throw SalesError.invalidFile(
                Finding(
                    path: path, line: line, code: "bad-encoding",
                    message: Message.impInvalidByte.text(what, hex(bytes[min(failedAt, bytes.count - 1)]))))
        }
        var text = Array(output[..<produced])
        if text.starts(with: [0xEF, 0xBB, 0xBF]) { text.removeFirst(3) }
        return text
    }

    /// 1-based line of byte `offset`: LF never appears inside a multi-byte character of UTF-8
    /// or Shift_JIS (its trail bytes are 0x40 and above).
    static func lineNumber(of offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for b in bytes[..<min(offset, bytes.count)] where b == 0x0A { line += 1 }
        return line
    }

    /// The same for UTF-16 with a BOM: LF is the code unit 0x000A, in the BOM's byte order.
    static func utf16LineNumber(of offset: Int, in bytes: [UInt8]) -> Int {
        let littleEndian = !bytes.starts(with: [0xFE, 0xFF])
        var line = 1
        var i = 0
        while i + 1 < min(offset, bytes.count) {
            if (littleEndian ? (bytes[i], bytes[i + 1]) : (bytes[i + 1], bytes[i])) == (0x0A, 0x00) { line += 1 }
            i += 2
        }
        return line
    }

    private static func hex(_ byte: UInt8) -> String { String(byte, radix: 16, uppercase: true).leftPadded(to: 2) }
}
