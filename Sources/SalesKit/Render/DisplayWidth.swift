// Terminal column widths per Unicode UAX #11 (East Asian Width).

/// East Asian Wide (W) and Fullwidth (F) ranges outside the emoji, sorted, for binary search.
/// Emoji come from `Unicode.Scalar.Properties.isEmojiPresentation`, which is what UAX #11 maps to W.
private let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F,  // Hangul Jamo initial consonants
    0x2329...0x232A,  // angle brackets
    0x2E80...0x303E,  // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
    0x3041...0x33FF,  // kana, Bopomofo, Hangul compatibility Jamo, Kanbun, enclosed CJK, CJK compatibility
    0x3400...0x4DBF,  // CJK Extension A
    0x4E00...0x9FFF,  // CJK Unified Ideographs
    0xA000...0xA4CF,  // Yi
    0xA960...0xA97F,  // Hangul Jamo Extended-A
    0xAC00...0xD7A3,  // Hangul syllables
    0xF900...0xFAFF,  // CJK Compatibility Ideographs
    0xFE10...0xFE19,  // vertical forms
    0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
    0xFF00...0xFF60,  // fullwidth ASCII variants (half-width katakana U+FF61–FF9F stay 1)
    0xFFE0...0xFFE6,  // fullwidth signs
    0x16FE0...0x16FE4,  // ideographic symbols
    0x17000...0x18CFF,  // Tangut, Khitan
    0x1AFF0...0x1B2FF,  // kana supplement and extensions, Nushu
    0x1F200...0x1F2FF,  // enclosed ideographic supplement
    0x20000...0x3FFFD  // CJK Extensions B and later, planes 2 and 3
]

