public enum ColorMode: String, CaseIterable, Sendable {
    case auto, always, never
}

/// ANSI styling for one output stream; every method returns its text unchanged when disabled.
public struct Palette: Sendable {
    public let enabled: Bool

    /// `.always` and `.never` win; `.auto` colours only a terminal, and not when `NO_COLOR` is set
    /// to a non-empty value (no-color.org) or `TERM` is `dumb`.
    public init(enabled: Bool) { self.enabled = enabled }

    public init(mode: ColorMode, isTerminal: Bool, environment: [String: String]) {
        switch mode {
        case .always: enabled = true
        case .never: enabled = false
        case .auto: enabled = isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
        }
    }

    public func bold(_ s: String) -> String { sgr(s, on: 1, off: 22) }
    public func dim(_ s: String) -> String { sgr(s, on: 2, off: 22) }
    public func red(_ s: String) -> String { sgr(s, on: 31, off: 39) }
    public func green(_ s: String) -> String { sgr(s, on: 32, off: 39) }
    public func yellow(_ s: String) -> String { sgr(s, on: 33, off: 39) }
    public func cyan(_ s: String) -> String { sgr(s, on: 36, off: 39) }

    /// Each style resets only itself, so `bold(red(x))` nests.
    private func sgr(_ s: String, on: Int, off: Int) -> String {
        guard enabled, !s.isEmpty else { return s }
        return "\u{1B}[\(on)m\(s)\u{1B}[\(off)m"
    }
}
