import SalesKit
import Testing

@testable import SalesctlCLI

/// How the merge driver names a conflicting field, in both languages.
@Suite struct MergeDriverFieldTests {
    @Test func theTopOfTheFileIsNamedInTheLanguage() {
        #expect(MergeDriverCommand.field("stage") == "'stage'")
        #expect(MergeDriverCommand.field(DealMerge.topOfFile) == "'(top of the file)'")
        #expect(Language.$scoped.withValue(.ja) { MergeDriverCommand.field(DealMerge.topOfFile) } == "'(ファイルの先頭)'")
    }
}