/// East Asian Ambiguous (A) ranges of UAX #11, sorted (marks and variation selectors, also A,
/// are zero-width before this is asked): one column in most Western terminals, two in many
/// Japanese ones (○△×▽①, `…`, arrows, box drawing, the ▁▂▃ blocks of sparklines; not `−`
/// U+2212, which is N). Counted as `AmbiguousWidth.columns`.
private let ambiguousRanges: [ClosedRange<UInt32>] = [
    0xA1...0xA1, 0xA4...0xA4, 0xA7...0xA8, 0xAA...0xAA, 0xAD...0xAE, 0xB0...0xB4, 0xB6...0xBA, 0xBC...0xBF,
    0xC6...0xC6, 0xD0...0xD0, 0xD7...0xD8, 0xDE...0xE1, 0xE6...0xE6, 0xE8...0xEA, 0xEC...0xED, 0xF0...0xF0,
    0xF2...0xF3, 0xF7...0xFA, 0xFC...0xFC, 0xFE...0xFE, 0x101...0x101, 0x111...0x111, 0x113...0x113,
    0x11B...0x11B, 0x126...0x127, 0x12B...0x12B, 0x131...0x133, 0x138...0x138, 0x13F...0x142, 0x144...0x144,
    0x148...0x14B, 0x14D...0x14D, 0x152...0x153, 0x166...0x167, 0x16B...0x16B, 0x1CE...0x1CE, 0x1D0...0x1D0,
    0x1D2...0x1D2, 0x1D4...0x1D4, 0x1D6...0x1D6, 0x1D8...0x1D8, 0x1DA...0x1DA, 0x1DC...0x1DC, 0x251...0x251,
    0x261...0x261, 0x2C4...0x2C4, 0x2C7...0x2C7, 0x2C9...0x2CB, 0x2CD...0x2CD, 0x2D0...0x2D0, 0x2D8...0x2DB,
    0x2DD...0x2DD, 0x2DF...0x2DF, 0x391...0x3A1, 0x3A3...0x3A9, 0x3B1...0x3C1, 0x3C3...0x3C9, 0x401...0x401,
    0x410...0x44F, 0x451...0x451, 0x2010...0x2010, 0x2013...0x2016, 0x2018...0x2019, 0x201C...0x201D,
    0x2020...0x2022, 0x2024...0x2027, 0x2030...0x2030, 0x2032...0x2033, 0x2035...0x2035, 0x203B...0x203B,
    0x203E...0x203E, 0x2074...0x2074, 0x207F...0x207F, 0x2081...0x2084, 0x20AC...0x20AC, 0x2103...0x2103,
    0x2105...0x2105, 0x2109...0x2109, 0x2113...0x2113, 0x2116...0x2116, 0x2121...0x2122, 0x2126...0x2126,
    0x212B...0x212B, 0x2153...0x2154, 0x215B...0x215E, 0x2160...0x216B, 0x2170...0x2179, 0x2189...0x2189,
    0x2190...0x2199, 0x21B8...0x21B9, 0x21D2...0x21D2, 0x21D4...0x21D4, 0x21E7...0x21E7, 0x2200...0x2200,
    0x2202...0x2203, 0x2207...0x2208, 0x220B...0x220B, 0x220F...0x220F, 0x2211...0x2211, 0x2215...0x2215,
    0x221A...0x221A, 0x221D...0x2220, 0x2223...0x2223, 0x2225...0x2225, 0x2227...0x222C, 0x222E...0x222E,
    0x2234...0x2237, 0x223C...0x223D, 0x2248...0x2248, 0x224C...0x224C, 0x2252...0x2252, 0x2260...0x2261,
    0x2264...0x2267, 0x226A...0x226B, 0x226E...0x226F, 0x2282...0x2283, 0x2286...0x2287, 0x2295...0x2295,
    0x2299...0x2299, 0x22A5...0x22A5, 0x22BF...0x22BF, 0x2312...0x2312, 0x2460...0x24E9, 0x24EB...0x254B,
    0x2550...0x2573, 0x2580...0x258F, 0x2592...0x2595, 0x25A0...0x25A1, 0x25A3...0x25A9, 0x25B2...0x25B3,
    0x25B6...0x25B7, 0x25BC...0x25BD, 0x25C0...0x25C1, 0x25C6...0x25C8, 0x25CB...0x25CB, 0x25CE...0x25D1,
    0x25E2...0x25E5, 0x25EF...0x25EF, 0x2605...0x2606, 0x2609...0x2609, 0x260E...0x260F, 0x261C...0x261C,
    0x261E...0x261E, 0x2640...0x2640, 0x2642...0x2642, 0x2660...0x2661, 0x2663...0x2665, 0x2667...0x266A,
    0x266C...0x266D, 0x266F...0x266F, 0x269E...0x269F, 0x26BF...0x26BF, 0x26C6...0x26CD, 0x26CF...0x26D3,
    0x26D5...0x26E1, 0x26E3...0x26E3, 0x26E8...0x26E9, 0x26EB...0x26F1, 0x26F4...0x26F4, 0x26F6...0x26F9,
    0x26FB...0x26FC, 0x26FE...0x26FF, 0x273D...0x273D, 0x2776...0x277F, 0x2B56...0x2B59, 0x3248...0x324F,
    0xE000...0xF8FF, 0xFFFD...0xFFFD, 0x1F100...0x1F10A, 0x1F110...0x1F12D, 0x1F130...0x1F169,
    0x1F170...0x1F18D, 0x1F18F...0x1F190, 0x1F19B...0x1F1AC, 0xF0000...0xFFFFD, 0x100000...0x10FFFD
]

/// How many columns an East Asian Ambiguous character takes: 1 (the default, as in most Western
/// terminals) or 2 (many Japanese terminals). SalesKit never reads the environment: the program
/// sets it (salesctl from `SALESCTL_AMBIGUOUS_WIDTH` or salesctl.yaml's `ambiguous_width`), and
/// code that renders both ways at once (tests) scopes it with `$scoped.withValue(2) { … }`.
public enum AmbiguousWidth {
    /// 1 unless a task scopes 2: salesctl runs each command in `AmbiguousWidth.$scoped.withValue(…)`
    /// (`SALESCTL_AMBIGUOUS_WIDTH`, else salesctl.yaml's `ambiguous_width`), tests likewise.
    @TaskLocal public static var scoped: Int?

