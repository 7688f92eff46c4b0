import Foundation
import SalesKit
import Testing

/// Issue 19 item 8, randomized: pairs of concurrent histories on one deal, made with the real
/// binary on two branches of a real git repository (a clone's commits are branches to git's
/// merge), merged by real `git merge` through the configured driver. For every pair: no event of
/// either side is lost, the new events are in date order, every report of both sides is there,
/// and there are conflicts exactly where one field got two different values; keeping either side
/// of each conflict gives a store that passes `check`. Seeded: the same pairs on every run.
@Suite struct MergeDriverRandomTests {
    /// 8 repositories x 13 pairs = 104 pairs; the repositories run in parallel.
    static let groups = 8, pairsPerGroup = 13
    static let today = "2026-11-20"
    static let yamada = "山田 太郎"

    /// SplitMix64: small, seeded, the same sequence on every platform.
    struct SeededRandom: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// What one side changed, as the fields' final values (nil: untouched).
    struct Side {
        var stage: String?
        var amount: Int?
        var person: [String: String] = [:]
        var steps: [String: (date: String, note: String)] = [:]
        var reports: [String] = []
    }

    static let base: (stage: String, amount: Int, person: [String: String]) =
        ("define", 1_000_000, ["title": "部長", "stance": "supporter"])

