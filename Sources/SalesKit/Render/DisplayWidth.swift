// Terminal column widths per Unicode UAX #11 (East Asian Width).

/// East Asian Wide (W) and Fullwidth (F) ranges outside the emoji, sorted, for binary search.
/// Emoji come from `Unicode.Scalar.Properties.isEmojiPresentation`, which is what UAX #11 maps to W.
private let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F,   // Hangul Jamo initial consonants
    0x2329...0x232A,   // angle brackets
    0x2E80...0x303E,   // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
    0x3041...0x33FF,   // kana, Bopomofo, Hangul compatibility Jamo, Kanbun, enclosed CJK, CJK compatibility
    0x3400...0x4DBF,   // CJK Extension A
    0x4E00...0x9FFF,   // CJK Unified Ideographs
    0xA000...0xA4CF,   // Yi
    0xA960...0xA97F,   // Hangul Jamo Extended-A
    0xAC00...0xD7A3,   // Hangul syllables
    0xF900...0xFAFF,   // CJK Compatibility Ideographs
    0xFE10...0xFE19,   // vertical forms
    0xFE30...0xFE6F,   // CJK compatibility forms, small form variants
    0xFF00...0xFF60,   // fullwidth ASCII variants (half-width katakana U+FF61–FF9F stay 1)
    0xFFE0...0xFFE6,   // fullwidth signs
    0x16FE0...0x16FE4, // ideographic symbols
    0x17000...0x18CFF, // Tangut, Khitan
    0x1AFF0...0x1B2FF, // kana supplement and extensions, Nushu
    0x1F200...0x1F2FF, // enclosed ideographic supplement
    0x20000...0x3FFFD, // CJK Extensions B and later, planes 2 and 3
]

/// Zero-width scalars that are not marks: ZWSP, ZWNJ, ZWJ, LRM, RLM, word joiner and friends, BOM.
private let zeroWidthRanges: [ClosedRange<UInt32>] = [0x200B...0x200F, 0x2060...0x2064, 0xFEFF...0xFEFF]

private func contains(_ table: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
    var low = 0, high = table.count - 1
    while low <= high {
        let mid = (low + high) / 2
        if value < table[mid].lowerBound { high = mid - 1 }
        else if value > table[mid].upperBound { low = mid + 1 }
        else { return true }
    }
    return false
}

/// Columns of one scalar on its own: 0, 1 or 2. Ambiguous (A) scalars count 1.
func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v < 0x7F { return v < 0x20 ? 0 : 1 }
    if v < 0xA0 { return 0 } // DEL and C1 controls
    // The common Japanese blocks, answered before the property lookups: hiragana (up to, not
    // including, the combining sound marks U+3099/309A), katakana, CJK unified ideographs.
    if (0x3041...0x3096).contains(v) || (0x30A0...0x30FF).contains(v) || (0x4E00...0x9FFF).contains(v) { return 2 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark: return 0 // includes variation selectors
    default: break
    }
    if contains(zeroWidthRanges, v) { return 0 }
    if scalar.properties.isEmojiPresentation || contains(wideRanges, v) { return 2 }
    return 1
}

/// Columns of one grapheme cluster: those of its first visible scalar, so that marks, ZWJ emoji
/// sequences (👨‍👩‍👧), skin tones and flags count once; a text symbol followed by VS16 (❤️) is 2.
func graphemeWidth(_ character: Character) -> Int {
    var width = 0, extra = 0
    for scalar in character.unicodeScalars {
        if scalar.value == 0xFE0F { return 2 }
        // Half-width ﾞ and ﾟ extend the grapheme before them but take a column of their own.
        if width > 0 && (scalar.value == 0xFF9E || scalar.value == 0xFF9F) { extra += 1 }
        if width == 0 { width = scalarWidth(scalar) }
    }
    return width + extra
}

/// Terminal columns `s` occupies (UAX #11: W and F are 2, marks and controls 0, the rest 1).
public func displayWidth(_ s: String) -> Int {
    if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return s.utf8.count }
    // Scalar by scalar while every scalar is one that never joins a grapheme with its
    // neighbours (printable ASCII, kana, kanji): the usual Japanese text needs no grapheme breaking.
    var width = 0
    for scalar in s.unicodeScalars {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { width += 1 }
        else if (0x3041...0x3096).contains(v) || (0x30A0...0x30FF).contains(v) || (0x4E00...0x9FFF).contains(v) { width += 2 }
        else { return s.reduce(0) { $0 + graphemeWidth($1) } }
    }
    return width
}

/// `s` cut to at most `toWidth` columns, ending in `…` when cut. Never splits a grapheme, so a wide
/// character that would straddle the limit is dropped and the result may be one column narrower.
public func truncate(_ s: String, toWidth width: Int) -> String {
    if displayWidth(s) <= width { return s }
    if width <= 0 { return "" }
    var result = "", used = 0
    for character in s {
        let w = graphemeWidth(character)
        if used + w > width - 1 { break }
        result.append(character)
        used += w
    }
    return result + "…"
}

/// `s` filled with spaces to `toWidth` columns, on the left when `alignRight`. Wider text is returned unchanged.
public func pad(_ s: String, toWidth width: Int, alignRight: Bool) -> String {
    let fill = String(repeating: " ", count: max(0, width - displayWidth(s)))
    return alignRight ? fill + s : s + fill
}
