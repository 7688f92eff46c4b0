import Foundation

/// A salesctl data directory: `salesctl.yaml`, `deals/`, `reports/`.
public struct Store: Sendable {
    public let root: String
    public let config: Config
    /// How recent a change must be for the cache to read the file again next time anyway.
    var cacheRacyWindowNs = FileCache.racyWindowNs
    /// Whether reads go through `.salesctl/cache/` (see `StoreCache.swift`); the caller decides.
    public var usesCache = true

    public static let dealsDirectory = "deals"
    public static let reportsDirectory = "reports"
    public static let stateDirectory = ".salesctl"

    public init(root: String, config: Config) {
        self.root = root
        self.config = config
    }

    /// Opens the store at `root`, reading its `salesctl.yaml`.
    public static func open(root: String, usesCache: Bool = true) throws -> Store {
        let path = root + "/" + Config.fileName
        let bytes = try FileSystem.read(path, display: Config.fileName)
        var store = Store(root: root, config: try Config.parse(bytes))
        store.usesCache = usesCache
        return store
    }

    /// Finds the store root: `explicit` (from -C/--dir), else `SALESCTL_DIR`, else the nearest
    /// directory upward from `start` holding `salesctl.yaml` (as git finds `.git`).
    public static func locate(explicit: String?, environment: String?, start: String) throws -> String {
        if let dir = explicit ?? environment {
            let absolute = dir.hasPrefix("/") ? dir : start + "/" + dir
            guard FileSystem.exists(absolute + "/" + Config.fileName) else {
                throw SalesError.noStore(searchedFrom: dir)
            }
            return normalize(absolute)
        }
        var directory = normalize(start)
        while true {
            if FileSystem.exists(directory + "/" + Config.fileName) { return directory }
            let parent = FileSystem.parentDirectory(of: directory)
            if parent == directory || directory == "/" { throw SalesError.noStore(searchedFrom: start) }
            directory = parent
        }
    }

    /// Removes `.` and `..` components and doubled slashes.
    public static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." {
                _ = parts.popLast()
                continue
            }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    public func absolute(_ relative: String) -> String { root + "/" + relative }

    static func finding(from error: SalesError, path: String) -> Finding {
        switch error {
        case .invalidFile(let finding): return finding
        case .io(let p, let reason): return Finding(path: p, code: "io", message: reason)
        default: return Finding(path: path, code: "error", message: error.message)
        }
    }
}
