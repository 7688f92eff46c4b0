import Testing
@testable import SalesKit

@Suite struct DealMergeTests {
    static let base = """
    stage: define   # 定義
    history:
      - date: 2026-11-01
        event: created

    """

    func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    @Test func splitsAppendedEventsAndMergesThemInDateOrder() throws {
        let ours = Self.base.replacingOccurrences(of: "define", with: "decision") + "  - date: 2026-11-20\n    event: stage\n"
        let theirs = Self.base + "  - date: 2026-11-18\n    event: quality\n    value: \"yes\"\n"
        let a = try #require(DealMerge.split(bytes(ours), base: bytes(Self.base)))
        let b = try #require(DealMerge.split(bytes(theirs), base: bytes(Self.base)))
        #expect(a.rest == bytes(Self.base.replacingOccurrences(of: "define", with: "decision")))
        #expect(b.rest == bytes(Self.base))
        #expect(a.added.map(\.date) == ["2026-11-20"])
        let merged = try #require(DealMerge.appendHistory(ours: a.added, theirs: b.added + a.added, to: a.rest))
        #expect(String(decoding: merged, as: UTF8.self) == """
        stage: decision   # 定義
        history:
          - date: 2026-11-01
            event: created
          - date: 2026-11-18
            event: quality
            value: "yes"
          - date: 2026-11-20
            event: stage

        """)
    }

    @Test func refusesWhenHistoryWasRewritten() {
        let edited = Self.base.replacingOccurrences(of: "created", with: "created  # fixed")
        #expect(DealMerge.split(bytes(edited), base: bytes(Self.base)) == nil)
        #expect(DealMerge.split(bytes("history: [broken"), base: bytes(Self.base)) == nil)
        #expect(DealMerge.split(bytes(Self.base), base: bytes(Self.base))?.added == [])
        #expect(DealMerge.appendHistory(ours: [.init(text: bytes("  - date: x\n"), date: "x")], theirs: [], to: bytes("stage: a\n")) == nil)
    }
}
