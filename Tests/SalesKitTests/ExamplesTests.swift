import Foundation
import Testing

@testable import SalesKit

/// The example stores under `examples/`: `basic` (the README tour, today is 2026-11-20) must read
/// cleanly and be internally consistent; `broken` must fail to load where a file is broken on purpose.
@Suite struct ExamplesTests {
    /// The package root: the nearest folder upward from this file holding `Package.swift`.
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { break }
            url = parent
        }
        return url.path
    }()

    static let today = CalendarDate("2026-11-20")!

    static func basic() throws -> (store: Store, deals: [Deal], reports: [Report]) {
        let store = try Store.open(root: packageRoot + "/examples/basic")
        let (deals, dealFindings) = store.loadDeals()
        let (reports, reportFindings) = store.loadReports()
        #expect(dealFindings.isEmpty, "\(dealFindings.map(\.description))")
        #expect(reportFindings.isEmpty, "\(reportFindings.map(\.description))")
        return (store, deals, reports)
    }

    // MARK: examples/basic

    @Test func basicReadsCleanly() throws {
        let (store, deals, reports) = try Self.basic()
        #expect(deals.count >= 6)
        #expect(reports.count >= 40)
        let settings = try String(contentsOfFile: store.root + "/salesctl.yaml", encoding: .utf8)
        // What 'init' writes, plus the team's targets.
        #expect(settings.hasPrefix(Config.defaultYAML))
        #expect(settings.dropFirst(Config.defaultYAML.count).hasPrefix("\n# Sales targets"))
        #expect(store.config.targets.count == 4)
    }

    @Test func basicReportsAgreeWithConfigAndNames() throws {
        let (store, deals, reports) = try Self.basic()
        let config = store.config
        let byID = Dictionary(uniqueKeysWithValues: deals.map { ($0.id, $0) })
        var suffixes = Set<String>()
        for report in reports {
            let place = Comment(rawValue: report.path)
            let deal = byID[report.deal]
            #expect(deal != nil, place)
            #expect(config.kinds.contains { $0.id == report.kind }, place)
            for signal in report.signals {
                #expect(config.signals.contains { $0.id == signal }, place)
            }
            #expect(report.date <= Self.today, place)
            #expect(report.date >= deal?.created ?? report.date, place)
            let fileName = String(report.path.split(separator: "/").last!)
            let name = try #require(ReportName(fileName: fileName), place)
            #expect(name.date == report.date, place)
            #expect(name.deal == report.deal, place)
            #expect(name.relativePath == report.path, place)
            #expect(name.suffix.count == 6 && name.suffix.allSatisfy { "0123456789abcdef".contains($0) }, place)
            #expect(suffixes.insert(name.suffix).inserted, place)
            #expect(!report.body.isEmpty, place)
            // Attendees who are key persons of the deal carry the same title and department.
            for attendee in report.attendees {
                if let person = deal?.keyPersons.first(where: { $0.name == attendee.name }) {
                    #expect(attendee.title == person.title && attendee.department == person.department, place)
                }
            }
        }
    }

    @Test func basicDealsAgreeWithConfig() throws {
        let (store, deals, reports) = try Self.basic()
        let config = store.config
        let stems = Set(reports.map { String($0.path.split(separator: "/").last!.dropLast(3)) })
        let reportsByStem = Dictionary(
            uniqueKeysWithValues: reports.map {
                (String($0.path.split(separator: "/").last!.dropLast(3)), $0)
            })
        let allSteps = Set(config.stages.flatMap { $0.steps.map(\.id) })
        for deal in deals {
            let place = Comment(rawValue: deal.id)
            #expect(config.stageIndex(deal.stage) != nil, place)
            #expect(Set(deal.keyPersons.map(\.name)).count == deal.keyPersons.count, place)
            for person in deal.keyPersons {
                if let boss = person.reportsTo {
                    #expect(deal.keyPersons.contains { $0.name == boss }, place)
                }
            }
            // Checked steps belong to the deal's stage or an earlier one.
            let reached = config.stageIndex(deal.stage) ?? 0
            for step in deal.checklist {
                let index = config.stages.firstIndex { $0.steps.contains { $0.id == step.step } }
                #expect(index != nil && index! <= reached, "\(deal.id): \(step.step)")
            }
            #expect(deal.history.first?.kind == "created", place)
            #expect(deal.history.first?.date == deal.created, place)
            #expect(zip(deal.history, deal.history.dropFirst()).allSatisfy { $0.date <= $1.date }, place)
            var stage = deal.history.first?["stage"] ?? ""
            var status = "open"
            for event in deal.history {
                #expect(event.date <= Self.today, place)
                #expect(event.by.map { deal.team.contains($0) || $0 == "佐藤 健" } ?? false, place)
                switch event.kind {
                case "created":
                    #expect(config.stageIndex(event["stage"] ?? "") != nil, place)
                case "stage":
                    #expect(event["from"] == stage, place)
                    stage = event["to"] ?? ""
                    #expect(config.stageIndex(stage) != nil, place)
                    if event["forced"] == "true" {
                        #expect(event["reason"] != nil, place)
                    }
                case "status":
                    #expect(event["from"] == status, place)
                    status = event["to"] ?? ""
                    #expect(event["stage"] == stage, place)
                    if status != "open" && status != "won" {
                        #expect(config.lostReasons.contains { $0.id == event["reason"] }, place)
                    }
                case "step":
                    #expect(allSteps.contains(event["step"] ?? ""), place)
                case "quality":
                    #expect(config.indicators.contains { $0.id == event["indicator"] }, place)
                    #expect(QualityAnswer(rawValue: event["value"] ?? "") != nil, place)
                case "homework-done":
                    let ref = (event["ref"] ?? "").split(separator: "#")
                    #expect(ref.count == 2, place)
                    if ref.count == 2, let n = Int(ref[1]) {
                        #expect(stems.contains(String(ref[0])), place)
                        #expect(reportsByStem[String(ref[0])]?.deal == deal.id, place)
                        #expect(n >= 1 && n <= reportsByStem[String(ref[0])]?.homework.count ?? 0, place)
                    }
                case "changed":
                    let known = [
                        "title", "customer", "owner", "amount", "currency", "expected_close", "source",
                        "members_added", "members_removed", "note"
                    ]
                    #expect(
                        event.fields.allSatisfy { known.contains($0.0) || known.contains(String($0.0.dropLast(4))) },
                        place)
                case "next":
                    #expect(["set", "done"].contains(event["action"] ?? ""), place)
                    #expect(event["text"] != nil, place)
                    if event["action"] == "set" {
                        #expect(event["due"].flatMap { CalendarDate($0) } != nil, place)
                        #expect(event["for"].map { deal.team.contains($0) } ?? true, place)
                    }
                default:
                    Issue.record("\(deal.id): unknown event kind \(event.kind)")
                }
            }
            #expect(stage == deal.stage, place)
            #expect(status == deal.status.rawValue, place)
        }
    }

    /// The scenario the README tour and the other tests rely on, as of 2026-11-20.
    @Test func basicScenario() throws {
        let (store, deals, reports) = try Self.basic()
        let config = store.config
        let open = deals.filter { $0.status == .open }
        #expect(open.count >= 5)
        #expect(Set(open.map(\.stage)) == Set(config.stages.map(\.id)))
        #expect(Set(deals.map(\.status)).isSuperset(of: [.open, .won, .lost, .onHold]))
        #expect(deals.contains { $0.currency == "USD" })

        var lastContact: [String: CalendarDate] = [:]
        for report in reports { lastContact[report.deal] = max(lastContact[report.deal] ?? report.date, report.date) }
        let days = { (id: String) in lastContact[id].map { Self.today.days(since: $0) } }
        // Stale under the team default (30 days) and under their stage's own threshold.
        #expect(days("nishinihon-cloud") == 42)
        #expect(days("pacific-scm") == 66)
        #expect(config.staleDays(forStage: "maintenance") == 60)
        // No reports at all, no key persons.
        #expect(days("hokuriku-ec") == nil)
        #expect(deals.first { $0.id == "hokuriku-ec" }?.keyPersons.isEmpty == true)
        // In decision: stale under its 14 days only.
        #expect(days("tokai-erp") == 18)
        #expect(days("kansai-logi") == 1)

        let tokai = try #require(deals.first { $0.id == "tokai-erp" })
        #expect(Set(tokai.keyPersons.compactMap(\.stance)) == Set(KeyPerson.Stance.allCases))
        #expect(tokai.keyPersons.contains { $0.role == .A && $0.stance == .opposed })
        let champion = tokai.history.filter { $0.kind == "quality" && $0["indicator"] == "champion" }
        #expect(champion.map { $0["value"] } == ["yes", "no"])
        #expect(champion.last?.date == CalendarDate("2026-11-10"))

        let kansai = try #require(deals.first { $0.id == "kansai-logi" })
        #expect(
            kansai.history.contains {
                $0.kind == "stage" && $0["forced"] == "true" && $0["missing"] == "schedule, competitors"
            })
        #expect(!kansai.isChecked("schedule") && !kansai.isChecked("competitors"))

        let lost = try #require(deals.first { $0.status == .lost })
        #expect(lost.history.last?["reason"] == "competitor" && lost.history.last?["stage"] == "decision")
    }

    // MARK: examples/broken

    @Test func brokenDealsFailToLoad() throws {
        let store = try Store.open(root: Self.packageRoot + "/examples/broken")
        let (deals, findings) = store.loadDeals()
        let expected: [String: String] = [
            "yaml-syntax": "yaml-syntax",
            "alias": "yaml-anchor",
            "tag": "yaml-tag",
            "duplicate-key": "yaml-duplicate-key",
            "bad-utf8": "invalid-utf8",
            "missing-title": "missing-field",
            "bad-amount": "type",
            "bad-date": "bad-date",
            "bad-status": "bad-value",
            "Bad_ID": "bad-id"
        ]
        for (id, code) in expected.sorted(by: { $0.key < $1.key }) {
            let path = "deals/\(id).yaml"
            #expect(findings.filter { $0.path == path }.map(\.code) == [code], Comment(rawValue: path))
        }
        #expect(deals.contains { $0.id == "ok-deal" })
    }

    @Test func brokenReportsFailToLoad() throws {
        let store = try Store.open(root: Self.packageRoot + "/examples/broken")
        let (_, findings) = store.loadReports()
        let expected: [String: String] = [
            "reports/2026/11/2026-11-15-ok-deal-f6f6f6.md": "no-front-matter",
            "reports/2026/11/2026-11-16-ok-deal-a7a7a7.md": "yaml-syntax",
            "reports/2026/11/2026-11-17-ok-deal-b8b8b8.md": "bad-date"
        ]
        for (path, code) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(findings.filter { $0.path == path }.map(\.code) == [code], Comment(rawValue: path))
        }
    }
}
