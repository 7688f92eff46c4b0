import Foundation
import Testing

@testable import SalesKit

/// A team that keeps only recent months of reports checked out (`git sparse-checkout set deals
/// reports/2026/11`): every command still works, and the commands that read older reports say
/// from which month on they count. Real git on a copy of examples/basic.
@Suite struct PartialCheckoutTests {
    static let today = ["--today", "2026-11-20"]

    /// examples/basic as a git clone with only `deals/` and `reports/2026/11` checked out.
    static func sparseClone() throws -> String {
        let seed = try Harness.copyExample("basic")
        try Harness.git(["init", "-q"], in: seed)
        try Harness.git(["add", "."], in: seed)
        try Harness.git(["commit", "-qm", "store"], in: seed)
        let clone = try Harness.temporaryDirectory() + "/recent"
        #expect(try Harness.git(["clone", "-q", seed, clone], in: seed).status == 0)
        let set = try Harness.git(["sparse-checkout", "set", "deals", "reports/2026/11"], in: clone)
        #expect(set.status == 0, "\(set.stderr)")
        #expect(!FileManager.default.fileExists(atPath: clone + "/reports/2026/10"))
        #expect(FileManager.default.fileExists(atPath: clone + "/salesctl.yaml"))
        return clone
    }

    @Test func theHorizonIsTheOldestMonthOfASparseCheckoutOnly() throws {
        let clone = try Self.sparseClone()
        #expect(PartialCheckout.horizon(root: clone) == CalendarDate("2026-11-01"))
        // A whole clone, and a directory that is no repository, have none.
        let whole = try Harness.temporaryDirectory() + "/whole"
        try Harness.git(["clone", "-q", clone, whole], in: clone)
        #expect(PartialCheckout.horizon(root: whole) == nil)
        #expect(PartialCheckout.horizon(root: try Harness.copyExample("basic")) == nil)
        // Turned off again: every month is back, and no horizon.
        try Harness.git(["sparse-checkout", "disable"], in: clone)
        #expect(PartialCheckout.horizon(root: clone) == nil)
    }

    @Test(arguments: [
        (["energy", "score"], true), (["stale", "list"], true), (["check"], true), (["homework", "list"], true),
        (["agenda"], true), (["deal", "list"], true), (["deal", "show", "tokai-erp"], true),
        (["report", "list"], true), (["report", "list", "--since", "2026-11-05"], false),
        (["feed", "--since", "2026-11-10"], false), (["lost"], true), (["forecast"], false),
        (["energy", "score", "--since", "2026-11-01"], false)
    ])
    func everyCommandWorksAndSaysWhatItCannotSee(_ arguments: [String], says: Bool) throws {
        let clone = try Self.sparseClone()
        let result = try Harness.run(arguments + Self.today, in: clone)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        let note =
            "note: reports before 2026-11 are not checked out here (git sparse checkout): counted from 2026-11 on"
        #expect(result.stderr.contains(note) == says, "\(arguments): \(result.stderr)")
    }

    @Test func theNoteSpeaksJapanese() throws {
        let clone = try Self.sparseClone()
        let result = try Harness.run(["energy", "score"] + Self.today, in: clone, environment: ["SALESCTL_LANG": "ja"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("2026-11 より前の報告はチェックアウトされていません"))
    }

    @Test func aReportAddedInASparseCheckoutIsWrittenAndSeen() throws {
        let clone = try Self.sparseClone()
        let added = try Harness.run(
            ["report", "add", "--deal", "tokai-erp", "--kind", "phone", "-m", "導入時期を確認"] + Self.today,
            in: clone)
        #expect(added.status == 0, "\(added.stderr)")
        let listed = try Harness.run(
            ["report", "list", "--deal", "tokai-erp", "--since", "2026-11-20"] + Self.today, in: clone)
        #expect(listed.stdout.contains("導入時期を確認") || listed.stdout.contains("phone"), "\(listed.stdout)")
    }
}
