/// CSV and TSV output with RFC 4180 quoting: a field holding the delimiter, `"`, CR or LF is quoted
/// and its `"` doubled. Lines end in "\n", not RFC 4180's "\r\n", because the output is meant for
/// Unix tools (`cut`, `sort`, `awk`) first; spreadsheets read both.
public enum Delimited {
    /// An empty `header` writes no header line.
    public static func csv(header: [String], rows: [[String]]) -> String {
        write(header: header, rows: rows, delimiter: ",")
    }

    /// Same quoting as CSV, with tabs between fields.
    public static func tsv(header: [String], rows: [[String]]) -> String {
        write(header: header, rows: rows, delimiter: "\t")
    }

    /// CSV for spreadsheets (`--format excel`): a UTF-8 byte order mark first, so that Japanese
    /// Excel reads UTF-8 and not Shift_JIS; CRLF line ends; and, as OWASP recommends against
    /// formula injection, a cell starting with `=`, `+`, `-`, `@`, a tab or a CR gets a `'` in
    /// front, so that `=HYPERLINK(…)` in a customer's name stays text.
    public static func excel(header: [String], rows: [[String]]) -> String {
        "\u{FEFF}" + write(header: header, rows: rows, delimiter: ",", lineEnd: "\r\n", cell: defused)
    }

    /// A cell a spreadsheet would read as a formula, with a `'` in front; others as they are.
    public static func defused(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else {
            return field
        }
        return "'" + field
    }

    static func write(
        header: [String], rows: [[String]], delimiter: Unicode.Scalar, lineEnd: String = "\n",
        cell: (String) -> String = { $0 }
    ) -> String {
        var out = ""
        for record in header.isEmpty ? rows : [header] + rows {
            out += record.map { quote(cell($0), delimiter) }.joined(separator: String(delimiter)) + lineEnd
        }
        return out
    }

    static func quote(_ field: String, _ delimiter: Unicode.Scalar) -> String {
        guard field.unicodeScalars.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else {
            return field
        }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }

    /// Reads what `csv`/`tsv` write (and RFC 4180 in general): quoted fields, doubled quotes,
    /// embedded newlines, "\n" or "\r\n" line ends. A final line end does not start another record.
    public static func parseCSV(_ text: String, delimiter: Unicode.Scalar = ",") -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var inQuotes = false
        var afterQuote = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func endRecord() {
            record.append(String(field))
            records.append(record)
            record = []
            field = String.UnicodeScalarView()
        }
        while let c = pending ?? scalars.next() {
            pending = nil
            if inQuotes {
                if c == "\"" {
                    if let next = scalars.next() {
                        if next == "\"" {
                            field.append("\"")
                        } else {
                            inQuotes = false
                            afterQuote = true
                            pending = next
                        }
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" && field.isEmpty && !afterQuote {
                inQuotes = true
            } else if c == delimiter {
                record.append(String(field))
                field = String.UnicodeScalarView()
                afterQuote = false
            } else if c == "\n" {
                endRecord()
                afterQuote = false
            } else if c == "\r" {
                if let next = scalars.next(), next != "\n" { pending = next }
                endRecord()
                afterQuote = false
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !record.isEmpty || afterQuote { endRecord() }
        return records
    }
}

extension String {
    /// Replaces every occurrence of `target` (compared by scalars, so "\r\n" is not special).
    fileprivate func replacingAll(_ target: Unicode.Scalar, with replacement: String) -> String {
        var out = ""
        for scalar in unicodeScalars {
            if scalar == target { out += replacement } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
