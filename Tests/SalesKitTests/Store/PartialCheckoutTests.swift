import Foundation
import Testing

@testable import SalesKit

/// How a sparse checkout is recognised from the git directory's files (the end-to-end test with
/// real git is Tests/SalesctlTests/PartialCheckoutTests.swift).
@Suite struct PartialCheckoutUnitTests {
    func directory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "salesctl-partial-\(UUID().uuidString)"
        ).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func write(_ text: String, _ path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: false, encoding: .utf8)
    }

    @Test(arguments: [
        ("[core]\n\tsparseCheckout = true\n", true), ("[core]\n\tsparsecheckout=yes\n", true),
        ("[core]\n\tsparseCheckout\n", true),
        ("[core]\n\tsparseCheckout = false\n", false),
        ("[core]\n\tsparseCheckout = true\n\tsparseCheckout = false\n", false),
        ("[remote \"origin\"]\n\tsparseCheckout = true\n", false), ("# [core] sparseCheckout = true\n", false),
        ("[core]\n\t; sparseCheckout = true\n", false)
    ])
    func theCoreSettingIsReadAsGitReadsIt(_ config: String, expected: Bool) throws {
        let dir = try directory()
        try write(config, dir + "/config")
        #expect((PartialCheckout.coreSetting("sparsecheckout", in: dir + "/config") ?? false) == expected)
    }

    @Test func aLinkedWorktreeFindsItsGitDirectoryThroughTheGitFile() throws {
        let root = try directory()
        try write("[core]\n\tsparseCheckout = true\n", root + "/repo.git/config")
        try write("/x\n", root + "/repo.git/worktrees/recent/info/sparse-checkout")
        try write("../..\n", root + "/repo.git/worktrees/recent/commondir")
        try write("gitdir: \(root)/repo.git/worktrees/recent\n", root + "/recent/.git")
        try write("timezone: Asia/Tokyo\n", root + "/recent/store/salesctl.yaml")
        try FileManager.default.createDirectory(
            atPath: root + "/recent/store/reports/2026/03", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            atPath: root + "/recent/store/reports/2026/11", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            atPath: root + "/recent/store/reports/notes", withIntermediateDirectories: true)
        #expect(PartialCheckout.gitDirectory(above: root + "/recent/store") == root + "/repo.git/worktrees/recent")
        #expect(PartialCheckout.horizon(root: root + "/recent/store") == CalendarDate("2026-03-01"))
        try FileManager.default.removeItem(atPath: root + "/repo.git/worktrees/recent/info/sparse-checkout")
        #expect(PartialCheckout.horizon(root: root + "/recent/store") == nil)
    }
}
