/// Control characters that have no place in a value or a report body: C0 but tab, line feed and
/// carriage return; DEL; C1. They would reach terminals raw through `show` and `list`.
public enum ControlCharacters {
    /// C0, DEL or C1 (general category Cc).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
    }

    /// A control, or a character that is invisible or breaks a line without being a newline
    /// (BOM, U+2028, U+2029): written escaped, never raw, in files and messages.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        isControl(scalar) || scalar.value == 0xFEFF || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// `U+001B`, as messages name a code point.
    static func name(_ value: UInt32) -> String { "U+" + String(value, radix: 16, uppercase: true).leftPadded(to: 4) }

    /// The first one in UTF-8 bytes (already validated), as a code point.
    public static func first(in bytes: UnsafeRawBufferPointer) -> UInt32? { firstOffset(in: bytes)?.value }

    /// Offset of the first one, for a finding's place.
    public static func firstOffset(in bytes: UnsafeRawBufferPointer) -> (offset: Int, value: UInt32)? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x20 {
                if b != 0x09 && b != 0x0A && b != 0x0D { return (i, UInt32(b)) }
            } else if b == 0x7F {
                return (i, 0x7F)
            } else if b == 0xC2 && i + 1 < n && bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0x9F {
                return (i, UInt32(bytes[i + 1]))
            }
            i += 1
        }
        return nil
    }
}
