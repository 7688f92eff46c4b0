#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `read(2)`, named apart from the `read` methods below.
private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}

/// The few POSIX file operations salesctl needs, with errors that name the file.
///
/// POSIX rather than FileManager: directory walks are about 2.4x faster, and writes need
/// `mkstemp`, `fchmod`, `fsync` and `rename` in a precise order to be atomic.
public enum FileSystem {
    /// The prefix of temporary files; `.gitignore` and `check` know it.
    public static let temporaryPrefix = ".salesctl-tmp-"

    static func errorText(_ code: Int32 = errno) -> String {
        String(cString: strerror(code)).lowercased()
    }

    public enum Kind: Sendable { case file, directory, symlink, other }

    /// What is at a path, without following a final symlink; nil when nothing is.
    public static func kind(_ path: String) -> Kind? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .symlink
        default: return .other
        }
    }

    public static func exists(_ path: String) -> Bool { kind(path) != nil }

    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// Reads a whole regular file, refusing symlinks (a link in the store could point anywhere)
    /// and files larger than `limit`.
    public static func read(_ path: String, display: String? = nil, limit: Int = YAMLReader.maxFileSize) throws
        -> [UInt8]
    {
        let shown = display ?? path
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            if code == ELOOP {
                throw SalesError.io(
                    path: shown, reason: "is a symbolic link; salesctl does not follow links in a store")
            }
            throw SalesError.io(path: shown, reason: errorText(code))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw SalesError.io(path: shown, reason: errorText()) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw SalesError.io(path: shown, reason: "not a regular file") }
        let size = Int(info.st_size)
        if size > limit {
            throw SalesError.invalidFile(
                Finding(
                    path: shown, line: 1, column: 1, code: "file-too-large",
                    message: "file is \(size) bytes; the limit is \(limit)"))
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let n = bytes.withUnsafeMutableBytes { posixRead(fd, $0.baseAddress! + filled, size - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                throw SalesError.io(path: shown, reason: errorText())
            }
            if n == 0 { break }
            filled += n
        }
        // The file may have grown or shrunk since fstat; what was read is what we have.
        if filled < size { bytes.removeLast(size - filled) }
        return bytes
    }

    /// Writes a file atomically: a temp file in the same directory (mkstemp), the old file's
    /// mode, fsync, rename over the target, fsync of the directory. Readers see the old or the
    /// new content, never a mix; a crash leaves at most a temp file.
    public static func writeAtomically(
        _ bytes: [UInt8], to path: String, display: String? = nil,
        createOnly: Bool = false
    ) throws {
        try writeAtomically(to: path, display: display, createOnly: createOnly) { emit in
            try bytes.withUnsafeBytes { try emit($0) }
        }
    }

    /// The same, with the content written in pieces by `body` (each call of `emit` appends),
    /// so a large file need not be built in memory first. `durable: false` skips the fsyncs:
    /// for files that can be rebuilt (the cache), whose readers check them whole.
    public static func writeAtomically(
        to path: String, display: String? = nil, createOnly: Bool = false,
        durable: Bool = true,
        _ body: (_ emit: (UnsafeRawBufferPointer) throws -> Void) throws -> Void
    ) throws {
        let shown = display ?? path
        let directory = parentDirectory(of: path)
        var mode: mode_t = 0o644
        var info = stat()
        if lstat(path, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFLNK {
                throw SalesError.io(path: shown, reason: "is a symbolic link; salesctl does not write through links")
            }
            if createOnly { throw SalesError.io(path: shown, reason: "already exists") }
            mode = info.st_mode & 0o7777
        } else {
            let mask = umask(0)
            umask(mask)
            mode = 0o666 & ~mask
        }
        var template = Array((directory + "/" + temporaryPrefix + "XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw SalesError.io(path: shown, reason: "cannot create a temporary file: \(errorText())")
        }
        let temporary = String(
            decoding: template.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var done = false
        defer {
            if !done { unlink(temporary) }
        }
        do {
            defer { close(fd) }
            guard fchmod(fd, mode) == 0 else { throw SalesError.io(path: shown, reason: errorText()) }
            try body { chunk in
                var written = 0
                while written < chunk.count {
                    let n = write(fd, chunk.baseAddress! + written, chunk.count - written)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw SalesError.io(path: shown, reason: "cannot write: \(errorText())")
                    }
                    written += n
                }
            }
            if durable {
                guard fsync(fd) == 0 else { throw SalesError.io(path: shown, reason: "cannot sync: \(errorText())") }
            }
        }
        if createOnly {
            // link() fails if the name exists: two writers can never replace each other's file.
            guard link(temporary, path) == 0 else {
                throw SalesError.io(path: shown, reason: errno == EEXIST ? "already exists" : errorText())
            }
            unlink(temporary)
        } else {
            guard rename(temporary, path) == 0 else {
                throw SalesError.io(path: shown, reason: "cannot replace: \(errorText())")
            }
        }
        done = true
        if durable { syncDirectory(directory) }
    }

    static func syncDirectory(_ directory: String) {
        let dfd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd >= 0 {
            fsync(dfd)
            close(dfd)
        }
    }

    /// Creates a directory and its parents (like `mkdir -p`).
    public static func createDirectories(_ path: String) throws {
        if isDirectory(path) { return }
        let parent = parentDirectory(of: path)
        if parent != path && !parent.isEmpty { try createDirectories(parent) }
        if mkdir(path, 0o777) != 0 && errno != EEXIST {
            throw SalesError.io(path: path, reason: "cannot create directory: \(errorText())")
        }
    }

    public static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// Names in a directory (no `.`/`..`), with their kinds, unsorted. Empty when missing.
    public static func entries(_ directory: String) -> [(name: String, kind: Kind)] {
        var result: [(String, Kind)] = []
        forEachEntry(in: directory) { entry in
            let name = entry.name
            let kind: Kind
            switch entry.type {
            case Int32(DT_REG): kind = .file
            case Int32(DT_DIR): kind = .directory
            case Int32(DT_LNK): kind = .symlink
            case Int32(DT_UNKNOWN): kind = FileSystem.kind(directory + "/" + name) ?? .other
            default: kind = .other
            }
            result.append((name, kind))
        }
        return result
    }

    /// One `readdir` entry, valid only inside the `forEachEntry` call that gives it. The record
    /// is read through pointers, never copied whole: records are only `d_reclen` long, and
    /// copying `sizeof(dirent)` bytes from the last one of a buffer can run off a page and crash.
    struct DirectoryEntry {
        let record: UnsafeMutablePointer<dirent>
        /// The open directory, for `fstatat` relative to it.
        let directoryFD: Int32

        var cName: UnsafePointer<CChar> {
            UnsafeRawPointer(record).advanced(by: MemoryLayout<dirent>.offset(of: \dirent.d_name)!)
                .assumingMemoryBound(to: CChar.self)
        }
        var name: String { String(cString: cName) }
        /// `d_type`: `DT_REG`, `DT_DIR`, `DT_LNK`, `DT_UNKNOWN`, ...
        var type: Int32 {
            Int32(
                UnsafeRawPointer(record).load(
                    fromByteOffset: MemoryLayout<dirent>.offset(of: \dirent.d_type)!, as: UInt8.self))
        }
        /// Whether the name starts with `prefix`, without making a String of it.
        func nameHasPrefix(_ prefix: [CChar]) -> Bool { strncmp(cName, prefix, prefix.count) == 0 }
    }

    /// Calls `body` for each entry of `directory` except `.` and `..`: the one `readdir` loop
    /// of the project. Nothing happens when the directory cannot be opened.
    static func forEachEntry(in directory: String, _ body: (DirectoryEntry) -> Void) {
        guard let dir = opendir(directory) else { return }
        defer { closedir(dir) }
        let fd = dirfd(dir)
        while let record = readdir(dir) {
            let entry = DirectoryEntry(record: record, directoryFD: fd)
            if strcmp(entry.cName, ".") == 0 || strcmp(entry.cName, "..") == 0 { continue }
            body(entry)
        }
    }

    public static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

extension FileSystem {
    /// Reads standard input to the end, refusing more than `limit` bytes.
    public static func readStandardInput(limit: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { posixRead(0, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw SalesError.io(path: "standard input", reason: errorText())
            }
            if n == 0 { break }
            bytes += chunk[0..<n]
            if bytes.count > limit {
                throw SalesError.invalidArgument(ErrorText(.errStdinTooLarge, limit))
            }
        }
        return bytes
    }
}

extension FileSystem {
    /// Removes the temp files an interrupted `writeAtomically` left in `directory`. Call it while
    /// holding the store lock, when no other writer can be using them, on the directory about
    /// to be written (a report never lists the 10k files of `deals/`).
    /// Only names starting with the prefix become Strings: every write lists the directory it
    /// writes to (10k entries in `deals/`) this way, so it must cost no more than the listing.
    /// With `olderThan` (seconds), only files not modified for that long go: for a directory
    /// written without the store lock (the cache), where a young temp file may be another
    /// command's write in progress.
    public static func removeTemporaryFiles(in directory: String, olderThan age: Int? = nil) {
        var doomed: [String] = []
        let prefix = Array(temporaryPrefix.utf8CString.dropLast())
        forEachEntry(in: directory) { entry in
            if entry.nameHasPrefix(prefix) { doomed.append(entry.name) }
        }
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        for name in doomed {
            var info = stat()
            guard lstat(directory + "/" + name, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            if let age, Int(now.tv_sec) - Int(FileKey(info).mtimeNs / 1_000_000_000) < age { continue }
            unlink(directory + "/" + name)
        }
    }
}
