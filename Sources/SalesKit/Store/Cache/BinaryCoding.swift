/// Little binary writer and reader for the cache: LEB128 varints, length-prefixed UTF-8.
/// The reader checks every bound and throws on anything malformed, so a damaged cache is
/// detected and rebuilt, never trusted.
struct ByteWriter {
    var bytes: [UInt8] = []

    init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func uint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// Zig-zag, so small negative numbers stay short.
    mutating func int(_ value: Int) {
        let v = Int64(value)
        uint(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
    }

    mutating func fixed64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            uint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func optionalString(_ value: String?) {
        if let value {
            byte(1)
            string(value)
        } else {
            byte(0)
        }
    }

    mutating func bool(_ value: Bool) { byte(value ? 1 : 0) }

    mutating func date(_ value: CalendarDate) {
        uint(UInt64(value.year))
        byte(UInt8(value.month))
        byte(UInt8(value.day))
    }

    mutating func optionalDate(_ value: CalendarDate?) {
        if let value {
            byte(1)
            date(value)
        } else {
            byte(0)
        }
    }

    mutating func mark(_ value: Mark) {
        int(value.line)
        int(value.column)
        int(value.offset)
    }

    mutating func optionalMark(_ value: Mark?) {
        if let value {
            byte(1)
            mark(value)
        } else {
            byte(0)
        }
    }

    mutating func marks(_ value: [String: Mark]) {
        uint(UInt64(value.count))
        for (key, mark) in value.sorted(by: { $0.key < $1.key }) {
            string(key)
            self.mark(mark)
        }
    }
}

struct CacheFormatError: Error {}

struct ByteReader {
    let base: UnsafeRawBufferPointer
    var position: Int

    init(_ base: UnsafeRawBufferPointer, at position: Int = 0) {
        self.base = base
        self.position = position
    }

    var isAtEnd: Bool { position == base.count }

    mutating func byte() throws -> UInt8 {
        guard position < base.count else { throw CacheFormatError() }
        defer { position += 1 }
        return base[position]
    }

    mutating func uint() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw CacheFormatError() }
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return result }
            shift += 7
        }
    }

    mutating func count() throws -> Int {
        let value = try uint()
        guard value <= UInt64(base.count - position) else { throw CacheFormatError() }
        return Int(value)
    }

    mutating func int() throws -> Int {
        let v = try uint()
        return Int(Int64(bitPattern: (v >> 1) ^ (0 &- (v & 1))))
    }

    mutating func fixed64() throws -> UInt64 {
        guard base.count - position >= 8 else { throw CacheFormatError() }
        var value: UInt64 = 0
        withUnsafeMutableBytes(of: &value) {
            $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: base[position..<position + 8]))
        }
        position += 8
        return UInt64(littleEndian: value)
    }

    mutating func string() throws -> String {
        let length = try count()
        let slice = UnsafeRawBufferPointer(rebasing: base[position..<position + length])
        position += length
        return String(decoding: slice, as: UTF8.self)
    }

    /// Moves past a string without making it.
    mutating func skipString() throws {
        position += try count()
    }

    mutating func optionalString() throws -> String? {
        try byte() == 0 ? nil : try string()
    }

    mutating func bool() throws -> Bool { try byte() != 0 }

    mutating func date() throws -> CalendarDate {
        let year = try uint()
        let month = try byte()
        let day = try byte()
        guard year <= 9999, (1...12).contains(month), (1...31).contains(day) else { throw CacheFormatError() }
        return CalendarDate(year: Int(year), month: Int(month), day: Int(day))
    }

    mutating func optionalDate() throws -> CalendarDate? {
        try byte() == 0 ? nil : try date()
    }

    mutating func mark() throws -> Mark {
        Mark(line: try int(), column: try int(), offset: try int())
    }

    mutating func optionalMark() throws -> Mark? {
        try byte() == 0 ? nil : try mark()
    }

    mutating func marks() throws -> [String: Mark] {
        let n = try count()
        var result = [String: Mark](minimumCapacity: n)
        for _ in 0..<n {
            let key = try string()
            result[key] = try mark()
        }
        return result
    }

    mutating func skipMarks() throws {
        let n = try count()
        for _ in 0..<n {
            try skipString()
            _ = try mark()
        }
    }

    mutating func array<T>(_ element: (inout ByteReader) throws -> T) throws -> [T] {
        let n = try count()
        var result: [T] = []
        result.reserveCapacity(n)
        for _ in 0..<n { result.append(try element(&self)) }
        return result
    }
}

/// A fast 64-bit hash of a byte range (word at a time), to detect damaged cache entries.
func cacheChecksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
    var i = 0
    let n = bytes.count
    while i + 8 <= n {
        let word = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        h = (h ^ word) &* 0x0000_0100_0000_01B3
        h ^= h >> 29
        i += 8
    }
    while i < n {
        h = (h ^ UInt64(bytes[i])) &* 0x0000_0100_0000_01B3
        i += 1
    }
    h ^= h >> 32
    return h
}
