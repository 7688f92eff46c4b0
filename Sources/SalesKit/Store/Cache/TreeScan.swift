import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What identifies one version of a file: if any of these changed, the file is read again.
/// Size and mtime in nanoseconds catch ordinary edits; the inode catches a file replaced by
/// rename (editors, `git checkout`); ctime catches an in-place rewrite whose mtime was put
/// back with `touch -d`/`utimensat`, since ctime cannot be set by a program.
struct FileKey: Equatable, Sendable {
    var size: UInt64
    var mtimeNs: Int64
    var ctimeNs: Int64
    var inode: UInt64

    static let missing = FileKey(size: 0, mtimeNs: 0, ctimeNs: 0, inode: 0)

    init(size: UInt64, mtimeNs: Int64, ctimeNs: Int64, inode: UInt64) {
        self.size = size
        self.mtimeNs = mtimeNs
        self.ctimeNs = ctimeNs
        self.inode = inode
    }

    init(_ info: stat) {
        #if canImport(Darwin)
            let m = info.st_mtimespec
            let c = info.st_ctimespec
        #else
            let m = info.st_mtim
            let c = info.st_ctim
        #endif
        self.init(
            size: UInt64(max(0, info.st_size)),
            mtimeNs: Int64(m.tv_sec) &* 1_000_000_000 &+ Int64(m.tv_nsec),
            ctimeNs: Int64(c.tv_sec) &* 1_000_000_000 &+ Int64(c.tv_nsec),
            inode: UInt64(info.st_ino))
    }

    /// The newest of mtime and ctime: a version is "racy" while this is too recent.
    var changedNs: Int64 { max(mtimeNs, ctimeNs) }
}

struct ScannedFile: Sendable {
    var path: String
    var key: FileKey
    /// False for a file the caller did not want: listed (so the cache keeps its entry and
    /// notices deletions) but not stat'ed, and its key is `.missing`.
    var wanted = true
}

/// Directory walks with `opendir`/`readdir`/`fstatat`, the same selection as `dealIDs()` and
/// `reportPaths()`, sorted by UTF-8 bytes (the same order for the ASCII names salesctl writes).
enum TreeScan {
    static func nowNs() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec) &* 1_000_000_000 &+ Int64(ts.tv_nsec)
    }

    /// Names of the files in `directory` that pass `include`, sorted, with their keys (lstat)
    /// when `want(name)` says the caller needs them. Listing a directory is cheap; a stat per
    /// file is not (0.5 s for 210k files).
    static func files(
        in directory: String, prefix: String, include: (String) -> Bool,
        want: (_ name: String) -> Bool = { _ in true }
    ) -> [ScannedFile] {
        var result: [ScannedFile] = []
        FileSystem.forEachEntry(in: directory) { entry in
            if entry.type == Int32(DT_DIR) { return }
            let name = entry.name
            guard include(name) else { return }
            let path = prefix + name
            guard want(name) else {
                result.append(ScannedFile(path: path, key: .missing, wanted: false))
                return
            }
            var info = stat()
            var key = FileKey.missing
            if fstatat(entry.directoryFD, name, &info, AT_SYMLINK_NOFOLLOW) == 0 {
                if info.st_mode & S_IFMT == S_IFDIR { return }
                key = FileKey(info)
            }
            result.append(ScannedFile(path: path, key: key))
        }
        result.sort { bytewiseLess($0.path, $1.path) }
        return result
    }

    /// Order by UTF-8 bytes, as the cache index is sorted (the same as `<` for ASCII names, and
    /// without Unicode normalisation: sorting 200k paths with `<` was a tenth of a scan).
    static func bytewiseLess(_ a: String, _ b: String) -> Bool {
        let fast = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in
                bytewiseOrder(UnsafeRawBufferPointer(x), UnsafeRawBufferPointer(y)) < 0
            }
        }
        return (fast ?? nil) ?? a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// `deals/*.yaml`, as `Store.dealIDs()` selects them.
    static func deals(root: String) -> [ScannedFile] {
        files(in: root + "/" + Store.dealsDirectory, prefix: Store.dealsDirectory + "/") {
            $0.hasSuffix(".yaml") && !$0.hasPrefix(".")
        }
    }

    /// `reports/YYYY/MM/*.md` of `listing`, as `Store.reportPaths()` selects them; months are
    /// stat'ed in parallel, and only the files `want` selects (by file name).
    static func reports(in listing: ReportListing, want: @escaping @Sendable (_ name: String) -> Bool = { _ in true })
        -> [ScannedFile]
    {
        let months = parallelMap(listing.months.count) { i in
            let month = listing.months[i]
            let directory = open(listing.base + "/" + month, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            defer { if directory >= 0 { close(directory) } }
            let prefix = Store.reportsDirectory + "/" + month + "/"
            return listing.names(ofMonth: i).sorted(by: bytewiseLess).compactMap { name -> ScannedFile? in
                guard want(name) else { return ScannedFile(path: prefix + name, key: .missing, wanted: false) }
                var info = stat()
                var key = FileKey.missing
                if directory >= 0 && fstatat(directory, name, &info, AT_SYMLINK_NOFOLLOW) == 0 {
                    if info.st_mode & S_IFMT == S_IFDIR { return nil }
                    key = FileKey(info)
                }
                return ScannedFile(path: prefix + name, key: key)
            }
        }
        // Joined into an array of the final size: `flatMap` grows by doubling, 12 MB at a time
        // for 200k files.
        var all: [ScannedFile] = []
        all.reserveCapacity(months.reduce(0) { $0 + $1.count })
        for month in months { all.append(contentsOf: month) }
        // Months are sorted and names within a month are sorted; check the whole order anyway
        // (a name with odd characters could compare differently), it costs one pass.
        for i in all.indices.dropFirst() where !bytewiseLess(all[i - 1].path, all[i].path) {
            all.sort { bytewiseLess($0.path, $1.path) }
            break
        }
        return all
    }
}

