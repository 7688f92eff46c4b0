import Foundation

/// Values that are codes, as people type them with a Japanese input method switched on:
/// `ｖｉｓｉｔ`, `２０２６－１２－０１`, `９２０００００`, `１２，０００，０００`, `ＵＳＤ`.
///
/// Codes are ids (of deals, stages, steps, kinds, signals, indicators, lost reasons), dates,
/// numbers, amounts and currencies. They are normalised with NFKC (full-width letters, digits and
/// signs become ASCII: `－` U+FF0D → `-`, `，` → `,`; half-width katakana become full-width) and
/// trimmed, before they are checked; the normalised value is what gets written. Names and free
/// text never pass through here: they are kept exactly as typed.
public enum CodeInput {
    /// NFKC, then spaces (ASCII, tab, and U+3000, which NFKC makes a space) trimmed at both ends.
    public static func normalize(_ text: String) -> String {
        let mapped = text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCompatibilityMapping
        return mapped.trimmingSpaces
    }

    /// A code that is ASCII by definition (a date, a deal id, a number): `normalize`, and the
    /// dashes an input method types in their place become `-`. In hiragana mode the minus key
    /// gives the long-vowel mark (`２０２６ー１２ー０１`); some fonts' minus is U+2212.
    public static func asciiCode(_ text: String) -> String {
        let normalized = normalize(text)
        guard !normalized.utf8.allSatisfy({ $0 < 0x80 }) else { return normalized }
        var out = String.UnicodeScalarView()
        for scalar in normalized.unicodeScalars {
            out.append(dashes.contains(scalar.value) ? "-" : scalar)
        }
        return String(out)
    }

    /// Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign,
    /// katakana-hiragana prolonged sound mark (half-width ｰ becomes it under NFKC).
    private static let dashes: Set<UInt32> = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x30FC]

    /// A whole number as typed: `９２０００００`, `１２，０００，０００`, `12_000_000`; nil if it is
    /// not one (`0123` and `1.5` are refused, as in the files).
    public static func integer(_ text: String) -> Int? {
        parseInteger(String(asciiCode(text).filter { $0 != "," && $0 != "_" }))
    }

    /// A date as typed (`２０２６－１２－０１`); nil unless it is a real `YYYY-MM-DD` date.
    public static func date(_ text: String) -> CalendarDate? {
        CalendarDate(asciiCode(text))
    }

}
