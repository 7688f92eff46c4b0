/// Strict UTF-8 validation (no overlongs, no surrogates, nothing past U+10FFFF).
public enum UTF8Check {
    public static func firstInvalidOffset(_ bytes: UnsafeRawBufferPointer) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = bytes[i]
            if b0 < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                upper = 0x9F
            case 0xF0:
                length = 4
                lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                upper = 0x8F
            default: return i
            }
            if i + length > n { return i }
            let b1 = bytes[i + 1]
            if b1 < lower || b1 > upper { return i }
            for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }

    public static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { firstInvalidOffset($0) == nil }
    }

    /// Line and column (in characters) of a byte offset, for findings about raw bytes.
    static func mark(ofByte offset: Int, in bytes: UnsafeRawBufferPointer, origin: Mark) -> Mark {
        var line = 0
        var column = 0
        var i = 0
        while i < offset {
            if bytes[i] == 0x0A {
                line += 1
                column = 0
            } else if bytes[i] & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return Mark(
            line: line + origin.line, column: column + (line == 0 ? origin.column : 0),
            offset: offset + origin.offset)
    }
}
