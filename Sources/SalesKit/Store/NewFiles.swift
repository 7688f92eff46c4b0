#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Store {
    /// A file that `import` creates: a deal file or a report.
    public struct NewFile: Sendable, Equatable {
        public enum Kind: Sendable, Equatable { case deal, report }
        public var kind: Kind
        /// Relative to the root. A report's name may change if it is taken (another suffix).
        public var path: String
        public var text: String

        public init(kind: Kind, path: String, text: String) {
            self.kind = kind
            self.path = path
            self.text = text
        }
    }

    /// Creates many files under one lock, never replacing one: each is checked to read back,
    /// then written atomically (temporary file, then link), without a sync each; one sync of
    /// the file system at the end makes them durable together (a sync per file makes 100,000
    /// reports take minutes). Killed half-way, the files written so far are whole and the rest
    /// absent, so running the same import again completes it. Returns the paths written.
    public func createFiles(_ files: [NewFile]) throws -> [String] {
        try withLock {
            var cleared = Set<String>()
            var written: [String] = []
            written.reserveCapacity(files.count)
            for file in files {
                let directory = FileSystem.parentDirectory(of: absolute(file.path))
                if cleared.insert(directory).inserted {
                    try FileSystem.createDirectories(directory)
                    FileSystem.removeTemporaryFiles(in: directory)
                }
                switch file.kind {
                case .deal:
                    do {
                        try write(
                            Array(file.text.utf8), to: file.path, createOnly: true, durable: false,
                            clearTemporaryFiles: false
                        ) {
                            try YAMLReader.parse($0, path: file.path)
                        }
                    } catch SalesError.io(_, let reason) where reason == "already exists" {
                        throw SalesError.dealExists(String(Store.fileName(of: file.path).dropLast(5)))
                    }
                    written.append(file.path)
                case .report:
                    written.append(try writeNewReport(file))
                }
            }
            FileSystem.syncFileSystem(of: root)
            return written
        }
    }

    /// A report under its planned name, or under another suffix when that one is taken.
    private func writeNewReport(_ file: NewFile) throws -> String {
        var path = file.path
        for _ in 0..<8 {
            do {
                try write(Array(file.text.utf8), to: path, createOnly: true, durable: false, clearTemporaryFiles: false)
                {
                    try Report.parse($0, path: path)
                }
                return path
            } catch SalesError.io(_, let reason) where reason == "already exists" {
                let suffix = String(UInt32.random(in: 0...0xFFFFFF), radix: 16).leftPadded(to: 6)
                path = String(path.dropLast(9)) + suffix + ".md"  // "-xxxxxx.md" keeps its dash
            }
        }
        throw SalesError.io(path: "reports", reason: "could not find a free file name")
    }
}

extension FileSystem {
    /// Flushes every file of the file system holding `path` to disk (syncfs), or everything
    /// (sync) where there is no syncfs.
    static func syncFileSystem(of path: String) {
        #if canImport(Glibc)
            let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if fd >= 0 {
                _ = linuxSyncfs(fd)
                close(fd)
                return
            }
        #endif
        sync()
    }
}

#if canImport(Glibc)
    /// syncfs(2): Glibc's module map leaves it out (it needs _GNU_SOURCE).
    @_silgen_name("syncfs")
    private func linuxSyncfs(_ fd: Int32) -> Int32
#endif
