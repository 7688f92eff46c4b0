/// The sales process on one deal file: checked steps, stage moves through the gate, status
/// changes. Each function takes the file as read and returns its edited bytes and the history
/// event it appended; only the lines that must change change. `Store.change(_:_:)` holds the
/// lock and saves.
public enum DealProcess {
    public struct Change: Sendable {
        public var bytes: [UInt8]
        public var event: Deal.Event
    }

    // MARK: steps

    /// A step typed by id or label: the deal's stage first, then the stages before it, then after.
    public static func findStep(_ name: String, stage: String, config: Config) -> Config.Step? {
        let current = config.stageIndex(stage) ?? 0
        let order = config.stages.indices.sorted { a, b in
            (a == current ? 0 : a < current ? 1 : 2, a) < (b == current ? 0 : b < current ? 1 : 2, b)
        }
        let steps = order.flatMap { config.stages[$0].steps }
        if let exact = steps.first(where: { $0.id == name }) ?? steps.first(where: { $0.label == name }) {
            return exact
        }
        let code = CodeInput.normalize(name)
        return steps.first { $0.id == code } ?? steps.first { CodeInput.normalize($0.label) == code }
    }

    /// `deal step`: checks a step (writes `checklist: <step>: {done, note}`) or, with `undo`,
    /// unchecks it (removes the entry); both append a `step` event.
    public static func step(
        _ doc: Store.DealDocument, name: String, undo: Bool, note: String?,
        date: CalendarDate, by: String?, config: Config, today: CalendarDate? = nil
    ) throws -> Change {
        let deal = doc.deal
        guard let step = findStep(name, stage: deal.stage, config: config) else {
            let stage = config.stage(named: deal.stage)
            let all = config.stages.flatMap(\.steps)
            throw SalesError.unknownEntry(
                UnknownEntry(
                    .step, typed: name, candidates: all, valid: stage?.steps ?? all,
                    scope: stage.map { ConfigEntry(id: $0.id, label: $0.label) }))
        }
        let note = note.flatMap { $0.trimmingSpaces.isEmpty ? nil : $0 }
        let existing = deal.checklist.first { $0.step == step.id }
        var editor = doc.editor()
        let checklistEntry = doc.root.entry("checklist")
        let block = checklistEntry?.value.mapping.flatMap { !$0.isFlow && !$0.entries.isEmpty ? $0 : nil }
        if undo {
            guard existing != nil else {
                throw SalesError.refused(ErrorText(.errStepNotChecked, quoted(step.id), quoted(deal.id)))
            }
            if let block {
                editor.remove(step.id, from: block)
            } else {
                editor.set("checklist", to: checklistValue(deal.checklist.filter { $0.step != step.id }))
            }
        } else {
            if let existing {
                throw SalesError.refused(
                    ErrorText(
                        .errStepChecked, quoted(step.id), quoted(deal.id), existing.done, deal.id, step.id,
                        ErrorText.field("undo"), ErrorText.field("note")))
            }
            let entry = Deal.CheckedStep(step: step.id, done: date, note: note)
            if let block {
                editor.insertEntries([(step.id, stepValue(entry))], into: block)
            } else if checklistEntry != nil {
                // `checklist:` empty, `{}` or a flow mapping: write it as a block.
                editor.set("checklist", to: checklistValue(deal.checklist + [entry]))
            } else {
                editor.insertEntries([("checklist", checklistValue([entry]))], before: "history")
            }
        }
        var fields = [("step", step.id)]
        if undo { fields.append(("undo", "true")) }
        if let note { fields.append(("note", note)) }
        let event = Deal.Event(date: date, by: by, kind: "step", fields: fields).logged(on: today)
        editor.append(event.yamlValue, toListAt: "history")
        return Change(bytes: editor.apply(), event: event)
    }

    static func stepValue(_ step: Deal.CheckedStep) -> YAMLValue {
        var fields: [(String, YAMLValue)] = [("done", .date(step.done))]
        if let note = step.note { fields.append(("note", .text(note))) }
        return .map(fields)
    }

    static func checklistValue(_ steps: [Deal.CheckedStep]) -> YAMLValue {
        .map(steps.map { ($0.step, stepValue($0)) })
    }

    // MARK: stages

    /// The steps that must be checked before a deal may enter the stage at `target`: every
    /// unchecked step of the stages before it (the stage being left, stages skipped, and steps an
    /// earlier forced move left open).
    public static func missingSteps(_ deal: Deal, before target: Int, config: Config) -> [Config.Step] {
        config.stages.prefix(target).flatMap(\.steps).filter { !deal.isChecked($0.id) }
    }

