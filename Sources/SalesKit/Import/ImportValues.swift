import Foundation

/// Reading the values CRMs write: dates in their several forms, amounts with currency signs and
/// separators, one-line text.
enum ImportValues {
    /// `2026-06-15`, `2026/6/15`, `2026年6月15日`, with or without a time; `06/15/2026` or
    /// `15/06/2026` by `order`; a time with `Z` or an offset (`2026-06-15T16:30:00.000Z`, as
    /// Salesforce's Data Loader writes) is converted to the team's time zone first, so the day
    /// is the team's day. nil when the text is not a date.
    static func date(_ text: String, order: ImportMap.DateOrder, zone: TimeZone) -> CalendarDate? {
        let trimmed = text.trimmingSpaces
        var datePart = Substring(trimmed)
        var timePart: Substring = ""
        if let split = trimmed.firstIndex(where: { $0 == "T" || $0 == " " }) {
            datePart = trimmed[..<split]
            timePart = trimmed[trimmed.index(after: split)...]
        }
        var numbers: [Int] = []
        var current = ""
        var firstWidth = 0
        for c in datePart {
            if let digit = c.wholeNumberValue, c.isASCII || ("０"..."９").contains(c) {
                current.append(String(digit))
            } else if "-/.年月日".contains(c) {
                guard !current.isEmpty else { return nil }
                if numbers.isEmpty { firstWidth = current.count }
                numbers.append(Int(current)!)
                current = ""
            } else {
                return nil
            }
        }
        if !current.isEmpty {
            if numbers.isEmpty { firstWidth = current.count }
            numbers.append(Int(current)!)
        }
        guard numbers.count == 3 else { return nil }
        var (y, m, d) = (numbers[0], numbers[1], numbers[2])
        if firstWidth != 4 {
            switch order {
            case .ymd: return nil
            case .mdy: (y, m, d) = (numbers[2], numbers[0], numbers[1])
            case .dmy: (y, m, d) = (numbers[2], numbers[1], numbers[0])
            }
        }
        guard (1000...9999).contains(y), (1...12).contains(m), (1...CalendarDate.daysIn(month: m, year: y)).contains(d)
        else { return nil }
        let date = CalendarDate(year: y, month: m, day: d)
        guard let offset = utcOffset(timePart), let time = clock(timePart) else { return date }
        // A moment, not a day: shift it into the team's zone.
        let utcSeconds = date.dayNumber * 86_400 + time - offset
        let local = utcSeconds + zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(utcSeconds)))
        return CalendarDate(dayNumber: Int((Double(local) / 86_400).rounded(.down)))
    }

    /// Seconds east of UTC of a time that names its zone (`…Z`, `…+09:00`, `…-0500`), else nil.
    private static func utcOffset(_ time: Substring) -> Int? {
        if time.hasSuffix("Z") || time.hasSuffix("z") { return 0 }
        guard let sign = time.lastIndex(where: { $0 == "+" || $0 == "-" }) else { return nil }
        let digits = time[time.index(after: sign)...].filter { $0 != ":" }
        guard digits.count == 4, let value = Int(digits) else { return nil }
        let seconds = (value / 100) * 3600 + (value % 100) * 60
        return time[sign] == "-" ? -seconds : seconds
    }

    /// Seconds since midnight of `HH:MM[:SS[.fff]]…`.
    private static func clock(_ time: Substring) -> Int? {
        let parts = time.prefix { $0.isNumber || $0 == ":" }.split(separator: ":")
        guard parts.count >= 2, let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        return h * 3600 + m * 60 + (parts.count > 2 ? Int(parts[2]) ?? 0 : 0)
    }

    /// `48000000`, `48,000,000`, `¥48,000,000`, `JPY 48000000`, `4.8e7` no; decimals are
    /// rounded to a whole number (amounts are whole numbers in salesctl). nil when not a number.
    static func amount(_ text: String) -> Int? {
        var digits = ""
        var sawDigit = false
        var sawPoint = false
        var negative = false
        for c in text.trimmingSpaces {
            if let digit = c.wholeNumberValue, c.isASCII || ("０"..."９").contains(c) {
                digits.append(String(digit))
                sawDigit = true
            } else if c == "." || c == "．" {
                guard !sawPoint else { return nil }
                sawPoint = true
                digits.append(".")
            } else if c == "," || c == "，" || c == "_" || c == " " || c == "\u{3000}" || c == "'" {
                continue
            } else if c == "-" && !sawDigit {
                negative = true
            } else if "¥￥$€£円".contains(c) || (c.isLetter && c.isASCII) {
                continue  // a currency sign or code around the number
            } else {
                return nil
            }
        }
        guard sawDigit, let value = Double(digits), value < 9e15 else { return nil }
        let whole = Int(value.rounded(.toNearestOrAwayFromZero))
        return negative ? -whole : whole
    }

    /// One-line text: line breaks and tabs become spaces, runs of spaces one, ends trimmed.
    static func line(_ text: String) -> String {
        var out = ""
        var space = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                space = !out.isEmpty
                continue
            }
            if space {
                out.append(" ")
                space = false
            }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// Multi-line text: CRLF and CR become LF, trailing spaces of the whole trimmed.
    static func body(_ text: String) -> String {
        var out = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        while let last = out.last, last == "\n" || last == " " { out.removeLast() }
        return out
    }

    /// The first control character (other than tab, LF, CR) of a cell, as U+XXXX.
    static func controlCharacter(in text: String) -> String? {
        for scalar in text.unicodeScalars where scalar != "\t" && scalar != "\n" && scalar != "\r" {
            if ControlCharacters.needsEscape(scalar) { return ControlCharacters.name(scalar.value) }
        }
        return nil
    }

    /// People in one cell: `山田 浩二; 伊藤 花子`, `山田 浩二、伊藤 花子`, one per line; a
    /// trailing `(yamada@example.jp)` or `<…>` is dropped.
    static func people(_ text: String) -> [String] {
        text.split(whereSeparator: { ";、,\n".contains($0) || $0 == "\r\n" }).compactMap { part in
            var name = line(String(part))
            if let open = name.lastIndex(where: { $0 == "(" || $0 == "<" || $0 == "（" }),
                name.last == ")" || name.last == ">" || name.last == "）"
            {
                name = line(String(name[..<open]))
            }
            return name.isEmpty ? nil : name
        }
    }
}
