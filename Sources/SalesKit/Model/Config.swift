/// The team's settings, read from `salesctl.yaml`.
public struct Config: Sendable {
    public struct Step: Sendable, Equatable {
        public var id: String
        public var label: String
    }

    public struct Stage: Sendable, Equatable, NamedByIDOrLabel {
        public var id: String
        public var label: String
        /// Win probability in percent, used by the forecast.
        public var probability: Int
        /// Days without contact after which an open deal in this stage is stale; nil: the default.
        public var staleDays: Int?
        public var steps: [Step]
    }

    /// A kind of customer contact and its energy points.
    public struct Kind: Sendable, Equatable, NamedByIDOrLabel {
        public var id: String
        public var label: String
        public var points: Int
    }

    /// Energy points for an attendee whose title contains one of the keywords.
    public struct TitleWeight: Sendable, Equatable {
        public var keywords: [String]
        public var points: Int
    }

    public struct Signal: Sendable, Equatable, NamedByIDOrLabel {
        public var id: String
        public var label: String
        public var points: Int
    }

    public struct Reason: Sendable, Equatable, NamedByIDOrLabel {
        public var id: String
        public var label: String
    }

    public struct Indicator: Sendable, Equatable, NamedByIDOrLabel {
        public var id: String
        public var label: String
        public var question: String
        public var weight: Int
        /// The answer that is good for the deal: `yes` for most, `no` for "a strong competitor is present".
        public var good: QualityAnswer
    }

    public var timezone: String
    public var currency: String
    public var staleDays: Int
    public var stages: [Stage]
    public var kinds: [Kind]
    public var titles: [TitleWeight]
    public var defaultTitlePoints: Int
    public var signals: [Signal]
    public var lostReasons: [Reason]
    public var indicators: [Indicator]
    /// Columns of an East Asian Ambiguous character (○△×▽, `…`, sparkline blocks) in the team's
    /// terminals: 1 or 2 (`ambiguous_width`); nil when not set. `SALESCTL_AMBIGUOUS_WIDTH` wins.
    public var ambiguousWidth: Int? = nil
    /// The language salesctl speaks to people (`language: ja|en`); nil: English, as before the key.
    public var language: Language? = nil
    /// `won_at`: the first post-sale stage (delivery). A deal is won on its way into it, and
    /// only won deals move through it and the stages after it. Nil: no post-sale stages.
    public var wonAt: String? = nil
    /// `targets`: what the team and each member should win per month, quarter or year.
    public var targets: [Target] = []

    /// True for stages from `won_at` on.
    public func isPostSale(_ stage: String) -> Bool {
        guard let wonAt, let start = stageIndex(wonAt), let index = stageIndex(stage) else { return false }
        return index >= start
    }

    /// A stage by id or by label (users type either).
    public func stage(named name: String) -> Stage? { stages.named(name) }

    /// The label people read for a stage id (発見 for discovery); an unknown id as it is.
    public func stageLabel(_ id: String) -> String { stage(named: id)?.label ?? id }

    public func stageIndex(_ id: String) -> Int? { stages.firstIndex { $0.id == id } }

    public func kind(named name: String) -> Kind? { kinds.named(name) }

    public func signal(named name: String) -> Signal? { signals.named(name) }

    public func lostReason(named name: String) -> Reason? { lostReasons.named(name) }

    public func indicator(named name: String) -> Indicator? { indicators.named(name) }

    /// Stale threshold for a stage: its own, else the team default.
    public func staleDays(forStage id: String) -> Int {
        stages.first { $0.id == id }?.staleDays ?? staleDays
    }
}

public enum QualityAnswer: String, Sendable, CaseIterable, Equatable {
    case yes, no, unknown
}

extension Config {
    public static let fileName = "salesctl.yaml"

    /// Reads `salesctl.yaml`. Sections left out take the defaults.
    public static func parse(_ bytes: [UInt8], path: String = Config.fileName) throws -> Config {
        try parse(bytes, path: path, base: .defaults)
    }

