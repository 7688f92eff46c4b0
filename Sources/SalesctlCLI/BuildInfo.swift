import CBuildInfo

/// What `salesctl --version` says: the release version and the git commit of the build.
enum BuildInfo {
    /// The release version (also in the man pages' headers; CHANGELOG.md lists each one).
    static let version = "0.1.0"

    /// The commit the binary was built from (`git rev-parse --short=12 HEAD`, "-dirty" when the
    /// work tree had changes), given by scripts/install; empty for a plain `swift build`.
    static let commit = String(cString: salesctl_build_commit())

    /// `salesctl 0.1.0 (commit 1a2b3c4d5e6f)`; a build that was not told its commit says so.
    static var versionLine: String {
        "salesctl \(version) (\(commit.isEmpty ? "commit unknown: not built by scripts/install" : "commit \(commit)"))"
    }
}
