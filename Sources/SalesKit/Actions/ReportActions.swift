extension Store {
    /// What a rep typed for a new report, before it is checked against the store.
    public struct ReportInput: Sendable {
        public var deal: String
        public var kind: String
        public var date: CalendarDate
        public var author: String?
        public var attendees: [Report.Attendee] = []
        public var signals: [String] = []
        public var homework: [Report.Homework] = []
        public var next: String?
        public var body: String = ""

        public init(deal: String, kind: String, date: CalendarDate, author: String?) {
            self.deal = deal
            self.kind = kind
            self.date = date
            self.author = author
        }
    }

    /// Checks a new report against the store and fills in what the deal knows: kinds and signals
    /// typed by label become ids; an attendee who is a key person of the deal gets the key
    /// person's title and department when none were typed.
    public func prepareReport(_ input: ReportInput, today: CalendarDate) throws -> Report {
        try prepareReport(input, deal: try dealForReport(input.deal).deal, today: today)
    }

    /// The same for a deal already loaded (`import activities` loads every deal once).
    public func prepareReport(_ input: ReportInput, deal: Deal, today: CalendarDate) throws -> Report {
        let kind = try config.requireKind(input.kind)
        try Clock.requirePast(input.date, today: today, what: "report date")
        let signals = try input.signals.map { try config.requireSignal($0).id }
        let attendees = input.attendees.map { attendee in
            guard let person = deal.keyPersons.first(where: { $0.hasName(attendee.name) }) else { return attendee }
            return Report.Attendee(name: person.name, title: attendee.title ?? person.title,
                                   department: attendee.department ?? person.department)
        }
        return Report(path: "", date: input.date, deal: deal.id, author: input.author, kind: kind.id,
                      attendees: attendees, signals: signals, homework: input.homework,
                      next: input.next.flatMap { $0.trimmingSpaces.isEmpty ? nil : $0 },
                      body: input.body.split(separator: "\r\n", omittingEmptySubsequences: false).joined(separator: "\n"))
    }

    /// The deal a new report belongs to. A deal whose file exists but does not read (conflict
    /// markers, a syntax error) still takes reports, because the contact must not be lost: a deal
    /// of only its id stands in (no key persons to match), and `problem` says why, for a warning.
    public func dealForReport(_ id: String) throws -> (deal: Deal, problem: Finding?) {
        let id = CodeInput.asciiCode(id)
        let path = try requireDeal(id)
        do {
            return (try readDealDocument(id, path: path).deal, nil)
        } catch SalesError.invalidFile(let finding) {
            return (Deal(id: id, title: "", customer: "", stage: "", created: CalendarDate(year: 1970, month: 1, day: 1)), finding)
        }
    }

    /// Finds a report by path, file name, file stem, or a unique part of the stem (its suffix).
    public func findReport(_ reference: String) throws -> String {
        if reference.contains("/") {
            let relative = reference.hasPrefix(root + "/") ? String(reference.dropFirst(root.count + 1)) : reference
            let trimmed = relative.hasPrefix("./") ? String(relative.dropFirst(2)) : relative
            guard trimmed.hasPrefix(Store.reportsDirectory + "/"), !trimmed.split(separator: "/").contains(".."),
                  FileSystem.exists(absolute(trimmed)) else {
                throw SalesError.notFound("no report \(quoted(reference))")
            }
            return trimmed
        }
        let stem = reference.hasSuffix(".md") ? String(reference.dropLast(3)) : reference
        let paths = reportPaths()
        let exact = paths.filter { $0.hasSuffix("/" + stem + ".md") }
        if exact.count == 1 { return exact[0] }
        let partial = paths.filter { Store.fileName(of: $0).dropLast(3).hasSuffix(stem) }
        if partial.count == 1 { return partial[0] }
        if partial.count > 1 {
            throw SalesError.notFound("report \(quoted(reference)) is ambiguous: \(partial.count) reports match")
        }
        throw SalesError.notFound("no report \(quoted(reference))")
    }
}
