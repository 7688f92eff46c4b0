/// The lists of salesctl.yaml whose entries people type by id or label.
public enum ConfigList: String, Sendable, Equatable, CaseIterable {
    case stage, step, kind, signal
    case indicator = "quality indicator"
    case reason = "lost reason"
}

/// An entry of salesctl.yaml as a message shows it: its id and the label people read.
public struct ConfigEntry: Sendable, Equatable {
    public var id: String
    public var label: String

    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }

    /// `visit (訪問)`, or the id alone when the entry has no label of its own.
    public var idFirst: String { label == id ? id : "\(id) (\(label))" }
    /// `訪問 (visit)`: how a suggestion reads when the label was typed.
    public var labelFirst: String { label == id ? id : "\(label) (\(id))" }
}

/// A code that names no entry of a list: what was typed, the nearest entry (spelled the way it
/// was typed: by label when a label was the nearer, else by id) and every valid entry.
public struct UnknownEntry: Sendable, Equatable {
    public var list: ConfigList
    public var typed: String
    public var suggestion: String?
    public var valid: [ConfigEntry]
    /// Where the valid entries come from when it is narrower than the whole list (a stage's steps).
    public var scope: ConfigEntry?

    /// Looks for the nearest of `candidates` (ids and labels, NFKC-normalised as codes are) to
    /// `typed`; lists `valid` (default: the candidates).
    public init<E: NamedByIDOrLabel>(
        _ list: ConfigList, typed: String, candidates: [E],
        valid: [E]? = nil, scope: ConfigEntry? = nil
    ) {
        self.list = list
        self.typed = typed
        self.valid = (valid ?? candidates).map { ConfigEntry(id: $0.id, label: $0.label) }
        self.scope = scope
        let code = CodeInput.normalize(typed)
        let labels = candidates.map { CodeInput.normalize($0.label) }
        if let match = closestMatch(to: code, in: candidates.map(\.id) + labels) {
            if let entry = candidates.first(where: { $0.id == match }) {
                suggestion = ConfigEntry(id: entry.id, label: entry.label).idFirst
            } else if let index = labels.firstIndex(of: match) {
                suggestion = ConfigEntry(id: candidates[index].id, label: candidates[index].label).labelFirst
            }
        }
    }
}

extension Config.Step: NamedByIDOrLabel {}

extension Config {
    /// A stage by id or label, or the "did you mean" error.
    public func requireStage(_ name: String) throws -> Stage { try required(stage(named: name), .stage, name, stages) }

    public func requireKind(_ name: String) throws -> Kind { try required(kind(named: name), .kind, name, kinds) }

    public func requireSignal(_ name: String) throws -> Signal {
        try required(signal(named: name), .signal, name, signals)
    }

    public func requireLostReason(_ name: String) throws -> Reason {
        try required(lostReason(named: name), .reason, name, lostReasons)
    }

    public func requireIndicator(_ name: String) throws -> Indicator {
        try required(indicator(named: name), .indicator, name, indicators)
    }

    /// `found`, or the error naming what was `typed`, the nearest of `candidates` and all of them.
    private func required<E: NamedByIDOrLabel>(
        _ found: E?, _ list: ConfigList, _ typed: String, _ candidates: [E]
    ) throws -> E {
        guard let found else { throw SalesError.unknownEntry(UnknownEntry(list, typed: typed, candidates: candidates)) }
        return found
    }
}
