/// A CRM export read into rows of salesctl fields: decoded, parsed, headers matched to fields
/// (the CRM's layout, overridden by the map's `columns:`), `defaults:` filled in, and every
/// cell checked for control characters. Rows that cannot be read become bad rows with their line.
struct ImportTable {
    struct Row {
        var line: Int
        var values: [String: String]
        subscript(field: String) -> String? { values[field] }
    }

    var rows: [Row] = []
    var badRows: [Finding] = []
    var encoding: TextEncoding
    /// The header each field was read from, for messages.
    var headerOf: [String: String] = [:]

    init(
        bytes: [UInt8], path: String, crm: CRM, kind: ImportKind, map: ImportMap, encoding: TextEncoding?,
        limits: CSVReader.Limits = CSVReader.Limits()
    ) throws {
        let decoded = try TextDecoding.decode(bytes, as: encoding, path: path)
        self.encoding = decoded.encoding
        let delimiter = ImportTable.delimiter(of: decoded.text)
        let records = try decoded.text.withUnsafeBytes {
            try CSVReader.parse($0, delimiter: delimiter, path: path, limits: limits)
        }
        guard let header = records.first else {
            throw SalesError.invalidFile(
                Finding(path: path, line: 1, code: "csv-empty", message: Message.impNoHeader.text()))
        }
        if let problem = header.problem {
            throw SalesError.invalidFile(
                Finding(
                    path: path, line: header.line, code: "csv-header",
                    message: Message.impBadHeader.text(problem)))
        }
        var index: [String: Int] = [:]
        for (i, name) in header.cells.enumerated() where index[CRMLayout.key(name)] == nil {
            index[CRMLayout.key(name)] = i
        }
        var column: [String: Int] = [:]
        let layout = CRMLayout.headers(crm, kind)
        for field in kind.fields {
            if let wanted = map.columns[field] {
                guard let i = index[CRMLayout.key(wanted)] else {
                    throw SalesError.invalidFile(
                        Finding(
                            path: path, line: header.line, code: "csv-header",
                            message: Message.impMapColumnMissing.text(quoted(wanted), field)))
                }
                column[field] = i
            } else if let i = (layout[field] ?? []).lazy.compactMap({ index[CRMLayout.key($0)] }).first {
                column[field] = i
            }
        }
        for field in kind.required where column[field] == nil && map.defaults[field] == nil {
            let expected = (layout[field] ?? [field]).map { quoted($0) }.joined(separator: Message.impOr.text())
            throw SalesError.invalidFile(
                Finding(
                    path: path, line: header.line, code: "csv-header",
                    message: Message.impNoColumn.text(field, expected)))
        }
        for (field, i) in column { headerOf[field] = header.cells[i] }
        for record in records.dropFirst() {
            if let problem = record.problem {
                badRows.append(Finding(path: path, line: record.line, code: "bad-row", message: problem))
                continue
            }
            var values: [String: String] = [:]
            var bad: String?
            for (field, i) in column where i < record.cells.count {
                let cell = record.cells[i]
                if let control = ImportValues.controlCharacter(in: cell) {
                    bad = Message.impControl.text(quoted(header.cells[i]), control)
                    break
                }
                let value = cell.trimmingSpaces
                if !value.isEmpty { values[field] = value }
            }
            if bad == nil, record.cells.count > header.cells.count,
                record.cells[header.cells.count...].contains(where: { !$0.trimmingSpaces.isEmpty })
            {
                bad = Message.impCellCount.text(String(record.cells.count), String(header.cells.count))
            }
            if let bad {
                badRows.append(Finding(path: path, line: record.line, code: "bad-row", message: bad))
                continue
            }
            for (field, value) in map.defaults where values[field] == nil { values[field] = value }
            rows.append(Row(line: record.line, values: values))
        }
    }

    /// Comma, unless the header line has tabs and no commas (Excel's "Unicode text") or
    /// semicolons and no commas (spreadsheets of comma-decimal locales).
    static func delimiter(of text: [UInt8]) -> UInt8 {
        let firstLine = text.prefix { $0 != 0x0A }
        if firstLine.contains(UInt8(ascii: ",")) { return UInt8(ascii: ",") }
        if firstLine.contains(0x09) { return 0x09 }
        if firstLine.contains(UInt8(ascii: ";")) { return UInt8(ascii: ";") }
        return UInt8(ascii: ",")
    }

    func describe(_ field: String) -> String { quoted(headerOf[field] ?? field) }
}
