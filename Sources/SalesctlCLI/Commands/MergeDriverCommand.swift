import ArgumentParser
import SalesKit
import Subprocess

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct MergeDriverCommand: SalesctlCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-driver",
        abstract: "git merge driver for deal files: both sides' history events are kept.",
        discussion: """
        When two clones change the same deal, both append history events at the end of the \
        file and git's line merge reports a conflict. This driver takes each side's new events \
        out, lets 'git merge-file' merge the rest line by line (so real conflicts, such as two \
        different stages, still conflict), then appends both sides' events in date order. When \
        history was not only appended to, it falls back to 'git merge-file' unchanged.

        'salesctl init' writes .gitattributes with 'deals/*.yaml merge=salesctl'; each clone \
        names the driver once (without it git merges deal files line by line, as usual):

          git config merge.salesctl.name "salesctl deal history"
          git config merge.salesctl.driver "salesctl merge-driver %O %A %B %P"

        Examples:
          git config merge.salesctl.driver "salesctl merge-driver %O %A %B %P"
          salesctl merge-driver base.yaml ours.yaml theirs.yaml deals/tokai-erp.yaml   # result in ours.yaml
        """
    )

    @Argument(help: "The common ancestor's version (%O).") var base: String
    @Argument(help: "Our version (%A); the result is written here.") var ours: String
    @Argument(help: "Their version (%B).") var theirs: String
    @Argument(help: "The file's path in the repository (%P), for messages.") var path: String?

    func run(_ context: Context) async throws {
        let (base, ours, theirs) = (context.path(self.base), context.path(self.ours), context.path(self.theirs))
        let baseBytes = try FileSystem.read(base), oursBytes = try FileSystem.read(ours), theirsBytes = try FileSystem.read(theirs)
        guard let mine = DealMerge.split(oursBytes, base: baseBytes), let other = DealMerge.split(theirsBytes, base: baseBytes) else {
            throw ExitCode(await mergeFile([ours, base, theirs]).status)
        }
        let tempOurs = ours + ".salesctl-ours", tempTheirs = ours + ".salesctl-theirs"
        defer { unlink(tempOurs); unlink(tempTheirs) }
        try FileSystem.writeAtomically(mine.rest, to: tempOurs)
        try FileSystem.writeAtomically(other.rest, to: tempTheirs)
        let rest = await mergeFile(["-p", tempOurs, base, tempTheirs])
        guard rest.status == 0, let merged = DealMerge.appendHistory(ours: mine.added, theirs: other.added, to: rest.output) else {
            context.output.error("salesctl merge-driver: \(path ?? ours): fields conflict; merging line by line")
            throw ExitCode(await mergeFile([ours, base, theirs]).status)
        }
        try FileSystem.writeAtomically(merged, to: ours)
    }

    /// `git merge-file` with the labels git itself would use; returns its exit status (the
    /// number of conflicts) and, with -p, the merged text.
    func mergeFile(_ arguments: [String]) async -> (status: Int32, output: [UInt8]) {
        let labels = ["-L", "ours", "-L", "base", "-L", "theirs"]
        guard let result = try? await Subprocess.run(.name("git"), arguments: Arguments(["merge-file"] + labels + arguments),
                                                     output: .bytes(limit: 64 << 20), error: .discarded) else { return (2, []) }
        switch result.terminationStatus {
        case .exited(let code): return (Int32(code), result.standardOutput)
        default: return (2, [])
        }
    }
}