    @Test(arguments: 0..<groups) func concurrentHistoriesLoseNothing(group: Int) throws {
        var random = SeededRandom(state: 0x5EED_0019 &+ UInt64(group))
        let repo = try Self.setUp()
        let store = try Store.open(root: repo)
        let steps = store.config.stages.flatMap { $0.steps.map(\.id) }.filter { $0 != "plan" }
        let indicators = store.config.indicators.map(\.id)
        // An open deal moves among the stages before won_at (init writes won_at: delivery).
        let stages = store.config.stages.map(\.id).filter { !store.config.isPostSale($0) }
        var conflicted = 0
        for pair in 0..<Self.pairsPerGroup {
            var sides: [Side] = []
            for (n, branch) in ["ours", "theirs"].enumerated() {
                try Self.git(["checkout", "-q", "-B", branch, "base"], in: repo)
                var side = Side()
                var used = Set<String>()
                for op in 0..<Int.random(in: 1...3, using: &random) {
                    let tag = "g\(group)p\(pair)\(branch.prefix(1))\(op)"
                    let date = "2026-11-" + String(Int.random(in: 2...20, using: &random)).leftPadded(2)
                    switch Int.random(in: 0..<20, using: &random) {
                    case 0..<4:
                        let r = try Self.salesctl(
                            ["report", "add", "--deal", "acme", "--kind", "phone", "--date", date, "-m", tag], in: repo)
                        side.reports.append(r.stdout.trimmingCharacters(in: .newlines))
                    case 4..<8:
                        guard let step = steps.filter({ !used.contains($0) }).randomElement(using: &random) else {
                            continue
                        }
                        used.insert(step)
                        try Self.salesctl(["deal", "step", "acme", step, "--date", date, "--note", tag], in: repo)
                        side.steps[step] = (date, tag)
                    case 8..<11:
                        let value = ["yes", "no", "unknown"].randomElement(using: &random)!
                        try Self.salesctl(
                            [
                                "quality", "set", "acme", indicators.randomElement(using: &random)!, value,
                                "--date", date, "--note", tag
                            ], in: repo)
                    case 11..<13:
                        try Self.salesctl(["person", "add", "acme", "客 \(tag)", "--title", "課長"], in: repo)
                    case 13..<16:
                        let (field, values) = [
                            ("stance", ["supporter", "cooperative", "neutral", "opposed"]),
                            ("title", ["部長", "本部長", "課長"]),
                            ("authority", ["strong", "weak"]), ("information", ["sufficient", "insufficient"])
                        ]
                        .randomElement(using: &random)!
                        let current = side.person[field] ?? Self.base.person[field]
                        let value = values.filter { $0 != current }.randomElement(using: &random)!
                        try Self.salesctl(["person", "set", "acme", Self.yamada, "--\(field)", value], in: repo)
                        side.person[field] = value
                    case 16..<18:
                        let current = side.stage ?? Self.base.stage
                        let stage = stages.filter { $0 != current }.randomElement(using: &random)!
                        try Self.salesctl(
                            ["deal", "advance", "acme", "--to", stage, "--force", "--reason", tag], in: repo)
                        side.stage = stage
                    default:  // a hand edit of a field, no history event
                        let amount = Int.random(in: 1...99, using: &random) * 100_000
                        let path = repo + "/deals/acme.yaml"
                        let text = try Harness.read(path)
                        try text.replacingOccurrences(
                            of: "amount: \(side.amount ?? Self.base.amount)\n", with: "amount: \(amount)\n"
                        )
                        .write(toFile: path, atomically: false, encoding: .utf8)
                        side.amount = amount
                    }
                }
                if pair == 0 {  // every repository has at least one conflicted pair
                    let stance = ["neutral", "opposed"][n]
                    if side.person["stance"] != stance {
                        try Self.salesctl(["person", "set", "acme", Self.yamada, "--stance", stance], in: repo)
                    }
                    side.person["stance"] = stance
                }
                try Self.git(["add", "-A"], in: repo)
                try Self.git(["commit", "-qm", "side \(n)"], in: repo)
                sides.append(side)
            }
            let events = try ["ours", "theirs"].map {
                try #require(
                    DealMerge.historyEvents(Array(Self.git(["show", "\($0):deals/acme.yaml"], in: repo).stdout.utf8)))
            }
            let baseEvents = try #require(
                DealMerge.historyEvents(Array(Self.git(["show", "base:deals/acme.yaml"], in: repo).stdout.utf8)))
            try Self.git(["checkout", "-q", "ours"], in: repo)
            let merge = try Self.git(["merge", "--no-edit", "theirs"], in: repo)
            let expected = Self.expectedConflicts(sides[0], sides[1])
            let context = "group \(group) pair \(pair): \(merge.stdout)\(merge.stderr)"
            #expect(!merge.stderr.contains("merging line by line"), "\(context)")
            #expect(Self.reportedConflicts(merge.stderr) == expected, "\(context)")
            #expect((merge.status == 0) == expected.isEmpty, "\(context)")
            let merged = try Harness.read(repo + "/deals/acme.yaml")
            for keep in expected.isEmpty ? [0] : [0, 1] {
                let text = Self.resolve(merged, keep: keep)
                try text.write(toFile: repo + "/deals/acme.yaml", atomically: false, encoding: .utf8)
                #expect(
                    StoreCheck.run(store, today: CalendarDate(Self.today)!) == [], "\(context) keep \(keep)\n\(text)")
                let kept = try #require(DealMerge.historyEvents(Array(text.utf8)), "\(context)")
                let lost = (events[0] + events[1]).filter { !kept.contains($0) }
                #expect(lost.isEmpty, "\(context) lost \(lost)")
                // When both sides added events, the new ones are appended in date order (one
                // side's history alone is kept as that side wrote it).
                guard events.allSatisfy({ $0.count > baseEvents.count }) else { continue }
                let dates = kept.dropFirst(baseEvents.count).map {
                    $0.split(separator: "\n")[0].split(separator: " ").last.map(String.init) ?? ""
                }
                #expect(dates == dates.sorted(), "\(context) \(dates)")
            }
            for report in sides[0].reports + sides[1].reports {
                #expect(FileManager.default.fileExists(atPath: repo + "/" + report), "\(context) \(report)")
            }
            if !expected.isEmpty { conflicted += 1 }
            try Self.git(expected.isEmpty ? ["reset", "-q", "--hard"] : ["merge", "--abort"], in: repo)
        }
        // The seed gives both kinds of pairs in every repository.
        #expect(conflicted > 0 && conflicted < Self.pairsPerGroup)
    }

    /// The fields both sides set to two different values, named as the driver names them.
    static func expectedConflicts(_ a: Side, _ b: Side) -> [String] {
        var fields: [String] = []
        // A value set back to the base's is no change: the line is the base's again.
        func twoValues<T: Equatable>(_ x: T?, _ y: T?, base: T?) -> Bool {
            guard let x, let y else { return false }
            return x != y && x != base && y != base
        }
        if twoValues(a.stage, b.stage, base: base.stage) { fields.append("stage") }
        if twoValues(a.amount, b.amount, base: base.amount) { fields.append("amount") }
        for field in ["title", "stance", "authority", "information"]
        where twoValues(a.person[field], b.person[field], base: base.person[field]) {
            fields.append("key_persons[\(yamada)].\(field)")
        }
        for (step, x) in a.steps.sorted(by: { $0.key < $1.key }) {
            guard let y = b.steps[step] else { continue }
            if x.date != y.date { fields.append("checklist.\(step).done") }
            if x.note != y.note { fields.append("checklist.\(step).note") }
        }
        return fields.sorted()
    }

    /// The fields in the driver's "both sides changed 'a', 'b'; ..." message.
    static func reportedConflicts(_ stderr: String) -> [String] {
        guard let start = stderr.range(of: "both sides changed "),
            let end = stderr[start.upperBound...].range(of: "; conflict markers")
        else { return [] }
        return stderr[start.upperBound..<end.lowerBound].components(separatedBy: ", ").map {
            String($0.dropFirst().dropLast())
        }.sorted()
    }

    /// Keeps side `keep` (0 ours, 1 theirs) of every conflict, as a user would by hand.
    static func resolve(_ text: String, keep: Int) -> String {
        var out: [Substring] = []
        var side: Int?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("<<<<<<< ") {
                side = 0
                continue
            }
            if line == "=======" && side != nil {
                side = 1
                continue
            }
            if line.hasPrefix(">>>>>>> ") {
                side = nil
                continue
            }
            if side == nil || side == keep { out.append(line) }
        }
        return out.joined(separator: "\n")
    }

    /// A store with deal `acme` (a checked step, two key persons) committed on branch `base`,
    /// in a git repository whose clone config names the driver.
    static func setUp() throws -> String {
        let repo = try Harness.temporaryDirectory() + "/store"
        // English: the driver speaks the store's language, and reportedConflicts reads its English.
        #expect(try Harness.run(["init", repo, "--language", "en"]).status == 0)
        try salesctl(
            [
                "deal", "new", "acme", "--title", "基幹システム刷新", "--customer", "株式会社アクメ", "--date", "2026-11-01",
                "--stage", base.stage, "--amount", String(base.amount), "--key-person", "\(yamada),部長,情報システム部,D,○"
            ], in: repo)
        try salesctl(["person", "add", "acme", "伊藤 花子", "--title", "課長", "--date", "2026-11-01"], in: repo)
        try salesctl(["deal", "step", "acme", "plan", "--date", "2026-11-01", "--note", "刷新計画"], in: repo)
        try git(["init", "-q", "-b", "base"], in: repo)
        try git(["config", "merge.salesctl.driver", "\(Harness.binary) merge-driver %O %A %B %P"], in: repo)
        try git(["add", "-A"], in: repo)
        try git(["commit", "-qm", "base"], in: repo)
        return repo
    }

    @discardableResult
    static func salesctl(_ arguments: [String], in dir: String) throws -> Harness.Result {
        let result = try Harness.run(arguments, in: dir, environment: ["SALESCTL_TODAY": today])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result
    }

    @discardableResult
    static func git(_ arguments: [String], in directory: String) throws -> Harness.Result {
        try Harness.git(arguments, in: directory)
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