    public static var columns: Int { scoped == 2 ? 2 : 1 }

    /// Whether `scalar` is East Asian Ambiguous.
    public static func isAmbiguous(_ scalar: Unicode.Scalar) -> Bool { contains(ambiguousRanges, scalar.value) }
}

/// Zero-width scalars that are not marks: ZWSP, ZWNJ, ZWJ, LRM, RLM, word joiner and friends, BOM.
private let zeroWidthRanges: [ClosedRange<UInt32>] = [0x200B...0x200F, 0x2060...0x2064, 0xFEFF...0xFEFF]

private func contains(_ table: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
    var low = 0
    var high = table.count - 1
    while low <= high {
        let mid = (low + high) / 2
        if value < table[mid].lowerBound {
            high = mid - 1
        } else if value > table[mid].upperBound {
            low = mid + 1
        } else {
            return true
        }
    }
    return false
}

/// Columns of one scalar on its own: 0, 1 or 2. Ambiguous (A) scalars count `AmbiguousWidth.columns`.
func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v < 0x7F { return v < 0x20 ? 0 : 1 }
    if v < 0xA0 { return 0 }  // DEL and C1 controls
    // The common Japanese blocks, answered before the property lookups: hiragana (up to, not
    // including, the combining sound marks U+3099/309A), katakana, CJK unified ideographs.
    if (0x3041...0x3096).contains(v) || (0x30A0...0x30FF).contains(v) || (0x4E00...0x9FFF).contains(v) { return 2 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark: return 0  // includes variation selectors
    default: break
    }
    if contains(zeroWidthRanges, v) { return 0 }
    if scalar.properties.isEmojiPresentation || contains(wideRanges, v) { return 2 }
    return contains(ambiguousRanges, v) ? AmbiguousWidth.columns : 1
}

/// Columns of one grapheme cluster: those of its first visible scalar, so that marks, ZWJ emoji
/// sequences (👨‍👩‍👧), skin tones and flags count once; a text symbol followed by VS16 (❤️) is 2.
func graphemeWidth(_ character: Character) -> Int {
    var width = 0
    var extra = 0
    for scalar in character.unicodeScalars {
        if scalar.value == 0xFE0F { return 2 }
        // Half-width ﾞ and ﾟ extend the grapheme before them but take a column of their own.
        if width > 0 && (scalar.value == 0xFF9E || scalar.value == 0xFF9F) { extra += 1 }
        if width == 0 { width = scalarWidth(scalar) }
    }
    return width + extra
}

/// Terminal columns `s` occupies (UAX #11: W and F are 2, marks and controls 0, A as
/// `AmbiguousWidth.columns`, the rest 1).
public func displayWidth(_ s: String) -> Int {
    if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return s.utf8.count }
    // Scalar by scalar while every scalar is one that never joins a grapheme with its
    // neighbours (printable ASCII, kana, kanji): the usual Japanese text needs no grapheme breaking.
    var width = 0
    for scalar in s.unicodeScalars {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F {
            width += 1
        } else if (0x3041...0x3096).contains(v) || (0x30A0...0x30FF).contains(v) || (0x4E00...0x9FFF).contains(v) {
            width += 2
        } else {
            return s.reduce(0) { $0 + graphemeWidth($1) }
        }
    }
    return width
}

/// `s` cut to at most `toWidth` columns, ending in `…` when cut. Never splits a grapheme, so a wide
/// character that would straddle the limit is dropped and the result may be one column narrower.
public func truncate(_ s: String, toWidth width: Int) -> String {
    if displayWidth(s) <= width { return s }
    if width <= 0 { return "" }
    let ellipsis = AmbiguousWidth.columns  // `…` is ambiguous
    if width < ellipsis { return "" }
    var result = ""
    var used = 0
    for character in s {
        let w = graphemeWidth(character)
        if used + w > width - ellipsis { break }
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
