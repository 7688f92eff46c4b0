/// `salesctl check`: validates the whole store and returns every finding, in a stable order
/// (by path, then line). Each rule is a small function so adding one stays easy.
public enum StoreCheck {
    public static func run(_ store: Store, today: CalendarDate) -> [Finding] {
        var findings = configFindings(store.config)
        let loaded = store.loadDeals()
        findings += loaded.findings
        // A deal whose file exists but does not read (conflict markers, a syntax error) has its
        // own finding; its reports are not "of a deal that does not exist" on top of it.
        let ids = Set(loaded.deals.map(\.id)).union(SkippedDeals.paths(loaded.findings).map(Store.dealID(ofPath:)))
        for deal in loaded.deals {
            findings += dealFindings(deal, config: store.config)
        }
        // Only the reports that some deal's history names (homework-done REPORT#N) need their
        // homework counted: not a 200k-entry dictionary of every report.
        var referenced = Set<Substring>()
        for deal in loaded.deals {
            for event in deal.history where event.kind == "homework-done" {
                if let ref = event["ref"], let (stem, _) = try? Homework.parseRef(ref) {
                    referenced.insert(Substring(stem))
                }
            }
        }
        var homeworkCounts: [String: Int] = [:]
        var reportStems = Set<String>()
        // Every report once, streamed in batches from the cache (or parsed when it changed),
        // without bodies and marks; a report with findings is read again for the marks
        // (line:col), so a clean store never builds 200k mark dictionaries.
        store.reportResults(detail: .summary, wanted: { _ in true }) { path, result in
            let fileName = Store.fileName(of: path)
            let stem = fileName[..<fileName.utf8.index(fileName.endIndex, offsetBy: -3)]  // names end in ".md"
            let isReferenced = referenced.contains(stem)
            if isReferenced { reportStems.insert(String(stem)) }
            guard let name = ReportName(fileName: fileName) else {
                findings.append(
                    Finding(
                        path: path, code: "bad-name",
                        message: Message.chkBadName.text()))
                return
            }
            switch result {
            case .success(let report):
                if isReferenced { homeworkCounts[String(stem)] = report.homework.count }
                var found = reportFindings(report, name: name, knownDeals: ids, config: store.config, today: today)
                if !found.isEmpty, let full = try? store.loadReport(path) {
                    found = reportFindings(full, name: name, knownDeals: ids, config: store.config, today: today)
                }
                findings += found
            case .failure(let finding):
                findings.append(finding)
            }
        }
        // Computed once: per deal it made check quadratic (10k deals x 200k reports).
        let unreadable = reportStems.subtracting(homeworkCounts.keys)
        let horizon = PartialCheckout.horizon(root: store.root)
        for deal in loaded.deals {
            findings += homeworkFindings(deal, homeworkCounts: homeworkCounts, unreadable: unreadable, horizon: horizon)
        }
        return findings.sorted {
            ($0.path, $0.line ?? 0, $0.column ?? 0, $0.code) < ($1.path, $1.line ?? 0, $1.column ?? 0, $1.code)
        }
    }

    static func configFindings(_ config: Config) -> [Finding] {
        var findings: [Finding] = []
        func duplicates(_ ids: [String], _ what: ConfigList?, stage: String? = nil) {
            var seen = Set<String>()
            for id in ids where !seen.insert(id).inserted {
                let message =
                    stage.map { Message.chkStepTwice.text(quoted($0), quoted(id)) }
                    ?? Message.chkDefinedTwice.text(what?.word ?? "", quoted(id))
                findings.append(Finding(path: Config.fileName, code: "duplicate-id", message: message))
            }
        }
        duplicates(config.stages.map(\.id), .stage)
        duplicates(config.kinds.map(\.id), .kind)
        duplicates(config.signals.map(\.id), .signal)
        duplicates(config.lostReasons.map(\.id), .reason)
        duplicates(config.indicators.map(\.id), .indicator)
        for stage in config.stages { duplicates(stage.steps.map(\.id), nil, stage: stage.id) }
        return findings
    }

