extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}

/// The candidate closest to `word` by edit distance, if it is close enough to be a likely typo.
public func closestMatch(to word: String, in candidates: [String]) -> String? {
    let target = Array(word)
    var best: (String, Int)?
    for candidate in candidates {
        let c = Array(candidate)
        var previous = Array(0...c.count)
        for (i, a) in target.enumerated() {
            var current = [i + 1]
            for (j, b) in c.enumerated() {
                current.append(Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (a == b ? 0 : 1)))
            }
            previous = current
        }
        let distance = previous[c.count]
        if distance <= Swift.max(2, target.count / 3), best == nil || distance < best!.1 {
            best = (candidate, distance)
        }
    }
    return best?.0
}
