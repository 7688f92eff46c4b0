/// How decoded deals, reports and findings are stored in the cache: every field, marks
/// included, so a value read from the cache equals the value a fresh parse gives.
enum CacheCodec {
    static func encode(_ result: Result<Deal, Finding>) -> [UInt8] {
        var w = ByteWriter(capacity: 1024)
        switch result {
        case .success(let deal):
            w.byte(0)
            encode(deal, into: &w)
        case .failure(let finding):
            w.byte(1)
            encode(finding, into: &w)
        }
        return w.bytes
    }

    static func encode(_ result: Result<Report, Finding>) -> [UInt8] {
        var w = ByteWriter(capacity: 512)
        switch result {
        case .success(let report):
            w.byte(0)
            encode(report, into: &w)
        case .failure(let finding):
            w.byte(1)
            encode(finding, into: &w)
        }
        return w.bytes
    }

    static func decodeDeal(_ bytes: UnsafeRawBufferPointer) throws -> Result<Deal, Finding> {
        var r = ByteReader(bytes)
        let result: Result<Deal, Finding> =
            try r.byte() == 0 ? .success(try decodeDeal(&r)) : .failure(try decodeFinding(&r))
        guard r.isAtEnd else { throw CacheFormatError() }
        return result
    }

    static func decodeReport(_ bytes: UnsafeRawBufferPointer, detail: Store.ReportDetail = .full) throws -> Result<
        Report, Finding
    > {
        var r = ByteReader(bytes)
        let result: Result<Report, Finding> =
            try r.byte() == 0 ? .success(try decodeReport(&r, detail: detail)) : .failure(try decodeFinding(&r))
        guard r.isAtEnd else { throw CacheFormatError() }
        return result
    }

    // MARK: findings

    static func encode(_ f: Finding, into w: inout ByteWriter) {
        w.string(f.path)
        w.bool(f.line != nil)
        w.int(f.line ?? 0)
        w.bool(f.column != nil)
        w.int(f.column ?? 0)
        w.byte(f.severity == .error ? 0 : 1)
        w.string(f.code)
        w.string(f.message)
    }

    static func decodeFinding(_ r: inout ByteReader) throws -> Finding {
        let path = try r.string()
        let hasLine = try r.bool()
        let line = try r.int()
        let hasColumn = try r.bool()
        let column = try r.int()
        let severity: Finding.Severity = try r.byte() == 0 ? .error : .warning
        return Finding(
            path: path, line: hasLine ? line : nil, column: hasColumn ? column : nil,
            severity: severity, code: try r.string(), message: try r.string())
    }

    // MARK: reports

    static func encode(_ report: Report, into w: inout ByteWriter) {
        w.string(report.path)
        w.date(report.date)
        w.string(report.deal)
        w.optionalString(report.author)
        w.string(report.kind)
        w.uint(UInt64(report.attendees.count))
        for a in report.attendees {
            w.string(a.name)
            w.optionalString(a.title)
            w.optionalString(a.department)
        }
        w.uint(UInt64(report.signals.count))
        for s in report.signals { w.string(s) }
        w.uint(UInt64(report.homework.count))
        for h in report.homework {
            w.string(h.text)
            w.optionalString(h.assignee)
            w.optionalDate(h.due)
        }
        w.optionalString(report.next)
        w.optionalDate(report.logged)
        w.optionalString(report.sourceID)
        w.string(report.body)
        w.marks(report.marks)
    }

    /// With `.summary`, the body and the marks are skipped over (bounds still checked), not
    /// materialised: no String for the body, no dictionary for the marks.
    static func decodeReport(_ r: inout ByteReader, detail: Store.ReportDetail = .full) throws -> Report {
        // A summary's path is left empty: the caller has it already (the cache is keyed by it).
        let path: String
        if detail == .full {
            path = try r.string()
        } else {
            try r.skipString()
            path = ""
        }
        var report = Report(
            path: path, date: try r.date(), deal: try r.string(), author: try r.optionalString(),
            kind: try r.string(),
            attendees: try r.array { r in
                Report.Attendee(name: try r.string(), title: try r.optionalString(), department: try r.optionalString())
            },
            signals: try r.array { r in try r.string() },
            homework: try r.array { r in
                Report.Homework(text: try r.string(), assignee: try r.optionalString(), due: try r.optionalDate())
            },
            next: try r.optionalString(),
            logged: try r.optionalDate())
        report.sourceID = try r.optionalString()
        if detail == .full {
            report.body = try r.string()
            report.marks = try r.marks()
        } else {
            try r.skipString()
            try r.skipMarks()
        }
        return report
    }

