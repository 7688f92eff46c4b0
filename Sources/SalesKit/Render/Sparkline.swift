private let bars: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

/// One bar per value, scaled so the largest is █. Zero and negative values are ▁ and any positive
/// value is at least ▂, so activity never looks like none. All zero gives all ▁; empty gives "".
public func sparkline(_ values: [Int]) -> String {
    let top = values.max() ?? 0
    return String(
        values.map { value -> Character in
            guard value > 0 else { return bars[0] }
            let level = Int((Double(value) / Double(top) * 8).rounded()) - 1
            return bars[min(7, max(1, level))]
        })
}
