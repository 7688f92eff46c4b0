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
}

/// The size `madvise` ranges must be aligned to (4 KB here, 16 KB on some arm64 systems).
let pageSize = max(4096, Int(sysconf(Int32(_SC_PAGESIZE))))

/// memcmp order of two byte strings, the shorter first on a common prefix: < 0, 0 or > 0.
func bytewiseOrder(_ x: UnsafeRawBufferPointer, _ y: UnsafeRawBufferPointer) -> Int32 {
    let common = min(x.count, y.count)
    let order = common == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, common)
    return order != 0 ? order : (x.count < y.count ? -1 : (x.count > y.count ? 1 : 0))
}