/// The report files of a store as listed, not stat'ed: the month directories (`YYYY/MM`, sorted)
/// and in each the `.md` names that are not dot files, in directory order (sorted when stat'ed).
/// A listing made to be shared (`Store.listReports`) keeps the names, so "when was each deal last
/// contacted" (file names carry dates and deals) and the reports then read come from one pass
/// over the 200k-file tree (`stale list`). Otherwise each month is listed when it is scanned
/// and its names let go after, so 200k names are never held at once.
public struct ReportListing: Sendable {
    let base: String
    let months: [String]
    private let keptNames: [[String]]?

    init(root: String, keepNames: Bool) {
        base = root + "/" + Store.reportsDirectory
        var months: [String] = []
        for year in FileSystem.entries(base) where year.kind == .directory && !year.name.hasPrefix(".") {
            for month in FileSystem.entries(base + "/" + year.name)
            where month.kind == .directory && !month.name.hasPrefix(".") {
                months.append(year.name + "/" + month.name)
            }
        }
        let sorted = months.sorted()
        let base = base
        self.months = sorted
        keptNames = keepNames ? parallelMap(sorted.count) { ReportListing.names(in: base + "/" + sorted[$0]) } : nil
    }

    /// The report file names of month `i`.
    func names(ofMonth i: Int) -> [String] { keptNames?[i] ?? ReportListing.names(in: base + "/" + months[i]) }

    static func names(in directory: String) -> [String] {
        var names: [String] = []
        FileSystem.forEachEntry(in: directory) { entry in
            guard entry.type != Int32(DT_DIR) else { return }
            let name = entry.name
            if name.hasSuffix(".md") && !name.hasPrefix(".") { names.append(name) }
        }
        return names
    }

    /// The names that parse as report names, in no particular order (months in parallel).
    var parsedNames: [ReportName] {
        parallelMap(months.count) { names(ofMonth: $0).compactMap { ReportName(fileName: $0) } }.flatMap { $0 }
    }
}