    // MARK: deals

    static func encode(_ d: Deal, into w: inout ByteWriter) {
        w.string(d.id)
        w.string(d.title)
        w.string(d.customer)
        w.optionalString(d.owner)
        w.uint(UInt64(d.members.count))
        for m in d.members { w.string(m) }
        w.string(d.stage)
        w.string(d.status.rawValue)
        w.bool(d.amount != nil)
        w.int(d.amount ?? 0)
        w.optionalString(d.currency)
        w.date(d.created)
        w.optionalDate(d.expectedClose)
        w.optionalString(d.source)
        w.optionalString(d.sourceID)
        w.uint(UInt64(d.keyPersons.count))
        for p in d.keyPersons {
            w.string(p.name)
            w.optionalString(p.title)
            w.optionalString(p.department)
            w.optionalString(p.role?.rawValue)
            w.optionalString(p.stance?.rawValue)
            w.optionalString(p.authority?.rawValue)
            w.optionalString(p.information?.rawValue)
            w.optionalString(p.reportsTo)
        }
        w.uint(UInt64(d.checklist.count))
        for s in d.checklist {
            w.string(s.step)
            w.date(s.done)
            w.optionalString(s.note)
            w.optionalMark(s.mark)
        }
        w.uint(UInt64(d.history.count))
        for e in d.history {
            w.date(e.date)
            w.optionalString(e.by)
            w.string(e.kind)
            w.uint(UInt64(e.fields.count))
            for (key, value) in e.fields {
                w.string(key)
                w.string(value)
            }
            w.optionalMark(e.mark)
        }
        w.optionalString(d.declaredID)
        w.marks(d.marks)
        w.uint(UInt64(d.keyPersonMarks.count))
        for m in d.keyPersonMarks { w.mark(m) }
    }

    static func decodeDeal(_ r: inout ByteReader) throws -> Deal {
        func value<T: RawRepresentable>(_ text: String?) throws -> T? where T.RawValue == String {
            guard let text else { return nil }
            guard let v = T(rawValue: text) else { throw CacheFormatError() }
            return v
        }
        let id = try r.string()
        let title = try r.string()
        let customer = try r.string()
        let owner = try r.optionalString()
        let members = try r.array { r in try r.string() }
        let stage = try r.string()
        guard let status = Deal.Status(rawValue: try r.string()) else { throw CacheFormatError() }
        let hasAmount = try r.bool()
        let amount = try r.int()
        var deal = Deal(
            id: id, title: title, customer: customer, owner: owner, members: members, stage: stage,
            status: status, amount: hasAmount ? amount : nil, currency: try r.optionalString(),
            created: try r.date(), expectedClose: try r.optionalDate(), source: try r.optionalString())
        deal.sourceID = try r.optionalString()
        deal.keyPersons = try r.array { r in
            KeyPerson(
                name: try r.string(), title: try r.optionalString(), department: try r.optionalString(),
                role: try value(r.optionalString()), stance: try value(r.optionalString()),
                authority: try value(r.optionalString()), information: try value(r.optionalString()),
                reportsTo: try r.optionalString())
        }
        deal.checklist = try r.array { r in
            Deal.CheckedStep(
                step: try r.string(), done: try r.date(), note: try r.optionalString(), mark: try r.optionalMark())
        }
        deal.history = try r.array { r in
            let date = try r.date()
            let by = try r.optionalString()
            let kind = try r.string()
            let fields = try r.array { r in (try r.string(), try r.string()) }
            return Deal.Event(date: date, by: by, kind: kind, fields: fields, mark: try r.optionalMark())
        }
        deal.declaredID = try r.optionalString()
        deal.marks = try r.marks()
        deal.keyPersonMarks = try r.array { r in try r.mark() }
        return deal
    }
}
