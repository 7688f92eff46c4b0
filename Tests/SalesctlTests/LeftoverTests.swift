import Foundation
import SalesKit
import Testing

/// Temp files left by a killed writer are removed by the next writer, holding the lock, into the same directory.
@Suite struct LeftoverTests {
    @Test func nextWriterRemovesLeftoverTempFiles() throws {
        let dir = try Harness.copyExample("basic")
        let leftovers = [
            dir + "/deals/" + FileSystem.temporaryPrefix + "AbC123",
            dir + "/reports/2026/11/" + FileSystem.temporaryPrefix + "XyZ789"
        ]
        for path in leftovers { try Data("torn".utf8).write(to: URL(fileURLWithPath: path)) }
        let step = try Harness.run(["deal", "step", "tokai-erp", "influencers", "--today", "2026-11-20"], in: dir)
        #expect(step.status == 0, "\(step.stderr)")
        #expect(!FileManager.default.fileExists(atPath: leftovers[0]))
        let report = try Harness.run(
            ["report", "add", "--deal", "tokai-erp", "--kind", "phone", "-m", "x", "--today", "2026-11-20"], in: dir)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(!FileManager.default.fileExists(atPath: leftovers[1]))
    }
}
