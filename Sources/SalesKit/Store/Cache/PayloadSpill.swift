import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Fresh cache payloads parked in an unlinked temporary file until the cache is written, so a
/// rebuild of 200k entries does not hold its 95 MB of payloads in memory (it held them until
/// the end, as the index, which comes first, needs every length). Appends are batched.
final class PayloadSpill {
    private let fd: Int32
    private var pending: [UInt8] = []
    private(set) var length = 0
    private var failed = false

    /// A spill file in `directory`, or nil when one cannot be made (a read-only store: the
    /// payloads then stay in memory, and the cache write fails later anyway).
    init?(directory: String) {
        try? FileSystem.createDirectories(directory)
        var template = Array((directory + "/" + FileSystem.temporaryPrefix + "spill-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return nil }
        _ = template.withUnsafeBufferPointer { unlink($0.baseAddress!) }
        self.fd = fd
    }

    deinit { close(fd) }

    /// Parks `bytes`; returns their offset in the spill.
    func append(_ bytes: [UInt8]) -> Int {
        let offset = length
        pending.append(contentsOf: bytes)
        length += bytes.count
        if pending.count >= 1 << 20 { flushPending() }
        return offset
    }

    private func flushPending() {
        var done = 0
        while done < pending.count && !failed {
            let n = pending.withUnsafeBytes { systemWrite(fd, $0.baseAddress! + done, pending.count - done) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { failed = true } else { done += n }
        }
        pending.removeAll(keepingCapacity: true)
    }

    /// Everything parked, mapped for reading; nil if a write failed.
    func map() -> SpillMapping? {
        flushPending()
        guard !failed else { return nil }
        guard length > 0 else {
            return SpillMapping(bytes: UnsafeRawBufferPointer(start: nil, count: 0), mapping: nil, length: 0)
        }
        guard let raw = mmap(nil, length, PROT_READ, MAP_PRIVATE, fd, 0), raw != MAP_FAILED else { return nil }
        return SpillMapping(bytes: UnsafeRawBufferPointer(start: raw, count: length), mapping: raw, length: length)
    }
}

/// A mapped spill, read front to back; pages already copied are handed back to the kernel.
final class SpillMapping {
    let bytes: UnsafeRawBufferPointer
    private let mapping: UnsafeMutableRawPointer?
    private let length: Int
    private var releasedUpTo = 0

    init(bytes: UnsafeRawBufferPointer, mapping: UnsafeMutableRawPointer?, length: Int) {
        self.bytes = bytes
        self.mapping = mapping
        self.length = length
    }

    deinit { if let mapping { munmap(mapping, length) } }

    func release(below offset: Int) {
        guard let mapping, offset - releasedUpTo >= 4 << 20 else { return }
        let end = offset / pageSize * pageSize
        _ = madvise(mapping + releasedUpTo, end - releasedUpTo, Int32(MADV_DONTNEED))
        releasedUpTo = end
    }
}

/// write(2), named apart from `FileCache.write`.
private func systemWrite(_ fd: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, pointer, count)
}
