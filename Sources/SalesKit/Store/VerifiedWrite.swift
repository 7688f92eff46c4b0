/// The one way a file of the store is written.
extension Store {
    /// The one way a file of the store is written: refuses text salesctl could not read back,
    /// clears the temp files a killed writer left in the file's directory (holding the lock, no
    /// other writer can be using them; only that directory is listed, so a report never lists
    /// the 10k files of `deals/`), then writes atomically. Call inside `withLock`.
    func write<T>(
        _ bytes: [UInt8], to path: String, createOnly: Bool, durable: Bool = true, clearTemporaryFiles: Bool = true,
        readBack: (UnsafeRawBufferPointer) throws -> T
    ) throws {
        try Store.verifyReadable(bytes, path: path, readBack)
        let directory = FileSystem.parentDirectory(of: absolute(path))
        if clearTemporaryFiles {
            try FileSystem.createDirectories(directory)
            FileSystem.removeTemporaryFiles(in: directory)
        }
        try FileSystem.writeAtomically(to: absolute(path), display: path, createOnly: createOnly, durable: durable) {
            emit in
            try bytes.withUnsafeBytes { try emit($0) }
        }
    }

    /// Refuses to write a file salesctl could not read back. The reader refuses control
    /// characters in values, so one typed in a flag (`--title $'\a'`) stops here, before any file
    /// is touched, instead of producing a file that every later command rejects.
    static func verifyReadable<T>(_ bytes: [UInt8], path: String, _ parse: (UnsafeRawBufferPointer) throws -> T) throws
    {
        do {
            _ = try bytes.withUnsafeBytes { try parse($0) }
        } catch SalesError.invalidFile(let finding) where finding.code == "control-character" {
            throw SalesError.invalidArgument(
                ErrorText(.errControlCharacter, String(finding.message.split(separator: " ").last ?? "")))
        } catch SalesError.invalidFile(let finding) {
            throw SalesError.io(
                path: path,
                reason: "refusing to write a file salesctl could not read back (\(finding.code): \(finding.message))")
        }
    }
}
