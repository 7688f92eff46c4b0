/// Homework (宿題): requests from the customer written in reports. A report is never rewritten,
/// so an item is closed by a `homework-done` history event (`ref`, `note`) in the deal file.
/// An item's reference is `<report file stem>#<n>`, n counting the report's homework from 1.
public struct HomeworkItem: Sendable, Equatable {
    public struct Done: Sendable, Equatable {
        public var date: CalendarDate
        public var by: String?
        public var note: String?
    }

    public enum Status: String, Sendable {
        case open, overdue, done
    }

    public var ref: String
    /// The report holding the item, relative to the store root.
    public var report: String
    public var deal: String
    /// The date of the report: when the customer gave the homework.
    public var given: CalendarDate
    /// The report's author.
    public var givenTo: String?
    public var text: String
    public var assignee: String?
    public var due: CalendarDate?
    public var done: Done?

    public func status(today: CalendarDate) -> Status {
        if done != nil { return .done }
        if let due, due < today { return .overdue }
        return .open
    }

    /// Days from given to done, or to today while open.
    public func age(today: CalendarDate) -> Int {
        (done?.date ?? today).dayNumber - given.dayNumber
    }

    /// Days past the due date while open (0 when not overdue).
    public func daysOverdue(today: CalendarDate) -> Int {
        guard done == nil, let due, due < today else { return 0 }
        return today.dayNumber - due.dayNumber
    }
}

public enum Homework {
    /// `2026-08-04-tokai-erp-65298b#1` for the first item of that report.
    public static func ref(reportPath: String, index: Int) -> String {
        let name = Store.fileName(of: reportPath)
        return (name.hasSuffix(".md") ? String(name.dropLast(3)) : name) + "#\(index + 1)"
    }

    /// Splits `REPORT#N` into the report part (a stem, file name, path or suffix) and N (1-based).
    public static func parseRef(_ text: String) throws -> (report: String, number: Int) {
        let parts = text.split(separator: "#", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, let number = Int(parts[1]), number >= 1 else {
            throw SalesError.invalidArgument(ErrorText(.errBadHomeworkRef, quoted(text)))
        }
        return (String(parts[0]), number)
    }

    /// Every homework item of `reports`, closed by the `homework-done` events of `deals`,
    /// sorted by due date (items without one last), then date given, then reference.
    public static func items(reports: [Report], deals: [Deal]) -> [HomeworkItem] {
        var collector = Collector(deals: deals)
        for report in reports { collector.add(report) }
        return collector.items()
    }

    /// `items(reports:deals:)` for a stream of reports (`Store.forEachReport`): keeps the
    /// homework, not the reports, so `agenda` never holds 200k reports to find 50k items.
    public struct Collector {
        private var done: [String: HomeworkItem.Done] = [:]
        private var found: [HomeworkItem] = []

        public init(deals: [Deal]) {
            for deal in deals {
                for event in deal.history where event.kind == "homework-done" {
                    guard let ref = event["ref"], done[ref] == nil else { continue }
                    done[ref] = HomeworkItem.Done(date: event.date, by: event.by, note: event["note"])
                }
            }
        }

        public mutating func add(_ report: Report) {
            for (i, h) in report.homework.enumerated() {
                let ref = ref(reportPath: report.path, index: i)
                found.append(
                    HomeworkItem(
                        ref: ref, report: report.path, deal: report.deal, given: report.date,
                        givenTo: report.author, text: h.text, assignee: h.assignee, due: h.due,
                        done: done[ref]))
            }
        }

        /// The items, sorted by due date (items without one last), then date given, then
        /// reference. Sorted as indices by their keys: swapping the items themselves (nine
        /// fields each) was most of `agenda`'s time.
        public func items() -> [HomeworkItem] {
            let far = CalendarDate(year: 9999, month: 12, day: 31)
            let keys = found.map { ($0.due ?? far, $0.given) }
            let order = found.indices.sorted { a, b in
                keys[a] != keys[b] ? keys[a] < keys[b] : found[a].ref < found[b].ref
            }
            return order.map { found[$0] }
        }
    }

    /// The filters of `homework list`.
    public struct Filter: Sendable {
        public var openOnly = false
        public var overdueOnly = false
        public var member: String?
        public var deal: String?

        public init(openOnly: Bool = false, overdueOnly: Bool = false, member: String? = nil, deal: String? = nil) {
            self.openOnly = openOnly
            self.overdueOnly = overdueOnly
            self.member = member
            self.deal = deal
        }

        /// `member` matches the item's assignee (spaces do not matter).
        public func matches(_ item: HomeworkItem, today: CalendarDate) -> Bool {
            let status = item.status(today: today)
            if openOnly && status == .done { return false }
            if overdueOnly && status != .overdue { return false }
            if let deal, item.deal != deal { return false }
            if let member, KeyPerson.nameKey(item.assignee ?? "") != KeyPerson.nameKey(member) { return false }
            return true
        }
    }

    /// The items `filter` selects, its member a typed name that follows the one rule of
    /// `NameMatch` among the people homework is assigned to and the teams of `deals`.
    public static func select(
        _ items: [HomeworkItem], deals: [Deal], filter: Filter, today: CalendarDate
    ) throws -> [HomeworkItem] {
        var filter = filter
        filter.member = try filter.member.map {
            try NameMatch.require(
                $0, among: items.compactMap(\.assignee) + Store.team(of: deals), kind: .person, what: "assignee")
        }
        return items.filter { filter.matches($0, today: today) }
    }
}

extension Store {
    /// `homework done`: finds the item `reference` points at and, under the lock, appends a
    /// `homework-done` event to its deal. Returns the item as it was (open).
    @discardableResult
    public func completeHomework(
        _ reference: String, note: String?, date: CalendarDate, by author: String?,
        today: CalendarDate? = nil
    ) throws -> HomeworkItem {
        let (reportPart, number) = try Homework.parseRef(reference)
        let path: String
        do {
            path = try findReport(reportPart)
        } catch {
            throw SalesError.notFound(ErrorText(.errHomeworkNoReport, quoted(reportPart), quoted(reference)))
        }
        let report = try loadReport(path)
        guard number <= report.homework.count else {
            let count = report.homework.count
            let stem = String(Store.fileName(of: path).dropLast(3))
            throw SalesError.notFound(ErrorText(.errHomeworkNoItem, quoted(stem), count, number))
        }
        let ref = Homework.ref(reportPath: path, index: number - 1)
        let note = note.map(\.trimmingSpaces).flatMap { $0.isEmpty ? nil : $0 }
        return try editDeal(report.deal) { document in
            let item = Homework.items(reports: [report], deals: [document.deal]).first { $0.ref == ref }!
            if let done = item.done {
                throw SalesError.refused(
                    ErrorText(.errHomeworkDone, quoted(ref), "\(done.date)\(done.by.map { ", " + $0 } ?? "")"))
            }
            if date < report.date {
                throw SalesError.invalidArgument(ErrorText(.errDoneBeforeGiven, date, report.date))
            }
            var fields = [("ref", ref)]
            if let note { fields.append(("note", note)) }
            var editor = document.editor()
            editor.append(
                Deal.Event(date: date, by: author, kind: "homework-done", fields: fields).logged(on: today).yamlValue,
                toListAt: "history")
            return (editor.apply(), item)
        }
    }
}
