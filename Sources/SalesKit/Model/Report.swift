/// One customer contact (活動報告): `reports/YYYY/MM/<date>-<deal>-<suffix>.md`, YAML front
/// matter and a Markdown body. Written once, never rewritten by the tool.
public struct Report: Sendable, Equatable {
    public struct Attendee: Sendable, Equatable {
        public var name: String
        public var title: String?
        public var department: String?

        public init(name: String, title: String? = nil, department: String? = nil) {
            self.name = name
            self.title = title
            self.department = department
        }

        /// Parses `--attendee "name,title[,department]"` (`，` and `、` are commas too).
        public init(commaSeparated text: String) throws {
            let parts = Separators.split(text, by: .comma)
            guard let name = parts.first, !name.isEmpty, parts.count <= 3 else {
                throw SalesError.invalidArgument(ErrorText(.errAttendeeForm, quoted(text)))
            }
            self.init(
                name: name, title: parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil,
                department: parts.count > 2 && !parts[2].isEmpty ? parts[2] : nil)
        }
    }

    /// A request from the customer (宿題) that someone on our side must deliver.
    public struct Homework: Sendable, Equatable {
        public var text: String
        public var assignee: String?
        public var due: CalendarDate?

        public init(text: String, assignee: String? = nil, due: CalendarDate? = nil) {
            self.text = text
            self.assignee = assignee
            self.due = due
        }

        /// Parses `--homework "text[;for[;due]]"` (`；` is a semicolon too).
        public init(semicolonSeparated input: String) throws {
            let parts = Separators.split(input, by: .semicolon)
            guard let text = parts.first, !text.isEmpty, parts.count <= 3 else {
                throw SalesError.invalidArgument(ErrorText(.errHomeworkForm, quoted(input)))
            }
            var due: CalendarDate?
            if parts.count > 2, !parts[2].isEmpty {
                guard let date = CodeInput.date(parts[2]) else {
                    throw SalesError.invalidArgument(ErrorText(.errHomeworkDue, quoted(parts[2])))
                }
                due = date
            }
            self.init(text: text, assignee: parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil, due: due)
        }
    }

    /// Path relative to the store root, with `/` separators.
    public var path: String
    public var date: CalendarDate
    /// The day the report was written, when later than `date` (a late entry; see LateEntry.swift).
    public var logged: CalendarDate?
    public var deal: String
    public var author: String?
    public var kind: String
    public var attendees: [Attendee]
    public var signals: [String]
    public var homework: [Homework]
    public var next: String?
    public var body: String
    /// Where an imported report came from, `hubspot:21436587`: a second import of the same
    /// activity finds it and writes nothing.
    public var sourceID: String?
    /// Where fields are, for findings about their values.
    public var marks: [String: Mark] = [:]

    public init(
        path: String, date: CalendarDate, deal: String, author: String?, kind: String,
        attendees: [Attendee] = [], signals: [String] = [], homework: [Homework] = [],
        next: String? = nil, body: String = "", logged: CalendarDate? = nil
    ) {
        self.path = path
        self.date = date
        self.logged = logged
        self.deal = deal
        self.author = author
        self.kind = kind
        self.attendees = attendees
        self.signals = signals
        self.homework = homework
        self.next = next
        self.body = body
    }

    /// The complete file text: front matter, then the body.
    public var fileText: String {
        var entries: [(String, YAMLValue)] = [
            ("date", .date(date))
        ]
        if let logged { entries.append(("logged", .date(logged))) }
        entries.append(("deal", .raw(deal)))
        if let author { entries.append(("author", .text(author))) }
        entries.append(("kind", .text(kind)))
        if !attendees.isEmpty {
            entries.append(
                (
                    "attendees",
                    .list(
                        attendees.map { a in
                            var fields: [(String, YAMLValue)] = [("name", .text(a.name))]
                            if let title = a.title { fields.append(("title", .text(title))) }
                            if let department = a.department { fields.append(("department", .text(department))) }
                            return .map(fields)
                        })
                ))
        }
        if !signals.isEmpty { entries.append(("signals", .list(signals.map { .text($0) }))) }
        if !homework.isEmpty {
            entries.append(
                (
                    "homework",
                    .list(
                        homework.map { h in
                            var fields: [(String, YAMLValue)] = [("text", .text(h.text))]
                            if let assignee = h.assignee { fields.append(("for", .text(assignee))) }
                            if let due = h.due { fields.append(("due", .date(due))) }
                            return .map(fields)
                        })
                ))
        }
        if let next { entries.append(("next", .text(next))) }
        if let sourceID { entries.append(("source_id", .text(sourceID))) }
        var text = "---\n" + YAMLWriter.mapping(entries) + "---\n"
        if !body.isEmpty {
            text += "\n" + body + (body.hasSuffix("\n") ? "" : "\n")
        }
        return text
    }
}

