/// Deal files: `deals/<id>.yaml`, listed, read, and changed by one read-modify-write.
extension Store {
    /// `deals/<id>.yaml`, for an id already known to be valid (a loaded deal's).
    static func dealFile(_ id: String) -> String { dealsDirectory + "/" + id + ".yaml" }

    public func dealPath(_ id: String) throws -> String {
        try DealID.validate(id)
        return Store.dealFile(id)
    }

    /// Ids of every `deals/*.yaml`, sorted.
    public func dealIDs() -> [String] {
        FileSystem.entries(absolute(Store.dealsDirectory))
            .filter { $0.kind != .directory && $0.name.hasSuffix(".yaml") && !$0.name.hasPrefix(".") }
            .map { String($0.name.dropLast(5)) }
            .sorted()
    }

    /// A deal file as read: its bytes, parsed tree and decoded deal, ready for a minimal edit.
    public struct DealDocument: Sendable {
        public var path: String
        public var bytes: [UInt8]
        public var root: YAMLNode.Mapping
        public var deal: Deal

        public func editor() -> YAMLEditor { YAMLEditor(bytes: bytes, root: root) }
    }

    /// The deal file of `id`, a code as typed (`ｔｏｋａｉ－ｅｒｐ` is tokai-erp: CodeInput).
    public func loadDealDocument(_ id: String) throws -> DealDocument {
        let id = CodeInput.asciiCode(id)
        return try readDealDocument(id, path: try requireDeal(id))
    }

    /// The path of deal `id`'s file, or the "no deal" error with the closest id as a hint. Does
    /// not read the file: a filter such as `--deal ID` of a list command needs the deal to
    /// exist, not to parse (a broken file is a warning there, as in the unfiltered list).
    @discardableResult
    public func requireDeal(_ id: String) throws -> String {
        let id = CodeInput.asciiCode(id)
        let path = try dealPath(id)
        guard FileSystem.exists(absolute(path)) else {
            throw SalesError.noDeal(id, suggestion: closestMatch(to: id, in: dealIDs()))
        }
        return path
    }

    /// Reads and parses the deal file at `path`, for an `id` already validated (the cache's
    /// parse of a listed file checks neither the id nor the file's existence again).
    func readDealDocument(_ id: String, path: String) throws -> DealDocument {
        let bytes = try FileSystem.read(absolute(path), display: path)
        if let conflict = ConflictMarkers.finding(bytes, path: path) { throw SalesError.invalidFile(conflict) }
        let node = try bytes.withUnsafeBytes { try YAMLReader.parse($0, path: path) }
        let deal = try Deal.parse(node, id: id, path: path)
        return DealDocument(path: path, bytes: bytes, root: node!.mapping!, deal: deal)
    }

    public func loadDeal(_ id: String) throws -> Deal { try loadDealDocument(id).deal }

    /// Every deal that reads cleanly, plus a finding for each file that does not. Served from
    /// `.salesctl/cache/` for files that did not change (see `StoreCache.swift`).
    public func loadDeals() -> (deals: [Deal], findings: [Finding]) {
        var deals: [Deal] = []
        var findings: [Finding] = []
        dealResults { _, result in
            switch result {
            case .success(let deal): deals.append(deal)
            case .failure(let finding): findings.append(finding)
            }
        }
        return (deals, findings)
    }

    /// Saves a changed deal file atomically (call inside `withLock`).
    public func save(_ document: DealDocument, bytes: [UInt8]) throws {
        guard bytes != document.bytes else { return }
        try writeDealFile(bytes, to: document.path)
    }

    /// Writes the text of a deal file at `path` (relative), refusing text salesctl could not read
    /// back (call inside `withLock`).
    func writeDealFile(_ bytes: [UInt8], to path: String, createOnly: Bool = false) throws {
        try write(bytes, to: path, createOnly: createOnly) { try YAMLReader.parse($0, path: path) }
    }

}

extension Store {
    /// Reads a deal file, applies `change` and saves the result, all under the store lock.
    @discardableResult
    public func change(_ id: String, _ change: (DealDocument) throws -> DealProcess.Change) throws -> DealProcess.Change
    {
        try editDeal(id) { document in
            let result = try change(document)
            return (result.bytes, result)
        }
    }

    /// The one read-modify-write of a deal file: under the store lock, reads deal `id`, lets
    /// `edit` work out the new text (and what to hand back), and saves it.
    public func editDeal<T>(_ id: String, _ edit: (DealDocument) throws -> (bytes: [UInt8], result: T)) throws -> T {
        try withLock {
            let document = try loadDealDocument(id)
            let (bytes, result) = try edit(document)
            try save(document, bytes: bytes)
            return result
        }
    }
}
