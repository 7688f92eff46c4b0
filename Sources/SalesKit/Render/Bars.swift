private let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

/// A horizontal bar of block characters for `value` on a scale where `maximum` fills `columns`
/// terminal columns, in eighths of a character (`█████▍`). The blocks are East Asian Ambiguous:
/// where they take two columns (`AmbiguousWidth.columns`) the bar has half as many, so it still
/// fits. A positive value shows at least `▏`; 0 or less is empty.
public func blockBar(_ value: Int, maximum: Int, columns: Int) -> String {
    guard value > 0, maximum > 0, columns > 0 else { return "" }
    let cell = max(1, displayWidth("█"))
    let cells = columns / cell
    guard cells > 0 else { return "" }
    let total = Int((Double(min(value, maximum)) / Double(maximum) * Double(cells * 8)).rounded())
    let full = total / 8
    let rest = total % 8
    var bar = String(repeating: "█", count: full)
    if rest > 0 { bar.append(eighths[rest - 1]) }
    return bar.isEmpty ? String(eighths[0]) : bar
}
