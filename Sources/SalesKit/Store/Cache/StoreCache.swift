import Dispatch

/// The read path of every command: stat the tree, take what the cache knows for files whose
/// key did not change, parse the rest in parallel (each file at most once per command), and
/// write the cache back when anything changed. A store opened with `usesCache: false` bypasses
/// it (the CLI's `SALESCTL_NO_CACHE=1`: the benchmark's cold runs and the tests' reference
/// answers).
extension Store {
    public static let cacheDirectory = stateDirectory + "/cache"

    /// The last component of a `/`-separated path, without Character processing.
    static func fileName(of path: String) -> String {
        let u = path.utf8
        guard let slash = u.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[u.index(after: slash)...])
    }

    static let dealCacheKind: UInt64 = 1
    static let reportCacheKind: UInt64 = 2

    /// Files are parsed and decoded in batches of this many, so memory stays bounded when a
    /// caller streams results.
    static let batchSize = 4096

    /// Calls `visit` for every file the scan wanted (`ScannedFile.wanted`), in file order, with the result of parsing
    /// it: from the cache when its key is unchanged, else parsed now. `prepare`, if given, shapes
    /// each result on the worker thread that produced it (after its payload was encoded).
    func cachedResults<T: Sendable>(
        files: [ScannedFile], scanStart: Int64, cacheName: String, kind: UInt64,
        parse: @escaping @Sendable (String) -> T,
        encode: @escaping @Sendable (T) -> [UInt8],
        decode: @escaping @Sendable (UnsafeRawBufferPointer) throws -> T,
        prepare: (@Sendable (Int, inout T, inout StringInterner) -> Void)? = nil,
        visit: (Int, T) -> Void
    ) {
        let cachePath = absolute(Store.cacheDirectory + "/" + cacheName)
        let useCache = usesCache
        let cache = useCache ? FileCache.load(cachePath, kind: kind) : nil
        let match = cache?.match(files) ?? [Int](repeating: -1, count: files.count)
        let selected = files.indices.filter { files[$0].wanted }
        let window = cacheRacyWindowNs
        // Fresh payloads to write back, by file index: parked in a spill file, or kept here
        // when there is none.
        var fresh: [Int: FileCache.Source] = [:]
        var spill: PayloadSpill?
        var spillTried = false
        var dirty = cache == nil
        if let cache, match.lazy.filter({ $0 >= 0 }).count != cache.entries.count { dirty = true }  // files deleted

        // One interner per worker slot: a slot runs on one thread at a time, and each keeps its
        // table across batches (a distinct value is stored at most once per slot).
        let slots = 64
        let interners = UnsafeMutableBufferPointer<StringInterner>.allocate(capacity: slots)
        interners.initialize(repeating: StringInterner())
        defer {
            interners.deinitialize()
            interners.deallocate()
        }
        let sharedInterners = UncheckedSendable(value: interners)
        var start = 0
        while start < selected.count {
            let batch = Array(selected[start..<min(start + Store.batchSize, selected.count)])
            start += batch.count
            let results = ParallelResults<(T, [UInt8]?)?>(count: batch.count, initial: nil)
            let files = files
            let match = match
            DispatchQueue.concurrentPerform(iterations: min(batch.count, slots)) { worker in
                var k = worker
                while k < batch.count {
                    let i = batch[k]
                    let file = files[i]
                    var value: (T, [UInt8]?)?
                    if let cache, match[i] >= 0 {
                        let entry = cache.entries[match[i]]
                        if entry.key == file.key, !entry.racy, let payload = cache.payload(entry),
                            let decoded = try? decode(payload)
                        {
                            value = (decoded, nil)
                        }
                    }
                    if value == nil {
                        let parsed = parse(file.path)
                        value = (parsed, useCache ? encode(parsed) : nil)
                    }
                    if let prepare { prepare(i, &value!.0, &sharedInterners.value[worker]) }
                    results[k] = value
                    k += slots
                }
            }
            for (k, i) in batch.enumerated() {
                let (value, payload) = results.take(k)!
                if let payload {
                    let old = match[i] >= 0 ? cache!.entries[match[i]] : nil
                    let racy = files[i].key.changedNs >= scanStart - window
                    let same =
                        old.map {
                            $0.key == files[i].key && $0.racy == racy
                                && cache!.payload($0).map { $0.elementsEqual(payload) } == true
                        } ?? false
                    if !same { dirty = true }
                    let checksum = payload.withUnsafeBytes { cacheChecksum($0) }
                    if !spillTried {
                        spill = PayloadSpill(directory: absolute(Store.cacheDirectory))
                        spillTried = true
                    }
                    if let spill {
                        fresh[i] = .spilled(offset: spill.append(payload), length: payload.count, checksum: checksum)
                    } else {
                        fresh[i] = .fresh(payload, checksum: checksum)
                    }
                }
                visit(i, value)
            }
            if let cache {
                var end = 0
                for i in batch where match[i] >= 0 {
                    let entry = cache.entries[match[i]]
                    end = max(end, entry.payloadOffset + entry.payloadLength)
                }
                cache.release(below: end)
            }
        }
        guard useCache, dirty, !files.isEmpty || cache != nil else { return }
        var entries: [FileCache.NewEntry] = []
        entries.reserveCapacity(files.count)
        for (i, file) in files.enumerated() {
            let racy = file.key.changedNs >= scanStart - window
            if let payload = fresh[i] {
                entries.append(.init(path: file.path, key: file.key, racy: racy, source: payload))
            } else if let cache, match[i] >= 0 {
                let entry = cache.entries[match[i]]
                // Not stat'ed by this command: kept as it was; a command that wants the file
                // compares its key.
                if !file.wanted {
                    entries.append(.init(path: file.path, key: entry.key, racy: entry.racy, source: .old(match[i])))
                    continue
                }
                // Kept only for the version it was made from; the next command that wants the
                // file compares keys again.
                if entry.key == file.key {
                    entries.append(
                        .init(path: file.path, key: entry.key, racy: entry.racy || racy, source: .old(match[i])))
                }
            }
        }
        FileCache.write(entries, previous: cache, spill: spill, kind: kind, to: cachePath)
    }

    /// Every deal file's result, in id order: a deal, or the finding its file raised.
    func dealResults(visit: (String, Result<Deal, Finding>) -> Void) {
        let scanStart = TreeScan.nowNs()
        let files = TreeScan.deals(root: root)
        let id: @Sendable (String) -> String = { String($0.dropFirst(Store.dealsDirectory.count + 1).dropLast(5)) }
        let store = self
        cachedResults(
            files: files, scanStart: scanStart, cacheName: "deals.bin", kind: Store.dealCacheKind,
            parse: { path in
                if let problem = DealID.problem(id(path)) {
                    return .failure(
                        Finding(path: path, code: "bad-id", message: "file name is not a valid deal id: \(problem)"))
                }
                do {
                    return .success(try store.readDealDocument(id(path), path: path).deal)
                } catch let error as SalesError {
                    return .failure(Store.finding(from: error, path: path))
                } catch {
                    return .failure(Finding(path: path, code: "io", message: "\(error)"))
                }
            },
            encode: { CacheCodec.encode($0) },
            decode: { try CacheCodec.decodeDeal($0) },
            visit: { i, result in visit(id(files[i].path), result) })
    }

    /// Report files passing `wanted` (given their parsed file name), in path order,
    /// each with its result: a report, or the finding its file raised.
    /// Only the files `wanted` selects are stat'ed (the rest are only listed), and with
    /// `detail: .summary` cached reports come without body and marks.
    func reportResults(
        detail: ReportDetail = .full, listing: ReportListing? = nil,
        wanted: @escaping @Sendable (ReportName?) -> Bool,
        visit: (String, Result<Report, Finding>) -> Void
    ) {
        let scanStart = TreeScan.nowNs()
        let files = TreeScan.reports(in: listing ?? ReportListing(root: root, keepNames: false)) {
            wanted(ReportName(fileName: $0))
        }
        let store = self
        let summarize: @Sendable (Int, inout Result<Report, Finding>, inout StringInterner) -> Void = {
            i, result, interner in
            guard case .success(var report) = result else { return }
            result = .failure(Finding(path: "", code: "", message: ""))  // let go of the report: no copy below
            Store.summarize(&report, path: files[i].path, interner: &interner)
            result = .success(report)
        }
        cachedResults(
            files: files, scanStart: scanStart, cacheName: "reports.bin", kind: Store.reportCacheKind,
            parse: { path in
                do {
                    return .success(try store.loadReport(path))
                } catch let error as SalesError {
                    return .failure(Store.finding(from: error, path: path))
                } catch {
                    return .failure(Finding(path: path, code: "io", message: "\(error)"))
                }
            },
            encode: { CacheCodec.encode($0) },
            decode: { try CacheCodec.decodeReport($0, detail: detail) },
            prepare: detail == .full ? nil : summarize,
            visit: { i, result in visit(files[i].path, result) })
    }

    /// A report as `detail: .summary` gives it, whether it was parsed just now or decoded from the
    /// cache: no body, no marks, and one String per distinct value (the scan's path, and values
    /// that repeat across 200k reports: deal ids, people, titles, kinds).
    static func summarize(_ report: inout Report, path: String, interner: inout StringInterner) {
        report.body = ""
        report.marks = [:]
        report.path = path
        interner.intern(&report.deal)
        interner.intern(&report.kind)
        if report.author != nil { interner.intern(&report.author!) }
        for k in report.attendees.indices {
            interner.intern(&report.attendees[k].name)
            if report.attendees[k].title != nil { interner.intern(&report.attendees[k].title!) }
            if report.attendees[k].department != nil { interner.intern(&report.attendees[k].department!) }
        }
        for k in report.signals.indices { interner.intern(&report.signals[k]) }
        for k in report.homework.indices where report.homework[k].assignee != nil {
            interner.intern(&report.homework[k].assignee!)
        }
    }
}

/// Shares one String among equal values. Strings of up to 15 UTF-8 bytes are stored inline
/// (no allocation), so only longer ones are looked up.
struct StringInterner {
    private var table: Set<TextKey> = []

    mutating func intern(_ value: inout String) {
        guard value.utf8.count > 15 else { return }
        let (inserted, member) = table.insert(TextKey(value))
        if !inserted { value = member.text }
    }
}