    static func parse(_ bytes: [UInt8], path: String = Config.fileName, base: Config) throws -> Config {
        let node = try bytes.withUnsafeBytes { try YAMLReader.parse($0, path: path) }
        var config = base
        guard let node else { return config }
        let r = NodeReader(path: path)
        let root = try r.mapping(node, what: "salesctl.yaml")
        if let v = try r.text(root, "timezone") { config.timezone = v }
        if let v = try r.text(root, "currency") { config.currency = v }
        if let v = try r.integer(root, "stale_days") { config.staleDays = v }
        if let v = try r.choice(root, "language", as: Language.self) { config.language = v }
        if let v = try r.integer(root, "ambiguous_width") {
            guard v == 1 || v == 2 else {
                throw r.fail(root["ambiguous_width"], "bad-value", "'ambiguous_width' is \(v); valid: 1, 2")
            }
            config.ambiguousWidth = v
        }
        if root["stages"] != nil {
            config.stages = try r.list(root, "stages").map { item in
                let m = try r.mapping(item, what: "a stage")
                let id = try r.requiredText(m, "id", in: "a stage")
                return Stage(
                    id: id, label: try r.text(m, "label") ?? id,
                    probability: try r.integer(m, "probability") ?? 0,
                    staleDays: try r.integer(m, "stale_days"),
                    steps: try r.list(m, "steps").map { step in
                        let s = try r.mapping(step, what: "a checklist step")
                        let id = try r.requiredText(s, "id", in: "a checklist step")
                        return Step(id: id, label: try r.text(s, "label") ?? id)
                    })
            }
            if config.stages.isEmpty {
                throw r.fail(root["stages"], "missing-field", "'stages' needs at least one stage")
            }
        }
        if root["kinds"] != nil {
            config.kinds = try r.list(root, "kinds").map { item in
                let m = try r.mapping(item, what: "an activity kind")
                let id = try r.requiredText(m, "id", in: "an activity kind")
                return Kind(id: id, label: try r.text(m, "label") ?? id, points: try r.integer(m, "points") ?? 0)
            }
        }
        if let titles = root["titles"] {
            let m = try r.mapping(titles, what: "'titles'")
            config.defaultTitlePoints = try r.integer(m, "default") ?? config.defaultTitlePoints
            config.titles = try r.list(m, "ranks").map { item in
                let t = try r.mapping(item, what: "a title rank")
                return TitleWeight(keywords: try r.textList(t, "keywords"), points: try r.integer(t, "points") ?? 0)
            }
        }
        if root["signals"] != nil {
            config.signals = try r.list(root, "signals").map { item in
                let m = try r.mapping(item, what: "a signal")
                let id = try r.requiredText(m, "id", in: "a signal")
                return Signal(id: id, label: try r.text(m, "label") ?? id, points: try r.integer(m, "points") ?? 0)
            }
        }
        if root["lost_reasons"] != nil {
            config.lostReasons = try r.list(root, "lost_reasons").map { item in
                let m = try r.mapping(item, what: "a lost reason")
                let id = try r.requiredText(m, "id", in: "a lost reason")
                return Reason(id: id, label: try r.text(m, "label") ?? id)
            }
        }
        if root["quality"] != nil {
            config.indicators = try r.list(root, "quality").map { item in
                let m = try r.mapping(item, what: "a quality indicator")
                let id = try r.requiredText(m, "id", in: "a quality indicator")
                return Indicator(
                    id: id, label: try r.text(m, "label") ?? id,
                    question: try r.text(m, "question") ?? "",
                    weight: try r.integer(m, "weight") ?? 1,
                    good: try r.choice(m, "good", as: QualityAnswer.self) ?? .yes)
            }
        }
        try parseWeek(root, reader: r, into: &config)
        return config
    }
}

/// An entry of salesctl.yaml that users name by its id or by its label (discovery or 発見).
public protocol NamedByIDOrLabel {
    var id: String { get }
    var label: String { get }
}

extension Array where Element: NamedByIDOrLabel {
    /// The entry whose id is `name`, else the one whose label is; a code typed full-width
    /// (`ｖｉｓｉｔ`, `ﾃﾞﾘﾊﾞﾘｰ`) names the same entry (CodeInput).
    func named(_ name: String) -> Element? {
        if let exact = first(where: { $0.id == name }) ?? first(where: { $0.label == name }) { return exact }
        let code = CodeInput.normalize(name)
        return first { $0.id == code } ?? first { CodeInput.normalize($0.label) == code }
    }
}
