#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Store {
    public var lockPath: String { absolute(Store.stateDirectory + "/lock") }

    /// Runs `body` holding the store lock: every read-modify-write goes through here.
    public func withLock<T>(_ body: () throws -> T) throws -> T {
        let lock = try StoreLock(path: lockPath)
        defer { withExtendedLifetime(lock) {} }
        return try body()
    }
}

/// An exclusive lock on `<store>/.salesctl/lock` (flock), held around every read-modify-write so
/// concurrent salesctl processes never lose each other's updates.
public final class StoreLock {
    private let fd: Int32

    /// Waits up to `timeout` seconds, then fails with `SalesError.lockTimeout` (exit 75).
    public init(path: String, timeout: Double = 5) throws {
        try FileSystem.createDirectories(FileSystem.parentDirectory(of: path))
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw SalesError.io(path: path, reason: "cannot open lock: \(FileSystem.errorText())") }
        var waited = 0.0
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            if errno != EWOULDBLOCK && errno != EINTR {
                let reason = FileSystem.errorText()
                close(fd)
                throw SalesError.io(path: path, reason: "cannot lock: \(reason)")
            }
            if waited >= timeout {
                close(fd)
                throw SalesError.lockTimeout(path: path)
            }
            usleep(10_000)
            waited += 0.01
        }
        self.fd = fd
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
