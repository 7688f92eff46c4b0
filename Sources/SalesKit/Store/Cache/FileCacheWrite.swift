import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension FileCache {
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
