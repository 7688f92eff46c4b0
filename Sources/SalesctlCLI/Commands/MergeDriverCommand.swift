import ArgumentParser
import SalesKit
import Subprocess

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

struct MergeDriverCommand: SalesctlCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "merge-driver",
            help: .mergeDriver)
    }

    @Argument(help: "The common ancestor's version (%O).") var base: String
    @Argument(help: "Our version (%A); the result is written here.") var ours: String
    @Argument(help: "Their version (%B).") var theirs: String
    @Argument(help: "The file's path in the repository (%P), for messages.") var path: String?

    func run(_ context: Context) async throws {
        let (base, ours, theirs) = (context.path(self.base), context.path(self.ours), context.path(self.theirs))
        // Read past the YAML reader's limit so an oversized file still gets git's line merge.
        let limit = 64 << 20
        let sides = try [(base, self.base), (ours, self.ours), (theirs, self.theirs)].map {
            try FileSystem.read($0.0, display: $0.1, limit: limit)
        }
        let shown = escapedForMessage(path ?? ours)
        let merged: DealMerge.Merged
        do {
            merged = try DealMerge.merge(base: sides[0], ours: sides[1], theirs: sides[2])
        } catch {
            context.output.error("salesctl merge-driver: \(shown): " + Message.mrgLineByLine.text(error.reason))
            throw ExitCode(await mergeFile([ours, base, theirs]).status == 0 ? 0 : 1)
        }
        try FileSystem.writeAtomically(merged.bytes, to: ours, display: self.ours)
        guard merged.conflicts.isEmpty else {
            var fields = merged.conflicts.prefix(10).map(Self.field).joined(separator: ", ")
            if merged.conflicts.count > 10 {
                fields = Message.mrgMore.text(fields, String(merged.conflicts.count - 10))
            }
            let said = merged.conflicts.count == 1 ? Message.mrgConflictOne : .mrgConflictMany
            context.output.error("salesctl merge-driver: \(shown): " + said.text(fields))
            throw ExitCode(1)
        }
    }

    /// A conflicting field as the message names it: its path quoted, or the top of the file.
    static func field(_ path: String) -> String {
        quoted(path == DealMerge.topOfFile ? Message.mrgTopOfFile.text() : path, limit: 80)
    }

    /// `git merge-file` with the labels git itself would use; returns its exit status (the
    /// number of conflicts) and, with -p, the merged text.
    func mergeFile(_ arguments: [String]) async -> (status: Int32, output: [UInt8]) {
        let labels = ["-L", "ours", "-L", "base", "-L", "theirs"]
        guard
            let result = try? await Subprocess.run(
                .name("git"), arguments: Arguments(["merge-file"] + labels + arguments),
                output: .bytes(limit: 64 << 20), error: .discarded)
        else { return (2, []) }
        switch result.terminationStatus {
        case .exited(let code): return (Int32(code), result.standardOutput)
        default: return (2, [])
        }
    }
}
