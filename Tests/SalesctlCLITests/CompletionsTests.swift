import ArgumentParser
import Foundation
import SalesKit
import Testing

@testable import SalesctlCLI

/// Completion finds the store of the command line being completed.
@Suite struct CompletionsTests {
    func context(_ directory: String?, _ start: String) -> Context {
        Context(workingDirectory: start, environment: directory.map { ["SALESCTL_DIR": $0] } ?? [:])
    }

    /// A store with a sub-directory, in a fresh temporary directory.
    static func store() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("salesctl-cli-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: root + "/sub/dir", withIntermediateDirectories: true)
        try "stages:\n  - id: first\n    label: 最初\n".write(
            toFile: root + "/salesctl.yaml", atomically: false, encoding: .utf8)
        return root
    }

    @Test func findsTheStoreFromWordsEnvironmentOrDirectory() throws {
        let root = try Self.store()
        #expect(
            CompletionKind.candidateStore(
                words: ["salesctl", "deal", "show", ""], context: context(nil, root + "/sub/dir"))?.root == root)
        #expect(
            CompletionKind.candidateStore(words: ["salesctl", "-C", root, "deal", "show"], context: context(nil, "/"))?
                .root == root)
        #expect(
            CompletionKind.candidateStore(
                words: ["salesctl", "deal", "show", "--dir='\(root)'"], context: context(nil, "/"))?.root == root)
        #expect(CompletionKind.candidateStore(words: ["salesctl"], context: context(root, "/"))?.root == root)
        #expect(
            CompletionKind.candidateStore(words: ["salesctl", "-C", "/nonexistent"], context: context(nil, root)) == nil
        )
    }

    @Test func tildeIsTheHomeDirectory() throws {
        let root = try Self.store()
        let home = FileSystem.parentDirectory(of: root)
        let context = Context(workingDirectory: "/", environment: ["HOME": home])
        let name = String(root.dropFirst(home.count + 1))
        #expect(CompletionKind.candidateStore(words: ["salesctl", "-C", "~/" + name], context: context)?.root == root)
    }

}
