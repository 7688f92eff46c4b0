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

    /// A report ready to write, and what the rep should hear about it once it is written.
    public struct PreparedReport: Sendable {
        public var report: Report
        /// Lines for standard error after success: names that still hold a separator, attendees
        /// without a title that match nobody known, names completed from a prefix.
        public var warnings: [String]
    }

    /// `prepare(_:today:)` without the warnings.
    public func prepareReport(_ input: ReportInput, today: CalendarDate) throws -> Report {
        try prepare(input, today: today).report
    }

    /// The checks of a new report, for a deal already loaded (`import activities` loads every
    /// deal once): kinds and signals typed by label become ids, the date is not after today, no
    /// homework is due before the report's date, and an attendee who is a key person of the deal
    /// gets the key person's title and department when none were typed. No titles remembered
    /// from other deals and no `logged` date: an import is history, not a late entry.
    public func prepareReport(_ input: ReportInput, deal: Deal, today: CalendarDate) throws -> Report {
        let kind = try config.requireKind(input.kind)
        try Clock.requirePast(input.date, today: today, what: .errWhatReportDate)
        let signals = try input.signals.map { try config.requireSignal($0).id }
        for item in input.homework {
            if let due = item.due, due < input.date {
                throw SalesError.invalidArgument(
                    ErrorText(.errHomeworkBeforeReport, quoted(item.text), due, input.date))
            }
        }
        let attendees = input.attendees.map { attendee in
            guard let person = deal.keyPersons.first(where: { $0.hasName(attendee.name) }) else { return attendee }
            return Report.Attendee(
                name: person.name, title: attendee.title ?? person.title,
                department: attendee.department ?? person.department)
        }
        return Report(
            path: "", date: input.date, deal: deal.id, author: input.author, kind: kind.id,
            attendees: attendees, signals: signals, homework: input.homework,
            next: input.next.flatMap { $0.trimmingSpaces.isEmpty ? nil : $0 },
            body: input.body.split(separator: "\r\n", omittingEmptySubsequences: false).joined(separator: "\n"))
    }

    /// What `report add` writes: the checks of `prepareReport(_:deal:today:)`, then an attendee
    /// typed without a title gets the title and department last known for them at the deal's
    /// customer (see `Acquaintances`), written into the report, and a report dated before
    /// `today` records `logged: today`. A deal file that does not read still takes the report
    /// (see `dealForReport`), without matching its attendees.
    public func prepare(_ input: ReportInput, today: CalendarDate) throws -> PreparedReport {
        let (deal, problem) = try dealForReport(input.deal)
        var report = try prepareReport(input, deal: deal, today: today)
        var warnings: [String] = []
        // The other deals and reports of the customer are read only when an attendee is not
        // simply a key person of this deal with a title (the usual case: they answer alone).
        let dealAlone = Acquaintances(deal: deal, customerDeals: [], reports: [])
        let answersAlone = input.attendees.allSatisfy { attendee in
            deal.keyPersons.contains {
                NameMatch.sameName($0.name, attendee.name) && ($0.title != nil || $0.department != nil)
            }
        }
        let known = problem != nil ? Acquaintances(sightings: []) : answersAlone ? dealAlone : acquaintances(of: deal)
        let attendees = input.attendees.map { attendee -> Report.Attendee in
            if let warning = Separators.warning(name: attendee.name, what: "attendee") {
                warnings.append(warning)  // one warning an attendee: this one says what to fix
                return attendee
            }
            // An unreadable deal has its own warning; its attendees are written as typed.
            if problem != nil { return attendee }
            switch known.match(attendee.name) {
            case .person(let person, let byPrefix):
                if byPrefix {
                    warnings.append(
                        Message.noteAttendeePrefix.text(
                            quoted(attendee.name), quoted(person.name), quoted(deal.customer)))
                }
                return Report.Attendee(
                    name: person.name, title: attendee.title ?? person.title,
                    department: attendee.department ?? person.department)
            case .ambiguous(let names) where attendee.title == nil:
                warnings.append(
                    Message.warnAttendeeAmbiguous.text(
                        quoted(attendee.name), names.prefix(10).map { quoted($0) }.joined(separator: ", ")))
                return attendee
            case .unknown where attendee.title == nil:
                warnings.append(Message.warnAttendeeUnknown.text(quoted(attendee.name), quoted(deal.customer)))
                return attendee
            default:
                return attendee
            }
        }
        for item in input.homework {
            if let name = item.assignee, let warning = Separators.warning(name: name, what: "homework assignee") {
                warnings.append(warning)
            }
        }
        report.attendees = attendees
        report.logged = input.date < today ? today : nil
        return PreparedReport(report: report, warnings: warnings)
    }

    /// The people met at `deal`'s customer: its key persons, and the key persons and report
    /// attendees of every deal with the same customer (spaces and width aside).
    func acquaintances(of deal: Deal) -> Acquaintances {
        let customerDeals = loadDeals().deals.filter { NameMatch.sameName($0.customer, deal.customer, kind: .customer) }
        let ids = Set(customerDeals.map(\.id) + [deal.id])
        let reports = loadReports(deals: ids, detail: .summary).reports
        return Acquaintances(deal: deal, customerDeals: customerDeals, reports: reports)
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
            return (
                Deal(id: id, title: "", customer: "", stage: "", created: CalendarDate(year: 1970, month: 1, day: 1)),
                finding
            )
        }
    }

    /// Finds a report by path, file name, file stem, or a unique part of the stem (its suffix).
    public func findReport(_ reference: String) throws -> String {
        if reference.contains("/") {
            let relative = reference.hasPrefix(root + "/") ? String(reference.dropFirst(root.count + 1)) : reference
            let trimmed = relative.hasPrefix("./") ? String(relative.dropFirst(2)) : relative
            guard trimmed.hasPrefix(Store.reportsDirectory + "/"), !trimmed.split(separator: "/").contains(".."),
                FileSystem.exists(absolute(trimmed))
            else {
                throw SalesError.notFound(ErrorText(.errNoReport, quoted(reference)))
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
            throw SalesError.notFound(ErrorText(.errReportAmbiguous, quoted(reference), partial.count))
        }
        throw SalesError.notFound(ErrorText(.errNoReport, quoted(reference)))
    }
}