    public static func dealFindings(_ deal: Deal, config: Config) -> [Finding] {
        let path = Store.dealFile(deal.id)
        var findings: [Finding] = []
        func add(_ mark: Mark?, _ code: String, _ message: String) {
            findings.append(Finding(path: path, mark: mark, code: code, message: message))
        }
        func stageIDs() -> String { config.stages.map(\.id).joined(separator: ", ") }  // only for messages
        if let declared = deal.declaredID, declared != deal.id {
            add(deal.marks["id"], "id-mismatch", Message.chkIDMismatch.text(quoted(declared), quoted(deal.id)))
        }
        if config.stageIndex(deal.stage) == nil {
            add(deal.marks["stage"], "unknown-stage", Message.chkUnknownStage.text(quoted(deal.stage), stageIDs()))
        }
        let allSteps = Set(config.stages.flatMap { $0.steps.map(\.id) })
        for step in deal.checklist where !allSteps.contains(step.step) {
            add(step.mark, "unknown-step", Message.chkUnknownChecked.text(quoted(step.step)))
        }
        var names = Set<String>()
        for (i, person) in deal.keyPersons.enumerated() where !names.insert(KeyPerson.nameKey(person.name)).inserted {
            add(deal.keyPersonMarks[safe: i], "duplicate-person", Message.chkPersonTwice.text(quoted(person.name)))
        }
        for event in deal.history {
            switch event.kind {
            case "stage":
                for key in ["from", "to"] {
                    if let stage = event[key], config.stageIndex(stage) == nil {
                        add(
                            event.mark, "unknown-stage",
                            Message.chkHistory.text(Message.chkUnknownStage.text(quoted(stage), stageIDs())))
                    }
                }
                for step in (event["missing"] ?? "").split(separator: ",").map({ $0.trimmingSpaces })
                where !step.isEmpty && !allSteps.contains(step) {
                    add(
                        event.mark, "unknown-step",
                        Message.chkHistory.text(Message.chkUnknownMissing.text(quoted(step))))
                }
            case "status":
                if let stage = event["stage"], config.stageIndex(stage) == nil {
                    add(
                        event.mark, "unknown-stage",
                        Message.chkHistory.text(Message.chkUnknownStage.text(quoted(stage), stageIDs())))
                }
                for key in ["from", "to"] {
                    if let status = event[key], Deal.Status(rawValue: status) == nil {
                        add(event.mark, "bad-value", Message.chkHistory.text(Message.chkBadStatus.text(quoted(status))))
                    }
                }
                if let reason = event["reason"], config.lostReason(named: reason) == nil {
                    let valid = config.lostReasons.map(\.id).joined(separator: ", ")
                    add(
                        event.mark, "unknown-reason",
                        Message.chkHistory.text(Message.chkUnknownReason.text(quoted(reason), valid)))
                }
            case "step":
                if let step = event["step"], !allSteps.contains(step) {
                    add(event.mark, "unknown-step", Message.chkHistory.text(Message.chkUnknownStep.text(quoted(step))))
                }
            case "quality":
                if let indicator = event["indicator"], config.indicator(named: indicator) == nil {
                    let valid = config.indicators.map(\.id).joined(separator: ", ")
                    add(
                        event.mark, "unknown-indicator",
                        Message.chkHistory.text(Message.chkUnknownIndicator.text(quoted(indicator), valid)))
                }
                if let value = event["value"], QualityAnswer(rawValue: value) == nil {
                    add(event.mark, "bad-value", Message.chkHistory.text(Message.chkBadQuality.text(quoted(value))))
                }
            default:
                break
            }
        }
        return findings
    }

    /// `homework-done` events must point at an item of an existing report (`<stem>#<n>`).
    /// Reports that do not read are reported on their own and not repeated here.
    /// A report dated before `horizon` is not checked out (`PartialCheckout`): not missing.
    static func homeworkFindings(
        _ deal: Deal, homeworkCounts: [String: Int], unreadable: Set<String>,
        horizon: CalendarDate? = nil
    ) -> [Finding] {
        let path = Store.dealFile(deal.id)
        var findings: [Finding] = []
        for event in deal.history where event.kind == "homework-done" {
            guard let ref = event["ref"] else {
                findings.append(
                    Finding(
                        path: path, mark: event.mark, code: "missing-field",
                        message: Message.chkHistory.text(Message.chkNoRef.text())))
                continue
            }
            guard let (stem, number) = try? Homework.parseRef(ref), !stem.contains("/") else {
                findings.append(
                    Finding(
                        path: path, mark: event.mark, code: "unknown-homework",
                        message: Message.chkHistory.text(Message.chkBadRef.text(quoted(ref)))))
                continue
            }
            if unreadable.contains(stem) { continue }
            if let horizon, let date = CalendarDate(stem.prefix(10)), date < horizon { continue }
            guard let count = homeworkCounts[stem] else {
                findings.append(
                    Finding(
                        path: path, mark: event.mark, code: "unknown-homework",
                        message: Message.chkHistory.text(Message.chkNoReport.text(quoted(ref)))))
                continue
            }
            if number > count {
                findings.append(
                    Finding(
                        path: path, mark: event.mark, code: "unknown-homework",
                        message: Message.chkHistory.text(Message.chkNoItem.text(quoted(ref), String(count)))))
            }
        }
        return findings
    }

    public static func reportFindings(
        _ report: Report, name: ReportName, knownDeals: Set<String>,
        config: Config, today: CalendarDate
    ) -> [Finding] {
        var findings: [Finding] = []
        func add(_ key: String, _ code: String, _ message: String) {
            findings.append(Finding(path: report.path, mark: report.marks[key], code: code, message: message))
        }
        if !knownDeals.contains(report.deal) {
            add("deal", "unknown-deal", Message.chkUnknownDeal.text(quoted(report.deal)))
        }
        if config.kind(named: report.kind) == nil {
            let valid = config.kinds.map(\.id).joined(separator: ", ")
            add("kind", "unknown-kind", Message.chkUnknownKind.text(quoted(report.kind), valid))
        }
        for (i, signal) in report.signals.enumerated() where config.signal(named: signal) == nil {
            let valid = config.signals.map(\.id).joined(separator: ", ")
            findings.append(
                Finding(
                    path: report.path, mark: report.marks["signals.\(i)"] ?? report.marks["signals"],
                    code: "unknown-signal",
                    message: Message.chkUnknownSignal.text(quoted(signal), valid)))
        }
        if name.date != report.date {
            add("date", "name-mismatch", Message.chkDateMismatch.text(report.date.description, name.date.description))
        }
        if name.deal != report.deal {
            add("deal", "name-mismatch", Message.chkDealMismatch.text(quoted(report.deal), quoted(name.deal)))
        }
        if name.date == report.date && !ReportName.isInMonthDirectory(report.path, of: report.date) {
            let expectedPath = ReportName(date: report.date, deal: name.deal, suffix: name.suffix).relativePath
            findings.append(
                Finding(path: report.path, code: "name-mismatch", message: Message.chkBelongs.text(expectedPath)))
        }
        if report.date > today {
            add("date", "future-date", Message.chkFuture.text(report.date.description, today.description))
        }
        return findings
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
