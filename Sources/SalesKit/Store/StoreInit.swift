import Foundation

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
        let ignore =
            "# salesctl's cache and lock; safe to delete\n/.salesctl/\n# temporary files of interrupted writes\n\(FileSystem.temporaryPrefix)*\n"
        if !FileSystem.exists(root + "/.gitignore") {
            try FileSystem.writeAtomically(Array(ignore.utf8), to: root + "/.gitignore", createOnly: true)
        }
        if !FileSystem.exists(root + "/.gitattributes") {
            try FileSystem.writeAtomically(Array(gitAttributes.utf8), to: root + "/.gitattributes", createOnly: true)
        }
        for keep in [dealsDirectory, reportsDirectory] where !FileSystem.exists(root + "/" + keep + "/.gitkeep") {
            try FileSystem.writeAtomically([], to: root + "/" + keep + "/.gitkeep", createOnly: true)
        }
        // The settings last: a store exists once salesctl.yaml does.
        try FileSystem.writeAtomically(Array(configText.utf8), to: root + "/" + Config.fileName, createOnly: true)
        return root
    }

    /// Written by `init`: LF everywhere, and deal files merged by `salesctl merge-driver` once a
    /// clone names it (git merges line by line until then). Reports need nothing: each is a new
    /// file with a random suffix, and `merge=union` would be wrong for their front matter.
    public static let gitAttributes = """
        # salesctl: plain text with LF line endings on every platform, so diffs and merges see the
        # same bytes on Windows clones too.
        *.yaml text eol=lf
        *.md text eol=lf
        # Deal files: both sides of a merge append history events at the end; 'salesctl merge-driver'
        # keeps both and lets git merge the rest line by line. Each clone names the driver once:
        #   git config merge.salesctl.name "salesctl deal history"
        #   git config merge.salesctl.driver "salesctl merge-driver %O %A %B %P"
        # Without it git merges deal files line by line (concurrent history appends then conflict).
        deals/*.yaml merge=salesctl

        """
}

extension Config {
    /// The settings text `init` writes, with `language:` first among the settings: the template is
    /// Japanese, so `ja` unless the team asks for `en`; for `ja` its comments are Japanese too.
    public static func withLanguage(_ language: Language, _ text: String) -> String {
        let line =
            "# The language salesctl speaks to people: ja or en (SALESCTL_LANG wins). Codes, ids,\n"
            + "# JSON and CSV headers are the same in both.\nlanguage: \(language.rawValue)\n"
        var out = line + text
        if let range = text.range(of: "\n# Dates in deal files") {
            out = String(text[..<range.lowerBound]) + "\n" + line + String(text[range.lowerBound...])
        }
        return language == .ja ? japaneseComments(out) : out
    }
}