    /// `deal advance`: moves an open deal to the next stage or to `target`. Forward moves pass the
    /// gate (see `missingSteps`) unless `force` with a reason; backward moves are regressions.
    public static func advance(
        _ doc: Store.DealDocument, to target: String?, force: Bool, reason: String?,
        note: String?, date: CalendarDate, by: String?, config: Config,
        today: CalendarDate? = nil
    ) throws -> Change {
        let deal = doc.deal
        let reason = reason.flatMap { $0.trimmingSpaces.isEmpty ? nil : $0 }
        let note = note.flatMap { $0.trimmingSpaces.isEmpty ? nil : $0 }
        if force && reason == nil {
            throw SalesError.invalidArgument(
                ErrorText(.errForceNeedsReason, ErrorText.field("force"), ErrorText.field("reason")))
        }
        var targetStage: Config.Stage?
        if let target {
            targetStage = try config.requireStage(target)
        }
        switch deal.status {
        case .open: break
        case .won where config.wonAt != nil: break  // through the post-sale stages (checked below)
        case .onHold:
            throw SalesError.refused(ErrorText(.errOnHoldReopen, quoted(deal.id), deal.id))
        default:
            throw SalesError.refused(ErrorText(.errClosedCannotAdvance, quoted(deal.id), deal.status.message))
        }
        guard let current = config.stageIndex(deal.stage) else {
            throw SalesError.refused(
                ErrorText(.errStageNotInConfig, quoted(deal.id), quoted(deal.stage), stageList(config)))
        }
        let to: Int
        if let targetStage {
            to = config.stageIndex(targetStage.id)!
        } else {
            guard current + 1 < config.stages.count else {
                let last = config.stages[current]
                throw SalesError.refused(ErrorText(.errLastStage, quoted(deal.id), quoted(last.id), last.label))
            }
            to = current + 1
        }
        let destination = config.stages[to]
        try PostSale.checkMove(deal, from: current, to: to, config: config)
        if to == current {
            throw SalesError.refused(
                ErrorText(.errAlreadyInStage, quoted(deal.id), quoted(destination.id), destination.label))
        }
        var fields = [("from", deal.stage), ("to", destination.id)]
        if to > current {
            let missing = missingSteps(deal, before: to, config: config)
            if !missing.isEmpty {
                guard force else {
                    let list = missing.map { "\($0.id) (\($0.label))" }.joined(separator: ", ")
                    let fields = [ErrorText.field("note"), ErrorText.field("force"), ErrorText.field("reason")]
                    throw SalesError.refused(
                        missing.count == 1
                            ? ErrorText(
                                .errMissingStep, quoted(deal.id), quoted(destination.id), destination.label, list,
                                deal.id,
                                fields[0], fields[1], fields[2])
                            : ErrorText(
                                .errMissingSteps, quoted(deal.id), quoted(destination.id), destination.label,
                                missing.count, list, deal.id, fields[0], fields[1], fields[2]))
                }
                fields.append(("forced", "true"))
            }
            if let reason { fields.append(("reason", reason)) }
            if !missing.isEmpty { fields.append(("missing", missing.map(\.id).joined(separator: ", "))) }
        } else {
            if let reason { fields.append(("reason", reason)) }
            fields.append(("regression", "true"))
        }
        if let note { fields.append(("note", note)) }
        let event = Deal.Event(date: date, by: by, kind: "stage", fields: fields).logged(on: today)
        var editor = doc.editor()
        editor.set("stage", to: .raw(destination.id))
        editor.append(event.yamlValue, toListAt: "history")
        return Change(bytes: editor.apply(), event: event)
    }

    static func stageList(_ config: Config) -> String {
        config.stages.map { "\($0.id) (\($0.label))" }.joined(separator: ", ")
    }

    // MARK: status

    /// `deal win|lose|drop|hold|reopen`.
    public enum StatusAction: String, Sendable, CaseIterable {
        case win, lose, drop, hold, reopen

        public var target: Deal.Status {
            switch self {
            case .win: .won
            case .lose: .lost
            case .drop: .dropped
            case .hold: .onHold
            case .reopen: .open
            }
        }

        /// Losing, dropping and holding need a reason code of `lost_reasons`; winning and
        /// reopening take none (a note says why).
        public var takesReason: Bool { self == .lose || self == .drop || self == .hold }

        public var allowedFrom: Set<Deal.Status> {
            switch self {
            case .win, .lose, .drop: [.open, .onHold]
            case .hold: [.open]
            case .reopen: [.won, .lost, .dropped, .onHold]
            }
        }
    }

    /// Changes the status of a deal; the stage stays, and the event records it.
    public static func setStatus(
        _ doc: Store.DealDocument, action: StatusAction, reason: String?, note: String?,
        date: CalendarDate, by: String?, config: Config, today: CalendarDate? = nil
    ) throws -> Change {
        let deal = doc.deal
        let note = note.flatMap { $0.trimmingSpaces.isEmpty ? nil : $0 }
        let validReasons = config.lostReasons.map { "\($0.id) (\($0.label))" }.joined(separator: ", ")
        var code: String?
        if action.takesReason {
            guard let reason, !reason.trimmingSpaces.isEmpty else {
                throw SalesError.invalidArgument(
                    ErrorText(.errNeedsReasonCode, action.rawValue, ErrorText.field("reason"), validReasons))
            }
            code = try config.requireLostReason(reason).id
        } else if reason != nil {
            throw SalesError.invalidArgument(
                ErrorText(.errReasonNotHere, ErrorText.field("reason"), ErrorText.field("note")))
        }
        let to = action.target
        if deal.status == to {
            throw SalesError.refused(ErrorText(.errAlreadyStatus, quoted(deal.id), to.message))
        }
        guard action.allowedFrom.contains(deal.status) else {
            throw SalesError.refused(ErrorText(.errReopenFirst, quoted(deal.id), deal.status.message, deal.id))
        }
        var fields = [("from", deal.status.rawValue), ("to", to.rawValue), ("stage", deal.stage)]
        if let code { fields.append(("reason", code)) }
        // The win records what was won: the amount, for forecast and results.
        if action == .win, let amount = deal.amount { fields.append(("amount", String(amount))) }
        if let note { fields.append(("note", note)) }
        let event = Deal.Event(date: date, by: by, kind: "status", fields: fields).logged(on: today)
        var editor = doc.editor()
        if doc.root.entry("status") != nil {
            editor.set("status", to: .raw(to.rawValue))
        } else {
            editor.insertEntries([("status", .raw(to.rawValue))], after: "stage")
        }
        editor.append(event.yamlValue, toListAt: "history")
        return Change(bytes: editor.apply(), event: event)
    }
}
