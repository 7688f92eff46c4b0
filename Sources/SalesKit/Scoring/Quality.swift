/// Deal quality (商談クオリティ): yes/no indicators the manager keeps up to date, recorded as
/// `quality` history events. An indicator's current value is its latest judgement on or before
/// `today`. Pure: a function of the deal, the config and `today`.
public enum Quality {
    /// One `quality` event of the history.
    public struct Judgement: Sendable, Equatable {
        public var indicator: String
        public var value: QualityAnswer
        public var date: CalendarDate
        public var by: String?
        public var note: String?
    }

    /// Where an answer stands for the deal: good, bad, or not known.
    public enum Standing: Int, Sendable, Comparable {
        case bad = 0, unknown = 1, good = 2
        public static func < (a: Standing, b: Standing) -> Bool { a.rawValue < b.rawValue }
    }

    public struct IndicatorState: Sendable, Equatable {
        public var indicator: Config.Indicator
        /// Every judgement of this indicator, oldest first (file order within a day).
        public var history: [Judgement]
        public var current: Judgement? { history.last }

        public func standing(of value: QualityAnswer?) -> Standing {
            guard let value, value != .unknown else { return .unknown }
            return value == indicator.good ? .good : .bad
        }

        public var standing: Standing { standing(of: current?.value) }

        /// The value as of the end of `date` (nil: not answered by then).
        public func value(asOf date: CalendarDate) -> QualityAnswer? {
            history.last { $0.date <= date }?.value
        }
    }

    /// The judgements of a deal per configured indicator, in config order. Events after `today`
    /// and events for indicators not in the config (reported by `check`) are left out.
    public static func states(of deal: Deal, config: Config, today: CalendarDate) -> [IndicatorState] {
        var byID: [String: [Judgement]] = [:]
        for event in deal.history where event.kind == "quality" && event.date <= today {
            guard let name = event["indicator"], let indicator = config.indicator(named: name),
                let value = event["value"].flatMap(QualityAnswer.init(rawValue:))
            else { continue }
            byID[indicator.id, default: []].append(
                Judgement(indicator: indicator.id, value: value, date: event.date, by: event.by, note: event["note"]))
        }
        return config.indicators.map { indicator in
            IndicatorState(
                indicator: indicator,
                history: (byID[indicator.id] ?? []).enumerated()
                    .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element))
        }
    }

    /// The weighted share of good answers, 0–100: Σ weights of indicators whose current value is
    /// the good answer, × 100, ÷ Σ weights of all indicators, rounded half up. `unknown` and
    /// unanswered indicators count as not good. Nil when no indicator has a weight.
    public static func score(_ states: [IndicatorState]) -> Int? {
        let total = states.reduce(0) { $0 + max(0, $1.indicator.weight) }
        guard total > 0 else { return nil }
        let good = states.filter { $0.standing == .good }.reduce(0) { $0 + max(0, $1.indicator.weight) }
        return (good * 200 + total) / (total * 2)
    }

    public struct Overdue: Sendable, Equatable {
        public var indicator: String
        public var lastReviewed: CalendarDate
        public var days: Int
    }

    public struct Worsened: Sendable, Equatable {
        public var indicator: String
        public var from: QualityAnswer
        public var to: QualityAnswer
        public var date: CalendarDate
    }

    /// What `quality check` reports about one deal.
    public struct Assessment: Sendable, Equatable {
        public var deal: String
        public var score: Int?
        /// `--min`, when given and the score is below it.
        public var belowMin: Int?
        /// Indicator ids never judged, and those whose latest answer is `unknown`: the gaps the
        /// rep must find out, in indicator order.
        public var unanswered: [String]
        /// Those of `unanswered` that were answered `unknown`.
        public var unknown: [String] = []
        /// Judged, but the latest judgement is more than `reviewDays` old.
        public var overdue: [Overdue]
        /// Worse now than `reviewDays` ago, or than the first judgement since then (good → unknown
        /// or bad, unknown → bad). A first judgement alone is not a worsening.
        public var worsened: [Worsened]
        /// An open deal with no next action (`none`) or an overdue one; nil otherwise.
        public var nextAction: NextAction.Standing? = nil

        public var hasFindings: Bool {
            belowMin != nil || !unanswered.isEmpty || !overdue.isEmpty || !worsened.isEmpty || nextAction != nil
        }
    }

    public static let defaultReviewDays = 30

    /// `quality check`: the assessments of `deals` that have something to say, in their order.
    public static func findings(
        _ deals: [Deal], config: Config, today: CalendarDate, min: Int? = nil, reviewDays: Int = defaultReviewDays
    ) -> [Assessment] {
        deals.map { assess($0, config: config, today: today, min: min, reviewDays: reviewDays) }.filter(\.hasFindings)
    }

    public static func assess(
        _ deal: Deal, config: Config, today: CalendarDate, min: Int? = nil,
        reviewDays: Int = defaultReviewDays
    ) -> Assessment {
        let states = states(of: deal, config: config, today: today)
        let score = score(states)
        let start = today.adding(days: -reviewDays)
        var assessment = Assessment(
            deal: deal.id, score: score, belowMin: nil, unanswered: [], overdue: [], worsened: [])
        if let min, (score ?? 0) < min { assessment.belowMin = min }
        if deal.status == .open {
            let standing = NextAction.standing(of: deal, today: today)
            if standing != .open { assessment.nextAction = standing }
        }
        for state in states {
            guard let current = state.current else {
                assessment.unanswered.append(state.indicator.id)
                continue
            }
            if current.value == .unknown {
                assessment.unanswered.append(state.indicator.id)
                assessment.unknown.append(state.indicator.id)
            }
            let age = today.days(since: current.date)
            if age > reviewDays {
                assessment.overdue.append(Overdue(indicator: state.indicator.id, lastReviewed: current.date, days: age))
            }
            // The baseline: the value at the start of the window, else the first judgement inside it.
            if let before = state.value(asOf: start) ?? state.history.first(where: { $0.date > start })?.value,
                state.standing(of: current.value) < state.standing(of: before)
            {
                assessment.worsened.append(
                    Worsened(
                        indicator: state.indicator.id, from: before, to: current.value,
                        date: current.date))
            }
        }
        return assessment
    }
}

