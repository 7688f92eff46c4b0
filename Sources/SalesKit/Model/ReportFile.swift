/// A report typed in a file (`report add --file F`) or in the editor's draft: when the text
/// starts with `---` front matter, it is read like a report. Only the fields a rep types are
/// allowed (`fields`; the editor's draft also has `deal` and `author`); an unknown field or a
/// bad value is refused at its `path:line:col`, before anything is written. The body is what
/// follows the front matter.
public struct ReportFile: Sendable, Equatable {
    public var kind: String?
    public var date: CalendarDate?
    public var deal: String?
    public var author: String?
    public var attendees: [Report.Attendee]?
    public var signals: [String]?
    public var homework: [Report.Homework]?
    public var next: String?
    public var body: String

    /// The fields of a report file given to `report add`.
    public static let fields = ["attendees", "signals", "homework", "next", "kind", "date"]
    /// The fields of the editor's draft: those, plus the deal and the author it was opened with.
    public static let draftFields = ["date", "deal", "author", "kind", "attendees", "signals", "homework", "next"]

    /// True when `bytes` start with front matter (`---` on the first line and a closing fence).
    public static func hasFrontMatter(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { Report.splitFrontMatter($0) != nil }
    }

    /// Reads `bytes` (nil when they do not start with front matter). `path` is how the file is
    /// named in messages; kinds and signals are checked against `config`, dates against `today`.
    /// Attendees written as one line (`- 岡田修，部長`) are split as `--attendee` is, and
    /// homework as `--homework`.
    /// Errors are `invalidArgument` (exit 2: the file is input, as a flag's value is), led by
    /// `path:line:col`.
    public static func parse(
        _ bytes: [UInt8], path: String, allowed: [String] = fields, config: Config,
        today: CalendarDate
    ) throws -> ReportFile? {
        do {
            return try read(bytes, path: path, allowed: allowed, config: config, today: today)
        } catch SalesError.invalidFile(let finding) {
            throw SalesError.invalidArgument("\(finding.location): \(finding.message)")
        }
    }

    static func read(
        _ bytes: [UInt8], path: String, allowed: [String], config: Config,
        today: CalendarDate
    ) throws -> ReportFile? {
        try bytes.withUnsafeBytes { raw -> ReportFile? in
            guard let parts = Report.splitFrontMatter(raw) else { return nil }
            let node = try YAMLReader.parse(
                UnsafeRawBufferPointer(rebasing: raw[parts.yaml]), path: path,
                origin: Mark(line: parts.line, column: 0, offset: parts.yaml.lowerBound))
            let bodyBytes = UnsafeRawBufferPointer(rebasing: raw[parts.body])
            if let bad = UTF8Check.firstInvalidOffset(bodyBytes) {
                let mark = UTF8Check.mark(
                    ofByte: parts.body.lowerBound + bad, in: raw, origin: Mark(line: 0, column: 0, offset: 0))
                throw SalesError.invalidFile(
                    Finding(path: path, mark: mark, code: "invalid-utf8", message: "invalid UTF-8 in the report body"))
            }
            var body = String(decoding: bodyBytes, as: UTF8.self)
            while body.hasPrefix("\n") || body.hasPrefix("\r\n") { body.removeFirst() }
            var file = ReportFile(body: body)
            guard let node, !node.isNull else { return file }
            let r = NodeReader(path: path)
            let m = try r.mapping(node, what: "the front matter")
            for entry in m.entries where !allowed.contains(entry.key) {
                throw SalesError.invalidFile(
                    Finding(
                        path: path, mark: entry.keyStart, code: "unknown-field",
                        message: "unknown field \(quoted(entry.key)); a report file may set "
                            + allowed.joined(separator: ", ")))
            }
            file.deal = try r.text(m, "deal")
            file.author = try r.text(m, "author")
            if let kind = try r.text(m, "kind") {
                do { _ = try config.requireKind(kind) } catch let error as SalesError {
                    throw r.fail(m["kind"], "unknown-kind", error.message.dropPrefix("salesctl: "))
                }
                file.kind = kind
            }
            if let date = try r.date(m, "date") {
                if date > today { throw r.fail(m["date"], "future-date", "date \(date) is after today (\(today))") }
                file.date = date
            }
            if m["attendees"] != nil {
                file.attendees = try r.list(m, "attendees").map { item in
                    if let scalar = item.scalar {
                        do { return try Report.Attendee(commaSeparated: scalar.value) } catch let error as SalesError {
                            throw r.fail(item, "bad-value", error.message.dropPrefix("salesctl: "))
                        }
                    }
                    let a = try r.mapping(item, what: "an attendee")
                    try refuseUnknown(a, ["name", "title", "department"], r)
                    return Report.Attendee(
                        name: try r.requiredText(a, "name", in: "attendee"),
                        title: try r.text(a, "title"), department: try r.text(a, "department"))
                }
            }
            if m["signals"] != nil {
                let items = m["signals"]?.sequence?.items
                file.signals = try r.textList(m, "signals").enumerated().map { i, name in
                    do { _ = try config.requireSignal(name) } catch let error as SalesError {
                        throw r.fail(
                            items?[i] ?? m["signals"], "unknown-signal", error.message.dropPrefix("salesctl: "))
                    }
                    return name
                }
            }
            if m["homework"] != nil {
                file.homework = try r.list(m, "homework").map { item in
                    let homework: Report.Homework
                    if let scalar = item.scalar {
                        do { homework = try Report.Homework(semicolonSeparated: scalar.value) } catch let error
                            as SalesError
                        {
                            throw r.fail(item, "bad-value", error.message.dropPrefix("salesctl: "))
                        }
                    } else {
                        let h = try r.mapping(item, what: "a homework item")
                        try refuseUnknown(h, ["text", "for", "due"], r)
                        homework = Report.Homework(
                            text: try r.requiredText(h, "text", in: "homework"),
                            assignee: try r.text(h, "for"), due: try r.date(h, "due"))
                    }
                    if let due = homework.due, let date = file.date, due < date {
                        throw r.fail(
                            item, "bad-value",
                            "homework \(quoted(homework.text)) is due \(due), before the report's date \(date)")
                    }
                    return homework
                }
            }
            file.next = try r.text(m, "next")
            return file
        }
    }

    static func refuseUnknown(_ mapping: YAMLNode.Mapping, _ allowed: [String], _ r: NodeReader) throws {
        for entry in mapping.entries where !allowed.contains(entry.key) {
            throw SalesError.invalidFile(
                Finding(
                    path: r.path, mark: entry.keyStart, code: "unknown-field",
                    message: "unknown field \(quoted(entry.key)); valid: \(allowed.joined(separator: ", "))"))
        }
    }
}

extension String {
    func dropPrefix(_ prefix: String) -> String { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self }
}

extension Store.ReportInput {
    /// The input with the fields of `file` that the command line left unset: flags win.
    /// Lists count as set when a flag gave at least one item.
    public func filling(from file: ReportFile, kindGiven: Bool, dateGiven: Bool) -> Store.ReportInput {
        var input = self
        if !kindGiven, let kind = file.kind { input.kind = kind }
        if !dateGiven, let date = file.date { input.date = date }
        if input.attendees.isEmpty, let attendees = file.attendees { input.attendees = attendees }
        if input.signals.isEmpty, let signals = file.signals { input.signals = signals }
        if input.homework.isEmpty, let homework = file.homework { input.homework = homework }
        if input.next == nil { input.next = file.next }
        input.body = file.body
        return input
    }
}
