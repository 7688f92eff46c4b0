import Foundation
import Testing

@testable import SalesKit

@Suite struct CompletionCandidatesTests {
    static func store() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("salesctl-cc-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: root + "/deals", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/sub/dir", withIntermediateDirectories: true)
        try "stages:\n  - id: first\n    label: 最初\n    steps:\n      - id: s1\n".write(
            toFile: root + "/salesctl.yaml", atomically: false, encoding: .utf8)
        for name in ["b-deal.yaml", "a-deal.yaml", "Bad Name.yaml", "notes.txt", ".hidden.yaml"] {
            try "title: t\ncustomer: c\nowner: 佐藤 健\nmembers:\n  - 田中 美咲\nstage: first\ncreated: 2026-01-01\n"
                .write(toFile: root + "/deals/" + name, atomically: false, encoding: .utf8)
        }
        return root
    }

    @Test func listsIdsAndPeople() throws {
        let candidates = CompletionCandidates(root: try Self.store())
        #expect(candidates.dealIDs() == ["a-deal", "b-deal"])
        #expect(candidates.stageIDs() == ["first"])
        #expect(candidates.stepIDs() == ["s1"])
        #expect(candidates.kindIDs().contains("visit"))
        #expect(candidates.people() == ["佐藤 健", "田中 美咲"])
        #expect(CompletionCandidates.matching(["a-deal", "b-deal"], prefix: "'b") == ["b-deal"])
        #expect(CompletionCandidates(root: "/nonexistent").dealIDs() == [])
        #expect(CompletionCandidates(root: "/nonexistent").stageIDs() == [])
    }
}