extension Quality.Assessment {
    public func json(deal: Deal) -> JSONValue {
        .object([
            ("deal", .string(self.deal)),
            ("title", .string(deal.title)),
            ("customer", .string(deal.customer)),
            ("owner", .optional(deal.owner)),
            ("stage", .string(deal.stage)),
            ("score", score.map { .int($0) } ?? .null),
            ("below_min", belowMin.map { .int($0) } ?? .null),
            ("unanswered", .array(unanswered.map { .string($0) })),
            ("unknown", .array(unknown.map { .string($0) })),
            (
                "overdue",
                .array(
                    overdue.map { o in
                        .object([
                            ("indicator", .string(o.indicator)), ("last_reviewed", .string(o.lastReviewed.description)),
                            ("days", .int(o.days))
                        ])
                    })
            ),
            (
                "worsened",
                .array(
                    worsened.map { w in
                        .object([
                            ("indicator", .string(w.indicator)), ("from", .string(w.from.rawValue)),
                            ("to", .string(w.to.rawValue)), ("date", .string(w.date.description))
                        ])
                    })
            ),
            ("next_action", .optional(nextAction?.rawValue))
        ])
    }
}

/// The `quality:` templates of `salesctl init --quality`.
public enum QualityTemplate: String, Sendable, CaseIterable {
    /// PROナビ's five: origin, empathy, no strong competitor, champion in place, executive engaged.
    case pronavi
    case meddpicc
    case bant

    /// The `quality:` section (with its comment) as written in `salesctl.yaml`.
    public var yaml: String {
        let name = self == .pronavi ? "" : self == .meddpicc ? ", after MEDDPICC" : ", after BANT"
        let head = """
            # Deal quality (商談クオリティ)\(name): yes/no indicators the manager keeps up to date.
            # good: the answer that is good for the deal. weight: its share of the score.

            """
        switch self {
        case .pronavi:
            return head
                + Self.section([
                    ("referral", "発生理由", "当社を評価するお客様からの紹介で発生したか", "yes"),
                    ("empathy", "共感", "お客様は当社の提案に共感しているか", "yes"),
                    ("competitor", "強力な競合", "強力な競合が存在するか", "no"),
                    ("champion", "推進者", "当社を推す推進者が今も在籍・在任しているか", "yes"),
                    ("executive", "役員関与", "お客様の役員が関与しているか", "yes")
                ])
        case .meddpicc:
            return head
                + Self.section([
                    ("metrics", "効果指標", "導入効果を数値で合意しているか (Metrics)", "yes"),
                    ("economic-buyer", "予算決裁者", "予算の決裁者に会えているか (Economic buyer)", "yes"),
                    ("decision-criteria", "選定基準", "お客様の選定基準を把握しているか (Decision criteria)", "yes"),
                    ("decision-process", "決裁プロセス", "決裁までの手順と日程を把握しているか (Decision process)", "yes"),
                    ("paper-process", "契約手続き", "稟議・契約・購買の手続きを把握しているか (Paper process)", "yes"),
                    ("pain", "課題", "お客様の痛みを特定し合意しているか (Identify pain)", "yes"),
                    ("champion", "推進者", "社内で当社を推す推進者がいるか (Champion)", "yes"),
                    ("competition", "強力な競合", "強力な競合が存在するか (Competition)", "no")
                ])
        case .bant:
            return head
                + Self.section([
                    ("budget", "予算", "予算が確保されているか (Budget)", "yes"),
                    ("authority", "決裁者", "決裁者に会えているか (Authority)", "yes"),
                    ("need", "必要性", "お客様に明確な必要性があるか (Need)", "yes"),
                    ("timeline", "導入時期", "導入時期が決まっているか (Timeline)", "yes")
                ])
        }
    }

    static func section(_ items: [(String, String, String, String)]) -> String {
        "quality:\n"
            + items.map { id, label, question, good in
                "  - id: \(id)\n    label: \(label)\n    question: \(question)\n    weight: 1\n    good: \(good)\n"
            }.joined()
    }

    /// `salesctl.yaml` text: the default settings with this template's `quality:` section.
    public var configText: String {
        let base = Config.defaultYAML
        guard let start = base.range(of: "# Deal quality (商談クオリティ)") else { return base + "\n" + yaml + "\n" }
        return String(base[..<start.lowerBound]) + yaml
    }
}
