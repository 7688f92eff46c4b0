extension Store {
    /// Creates a new store: `salesctl.yaml` (commented defaults), `deals/`, `reports/`, and a
    /// `.gitignore` for salesctl's own state. Refuses to touch an existing store.
    @discardableResult
    public static func initialize(at directory: String, configText: String = Config.defaultYAML) throws -> String {
        let root = normalize(directory.hasPrefix("/") ? directory : FileSystem.currentDirectory() + "/" + directory)
        if FileSystem.exists(root + "/" + Config.fileName) {
            throw SalesError.storeExists(root)
        }
        try FileSystem.createDirectories(root)
        try FileSystem.createDirectories(root + "/" + dealsDirectory)
        try FileSystem.createDirectories(root + "/" + reportsDirectory)
        let ignore = "# salesctl's cache and lock; safe to delete\n/.salesctl/\n# temporary files of interrupted writes\n\(FileSystem.temporaryPrefix)*\n"
        if !FileSystem.exists(root + "/.gitignore") {
            try FileSystem.writeAtomically(Array(ignore.utf8), to: root + "/.gitignore", createOnly: true)
        }
        for keep in [dealsDirectory, reportsDirectory] where !FileSystem.exists(root + "/" + keep + "/.gitkeep") {
            try FileSystem.writeAtomically([], to: root + "/" + keep + "/.gitkeep", createOnly: true)
        }
        // The settings last: a store exists once salesctl.yaml does.
        try FileSystem.writeAtomically(Array(configText.utf8), to: root + "/" + Config.fileName, createOnly: true)
        return root
    }
}