extension Report {
    /// Splits `---` front matter from the body. Returns the YAML byte range, the line the YAML
    /// starts on, and the body's range.
    static func splitFrontMatter(_ bytes: UnsafeRawBufferPointer) -> (yaml: Range<Int>, line: Int, body: Range<Int>)? {
        var start = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }
        func isFence(_ at: Int, _ c: UInt8) -> Int? {
            guard at + 3 <= bytes.count, bytes[at] == c, bytes[at + 1] == c, bytes[at + 2] == c else { return nil }
            var i = at + 3
            while i < bytes.count && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
            if i < bytes.count && bytes[i] == 0x0D { i += 1 }
            if i == bytes.count { return i }
            return bytes[i] == 0x0A ? i + 1 : nil
        }
        guard let yamlStart = isFence(start, UInt8(ascii: "-")) else { return nil }
        var lineStart = yamlStart
        var line = 1
        while lineStart < bytes.count {
            if let after = isFence(lineStart, UInt8(ascii: "-")) ?? isFence(lineStart, UInt8(ascii: ".")) {
                return (yamlStart..<lineStart, 1, after..<bytes.count)
            }
            while lineStart < bytes.count && bytes[lineStart] != 0x0A { lineStart += 1 }
            lineStart += 1
            line += 1
        }
        return nil
    }

    /// Decodes a report file. `path` is relative to the store root.
    public static func parse(_ bytes: UnsafeRawBufferPointer, path: String) throws -> Report {
        if bytes.count > YAMLReader.maxFileSize {
            throw SalesError.invalidFile(
                Finding(
                    path: path, line: 1, column: 1, code: "file-too-large",
                    message: "file is \(bytes.count) bytes; the limit is \(YAMLReader.maxFileSize)"))
        }
        guard let parts = splitFrontMatter(bytes) else {
            throw SalesError.invalidFile(
                Finding(
                    path: path, line: 1, column: 1, code: "no-front-matter",
                    message: "a report must start with '---' front matter and end it with '---'"))
        }
        let yaml = UnsafeRawBufferPointer(rebasing: bytes[parts.yaml])
        let node = try YAMLReader.parse(
            yaml, path: path, origin: Mark(line: parts.line, column: 0, offset: parts.yaml.lowerBound))
        let r = NodeReader(path: path)
        guard let node else {
            throw SalesError.invalidFile(
                Finding(
                    path: path, line: 1, column: 1, code: "missing-field",
                    message: "report front matter is empty"))
        }
        let m = try r.mapping(node, what: "report front matter")
        guard let date = try r.date(m, "date") else {
            throw r.fail(node, "missing-field", "report has no 'date'")
        }
        let bodyBytes = UnsafeRawBufferPointer(rebasing: bytes[parts.body])
        if let bad = UTF8Check.firstInvalidOffset(bodyBytes) {
            let mark = UTF8Check.mark(
                ofByte: parts.body.lowerBound + bad, in: bytes, origin: Mark(line: 0, column: 0, offset: 0))
            throw SalesError.invalidFile(
                Finding(path: path, mark: mark, code: "invalid-utf8", message: "invalid UTF-8 in the report body"))
        }
        if let (bad, value) = ControlCharacters.firstOffset(in: bodyBytes) {
            let mark = UTF8Check.mark(
                ofByte: parts.body.lowerBound + bad, in: bytes, origin: Mark(line: 0, column: 0, offset: 0))
            throw SalesError.invalidFile(
                Finding(
                    path: path, mark: mark, code: "control-character",
                    message: "the report body contains the control character \(ControlCharacters.name(value))"))
        }
        var body = String(decoding: bodyBytes, as: UTF8.self)
        // "\r\n" is one Character: a CRLF file's blank line goes the same way as an LF one.
        while body.hasPrefix("\n") || body.hasPrefix("\r\n") { body.removeFirst() }
        var report = Report(
            path: path, date: date,
            deal: try r.requiredText(m, "deal", in: "report"),
            author: try r.text(m, "author"),
            kind: try r.requiredText(m, "kind", in: "report"),
            attendees: try r.list(m, "attendees").map { item in
                if let scalar = item.scalar { return Attendee(name: scalar.value) }
                let a = try r.mapping(item, what: "an attendee")
                return Attendee(
                    name: try r.requiredText(a, "name", in: "attendee"),
                    title: try r.text(a, "title"), department: try r.text(a, "department"))
            },
            signals: try r.textList(m, "signals"),
            homework: try r.list(m, "homework").map { item in
                if let scalar = item.scalar { return Homework(text: scalar.value) }
                let h = try r.mapping(item, what: "a homework item")
                return Homework(
                    text: try r.requiredText(h, "text", in: "homework"),
                    assignee: try r.text(h, "for"), due: try r.date(h, "due"))
            },
            next: try r.text(m, "next"),
            body: body,
            logged: try r.date(m, "logged"))
        report.sourceID = try r.text(m, "source_id")
        for entry in m.entries { report.marks[entry.key] = entry.value.start }
        if let signals = m["signals"]?.sequence {
            for (i, item) in signals.items.enumerated() { report.marks["signals.\(i)"] = item.start }
        }
        return report
    }
}
