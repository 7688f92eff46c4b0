import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `<store>/.salesctl/cache/<name>.bin`: per file of the store, what a parse of it gave (a
/// decoded deal or report, or the finding it raised), keyed by path and `FileKey`.
///
/// Layout (little endian):
///
///     header   "SALESCTL" magic, u64 format version, u64 kind, u64 entry count,
///              u64 index length, u64 index checksum
///     index    per entry, sorted by path: path (varint length + UTF-8), size, mtime ns,
///              ctime ns, inode, flags, payload offset, payload length (varints), payload checksum (u64)
///     payloads the encoded values, back to back
///     trailer  u64 total file length, "SALESEND"
///
/// The file is mapped, not read: the index is parsed at once (a few bytes per file), a payload
/// only when a command needs that file, and its checksum is checked then. Anything that does
/// not add up (magic, version, kind, lengths, checksums) makes the whole cache count as
/// absent; it is rebuilt by the next command. Writes go through `FileSystem.writeAtomically`
/// (temporary file + rename), so readers see the old or the new cache, and of two commands
/// updating it at once the last one wins.
final class FileCache: @unchecked Sendable {
    /// 2: reports carry `source_id` (import); 3: and `logged` (late entries).
    static let version: UInt64 = 3
    static let headerSize = 8 + 5 * 8
    static let trailerSize = 16
    /// A file changed this recently may change again within the file system's timestamp
    /// granularity without its key changing, so its entry is not trusted on the next run
    /// (git's "racily clean" problem). `Store.cacheRacyWindowNs` starts here; tests set 0 on
    /// their store to exercise the keys themselves.
    static let racyWindowNs: Int64 = 2_000_000_000

    struct Entry {
        var pathOffset: Int
        var pathLength: Int
        var key: FileKey
        var racy: Bool
        var payloadOffset: Int
        var payloadLength: Int
        var checksum: UInt64
    }

    let buffer: UnsafeRawBufferPointer
    let entries: [Entry]
    private let mapping: UnsafeMutableRawPointer?
    private let mappedLength: Int

    private init(buffer: UnsafeRawBufferPointer, entries: [Entry], mapping: UnsafeMutableRawPointer?, length: Int) {
        self.buffer = buffer
        self.entries = entries
        self.mapping = mapping
        self.mappedLength = length
    }

    deinit {
        if let mapping { munmap(mapping, mappedLength) }
    }

    /// The cache at `path` if it is whole and of this version and kind; nil otherwise.
    static func load(_ path: String, kind: UInt64) -> FileCache? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let length = Int(info.st_size)
        guard length >= headerSize + trailerSize else { return nil }
        guard let raw = mmap(nil, length, PROT_READ, MAP_PRIVATE, fd, 0), raw != MAP_FAILED else { return nil }
        let buffer = UnsafeRawBufferPointer(start: raw, count: length)
        guard let entries = parseIndex(buffer, kind: kind) else {
            munmap(raw, length)
            return nil
        }
        return FileCache(buffer: buffer, entries: entries, mapping: raw, length: length)
    }

    private static func parseIndex(_ buffer: UnsafeRawBufferPointer, kind: UInt64) -> [Entry]? {
        do {
            guard buffer.starts(with: Array("SALESCTL".utf8)),
                buffer[(buffer.count - 8)...].elementsEqual(Array("SALESEND".utf8))
            else { return nil }
            var r = ByteReader(buffer, at: 8)
            guard try r.fixed64() == version, try r.fixed64() == kind else { return nil }
            let count = try r.fixed64()
            let indexLength = try r.fixed64()
            let indexChecksum = try r.fixed64()
            var trailer = ByteReader(buffer, at: buffer.count - trailerSize)
            guard try trailer.fixed64() == UInt64(buffer.count) else { return nil }
            let payloadEnd = buffer.count - trailerSize
            guard indexLength <= UInt64(payloadEnd - headerSize), count <= indexLength else { return nil }
            let indexEnd = headerSize + Int(indexLength)
            guard cacheChecksum(UnsafeRawBufferPointer(rebasing: buffer[headerSize..<indexEnd])) == indexChecksum else {
                return nil
            }
            let payloadSize = payloadEnd - indexEnd
            var entries: [Entry] = []
            entries.reserveCapacity(Int(count))
            for _ in 0..<count {
                let pathLength = try r.count()
                let pathOffset = r.position
                r.position += pathLength
                let key = FileKey(
                    size: try r.uint(), mtimeNs: Int64(try r.int()), ctimeNs: Int64(try r.int()), inode: try r.uint())
                let flags = try r.byte()
                let offset = try r.uint()
                let length = try r.uint()
                guard offset <= UInt64(payloadSize), length <= UInt64(payloadSize) - offset else { return nil }
                entries.append(
                    Entry(
                        pathOffset: pathOffset, pathLength: pathLength, key: key, racy: flags & 1 != 0,
                        payloadOffset: indexEnd + Int(offset), payloadLength: Int(length),
                        checksum: try r.fixed64()))
            }
            guard r.position == indexEnd else { return nil }
            return entries
        } catch {
            return nil
        }
    }

    func path(_ entry: Entry) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: buffer[entry.pathOffset..<entry.pathOffset + entry.pathLength])
    }

    /// The payload of an entry, or nil when its checksum does not match.
    func payload(_ entry: Entry) -> UnsafeRawBufferPointer? {
        let bytes = UnsafeRawBufferPointer(
            rebasing: buffer[entry.payloadOffset..<entry.payloadOffset + entry.payloadLength])
        return cacheChecksum(bytes) == entry.checksum ? bytes : nil
    }

    private var releasedUpTo = 0

    /// Drops the mapped pages below `offset` from this process's memory (`MADV_DONTNEED`):
    /// payloads are visited in file order, so a batch's pages are not needed again, and a page
    /// touched later anyway (writing the cache back) is read in again from the file. Keeps peak
    /// RSS independent of the cache size. Call between batches, not concurrently.
    func release(below offset: Int) {
        guard let mapping else { return }
        let end = min(offset, mappedLength) / pageSize * pageSize
        guard end > releasedUpTo else { return }
        _ = madvise(mapping + releasedUpTo, end - releasedUpTo, Int32(MADV_DONTNEED))
        releasedUpTo = end
    }

    /// Drops the whole pages inside `range` from memory, wherever the release cursor is (for
    /// the copy of old payloads into a new cache, which reads the mapping again).
    func forget(_ range: Range<Int>) {
        guard let mapping else { return }
        let start = (range.lowerBound + pageSize - 1) / pageSize * pageSize
        let end = min(range.upperBound, mappedLength) / pageSize * pageSize
        guard end > start else { return }
        _ = madvise(mapping + start, end - start, Int32(MADV_DONTNEED))
    }

    /// For each scanned file, the index of the cache entry with the same path, or -1. Both
    /// lists are sorted; a path the two orders disagree on is only a miss (read again).
    func match(_ files: [ScannedFile]) -> [Int] {
        var result = [Int](repeating: -1, count: files.count)
        var j = 0
        for i in files.indices {
            var path = files[i].path
            path.withUTF8 { p in
                let mine = UnsafeRawBufferPointer(p)
                while j < entries.count {
                    let theirs = self.path(entries[j])
                    let order = bytewiseOrder(mine, theirs)
                    if order == 0 {
                        result[i] = j
                        j += 1
                        return
                    }
                    if order < 0 { return }
                    j += 1
                }
            }
        }
        return result
    }

    /// One entry of a cache to write.
    enum Source {
        case old(Int)
        case fresh([UInt8], checksum: UInt64)
        /// A fresh payload parked in the `PayloadSpill` given to `write`.
        case spilled(offset: Int, length: Int, checksum: UInt64)
    }

    struct NewEntry {
        var path: String
        var key: FileKey
        var racy: Bool
        var source: Source
    }

    /// Writes a new cache from `entries` (sorted by path); payloads of `old` entries are copied
    /// from `previous` without decoding them. Failures are ignored: a cache is only a cache.
    static func write(
        _ entries: [NewEntry], previous: FileCache?, spill: PayloadSpill? = nil, kind: UInt64, to path: String
    ) {
        let spilled = spill?.map()
        if entries.contains(where: { if case .spilled = $0.source { true } else { false } }), spilled == nil { return }
        var index = ByteWriter(capacity: entries.count * 80)
        var offset = 0
        var lengths: [Int] = []
        lengths.reserveCapacity(entries.count)
        for entry in entries {
            let length: Int
            let checksum: UInt64
            switch entry.source {
            case .old(let i):
                guard let previous else { return }
                length = previous.entries[i].payloadLength
                checksum = previous.entries[i].checksum
            case .fresh(let bytes, let sum):
                length = bytes.count
                checksum = sum
            case .spilled(_, let count, let sum):
                length = count
                checksum = sum
            }
            index.string(entry.path)
            index.uint(entry.key.size)
            index.int(Int(entry.key.mtimeNs))
            index.int(Int(entry.key.ctimeNs))
            index.uint(entry.key.inode)
            index.byte(entry.racy ? 1 : 0)
            index.uint(UInt64(offset))
            index.uint(UInt64(length))
            index.fixed64(checksum)
            offset += length
            lengths.append(length)
        }
        var header = ByteWriter(capacity: headerSize)
        header.bytes.append(contentsOf: Array("SALESCTL".utf8))
        header.fixed64(version)
        header.fixed64(kind)
        header.fixed64(UInt64(entries.count))
        header.fixed64(UInt64(index.bytes.count))
        header.fixed64(index.bytes.withUnsafeBytes { cacheChecksum($0) })
        let total = headerSize + index.bytes.count + offset + trailerSize
        var trailer = ByteWriter(capacity: trailerSize)
        trailer.fixed64(UInt64(total))
        trailer.bytes.append(contentsOf: Array("SALESEND".utf8))
        do {
            try FileSystem.createDirectories(FileSystem.parentDirectory(of: path))
            // A cache write killed half-way leaves its temp file (up to the cache's size); one
            // untouched for a minute is no running command's.
            FileSystem.removeTemporaryFiles(in: FileSystem.parentDirectory(of: path), olderThan: 60)
            try FileSystem.writeAtomically(to: path, durable: false) { emit in
                try header.bytes.withUnsafeBytes { try emit($0) }
                try index.bytes.withUnsafeBytes { try emit($0) }
                // Old payloads are copied in file order; the pages already copied are dropped
                // every few MB, so rewriting a 95 MB cache does not add 95 MB to peak RSS.
                var copiedFrom = 0
                for entry in entries {
                    switch entry.source {
                    case .old(let i):
                        let e = previous!.entries[i]
                        try emit(
                            UnsafeRawBufferPointer(
                                rebasing: previous!.buffer[e.payloadOffset..<e.payloadOffset + e.payloadLength]))
                        if e.payloadOffset + e.payloadLength - copiedFrom > 4 << 20 {
                            previous!.forget(copiedFrom..<e.payloadOffset + e.payloadLength)
                            copiedFrom = e.payloadOffset + e.payloadLength
                        }
                    case .fresh(let bytes, _):
                        try bytes.withUnsafeBytes { try emit($0) }
                    case .spilled(let offset, let length, _):
                        try emit(UnsafeRawBufferPointer(rebasing: spilled!.bytes[offset..<offset + length]))
                        spilled!.release(below: offset + length)
                    }
                }
                try trailer.bytes.withUnsafeBytes { try emit($0) }
            }
        } catch {
            return
        }
    }
}

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

/// The size `madvise` ranges must be aligned to (4 KB here, 16 KB on some arm64 systems).
let pageSize = max(4096, Int(sysconf(Int32(_SC_PAGESIZE))))

/// memcmp order of two byte strings, the shorter first on a common prefix: < 0, 0 or > 0.
func bytewiseOrder(_ x: UnsafeRawBufferPointer, _ y: UnsafeRawBufferPointer) -> Int32 {
    let common = min(x.count, y.count)
    let order = common == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, common)
    return order != 0 ? order : (x.count < y.count ? -1 : (x.count > y.count ? 1 : 0))
}
